// Particle swarm refinement (Kennedy & Eberhart 1995, with inertia as Shi & Eberhart 1998): polishes one chosen
// design against a single score, e.g. the surrogate's predicted rating, within [0, 1]^n or a box around it.
#pragma once

#include "nsga2.h"

#include <cstdint>
#include <functional>
#include <vector>

namespace noosphere::core::design {

struct SwarmConfig {
    int particles = 24;
    int iterations = 150;
    uint64_t seed = 1;
    double inertia = 0.72;     // with c1 = c2 = 1.49, Clerc's constriction values: converges without exploding
    double cognitive = 1.49;   // c1: pull towards the particle's own best
    double social = 1.49;      // c2: pull towards the swarm's best
    double maxVelocity = 0.2;  // per gene and step, as a fraction of the search box's width
    double radius = 0;         // > 0: search only within ±radius of the start on each gene; else all of [0, 1]
    std::vector<bool> locked;  // genes kept at the start's value (empty = none)
};

struct SwarmResult {
    UnitGenome best;  // the lowest-scoring genome found; the start if nothing beat it
    double bestValue = 0;
    int evaluations = 0;
    int iterations = 0;  // completed iterations
    bool cancelled = false;
};

using ScalarObjective = std::function<double(const UnitGenome &)>;

/// Minimises `objective` starting from `start` (one particle starts there, so the result is never worse).
/// NaN scores count as +inf. Deterministic for a seed. `cancelled` is checked once per iteration.
SwarmResult refineBySwarm(const UnitGenome &start, const ScalarObjective &objective, const SwarmConfig &config,
                          const std::function<bool()> &cancelled = {});

}  // namespace noosphere::core::design
