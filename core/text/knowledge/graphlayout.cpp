// Radial tree layout with exact overlap removal. Wedges: each subtree gets an angle in proportion to what its leaves
// need, so relations sit beside their sense. Rings: a depth's radius is long enough for its boxes side by side. Then, in breadth-first order, each box slides outward along
// its ray from the root to the nearest place where it clears every box already placed: along a ray the places that
// collide with one box form one open interval, so the nearest free place is found by sorting those intervals.
#include "graphlayout.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace noosphere::core::text {

namespace {

// Boxes closer than the gap by less than this are rounding, not an overlap.
constexpr double kTolerance = 1e-6;

struct Box {
    double width = 1;
    double height = 1;
};

Box sanitised(const GraphLayoutNode &node)
{
    const auto clean = [](double v) { return std::isfinite(v) && v >= 1 ? v : 1.0; };
    return {clean(node.width), clean(node.height)};
}

// The drawing's rings are ellipses of "radius" r: x = r·sx·cos θ, y = r·sy·sin θ.
struct Ellipse {
    double sx = 1;
    double sy = 1;
};

// The arc (in units of r·θ) a box needs across its ray at angle θ: its extent along the ring's tangent plus the
// gap, over how far the ring moves per unit of r·θ there.
double arcNeeded(Box box, double theta, double gap, Ellipse ellipse)
{
    const double s = std::abs(std::sin(theta)), c = std::abs(std::cos(theta));
    return (box.width * s + box.height * c + gap) / std::max(1e-6, std::hypot(ellipse.sx * s, ellipse.sy * c));
}

// The parent of each node, repaired so that the graph is a tree rooted at 0 with parents before children.
std::vector<int> treeParents(std::span<const GraphLayoutNode> nodes)
{
    std::vector<int> parents(nodes.size(), 0);
    if (!parents.empty())
        parents[0] = -1;
    for (std::size_t i = 1; i < nodes.size(); ++i)
        if (nodes[i].parent >= 0 && std::size_t(nodes[i].parent) < i)
            parents[i] = nodes[i].parent;
    return parents;
}

// The open interval of s for which a box centred at origin + s·direction overlaps `placed` (inflated by the gap
// and by the moving box's half size), or nullopt when the ray misses it.
std::optional<std::pair<double, double>> collisionInterval(GraphPoint origin, GraphPoint direction, Box moving,
                                                           GraphPoint placedCentre, Box placed, double gap)
{
    const double halfX = (moving.width + placed.width) / 2 + gap;
    const double halfY = (moving.height + placed.height) / 2 + gap;
    double lo = -INFINITY;
    double hi = INFINITY;
    const auto slab = [&](double start, double step, double centre, double half) {
        if (std::abs(step) < 1e-12) {
            if (std::abs(start - centre) >= half)
                lo = INFINITY;  // never inside this slab
            return;
        }
        double a = (centre - half - start) / step;
        double b = (centre + half - start) / step;
        if (a > b)
            std::swap(a, b);
        lo = std::max(lo, a);
        hi = std::min(hi, b);
    };
    slab(origin.x, direction.x, placedCentre.x, halfX);
    slab(origin.y, direction.y, placedCentre.y, halfY);
    if (!(lo < hi))
        return std::nullopt;
    return std::pair{lo, hi};
}

// The least s ≥ 0 outside every open interval.
double firstFreeStep(std::vector<std::pair<double, double>> &intervals)
{
    std::sort(intervals.begin(), intervals.end());
    double s = 0;
    for (const auto &[lo, hi] : intervals) {
        if (lo >= s)
            break;  // sorted by lo: this and every later interval start past s
        s = std::max(s, hi);
    }
    return s;
}

}  // namespace

