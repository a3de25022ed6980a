// Pareto ranking for minimisation (Deb et al. 2002, NSGA-II): dominance, fast non-dominated sorting into fronts
// and the crowding distance that spreads a front. Used by Nsga2 and by the Pareto plot.
#pragma once

#include <cstddef>
#include <vector>

namespace noosphere::core::design {

using ObjectiveVector = std::vector<double>;  // every entry minimised

/// True when a is no worse than b in every objective and better in at least one.
bool dominates(const ObjectiveVector &a, const ObjectiveVector &b);

/// Deb's constrained domination (2000): a feasible point (violation 0) beats an infeasible one, the smaller
/// violation wins between infeasible ones, and plain dominance decides between feasible ones.
bool constrainedDominates(const ObjectiveVector &a, double violationA, const ObjectiveVector &b, double violationB);

/// Indices of the points in fronts: front 0 is non-dominated, front 1 is non-dominated once front 0 is
/// removed, and so on. Within a front, indices ascend. O(M·N²). With `violations` (one per point, ≥ 0),
/// constrained domination ranks them.
std::vector<std::vector<size_t>> nonDominatedFronts(const std::vector<ObjectiveVector> &points,
                                                    const std::vector<double> &violations = {});

/// The crowding distance of each member of one front (same order as `front`): the sum over objectives of the
/// gap between its neighbours, normalised by the front's range; the two ends of each objective get infinity.
std::vector<double> crowdingDistances(const std::vector<ObjectiveVector> &points, const std::vector<size_t> &front);

}  // namespace noosphere::core::design
