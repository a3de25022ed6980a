// Which unrated variants to show the designer next. Ratings are the scarce resource (a designer rates a few
// designs per generation, not hundreds), so each one should teach the surrogate the most while staying
// likely to please: the highest upper confidence bound, mean + κ·sd (Srinivas et al. 2010), plus a bonus for
// being far from what is already rated or chosen, so that one batch does not ask about four near-twins.
#pragma once

#include "nsga2.h"
#include "surrogate/gaussianprocess.h"

#include <vector>

namespace noosphere::core::design {

struct ActiveChoiceConfig {
    int count = 4;           // variants to choose
    double kappa = 1.0;      // weight of the surrogate's doubt (sd) against its predicted rating (mean)
    double diversity = 2.0;  // rating units per unit of normalised distance (‖a − b‖ / √n, in [0, 1])
};

/// Greedy batch choice: each step takes the candidate with the highest mean + κ·sd + diversity·d, where d is
/// its normalised distance to the nearest rated or already chosen genome (0 when there is none yet). Ties go to
/// the lower index. Returns up to `count` indices into `candidates`, in the order chosen.
/// `predictions` holds one entry per candidate; `rated` may be empty.
std::vector<size_t> chooseToRate(const std::vector<UnitGenome> &candidates,
                                 const std::vector<models::GpPrediction> &predictions,
                                 const std::vector<UnitGenome> &rated, const ActiveChoiceConfig &config);

/// ‖a − b‖ / √n: 0 for equal genomes, 1 for opposite corners of [0, 1]^n.
double normalisedDistance(const UnitGenome &a, const UnitGenome &b);

}  // namespace noosphere::core::design
