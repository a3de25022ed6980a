// Places the boxes of a small tree-shaped graph (the Writer's concept graph: a word, its senses, their relations)
// so that no two boxes overlap: radially around the root, each subtree in its own wedge, then each box pushed
// outward along its ray until it is clear of every box placed before it. The push is exact, so the guarantee
// holds for any sizes, not only for the usual ones.
#pragma once

#include <cstddef>
#include <optional>
#include <span>
#include <utility>
#include <vector>

namespace noosphere::core::text {

struct GraphLayoutNode {
    double width = 0;   ///< the box, in pixels (non-finite or < 1 is taken as 1)
    double height = 0;
    int parent = -1;    ///< the node this one hangs from; must come before it (else it hangs from the root, node 0)
};

struct GraphLayoutOptions {
    double gap = 10;          ///< the least space between two boxes, in pixels
    double ringSpacing = 60;  ///< the least distance between the rings of successive depths, in pixels
    double aspect = 1.2;      ///< vertical / horizontal radius: > 1 suits a tall, narrow panel
    double margin = 12;       ///< around the whole drawing
};

struct GraphPoint {
    double x = 0;
    double y = 0;
};

struct GraphLayout {
    std::vector<GraphPoint> centres;  ///< of each node's box, in [margin, width - margin] × [margin, height - margin]
    double width = 0;                 ///< of the drawing, margins included
    double height = 0;
};

/// Lays out `nodes` (node 0 is the root) with no two boxes closer than options.gap. Pure, any thread; ~30 nodes
/// take a few microseconds.
GraphLayout layOutRadialTree(std::span<const GraphLayoutNode> nodes, const GraphLayoutOptions &options = {});

/// The first pair of boxes (i < j) that are closer than `gap` (less a rounding tolerance), or nullopt. For tests
/// and assertions.
std::optional<std::pair<std::size_t, std::size_t>> findOverlap(std::span<const GraphLayoutNode> nodes,
                                                               std::span<const GraphPoint> centres, double gap);

}  // namespace noosphere::core::text
