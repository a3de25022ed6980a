// The hypervolume indicator: the volume of objective space dominated by a set of points and bounded by a
// reference point (minimisation). One number for how good and how spread a Pareto front is.
#pragma once

#include "pareto.h"

#include <vector>

namespace noosphere::core::design {

/// Exact hypervolume of `points` against `reference` (each point's objectives minimised). Points that do not
/// strictly dominate the reference add nothing; dominated and duplicate points are harmless.
/// Two objectives: a sweep, O(N log N). More: slicing along the last objective, O(N^(M-1) log N), meant
/// for fronts of a few hundred points and up to four or five objectives.
double hypervolume(const std::vector<ObjectiveVector> &points, const ObjectiveVector &reference);

}  // namespace noosphere::core::design
