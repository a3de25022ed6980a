// GPT-2 (Radford et al. 2019) as Hugging Face's GPT2LMHeadModel computes it: learned positions, pre-LayerNorm
// blocks, Conv1D projections, gelu_new, the head tied to the token embedding. Parameter names follow the
// checkpoint (`h.0.attn.c_attn.weight`). Internal header: only models/lm includes it.
#pragma once

#include "lm/causallm.h"
#include "lm/layers.h"

namespace noosphere::models::lm {

class Gpt2AttentionImpl : public torch::nn::Module {
public:
    Gpt2AttentionImpl(const LmConfig &config, const at::TensorOptions &options);
    at::Tensor forward(const at::Tensor &x, std::size_t layer, const ForwardPass &pass);  // (B, T, C) → (B, T, C)

    Conv1D c_attn{nullptr};  // C → 3C (q, k, v)
    Conv1D c_proj{nullptr};  // C → C

private:
    std::int64_t m_nHead;
};
TORCH_MODULE(Gpt2Attention);

class Gpt2MlpImpl : public torch::nn::Module {
public:
    Gpt2MlpImpl(const LmConfig &config, const at::TensorOptions &options);
    at::Tensor forward(const at::Tensor &x);  // (B, T, C) → (B, T, C)

    Conv1D c_fc{nullptr};    // C → nIntermediate
    Conv1D c_proj{nullptr};  // nIntermediate → C
};
TORCH_MODULE(Gpt2Mlp);

class Gpt2BlockImpl : public torch::nn::Module {
public:
    Gpt2BlockImpl(const LmConfig &config, const at::TensorOptions &options);
    at::Tensor forward(const at::Tensor &x, std::size_t layer, const ForwardPass &pass);  // (B, T, C) → (B, T, C)

    LayerNorm ln_1{nullptr};
    Gpt2Attention attn{nullptr};
    LayerNorm ln_2{nullptr};
    Gpt2Mlp mlp{nullptr};
};
TORCH_MODULE(Gpt2Block);

class Gpt2ModelImpl : public CausalLmImpl {
public:
    Gpt2ModelImpl(const LmConfig &config, const at::TensorOptions &options);
    at::Tensor forward(const at::Tensor &tokens, const ForwardPass &pass) override;
    std::vector<std::string> checkpointNames(const std::string &name) const override;

    Embedding wte{nullptr};  // (nVocab, C); also the output head
    Embedding wpe{nullptr};  // (nContext, C)
    std::vector<Gpt2Block> h;
    LayerNorm ln_f{nullptr};
    Linear lm_head{nullptr};  // only when tie_word_embeddings is false
};

}  // namespace noosphere::models::lm
