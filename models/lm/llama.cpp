// Llama-family forward pass, following Hugging Face's modeling_llama.py (eager attention) step by step.
#include "lm/llama.h"

#include <cmath>
#include <numbers>

namespace noosphere::models::lm {

at::Tensor ropeInverseFrequencies(const LmConfig &config)
{
    // As transformers' _compute_default_rope_parameters / _compute_llama3_parameters, in float32.
    const auto dim = config.headDim;
    auto exponents = at::arange(0, dim, 2, at::kLong).to(at::kFloat) / static_cast<double>(dim);  // (hd/2)
    auto invFreq = 1.0 / at::pow(config.ropeTheta, exponents);                                    // (hd/2)
    if (!config.ropeScaling)
        return invFreq;
    const auto &s = *config.ropeScaling;
    if (s.type == "linear")
        return invFreq / s.factor;
    // llama3: long wavelengths slow down by `factor`, short ones stay, the band between is interpolated.
    const double lowFreqWavelen = s.originalMaxPositions / s.lowFreqFactor;
    const double highFreqWavelen = s.originalMaxPositions / s.highFreqFactor;
    auto wavelen = 2 * std::numbers::pi / invFreq;                                   // (hd/2)
    auto scaled = at::where(wavelen > lowFreqWavelen, invFreq / s.factor, invFreq);  // (hd/2)
    auto smooth = (s.originalMaxPositions / wavelen - s.lowFreqFactor) / (s.highFreqFactor - s.lowFreqFactor);
    auto smoothed = (1 - smooth) * scaled / s.factor + smooth * scaled;                 // (hd/2)
    auto medium = (wavelen >= highFreqWavelen).logical_and(wavelen <= lowFreqWavelen);  // (hd/2)
    return at::where(medium, smoothed, scaled);
}

namespace {

// x·cos + rotate_half(x)·sin, rotate_half(x) = (−x₂, x₁) over the two halves of the head dimension; written
// per half, which rounds exactly as the concatenated form does.
at::Tensor applyRope(const at::Tensor &x, const at::Tensor &cos, const at::Tensor &sin)  // x (B, h, T, hd)
{
    const auto half = x.size(-1) / 2;
    auto x1 = x.narrow(-1, 0, half);     // (B, h, T, hd/2)
    auto x2 = x.narrow(-1, half, half);  // (B, h, T, hd/2)
    if (x.requires_grad())               // training: out= kernels have no autograd
        return at::cat({x1 * cos - x2 * sin, x2 * cos + x1 * sin}, -1);
    auto out = at::empty(x.sizes(), x.options());
    auto o1 = out.narrow(-1, 0, half), o2 = out.narrow(-1, half, half);
    at::mul_out(o1, x1, cos).sub_(x2 * sin);
    at::mul_out(o2, x2, cos).add_(x1 * sin);
    return out;  // (B, h, T, hd)
}

}  // namespace

LlamaAttentionImpl::LlamaAttentionImpl(const LmConfig &config, const at::TensorOptions &options)
    : m_nHead(config.nHead)
    , m_nKvHead(config.nKvHead)
    , m_headDim(config.headDim)
{
    const auto C = config.nEmbd, hd = config.headDim;
    q_proj = register_module("q_proj", Linear(C, config.nHead * hd, config.attentionBias, options));
    k_proj = register_module("k_proj", Linear(C, config.nKvHead * hd, config.attentionBias, options));
    v_proj = register_module("v_proj", Linear(C, config.nKvHead * hd, config.attentionBias, options));
    o_proj = register_module("o_proj", Linear(config.nHead * hd, C, config.attentionOutputBias, options));
}

at::Tensor LlamaAttentionImpl::forward(const at::Tensor &x, const at::Tensor &cos, const at::Tensor &sin,
                                       std::size_t layer, const ForwardPass &pass)
{
    const auto B = x.size(0), T = x.size(1);
    auto q = q_proj(x).view({B, T, m_nHead, m_headDim}).transpose(1, 2);    // (B, nh, T, hd)
    auto k = k_proj(x).view({B, T, m_nKvHead, m_headDim}).transpose(1, 2);  // (B, nkv, T, hd)
    auto v = v_proj(x).view({B, T, m_nKvHead, m_headDim}).transpose(1, 2);  // (B, nkv, T, hd)
    q = applyRope(q, cos, sin);                                             // (B, nh, T, hd)
    k = applyRope(k, cos, sin);                                             // (B, nkv, T, hd)
    return o_proj(causalAttention(q, k, v, layer, pass));                   // (B, T, C)
}

LlamaMlpImpl::LlamaMlpImpl(const LmConfig &config, const at::TensorOptions &options)
{
    const auto C = config.nEmbd, I = config.nIntermediate;
    gate_proj = register_module("gate_proj", Linear(C, I, config.mlpBias, options));
    up_proj = register_module("up_proj", Linear(C, I, config.mlpBias, options));
    down_proj = register_module("down_proj", Linear(I, C, config.mlpBias, options));
}

at::Tensor LlamaMlpImpl::forward(const at::Tensor &x)
{
    return down_proj(at::silu(gate_proj(x)) * up_proj(x));  // (B, T, I) → (B, T, C)
}

LlamaBlockImpl::LlamaBlockImpl(const LmConfig &config, const at::TensorOptions &options)
{
    input_layernorm = register_module("input_layernorm", RmsNorm(config.nEmbd, config.normEps, options));
    self_attn = register_module("self_attn", LlamaAttention(config, options));
    post_attention_layernorm =
        register_module("post_attention_layernorm", RmsNorm(config.nEmbd, config.normEps, options));
    mlp = register_module("mlp", LlamaMlp(config, options));
}

at::Tensor LlamaBlockImpl::forward(const at::Tensor &x, const at::Tensor &cos, const at::Tensor &sin, std::size_t layer,
                                   const ForwardPass &pass)
{
    auto h = x + self_attn->forward(input_layernorm(x), cos, sin, layer, pass);  // (B, T, C)
    return h + mlp(post_attention_layernorm(h));                                 // (B, T, C)
}

LlamaModelImpl::LlamaModelImpl(const LmConfig &config, const at::TensorOptions &options)
{
    embed_tokens = register_module("embed_tokens", Embedding(config.nVocab, config.nEmbd, options));
    std::vector<LlamaBlock> blocks;
    for (int i = 0; i < config.nLayer; ++i)
        blocks.emplace_back(config, options);
    layers = registerNumbered(*this, "layers", std::move(blocks));
    norm = register_module("norm", RmsNorm(config.nEmbd, config.normEps, options));
    if (!config.tieWordEmbeddings)
        lm_head = register_module("lm_head", Linear(config.nEmbd, config.nVocab, /*bias=*/false, options));
    m_invFreq = ropeInverseFrequencies(config).to(options.device());
}

at::Tensor LlamaModelImpl::forward(const at::Tensor &tokens, const ForwardPass &pass)
{
    const auto T = tokens.size(1);
    auto x = embed_tokens(tokens);  // (B, T, C)
    // Angles in float32 as transformers computes them, then cast to the compute dtype.
    auto positions = at::arange(pass.startPos, pass.startPos + T, m_invFreq.options());  // (T)
    auto angles = at::outer(positions, m_invFreq);                                       // (T, hd/2)
    auto cos = angles.cos().to(x.scalar_type());                                         // (T, hd/2)
    auto sin = angles.sin().to(x.scalar_type());                                         // (T, hd/2)
    for (std::size_t i = 0; i < layers.size(); ++i)
        x = layers[i]->forward(x, cos, sin, i, pass);  // (B, T, C)
    if (pass.lastOnly)
        x = x.narrow(1, T - 1, 1);  // (B, 1, C)
    x = norm(x);
    return lm_head ? lm_head(x) : affine(x, embed_tokens->weight, {});  // (B, T or 1, nVocab)
}

std::vector<std::string> LlamaModelImpl::checkpointNames(const std::string &name) const
{
    if (name.starts_with("lm_head."))
        return {name};
    return {"model." + name};
}

std::shared_ptr<CausalLmImpl> makeLlama(const LmConfig &config, const at::TensorOptions &options)
{
    return std::make_shared<LlamaModelImpl>(config, options);
}

}  // namespace noosphere::models::lm
