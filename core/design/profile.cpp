#include "profile.h"

#include <algorithm>
#include <cmath>

namespace noosphere::core::design {

double catmullRom(std::span<const double> controls, double t)
{
    const auto n = static_cast<int>(controls.size());
    if (n == 0)
        return 0;
    if (n == 1)
        return controls[0];
    const double x = std::clamp(t, 0.0, 1.0) * (n - 1);
    const int i = std::min(static_cast<int>(std::floor(x)), n - 2);
    const double u = x - i;
    auto at = [&](int k) { return controls[std::clamp(k, 0, n - 1)]; };
    const double p0 = at(i - 1), p1 = at(i), p2 = at(i + 1), p3 = at(i + 2);
    return 0.5 * ((2 * p1) + (-p0 + p2) * u + (2 * p0 - 5 * p1 + 4 * p2 - p3) * u * u +
                  (-p0 + 3 * p1 - 3 * p2 + p3) * u * u * u);
}

}  // namespace noosphere::core::design
