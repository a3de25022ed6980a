// Global-best particle swarm with inertia, velocity clamping and absorbing walls (a particle that leaves the
// box is put back on the wall and loses that velocity component, so it does not bounce about outside).
#include "particleswarm.h"

#include "random.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace noosphere::core::design {
namespace {

struct Particle {
    UnitGenome position;
    std::vector<double> velocity;
    UnitGenome best;
    double bestValue = std::numeric_limits<double>::infinity();
};

double score(const ScalarObjective &objective, const UnitGenome &x)
{
    const double value = objective(x);
    return std::isnan(value) ? std::numeric_limits<double>::infinity() : value;
}

}  // namespace

SwarmResult refineBySwarm(const UnitGenome &start, const ScalarObjective &objective, const SwarmConfig &config,
                          const std::function<bool()> &cancelled)
{
    const size_t n = start.size();
    Random random(config.seed);
    // The search box: [0, 1], narrowed to ±radius around the start, and shut for locked genes.
    std::vector<double> lo(n), hi(n);
    UnitGenome origin(n);
    for (size_t g = 0; g < n; ++g) {
        origin[g] = std::isfinite(start[g]) ? std::clamp(start[g], 0.0, 1.0) : 0.5;
        const bool locked = g < config.locked.size() && config.locked[g];
        const double r = locked ? 0.0 : config.radius > 0 ? config.radius : 1.0;
        lo[g] = std::max(0.0, origin[g] - r);
        hi[g] = std::min(1.0, origin[g] + r);
    }

    SwarmResult result{origin, score(objective, origin), 1, 0, false};
    std::vector<Particle> swarm(size_t(std::max(config.particles, 1)));
    for (size_t p = 0; p < swarm.size(); ++p) {
        Particle &particle = swarm[p];
        particle.position = origin;
        particle.velocity.assign(n, 0.0);
        for (size_t g = 0; g < n; ++g) {
            const double width = hi[g] - lo[g];
            const double position = random.uniform(lo[g], hi[g]);  // drawn for particle 0 too: one stream
            particle.velocity[g] = random.uniform(-1, 1) * config.maxVelocity * width;
            if (p > 0)
                particle.position[g] = position;
        }
        particle.best = particle.position;
        particle.bestValue = p == 0 ? result.bestValue : score(objective, particle.position);
        result.evaluations += p == 0 ? 0 : 1;
        if (particle.bestValue < result.bestValue) {
            result.bestValue = particle.bestValue;
            result.best = particle.best;
        }
    }

    for (int iteration = 0; iteration < config.iterations; ++iteration) {
        if (cancelled && cancelled()) {
            result.cancelled = true;
            break;
        }
        for (Particle &particle : swarm) {
            for (size_t g = 0; g < n; ++g) {
                const double width = hi[g] - lo[g];
                const double vMax = config.maxVelocity * width;
                double &v = particle.velocity[g];
                double &x = particle.position[g];
                v = config.inertia * v + config.cognitive * random.uniform() * (particle.best[g] - x) +
                    config.social * random.uniform() * (result.best[g] - x);
                v = std::clamp(v, -vMax, vMax);
                x += v;
                if (x < lo[g] || x > hi[g]) {
                    x = std::clamp(x, lo[g], hi[g]);
                    v = 0;
                }
            }
            const double value = score(objective, particle.position);
            ++result.evaluations;
            if (value < particle.bestValue) {
                particle.bestValue = value;
                particle.best = particle.position;
            }
            // Synchronous within an iteration would wait; updating the swarm's best at once converges faster.
            if (value < result.bestValue) {
                result.bestValue = value;
                result.best = particle.position;
            }
        }
        result.iterations = iteration + 1;
    }
    return result;
}

}  // namespace noosphere::core::design
