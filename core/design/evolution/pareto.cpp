// Non-dominated sorting and crowding distance (Deb et al. 2002, sections III-A and III-B).
#include "pareto.h"

#include <algorithm>
#include <limits>
#include <numeric>

namespace noosphere::core::design {

bool dominates(const ObjectiveVector &a, const ObjectiveVector &b)
{
    bool better = false;
    for (size_t m = 0; m < a.size(); ++m) {
        if (a[m] > b[m])
            return false;
        if (a[m] < b[m])
            better = true;
    }
    return better;
}

bool constrainedDominates(const ObjectiveVector &a, double violationA, const ObjectiveVector &b, double violationB)
{
    if (violationA > 0 || violationB > 0)
        return violationA < violationB;
    return dominates(a, b);
}

std::vector<std::vector<size_t>> nonDominatedFronts(const std::vector<ObjectiveVector> &points,
                                                    const std::vector<double> &violations)
{
    const bool constrained = violations.size() == points.size();
    auto beats = [&](size_t p, size_t q) {
        return constrained ? constrainedDominates(points[p], violations[p], points[q], violations[q])
                           : dominates(points[p], points[q]);
    };
    const size_t n = points.size();
    std::vector<std::vector<size_t>> dominatedBy(n);  // p → the points p dominates
    std::vector<size_t> dominationCount(n, 0);        // how many points dominate p
    std::vector<std::vector<size_t>> fronts(1);
    for (size_t p = 0; p < n; ++p) {
        for (size_t q = p + 1; q < n; ++q) {
            if (beats(p, q)) {
                dominatedBy[p].push_back(q);
                ++dominationCount[q];
            } else if (beats(q, p)) {
                dominatedBy[q].push_back(p);
                ++dominationCount[p];
            }
        }
    }
    for (size_t p = 0; p < n; ++p)
        if (dominationCount[p] == 0)
            fronts[0].push_back(p);
    while (!fronts.back().empty()) {
        std::vector<size_t> next;
        for (size_t p : fronts.back())
            for (size_t q : dominatedBy[p])
                if (--dominationCount[q] == 0)
                    next.push_back(q);
        std::sort(next.begin(), next.end());
        fronts.push_back(std::move(next));
    }
    fronts.pop_back();  // the empty sentinel
    return fronts;
}

std::vector<double> crowdingDistances(const std::vector<ObjectiveVector> &points, const std::vector<size_t> &front)
{
    constexpr double kInfinity = std::numeric_limits<double>::infinity();
    const size_t n = front.size();
    std::vector<double> distance(n, 0.0);
    if (n <= 2) {
        std::fill(distance.begin(), distance.end(), kInfinity);
        return distance;
    }
    const size_t nObjectives = points[front[0]].size();
    std::vector<size_t> order(n);
    for (size_t m = 0; m < nObjectives; ++m) {
        std::iota(order.begin(), order.end(), size_t(0));
        // Stable, so that equal values keep a reproducible order.
        std::stable_sort(order.begin(), order.end(),
                         [&](size_t a, size_t b) { return points[front[a]][m] < points[front[b]][m]; });
        const double lo = points[front[order.front()]][m];
        const double hi = points[front[order.back()]][m];
        distance[order.front()] = kInfinity;
        distance[order.back()] = kInfinity;
        if (!(hi > lo))  // every member equal in this objective: it separates nobody
            continue;
        for (size_t i = 1; i + 1 < n; ++i)
            distance[order[i]] += (points[front[order[i + 1]]][m] - points[front[order[i - 1]]][m]) / (hi - lo);
    }
    return distance;
}

}  // namespace noosphere::core::design
