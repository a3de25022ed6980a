// The pieces of a loaded tokenizer, in the order text flows through them; the loaders fill one, the facade
// (tokenizer.cpp) runs it.
#pragma once

#include "tokenize/addedtokens.h"
#include "tokenize/bpe.h"
#include "tokenize/decoder.h"
#include "tokenize/normalizer.h"
#include "tokenize/pretokenizer.h"

#include <cstdint>
#include <optional>
#include <string>

namespace noosphere::models {

struct TokenizerParts {
    std::string kind;  // "gpt2-bpe", "byte-level-bpe", "metaspace-bpe" or "bpe"
    AddedTokens added;
    Normalizer normalizer;
    PreTokenizer preTokenizer;
    BpeModel model;
    Decoder decoder;
    std::optional<std::int32_t> bosId;
    std::optional<std::int32_t> eosId;
    std::int32_t vocabSize = 0;
    // Ill-formed UTF-8 input goes to the model as bytes (byte-level, no code-point normalizer), else it is
    // repaired to U+FFFD first.
    bool rawBytesInput = false;
};

}  // namespace noosphere::models

namespace noosphere::models {

/// The id of a token spelt as in the files: added tokens first, then the model's vocabulary.
inline std::optional<std::int32_t> tokenId(const TokenizerParts &parts, std::string_view token)
{
    if (const AddedToken *t = parts.added.find(token))
        return t->id;
    return parts.model.idOf(token);
}

}  // namespace noosphere::models
