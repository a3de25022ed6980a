// The evolution engine's random numbers: std::mt19937_64 with our own uniform and normal draws, since the
// standard distributions differ between standard libraries and a seed must give the same designs everywhere.
#pragma once

#include <cstdint>
#include <random>

namespace noosphere::core::design {

class Random {
public:
    explicit Random(uint64_t seed)
        : m_engine(seed)
    {
    }

    /// Uniform in [0, 1): the top 53 bits of one draw.
    double uniform() { return double(m_engine() >> 11) * 0x1.0p-53; }
    /// Uniform in [lo, hi).
    double uniform(double lo, double hi) { return lo + (hi - lo) * uniform(); }
    /// Uniform integer in [0, n) without modulo bias; n > 0.
    uint64_t below(uint64_t n);
    /// Standard normal (Box–Muller; the second value of each pair is kept for the next call).
    double normal();
    bool chance(double probability) { return uniform() < probability; }

private:
    std::mt19937_64 m_engine;
    double m_spareNormal = 0;
    bool m_hasSpare = false;
};

/// A 64-bit hash step (splitmix64): deterministic per-value noise without a shared generator.
uint64_t mix64(uint64_t x);

}  // namespace noosphere::core::design
