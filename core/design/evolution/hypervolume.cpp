// Hypervolume by a sweep in 2-D and by slicing in more dimensions (the "HSO" scheme, While et al. 2006).
#include "hypervolume.h"

#include <algorithm>

namespace noosphere::core::design {
namespace {

double hypervolume2d(std::vector<ObjectiveVector> points, const ObjectiveVector &reference)
{
    std::sort(points.begin(), points.end(),
              [](const auto &a, const auto &b) { return a[0] < b[0] || (a[0] == b[0] && a[1] < b[1]); });
    double volume = 0;
    double lowestF2 = reference[1];  // the lowest f2 seen so far: each point adds the strip below it
    for (const auto &p : points) {
        if (p[1] < lowestF2) {
            volume += (reference[0] - p[0]) * (lowestF2 - p[1]);
            lowestF2 = p[1];
        }
    }
    return volume;
}

// points all strictly dominate `reference`; dims = how many leading objectives count.
double sliced(std::vector<ObjectiveVector> points, const ObjectiveVector &reference, size_t dims)
{
    if (points.empty())
        return 0;
    if (dims == 2)
        return hypervolume2d(std::move(points), reference);
    const size_t last = dims - 1;
    std::sort(points.begin(), points.end(), [last](const auto &a, const auto &b) { return a[last] < b[last]; });
    double volume = 0;
    std::vector<ObjectiveVector> below;  // the points whose last objective lies under the current slice
    for (size_t i = 0; i < points.size(); ++i) {
        below.push_back(points[i]);
        const double top = i + 1 < points.size() ? points[i + 1][last] : reference[last];
        const double depth = top - points[i][last];
        if (depth > 0)
            volume += depth * sliced(below, reference, last);
    }
    return volume;
}

}  // namespace

double hypervolume(const std::vector<ObjectiveVector> &points, const ObjectiveVector &reference)
{
    const size_t dims = reference.size();
    std::vector<ObjectiveVector> inside;
    for (const auto &p : points) {
        bool dominatesReference = p.size() == dims;
        for (size_t m = 0; dominatesReference && m < dims; ++m)
            dominatesReference = p[m] < reference[m];  // NOTE: also false for NaN
        if (dominatesReference)
            inside.push_back(p);
    }
    if (dims == 0)
        return 0;
    if (dims == 1) {
        double best = reference[0];
        for (const auto &p : inside)
            best = std::min(best, p[0]);
        return reference[0] - best;
    }
    return sliced(std::move(inside), reference, dims);
}

}  // namespace noosphere::core::design
