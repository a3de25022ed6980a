// What every language network offers the LanguageModel facade: a forward pass over token ids with an optional
// KV cache, and the Hugging Face checkpoint names of its parameters. Internal header: only models/lm includes it.
#pragma once

#include "lm/kvcache.h"
#include "lm/lmconfig.h"

#include <torch/nn/module.h>

#include <memory>
#include <string>
#include <vector>

namespace noosphere::models::lm {

class CausalLmImpl : public torch::nn::Module {
public:
    /// tokens (B, T) int64 on the network's device → logits (B, T, nVocab), or (B, 1, nVocab) with
    /// pass.lastOnly; in the compute dtype.
    virtual at::Tensor forward(const at::Tensor &tokens, const ForwardPass &pass) = 0;

    /// Names under which a checkpoint may store the parameter `name` (as named_parameters() spells it), in
    /// the order tried.
    virtual std::vector<std::string> checkpointNames(const std::string &name) const = 0;
};

/// Builds the network `config` describes with uninitialised parameters of `options`' dtype and device.
std::shared_ptr<CausalLmImpl> makeGpt2(const LmConfig &config, const at::TensorOptions &options);
std::shared_ptr<CausalLmImpl> makeLlama(const LmConfig &config, const at::TensorOptions &options);

}  // namespace noosphere::models::lm
