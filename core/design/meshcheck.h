// Is a mesh a closed, consistently oriented surface? Vertices are welded by position (the builders split
// them only for normals), then every edge must be used by exactly two triangles, once in each direction.
#pragma once

#include "mesh.h"

#include <cstddef>

namespace noosphere::core::design {

struct MeshCheck {
    size_t openEdges = 0;         // used by one triangle: a hole
    size_t overusedEdges = 0;     // used by three or more: not a manifold
    size_t misorientedEdges = 0;  // used twice in the same direction: a flipped neighbour
    size_t degenerateTriangles = 0;
    bool watertight() const { return openEdges == 0 && overusedEdges == 0 && misorientedEdges == 0; }
};

MeshCheck checkMesh(const Mesh &mesh);

}  // namespace noosphere::core::design
