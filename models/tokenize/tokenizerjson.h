// Loading a Hugging Face `tokenizer.json` (BPE model; byte-level or metaspace/byte-fallback pipelines).
#pragma once

#include "tokenize/tokenizerparts.h"

#include <filesystem>
#include <memory>

namespace noosphere::models {

/// Builds the parts from `folder`/tokenizer.json (and tokenizer_config.json for BOS/EOS when present).
/// Throws LoadError: BadModelFile (not JSON, missing or ill-typed fields, merges naming unknown tokens, a bad
/// regex), UnsupportedModel (WordPiece, Unigram, or a normalizer/pre-tokenizer/decoder this build lacks).
std::unique_ptr<TokenizerParts> loadTokenizerJson(const std::filesystem::path &folder);

}  // namespace noosphere::models
