// Trains a byte-level BPE tokenizer (GPT-2's scheme: bytes as 256 base symbols, words cut by GPT-2's pattern,
// merges learnt by pair frequency) and writes it as a Hugging Face tokenizer.json, so that our own models'
// tokenizers load through the same code path, and the same files, as a user's checkpoint.
#pragma once

#include "common/result.h"

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace noosphere::models {

struct BpeTrainOptions {
    int vocabSize = 4096;                                     // special tokens + 256 bytes + merges
    std::int64_t minPairCount = 2;                            // stop merging below this count
    std::vector<std::string> specialTokens{"<|endoftext|>"};  // ids 0, 1, … in this order
};

/// Learns merges from `texts` and returns tokenizer.json text. Deterministic: ties between equally frequent
/// pairs go to the pair whose merged bytes sort first. `progress(fraction)` returning false cancels.
/// InvalidArgument when vocabSize cannot hold the special tokens and the 256 bytes.
Result<std::string> trainByteLevelBpe(const std::vector<std::string_view> &texts, const BpeTrainOptions &options,
                                      const std::function<bool(double)> &progress = {});

}  // namespace noosphere::models
