// Greedy batch selection by upper confidence bound plus a distance bonus (see activechoice.h for why).
#include "activechoice.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace noosphere::core::design {

double normalisedDistance(const UnitGenome &a, const UnitGenome &b)
{
    const size_t n = std::min(a.size(), b.size());
    if (n == 0)
        return 0;
    double sum = 0;
    for (size_t i = 0; i < n; ++i)
        sum += (a[i] - b[i]) * (a[i] - b[i]);
    return std::sqrt(sum / double(n));
}

std::vector<size_t> chooseToRate(const std::vector<UnitGenome> &candidates,
                                 const std::vector<models::GpPrediction> &predictions,
                                 const std::vector<UnitGenome> &rated, const ActiveChoiceConfig &config)
{
    const size_t n = std::min(candidates.size(), predictions.size());
    const size_t count = std::min(n, size_t(std::max(config.count, 0)));
    // Distance of each candidate to the nearest rated or chosen genome; +inf while there is none.
    std::vector<double> nearest(n, std::numeric_limits<double>::infinity());
    for (size_t i = 0; i < n; ++i)
        for (const auto &genome : rated)
            nearest[i] = std::min(nearest[i], normalisedDistance(candidates[i], genome));

    std::vector<size_t> chosen;
    std::vector<bool> taken(n, false);
    while (chosen.size() < count) {
        size_t best = n;
        double bestScore = -std::numeric_limits<double>::infinity();
        for (size_t i = 0; i < n; ++i) {
            if (taken[i])
                continue;
            const double d = std::isinf(nearest[i]) ? 0.0 : nearest[i];
            double score = predictions[i].mean + config.kappa * predictions[i].sd + config.diversity * d;
            if (std::isnan(score))
                score = -std::numeric_limits<double>::max();  // still choosable, last
            if (best == n || score > bestScore) {
                best = i;
                bestScore = score;
            }
        }
        taken[best] = true;
        chosen.push_back(best);
        for (size_t i = 0; i < n; ++i)
            nearest[i] = std::min(nearest[i], normalisedDistance(candidates[i], candidates[best]));
    }
    return chosen;
}

}  // namespace noosphere::core::design