GraphLayout layOutRadialTree(std::span<const GraphLayoutNode> nodes, const GraphLayoutOptions &options)
{
    GraphLayout layout;
    const std::size_t n = nodes.size();
    if (n == 0)
        return layout;
    const double gap = std::isfinite(options.gap) ? std::max(0.0, options.gap) : 0.0;
    const double aspect = std::isfinite(options.aspect) && options.aspect > 0.1 ? options.aspect : 1.0;
    const double ringSpacing = std::isfinite(options.ringSpacing) ? std::max(0.0, options.ringSpacing) : 0.0;
    const double margin = std::isfinite(options.margin) ? std::max(0.0, options.margin) : 0.0;

    std::vector<Box> boxes(n);
    for (std::size_t i = 0; i < n; ++i)
        boxes[i] = sanitised(nodes[i]);
    const std::vector<int> parents = treeParents(nodes);
    std::vector<int> depth(n, 0);
    for (std::size_t i = 1; i < n; ++i)
        depth[i] = depth[std::size_t(parents[i])] + 1;
    const int maxDepth = *std::max_element(depth.begin(), depth.end());

    // Leaves under each node (a leaf counts itself): parents come before children, so one backward pass.
    std::vector<double> leaves(n, 0);
    std::vector<int> childCount(n, 0);
    for (std::size_t i = 1; i < n; ++i)
        ++childCount[std::size_t(parents[i])];
    for (std::size_t i = n; i-- > 0;) {
        if (childCount[i] == 0)
            leaves[i] = 1;
        if (i > 0)
            leaves[std::size_t(parents[i])] += leaves[i];
    }

    // Wedges, the root's starting at the top and turning clockwise (screen y points down). A leaf's share is what
    // its box needs across the ray at its angle: a wide box needs more angle at the top and bottom than at the
    // sides. That depends on the angle, so the shares are found twice: by leaf count, then by need.
    const Ellipse ellipse{1 / std::sqrt(aspect), std::sqrt(aspect)};
    constexpr double kTwoPi = 2 * std::numbers::pi;
    std::vector<double> wedgeSpan(n, kTwoPi), angle(n, 0), weight(leaves);
    for (int pass = 0; pass < 2; ++pass) {
        std::vector<double> nextStart(n, -std::numbers::pi / 2);  // where the next child's wedge starts, per parent
        for (std::size_t i = 1; i < n; ++i) {
            const auto p = std::size_t(parents[i]);
            wedgeSpan[i] = wedgeSpan[p] * weight[i] / weight[p];
            nextStart[i] = nextStart[p];
            nextStart[p] += wedgeSpan[i];
            angle[i] = nextStart[i] + wedgeSpan[i] / 2;
        }
        std::fill(weight.begin(), weight.end(), 0.0);
        for (std::size_t i = n; i-- > 0;) {
            if (childCount[i] == 0)
                weight[i] = arcNeeded(boxes[i], angle[i], gap, ellipse);
            if (i > 0)
                weight[std::size_t(parents[i])] += weight[i];
        }
    }

    // Ring radii: past the ring inside, and long enough for the arcs its boxes need. A box in a wedge too narrow
    // for it is pushed outward below.
    std::vector<double> radius(std::size_t(maxDepth) + 1, 0), tallest(std::size_t(maxDepth) + 1, 0),
        arcs(std::size_t(maxDepth) + 1, 0);
    for (std::size_t i = 0; i < n; ++i) {
        tallest[std::size_t(depth[i])] = std::max(tallest[std::size_t(depth[i])], boxes[i].height);
        arcs[std::size_t(depth[i])] += arcNeeded(boxes[i], angle[i], gap, ellipse);
    }
    for (std::size_t d = 1; d < radius.size(); ++d)
        radius[d] = std::max(radius[d - 1] + ringSpacing + (tallest[d - 1] + tallest[d]) / 2, arcs[d] / kTwoPi);

    // Breadth-first, each box pushed outward along its ray until it clears the boxes placed before it.
    std::vector<std::size_t> order(n);
    for (std::size_t i = 0; i < n; ++i)
        order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return depth[a] < depth[b]; });
    std::vector<GraphPoint> centres(n);
    std::vector<std::size_t> placed;
    std::vector<std::pair<double, double>> intervals;
    for (const std::size_t i : order) {
        const double r = radius[std::size_t(depth[i])];
        const GraphPoint start{r * ellipse.sx * std::cos(angle[i]), r * ellipse.sy * std::sin(angle[i])};
        const double length = std::hypot(start.x, start.y);
        // The root and anything at the origin slide downward, as the first child of a lone wedge would sit.
        const GraphPoint direction = length > 1e-9 ? GraphPoint{start.x / length, start.y / length} : GraphPoint{0, 1};
        intervals.clear();
        for (const std::size_t j : placed)
            if (auto hit = collisionInterval(start, direction, boxes[i], centres[j], boxes[j], gap))
                intervals.push_back(*hit);
        const double s = firstFreeStep(intervals) + (intervals.empty() ? 0 : kTolerance);
        centres[i] = {start.x + s * direction.x, start.y + s * direction.y};
        placed.push_back(i);
    }

    // Into the positive quadrant, with the margin around.
    double minX = INFINITY, minY = INFINITY, maxX = -INFINITY, maxY = -INFINITY;
    for (std::size_t i = 0; i < n; ++i) {
        minX = std::min(minX, centres[i].x - boxes[i].width / 2);
        maxX = std::max(maxX, centres[i].x + boxes[i].width / 2);
        minY = std::min(minY, centres[i].y - boxes[i].height / 2);
        maxY = std::max(maxY, centres[i].y + boxes[i].height / 2);
    }
    for (auto &c : centres)
        c = {c.x - minX + margin, c.y - minY + margin};
    layout.centres = std::move(centres);
    layout.width = maxX - minX + 2 * margin;
    layout.height = maxY - minY + 2 * margin;
    return layout;
}

std::optional<std::pair<std::size_t, std::size_t>> findOverlap(std::span<const GraphLayoutNode> nodes,
                                                               std::span<const GraphPoint> centres, double gap)
{
    const std::size_t n = std::min(nodes.size(), centres.size());
    for (std::size_t i = 0; i < n; ++i) {
        const Box a = sanitised(nodes[i]);
        for (std::size_t j = i + 1; j < n; ++j) {
            const Box b = sanitised(nodes[j]);
            const double clearX = std::abs(centres[i].x - centres[j].x) - (a.width + b.width) / 2;
            const double clearY = std::abs(centres[i].y - centres[j].y) - (a.height + b.height) / 2;
            if (std::max(clearX, clearY) < gap - 1e-3)
                return std::pair{i, j};
        }
    }
    return std::nullopt;
}

}  // namespace noosphere::core::text
