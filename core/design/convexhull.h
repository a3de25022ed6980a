// Convex hull of points in the plane (Andrew's monotone chain) and polygon helpers: the support polygon a
// design stands on and the footprint it takes on a table.
#pragma once

#include <array>
#include <vector>

namespace noosphere::core::design {

using Point2 = std::array<double, 2>;

/// Counter-clockwise hull without collinear points; fewer than 3 points come back as given (deduplicated).
std::vector<Point2> convexHull(std::vector<Point2> points);
double polygonArea(const std::vector<Point2> &polygon);  // positive for counter-clockwise
/// Distance from p to the nearest edge of a counter-clockwise convex polygon, negative when p is outside.
double signedDistanceInside(const std::vector<Point2> &polygon, const Point2 &p);

}  // namespace noosphere::core::design
