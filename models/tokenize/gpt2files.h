// Loading GPT-2's original tokenizer files, `vocab.json` (token → id) and `merges.txt` (one "a b" merge a line).
#pragma once

#include "tokenize/tokenizerparts.h"

#include <filesystem>
#include <memory>

namespace noosphere::models {

/// Builds a GPT-2 byte-level tokenizer (GPT-2's pre-tokenizer pattern, "<|endoftext|>" as its special token) from
/// `folder`'s vocab.json and merges.txt. Throws LoadError (BadModelFile naming the file and line at fault).
std::unique_ptr<TokenizerParts> loadGpt2Files(const std::filesystem::path &folder);

}  // namespace noosphere::models
