// A stand-in designer for tests, benchmarks and `noosphere-cli design evolve --rater sim:SEED`: it secretly
// prefers one genome and gives more stars the closer a variant comes to it, so that the interactive loop can
// be measured without a person.
#pragma once

#include "nsga2.h"

#include <cstdint>

namespace noosphere::core::design {

class SimulatedRater {
public:
    /// The hidden preferred genome is drawn from `seed`, each gene uniform in [0.1, 0.9].
    SimulatedRater(size_t nGenes, uint64_t seed);

    const UnitGenome &preferred() const { return m_preferred; }
    /// The noise-free taste: 5 at the preferred genome, falling linearly to 1 at half the box's diagonal
    /// (normalised distance 0.5) and beyond.
    double preference(const UnitGenome &genome) const;
    /// Whole stars 1–5: the preference plus noise (sd 0.3) that is the same every time for the same genome,
    /// as a person's rating of one design varies a little but not by call order.
    int rate(const UnitGenome &genome) const;

private:
    UnitGenome m_preferred;
    uint64_t m_seed;
};

}  // namespace noosphere::core::design
