#include "convexhull.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace noosphere::core::design {
namespace {

double turn(const Point2 &o, const Point2 &a, const Point2 &b)
{
    return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]);
}

}  // namespace

std::vector<Point2> convexHull(std::vector<Point2> points)
{
    std::sort(points.begin(), points.end());
    points.erase(std::unique(points.begin(), points.end()), points.end());
    if (points.size() < 3)
        return points;
    std::vector<Point2> hull(2 * points.size());
    size_t k = 0;
    for (const Point2 &p : points) {  // lower chain
        while (k >= 2 && turn(hull[k - 2], hull[k - 1], p) <= 0)
            --k;
        hull[k++] = p;
    }
    for (size_t i = points.size() - 1, lower = k + 1; i-- > 0;) {  // upper chain
        while (k >= lower && turn(hull[k - 2], hull[k - 1], points[i]) <= 0)
            --k;
        hull[k++] = points[i];
    }
    hull.resize(k - 1);
    return hull;
}

double polygonArea(const std::vector<Point2> &polygon)
{
    double twice = 0;
    for (size_t i = 0; i < polygon.size(); ++i) {
        const Point2 &a = polygon[i], &b = polygon[(i + 1) % polygon.size()];
        twice += a[0] * b[1] - b[0] * a[1];
    }
    return twice / 2;
}

double signedDistanceInside(const std::vector<Point2> &polygon, const Point2 &p)
{
    if (polygon.size() < 3)
        return -std::numeric_limits<double>::infinity();
    double nearest = std::numeric_limits<double>::infinity();
    for (size_t i = 0; i < polygon.size(); ++i) {
        const Point2 &a = polygon[i], &b = polygon[(i + 1) % polygon.size()];
        const double edge = std::hypot(b[0] - a[0], b[1] - a[1]);
        if (edge == 0)
            continue;
        nearest = std::min(nearest, turn(a, b, p) / edge);  // left of a counter-clockwise edge is inside
    }
    return nearest;
}

}  // namespace noosphere::core::design
