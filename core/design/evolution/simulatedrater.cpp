// The simulated designer: distance to a hidden genome, plus noise keyed by the genome's bits.
#include "simulatedrater.h"

#include "activechoice.h"
#include "random.h"

#include <algorithm>
#include <bit>
#include <cmath>

namespace noosphere::core::design {
namespace {

// Normalised distance at which the preference reaches one star.
constexpr double kOneStarDistance = 0.5;
// Standard deviation of the rating noise, in stars.
constexpr double kNoiseStars = 0.3;

}  // namespace

SimulatedRater::SimulatedRater(size_t nGenes, uint64_t seed)
    : m_seed(seed)
{
    // NOTE: a stream of its own: drawn straight from `seed`, the hidden genome would be the GA's first random
    // genome scaled whenever the rater and the GA are given the same seed (as `design evolve --seed 1
    // --rater sim:1` does).
    Random random(mix64(seed ^ 0x5eedf00dcafe1234ULL));
    m_preferred.resize(nGenes);
    for (double &gene : m_preferred)
        gene = random.uniform(0.1, 0.9);
}

double SimulatedRater::preference(const UnitGenome &genome) const
{
    const double d = normalisedDistance(genome, m_preferred);
    return 1.0 + 4.0 * std::max(0.0, 1.0 - d / kOneStarDistance);
}

int SimulatedRater::rate(const UnitGenome &genome) const
{
    uint64_t key = mix64(m_seed);
    for (double gene : genome)
        key = mix64(key ^ std::bit_cast<uint64_t>(gene));
    Random noise(key);
    const double stars = preference(genome) + kNoiseStars * noise.normal();
    return int(std::lround(std::clamp(stars, 1.0, 5.0)));
}

}  // namespace noosphere::core::design
