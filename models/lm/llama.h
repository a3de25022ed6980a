// The Llama family (Llama 2/3, Mistral, Qwen2) as Hugging Face's LlamaForCausalLM computes it: RMSNorm,
// rotary positions (with Llama 3 frequency scaling), grouped-query attention, SiLU-gated MLP. Parameter names
// follow the checkpoint (`model.layers.0.self_attn.q_proj.weight`). Internal header: only models/lm includes it.
#pragma once

#include "lm/causallm.h"
#include "lm/layers.h"

namespace noosphere::models::lm {

/// RoPE's inverse frequencies (headDim / 2) in float32, with the config's scaling applied.
at::Tensor ropeInverseFrequencies(const LmConfig &config);

class LlamaAttentionImpl : public torch::nn::Module {
public:
    LlamaAttentionImpl(const LmConfig &config, const at::TensorOptions &options);
    /// cos, sin (T, headDim / 2) for the pass's positions.
    at::Tensor forward(const at::Tensor &x, const at::Tensor &cos, const at::Tensor &sin, std::size_t layer,
                       const ForwardPass &pass);  // (B, T, C) → (B, T, C)

    Linear q_proj{nullptr};  // C → nHead·hd
    Linear k_proj{nullptr};  // C → nKvHead·hd
    Linear v_proj{nullptr};  // C → nKvHead·hd
    Linear o_proj{nullptr};  // nHead·hd → C

private:
    std::int64_t m_nHead, m_nKvHead, m_headDim;
};
TORCH_MODULE(LlamaAttention);

class LlamaMlpImpl : public torch::nn::Module {
public:
    LlamaMlpImpl(const LmConfig &config, const at::TensorOptions &options);
    at::Tensor forward(const at::Tensor &x);  // (B, T, C) → (B, T, C)

    Linear gate_proj{nullptr};  // C → nIntermediate
    Linear up_proj{nullptr};    // C → nIntermediate
    Linear down_proj{nullptr};  // nIntermediate → C
};
TORCH_MODULE(LlamaMlp);

class LlamaBlockImpl : public torch::nn::Module {
public:
    LlamaBlockImpl(const LmConfig &config, const at::TensorOptions &options);
    at::Tensor forward(const at::Tensor &x, const at::Tensor &cos, const at::Tensor &sin, std::size_t layer,
                       const ForwardPass &pass);  // (B, T, C) → (B, T, C)

    RmsNorm input_layernorm{nullptr};
    LlamaAttention self_attn{nullptr};
    RmsNorm post_attention_layernorm{nullptr};
    LlamaMlp mlp{nullptr};
};
TORCH_MODULE(LlamaBlock);

class LlamaModelImpl : public CausalLmImpl {
public:
    LlamaModelImpl(const LmConfig &config, const at::TensorOptions &options);
    at::Tensor forward(const at::Tensor &tokens, const ForwardPass &pass) override;
    std::vector<std::string> checkpointNames(const std::string &name) const override;

    Embedding embed_tokens{nullptr};  // (nVocab, C)
    std::vector<LlamaBlock> layers;
    RmsNorm norm{nullptr};
    Linear lm_head{nullptr};  // C → nVocab; null when tied to embed_tokens

private:
    at::Tensor m_invFreq;  // (headDim / 2) float32, on the device
};

}  // namespace noosphere::models::lm
