// Pareto ranking for minimisation (Deb et al. 2002, NSGA-II): dominance, fast non-dominated sorting into fronts
// and the crowding distance that spreads a front. Used by Nsga2 and by the Pareto plot.
#pragma once

#include <cstddef>
#include <vector>

namespace noosphere::core::design {

using ObjectiveVector = std::vector<double>;  // every entry minimised

/// True when a is no worse than b in every objective and better in at least one.
bool dominates(const ObjectiveVector &a, const ObjectiveVector &b);

/// Indices of the points in fronts: front 0 is non-dominated, front 1 is non-dominated once front 0 is
/// removed, and so on. Within a front, indices ascend. O(M·N²).
std::vector<std::vector<size_t>> nonDominatedFronts(const std::vector<ObjectiveVector> &points);

/// The crowding distance of each member of one front (same order as `front`): the sum over objectives of the
/// gap between its neighbours, normalised by the front's range; the two ends of each objective get infinity.
std::vector<double> crowdingDistances(const std::vector<ObjectiveVector> &points, const std::vector<size_t> &front);

}  // namespace noosphere::core::design
