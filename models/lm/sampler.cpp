#include "lm/sampler.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace noosphere::models {
namespace {

// log-sum-exp of a row, for log-probabilities under the raw logits.
double logSumExp(std::span<const float> logits) {
    const float maxLogit = *std::max_element(logits.begin(), logits.end());
    double sum = 0;
    for (float l : logits)
        sum += std::exp(double(l) - maxLogit);
    return maxLogit + std::log(sum);
}

}  // namespace

Sampler::Sampler(SamplerSettings settings, std::uint64_t seed)
    : m_settings(settings)
    , m_state(seed) {}

double Sampler::nextUniform() {
    // SplitMix64: a counter-based generator, so a seed gives the same stream everywhere (std:: distributions
    // differ between standard libraries).
    std::uint64_t z = (m_state += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    z ^= z >> 31;
    return double(z >> 11) * 0x1.0p-53;
}

SampledToken Sampler::sample(std::span<const float> logits, std::span<const std::int32_t> recent) {
    const int nVocab = int(logits.size());
    const double lse = logSumExp(logits);
    auto logProbOf = [&](std::int32_t id) { return float(double(logits[size_t(id)]) - lse); };

    m_candidates.resize(size_t(nVocab));
    for (int i = 0; i < nVocab; ++i)
        m_candidates[size_t(i)] = {logits[size_t(i)], i};

    if (m_settings.repetitionPenalty != 1.0f && !recent.empty()) {
        const size_t from = recent.size() > size_t(m_settings.repetitionWindow)
                                ? recent.size() - size_t(m_settings.repetitionWindow)
                                : 0;
        for (size_t i = from; i < recent.size(); ++i) {
            const std::int32_t id = recent[i];
            if (id < 0 || id >= nVocab)
                continue;
            float &l = m_candidates[size_t(id)].first;
            l = l > 0 ? l / m_settings.repetitionPenalty : l * m_settings.repetitionPenalty;
        }
    }

    if (m_settings.temperature <= 0) {  // greedy
        const auto best = std::max_element(m_candidates.begin(), m_candidates.end());
        return {best->second, logProbOf(best->second)};
    }

    // Most likely first; ties broken by id so that the order (and so the sample) is deterministic.
    auto byLogit = [](const auto &a, const auto &b) {
        return a.first > b.first || (a.first == b.first && a.second < b.second);
    };
    size_t keep = m_candidates.size();
    if (m_settings.topK > 0 && size_t(m_settings.topK) < keep) {
        keep = size_t(m_settings.topK);
        std::partial_sort(m_candidates.begin(), m_candidates.begin() + std::ptrdiff_t(keep), m_candidates.end(),
                          byLogit);
    } else {
        std::sort(m_candidates.begin(), m_candidates.end(), byLogit);
    }

    // Probabilities of the kept candidates at this temperature.
    const float top = m_candidates.front().first;
    std::vector<double> probs(keep);
    double total = 0;
    for (size_t i = 0; i < keep; ++i)
        total += probs[i] = std::exp(double(m_candidates[i].first - top) / m_settings.temperature);
    for (auto &p : probs)
        p /= total;

    size_t cut = keep;
    if (m_settings.minP > 0)
        for (size_t i = 1; i < cut; ++i)
            if (probs[i] < m_settings.minP * probs[0]) {
                cut = i;
                break;
            }
    if (m_settings.topP < 1) {
        double cumulative = 0;
        for (size_t i = 0; i < cut; ++i) {
            cumulative += probs[i];
            if (cumulative >= m_settings.topP) {
                cut = i + 1;
                break;
            }
        }
    }
    const double mass = std::accumulate(probs.begin(), probs.begin() + std::ptrdiff_t(cut), 0.0);
    double r = nextUniform() * mass;
    for (size_t i = 0; i < cut; ++i) {
        r -= probs[i];
        if (r < 0)
            return {m_candidates[i].second, logProbOf(m_candidates[i].second)};
    }
    return {m_candidates[cut - 1].second, logProbOf(m_candidates[cut - 1].second)};
}

std::vector<SampledToken> Sampler::topAlternatives(std::span<const float> logits, int n) {
    const double lse = logSumExp(logits);
    std::vector<std::int32_t> ids(logits.size());
    std::iota(ids.begin(), ids.end(), 0);
    n = std::clamp(n, 0, int(ids.size()));
    std::partial_sort(ids.begin(), ids.begin() + n, ids.end(),
                      [&](std::int32_t a, std::int32_t b) { return logits[size_t(a)] > logits[size_t(b)]; });
    std::vector<SampledToken> out;
    for (int i = 0; i < n; ++i)
        out.push_back({ids[size_t(i)], float(double(logits[size_t(ids[size_t(i)])]) - lse)});
    return out;
}

}  // namespace noosphere::models
