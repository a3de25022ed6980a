// GPT-2 forward pass, following Hugging Face's modeling_gpt2.py (eager attention) step by step.
#include "lm/gpt2.h"

namespace noosphere::models::lm {

Gpt2AttentionImpl::Gpt2AttentionImpl(const LmConfig &config, const at::TensorOptions &options)
    : m_nHead(config.nHead)
{
    c_attn = register_module("c_attn", Conv1D(config.nEmbd, 3 * config.nEmbd, options));
    c_proj = register_module("c_proj", Conv1D(config.nEmbd, config.nEmbd, options));
}

at::Tensor Gpt2AttentionImpl::forward(const at::Tensor &x, std::size_t layer, const ForwardPass &pass)
{
    const auto B = x.size(0), T = x.size(1), C = x.size(2);
    auto qkv = c_attn(x).split(C, -1);                                   // 3 × (B, T, C)
    auto q = qkv[0].view({B, T, m_nHead, C / m_nHead}).transpose(1, 2);  // (B, nh, T, hs)
    auto k = qkv[1].view({B, T, m_nHead, C / m_nHead}).transpose(1, 2);  // (B, nh, T, hs)
    auto v = qkv[2].view({B, T, m_nHead, C / m_nHead}).transpose(1, 2);  // (B, nh, T, hs)
    auto y = causalAttention(q, k, v, layer, pass);                      // (B, T, C)
    return c_proj(y);                                                    // (B, T, C)
}

Gpt2MlpImpl::Gpt2MlpImpl(const LmConfig &config, const at::TensorOptions &options)
{
    c_fc = register_module("c_fc", Conv1D(config.nEmbd, config.nIntermediate, options));
    c_proj = register_module("c_proj", Conv1D(config.nIntermediate, config.nEmbd, options));
}

at::Tensor Gpt2MlpImpl::forward(const at::Tensor &x)
{
    return c_proj(at::gelu(c_fc(x), "tanh"));  // (B, T, 4C) → (B, T, C); gelu_new is the tanh form
}

Gpt2BlockImpl::Gpt2BlockImpl(const LmConfig &config, const at::TensorOptions &options)
{
    ln_1 = register_module("ln_1", LayerNorm(config.nEmbd, config.normEps, options));
    attn = register_module("attn", Gpt2Attention(config, options));
    ln_2 = register_module("ln_2", LayerNorm(config.nEmbd, config.normEps, options));
    mlp = register_module("mlp", Gpt2Mlp(config, options));
}

at::Tensor Gpt2BlockImpl::forward(const at::Tensor &x, std::size_t layer, const ForwardPass &pass)
{
    auto h = x + attn->forward(ln_1(x), layer, pass);  // (B, T, C)
    return h + mlp(ln_2(h));                           // (B, T, C)
}

Gpt2ModelImpl::Gpt2ModelImpl(const LmConfig &config, const at::TensorOptions &options)
{
    wte = register_module("wte", Embedding(config.nVocab, config.nEmbd, options));
    wpe = register_module("wpe", Embedding(config.nContext, config.nEmbd, options));
    std::vector<Gpt2Block> blocks;
    for (int i = 0; i < config.nLayer; ++i)
        blocks.emplace_back(config, options);
    h = registerNumbered(*this, "h", std::move(blocks));
    ln_f = register_module("ln_f", LayerNorm(config.nEmbd, config.normEps, options));
    if (!config.tieWordEmbeddings)
        lm_head = register_module("lm_head", Linear(config.nEmbd, config.nVocab, /*bias=*/false, options));
}

at::Tensor Gpt2ModelImpl::forward(const at::Tensor &tokens, const ForwardPass &pass)
{
    const auto T = tokens.size(1);
    auto positions = at::arange(pass.startPos, pass.startPos + T, tokens.options());  // (T)
    auto x = wte(tokens) + wpe(positions);                                            // (B, T, C)
    for (std::size_t i = 0; i < h.size(); ++i)
        x = h[i]->forward(x, i, pass);  // (B, T, C)
    if (pass.lastOnly)
        x = x.narrow(1, T - 1, 1);  // (B, 1, C)
    x = ln_f(x);
    return lm_head ? lm_head(x) : affine(x, wte->weight, {});  // (B, T or 1, nVocab)
}

std::vector<std::string> Gpt2ModelImpl::checkpointNames(const std::string &name) const
{
    // OpenAI's converted checkpoints store bare names; GPT2LMHeadModel.save_pretrained prefixes "transformer.".
    if (name.starts_with("lm_head."))
        return {name};
    return {name, "transformer." + name};
}

std::shared_ptr<CausalLmImpl> makeGpt2(const LmConfig &config, const at::TensorOptions &options)
{
    return std::make_shared<Gpt2ModelImpl>(config, options);
}

}  // namespace noosphere::models::lm
