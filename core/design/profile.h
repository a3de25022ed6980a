// A smooth profile through evenly spaced control values (Catmull-Rom): the lathe family's radius as a
// function of height. Passes through every control value, so a genome of equal radii is an exact cylinder.
#pragma once

#include <span>

namespace noosphere::core::design {

/// The profile at t in [0, 1] through `controls` placed at t = 0, 1/(n-1), …, 1.
double catmullRom(std::span<const double> controls, double t);

}  // namespace noosphere::core::design
