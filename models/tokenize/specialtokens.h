// Which tokens begin and end a sequence (BOS, EOS): tokenizer_config.json's bos_token/eos_token when the folder has
// one, else the post-processor's template, else the usual names ("<s>", "</s>", "<|endoftext|>"…).
#pragma once

#include "tokenize/tokenizerparts.h"

#include <filesystem>
#include <optional>
#include <string>

namespace noosphere::models {

struct SpecialTokenNames {
    // Outer optional: whether the source names the token at all; inner: its name, or none (null in the file).
    std::optional<std::optional<std::string>> bos;
    std::optional<std::optional<std::string>> eos;
};

/// bos_token/eos_token of `folder`/tokenizer_config.json; nothing when there is no such file. Throws LoadError
/// when the file is not JSON.
SpecialTokenNames readTokenizerConfig(const std::filesystem::path &folder);

/// Sets parts.bosId/eosId from, in order: `config`, `fromTemplate`, the usual names.
void resolveBosEos(TokenizerParts &parts, const SpecialTokenNames &config, const SpecialTokenNames &fromTemplate);

}  // namespace noosphere::models
