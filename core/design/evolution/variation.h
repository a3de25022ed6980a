// The variation operators of NSGA-II on genomes normalised to [0, 1]: simulated binary crossover (SBX, Deb &
// Agrawal 1995) and polynomial mutation (Deb & Goyal 1996), in the bounded forms of Deb's reference code.
// Locked genes (a mask the designer sets) are never changed: each child keeps its own parent's value.
#pragma once

#include "random.h"

#include <vector>

namespace noosphere::core::design {

struct VariationConfig {
    double crossoverProbability = 0.9;  // per pair of parents; otherwise the children are copies
    double crossoverEta = 15;           // SBX distribution index: larger keeps children nearer their parents
    double crossoverPerGene = 0.5;      // chance that SBX touches each gene of a crossed pair
    double mutationEta = 20;            // polynomial mutation's distribution index
    double mutationPerGene = -1;        // chance of mutating each gene; < 0 means 1 / (number of free genes)
};

/// SBX on two parents in place (they become the two children). `locked` is empty or one flag per gene.
void crossover(std::vector<double> &a, std::vector<double> &b, const std::vector<bool> &locked,
               const VariationConfig &config, Random &random);

/// Polynomial mutation in place; values stay in [0, 1].
void mutate(std::vector<double> &genome, const std::vector<bool> &locked, const VariationConfig &config,
            Random &random);

}  // namespace noosphere::core::design
