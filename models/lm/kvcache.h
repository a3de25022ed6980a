// The preallocated key/value cache and the causal attention that reads it, shared by GPT-2 and Llama.
// Allocation is expensive (see stack notes), so the cache is sized once per session and written in place,
// never grown by concatenation. Internal header: only models/lm includes it.
#pragma once

#include <ATen/ATen.h>

#include <vector>

namespace noosphere::models::lm {

struct KvCache {
    KvCache() = default;
    /// Uninitialised until written: pages are touched only as positions fill.
    KvCache(std::int64_t nLayer, std::int64_t rows, std::int64_t nKvHead, std::int64_t maxLength, std::int64_t headDim,
            const at::TensorOptions &options);

    std::vector<at::Tensor> keys;    // per layer (rows, nKvHead, maxLength, headDim)
    std::vector<at::Tensor> values;  // per layer (rows, nKvHead, maxLength, headDim)

    std::int64_t rows() const { return keys.empty() ? 0 : keys.front().size(0); }
    std::int64_t maxLength() const { return keys.empty() ? 0 : keys.front().size(2); }

    /// Copies positions [begin, end) of row `from` to row `to` in every layer.
    void copyPositions(std::int64_t from, std::int64_t to, std::int64_t begin, std::int64_t end);
};

/// Where one forward pass reads and writes.
struct ForwardPass {
    KvCache *cache = nullptr;   // null: attend within the given tokens only (logitsAll)
    std::int64_t rowBegin = 0;  // batch row b uses cache row rowBegin + b
    std::int64_t startPos = 0;  // position of tokens[:, 0]
    bool lastOnly = false;      // logits of the last position only (prefill: the others are never read)
    at::Tensor causalMask;      // (T, startPos + T) bool, true where masked; undefined when T == 1
};

/// The mask for T new tokens after `startPos` cached ones (undefined when T == 1: nothing to hide).
at::Tensor makeCausalMask(std::int64_t nTokens, std::int64_t startPos, const at::Device &device);

/// softmax(q kᵀ / √d + mask) v with grouped-query heads, writing the new k and v into the cache first.
/// q (B, nHead, T, d), k and v (B, nKvHead, T, d); query head h reads key head h / (nHead / nKvHead), as
/// Hugging Face's repeat_kv, without materialising the repeated keys. Scores and softmax run in float32.
/// Returns (B, T, nHead·d).
at::Tensor causalAttention(const at::Tensor &q, const at::Tensor &k, const at::Tensor &v, std::size_t layer,
                           const ForwardPass &pass);

}  // namespace noosphere::models::lm
