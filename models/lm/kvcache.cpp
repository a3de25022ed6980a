// KV cache storage and cached causal attention (LibTorch 1.13 has no scaled_dot_product_attention).
#include "lm/kvcache.h"

#include <cmath>
#include <limits>

namespace noosphere::models::lm {

KvCache::KvCache(std::int64_t nLayer, std::int64_t rows, std::int64_t nKvHead, std::int64_t maxLength,
                 std::int64_t headDim, const at::TensorOptions &options)
{
    keys.reserve(nLayer);
    values.reserve(nLayer);
    for (std::int64_t i = 0; i < nLayer; ++i) {
        keys.push_back(at::empty({rows, nKvHead, maxLength, headDim}, options));
        values.push_back(at::empty({rows, nKvHead, maxLength, headDim}, options));
    }
}

void KvCache::copyPositions(std::int64_t from, std::int64_t to, std::int64_t begin, std::int64_t end)
{
    if (end <= begin || from == to)
        return;
    for (auto *layers : {&keys, &values}) {
        for (auto &t : *layers)
            t.select(0, to).narrow(1, begin, end - begin).copy_(t.select(0, from).narrow(1, begin, end - begin));
    }
}

at::Tensor makeCausalMask(std::int64_t nTokens, std::int64_t startPos, const at::Device &device)
{
    if (nTokens <= 1)
        return {};
    // Query t sits at position startPos + t and may read keys 0 … startPos + t.
    return at::ones({nTokens, startPos + nTokens}, at::TensorOptions().dtype(at::kBool).device(device))
        .triu(startPos + 1);  // (T, L)
}

at::Tensor causalAttention(const at::Tensor &q, const at::Tensor &k, const at::Tensor &v, std::size_t layer,
                           const ForwardPass &pass)
{
    const auto B = q.size(0), nHead = q.size(1), T = q.size(2), d = q.size(3);
    const auto nKvHead = k.size(1);
    const auto group = nHead / nKvHead;

    at::Tensor keys = k, values = v;  // (B, nKv, L, d)
    if (pass.cache) {
        auto rowsK = pass.cache->keys[layer].narrow(0, pass.rowBegin, B);    // (B, nKv, maxLength, d)
        auto rowsV = pass.cache->values[layer].narrow(0, pass.rowBegin, B);  // (B, nKv, maxLength, d)
        rowsK.narrow(2, pass.startPos, T).copy_(k);
        rowsV.narrow(2, pass.startPos, T).copy_(v);
        keys = rowsK.narrow(2, 0, pass.startPos + T);    // (B, nKv, L, d)
        values = rowsV.narrow(2, 0, pass.startPos + T);  // (B, nKv, L, d)
    }
    const auto L = keys.size(2);

    // Heads sharing a key head become extra query rows of it: (B, nKv, group·T, d).
    auto qg = q.reshape({B, nKvHead, group * T, d});
    auto scores = at::matmul(qg, keys.transpose(2, 3));  // (B, nKv, group·T, L)
    if (scores.scalar_type() != at::kFloat)
        scores = scores.to(at::kFloat);
    scores.mul_(1.0 / std::sqrt(static_cast<double>(d)));
    if (pass.causalMask.defined()) {
        scores = scores.view({B, nKvHead, group, T, L});  // (B, nKv, group, T, L)
        scores.masked_fill_(pass.causalMask, -std::numeric_limits<float>::infinity());
    }
    auto probs = at::softmax(scores, -1).to(v.scalar_type()).view({B, nKvHead, group * T, L});
    auto out = at::matmul(probs, values);                                          // (B, nKv, group·T, d)
    return out.view({B, nHead, T, d}).transpose(1, 2).reshape({B, T, nHead * d});  // (B, T, nHead·d)
}

}  // namespace noosphere::models::lm
