// Picks the next token from a row of logits: temperature, top-k, top-p, min-p and a repetition penalty,
// deterministic for a seed (its own counter-based generator, the same on every platform). Torch-free.
#pragma once

#include <cstdint>
#include <span>
#include <vector>

namespace noosphere::models {

struct SamplerSettings {
    float temperature = 0.8f;        // 0 = greedy
    int topK = 40;                   // 0 = off
    float topP = 0.95f;              // 1 = off
    float minP = 0.05f;              // 0 = off; drops tokens below minP × the best token's probability
    float repetitionPenalty = 1.1f;  // 1 = off; divides positive logits (multiplies negative) of recent tokens
    int repetitionWindow = 64;       // how many recent tokens the penalty looks at
};

struct SampledToken {
    std::int32_t id = 0;
    float logProb = 0;  // log-probability under the model's own distribution (before the sampler's changes)
};

class Sampler {
public:
    Sampler(SamplerSettings settings, std::uint64_t seed);

    /// `logits`: one row (nVocab). `recent`: the sequence so far, for the repetition penalty.
    SampledToken sample(std::span<const float> logits, std::span<const std::int32_t> recent);

    /// The n most likely tokens under the model's own distribution, most likely first (the token view).
    static std::vector<SampledToken> topAlternatives(std::span<const float> logits, int n);

private:
    double nextUniform();  // [0, 1)

    SamplerSettings m_settings;
    std::uint64_t m_state;
    std::vector<std::pair<float, std::int32_t>> m_candidates;  // reused: no allocation per token
};

}  // namespace noosphere::models
