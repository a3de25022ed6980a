// How well a language model predicts a text: bits per byte over the whole text, evaluated in overlapping
// windows of the context length so that every scored token has at least half a window of context.
#pragma once

#include "common/result.h"

#include <cstdint>
#include <functional>
#include <string_view>

namespace noosphere::models {

class LanguageModel;
class Tokenizer;

struct ScoreResult {
    std::int64_t nBytes = 0;
    std::int64_t nTokens = 0;  // tokens scored (the text's first token has no context and is not)
    double totalBits = 0;      // −Σ log2 p(token | context)
    double bitsPerByte() const { return nBytes ? totalBits / double(nBytes) : 0; }
    double bitsPerToken() const { return nTokens ? totalBits / double(nTokens) : 0; }
};

/// Runs on the caller's thread. `progress(fraction)` after each window; `cancelled()` is polled between
/// windows (ErrorCode::Cancelled).
Result<ScoreResult> scoreText(LanguageModel &model, const Tokenizer &tokenizer, std::string_view text,
                              const std::function<void(double)> &progress = {},
                              const std::function<bool()> &cancelled = {});

/// The same measure for `xz -9e` (LZMA2, preset 9 extreme): compressed bits per input byte, the baseline a
/// language model must beat.
Result<double> xzBitsPerByte(std::string_view text);

}  // namespace noosphere::models
