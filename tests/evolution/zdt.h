// The ZDT test problems (Zitzler, Deb & Thiele 2000) on [0, 1]^n, two objectives minimised, and the
// hypervolume of their true fronts against the reference point (1.1, 1.1).
#pragma once

#include <cmath>
#include <numbers>
#include <vector>

namespace noosphere::tests {

inline double zdtG(const std::vector<double> &x)
{
    double sum = 0;
    for (size_t i = 1; i < x.size(); ++i)
        sum += x[i];
    return 1.0 + 9.0 * sum / double(x.size() - 1);
}

inline std::vector<double> zdt1(const std::vector<double> &x)
{
    const double g = zdtG(x);
    return {x[0], g * (1.0 - std::sqrt(x[0] / g))};
}

inline std::vector<double> zdt2(const std::vector<double> &x)
{
    const double g = zdtG(x);
    return {x[0], g * (1.0 - (x[0] / g) * (x[0] / g))};
}

inline std::vector<double> zdt3(const std::vector<double> &x)
{
    const double g = zdtG(x);
    const double r = x[0] / g;
    return {x[0], g * (1.0 - std::sqrt(r) - r * std::sin(10.0 * std::numbers::pi * x[0]))};
}

// ZDT1's front f2 = 1 − √f1 for f1 in [0, 1], against (1.1, 1.1): ∫₀¹ (0.1 + √f1) df1 = 0.1 + 2/3 for the
// curve, plus the strip 0.1 × 1.1 right of f1 = 1.
inline constexpr double kZdt1FrontHypervolume = 0.1 + 2.0 / 3.0 + 0.11;
// ZDT2's front f2 = 1 − f1²: ∫₀¹ (0.1 + f1²) df1 = 0.1 + 1/3, plus the same strip.
inline constexpr double kZdt2FrontHypervolume = 0.1 + 1.0 / 3.0 + 0.11;

}  // namespace noosphere::tests
