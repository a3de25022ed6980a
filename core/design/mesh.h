// A triangle mesh in millimetres, z up, the object standing on z = 0: positions, per-vertex normals and
// counter-clockwise (outward) triangles. Vertices are split where the surface creases, so two vertices may
// share a position; topology checks weld by position.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <vector>

namespace noosphere::core::design {

using Vec3 = std::array<float, 3>;

struct Mesh {
    std::vector<Vec3> positions;
    std::vector<Vec3> normals;      // unit, one per position
    std::vector<uint32_t> indices;  // three per triangle, counter-clockwise seen from outside

    size_t triangleCount() const { return indices.size() / 3; }
};

struct Bounds {
    Vec3 min{0, 0, 0};
    Vec3 max{0, 0, 0};
};
Bounds meshBounds(const Mesh &mesh);

}  // namespace noosphere::core::design
