// Builds a closed triangle mesh from rings of points: the families describe surfaces as rings (a lathe's
// circles, a sweep's cross-sections, a prism's outlines) joined by quad strips and closed by fans or caps.
// Points are welded by index, so the topology is exact; normals are made last, split where the surface
// creases, so that a rim looks sharp and a wall looks smooth.
#pragma once

#include "mesh.h"

#include <cstddef>
#include <cstdint>
#include <vector>

namespace noosphere::core::design {

class MeshBuilder {
public:
    using Ring = std::vector<uint32_t>;  // vertex indices in order around the ring

    void reserve(size_t points, size_t triangles);  // what the family will add: spares regrowing the arrays
    uint32_t addPoint(const Vec3 &position);
    Ring addRing(const std::vector<Vec3> &points);
    void addTriangle(uint32_t a, uint32_t b, uint32_t c);  // counter-clockwise seen from outside
    /// Quads between two rings of equal size; `closed` joins the last point to the first. The winding is
    /// a[i] → a[i+1] → b[i+1] → b[i]: pass the rings in the order that makes that counter-clockwise outside.
    void addStrip(const Ring &a, const Ring &b, bool closed = true);
    /// A fan from `centre` over a closed ring, wound centre → ring[i+1] → ring[i] (flip for the other side).
    void addFan(uint32_t centre, const Ring &ring, bool flip = false);
    /// Closes a convex ring with a fan from its first point, facing +z (`up`) or −z for a ring that runs
    /// counter-clockwise seen from +z.
    void addCap(const Ring &ring, bool up);
    /// Flips every triangle when the enclosed signed volume is negative: a closed part built with either
    /// winding comes out facing outward.
    void orientOutward();
    /// Appends another builder's points and triangles (a separate closed part of an assembly).
    void append(const MeshBuilder &part);
    void translate(const Vec3 &offset);

    const std::vector<Vec3> &points() const { return m_points; }
    const std::vector<uint32_t> &triangles() const { return m_triangles; }

    /// The mesh with normals: faces whose normals differ by more than `creaseAngleDeg` get their own vertex.
    Mesh finish(float creaseAngleDeg = 40.0f) const;

private:
    std::vector<Vec3> m_points;
    std::vector<uint32_t> m_triangles;
};

}  // namespace noosphere::core::design
