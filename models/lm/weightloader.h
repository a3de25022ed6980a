// Copies a checkpoint's tensors into a network's parameters by Hugging Face name, converting F32/F16/BF16 to
// the parameter's dtype and device. Internal header: only models/lm includes it.
#pragma once

#include "common/result.h"
#include "io/safetensors.h"
#include "lm/causallm.h"

#include <filesystem>
#include <functional>

namespace noosphere::models::lm {

/// Every parameter must be found under one of network.checkpointNames() with exactly its shape; tensors the
/// network does not use are ignored (GPT-2's saved attention masks, a tied head). `progress(fraction of
/// bytes)` returning false cancels. BadModelFile names the missing or mismatched tensor; `folder` is for
/// messages.
Result<void> loadWeights(CausalLmImpl &network, const SafetensorsSet &weights, const std::filesystem::path &folder,
                         const std::function<bool(double)> &progress);

}  // namespace noosphere::models::lm
