#include "meshbuilder.h"

#include "vec3.h"

#include <algorithm>
#include <cmath>
#include <numbers>
#include <utility>

namespace noosphere::core::design {

void MeshBuilder::reserve(size_t points, size_t triangles)
{
    m_points.reserve(points);
    m_triangles.reserve(3 * triangles);
}

uint32_t MeshBuilder::addPoint(const Vec3 &position)
{
    m_points.push_back(position);
    return static_cast<uint32_t>(m_points.size() - 1);
}

MeshBuilder::Ring MeshBuilder::addRing(const std::vector<Vec3> &points)
{
    Ring ring;
    ring.reserve(points.size());
    for (const Vec3 &p : points)
        ring.push_back(addPoint(p));
    return ring;
}

void MeshBuilder::addTriangle(uint32_t a, uint32_t b, uint32_t c)
{
    m_triangles.insert(m_triangles.end(), {a, b, c});
}

void MeshBuilder::addStrip(const Ring &a, const Ring &b, bool closed)
{
    const size_t n = a.size();
    const size_t quads = closed ? n : n - 1;
    for (size_t i = 0; i < quads; ++i) {
        const size_t j = (i + 1) % n;
        addTriangle(a[i], a[j], b[j]);
        addTriangle(a[i], b[j], b[i]);
    }
}

void MeshBuilder::addFan(uint32_t centre, const Ring &ring, bool flip)
{
    const size_t n = ring.size();
    for (size_t i = 0; i < n; ++i) {
        const uint32_t p = ring[i], q = ring[(i + 1) % n];
        if (flip)
            addTriangle(centre, p, q);
        else
            addTriangle(centre, q, p);
    }
}

void MeshBuilder::addCap(const Ring &ring, bool up)
{
    for (size_t i = 1; i + 1 < ring.size(); ++i) {
        if (up)
            addTriangle(ring[0], ring[i], ring[i + 1]);
        else
            addTriangle(ring[0], ring[i + 1], ring[i]);
    }
}

void MeshBuilder::orientOutward()
{
    double sixVolume = 0;
    for (size_t t = 0; t + 2 < m_triangles.size(); t += 3)
        sixVolume += dot(toD(m_points[m_triangles[t]]),
                         cross(toD(m_points[m_triangles[t + 1]]), toD(m_points[m_triangles[t + 2]])));
    if (sixVolume < 0)
        for (size_t t = 0; t + 2 < m_triangles.size(); t += 3)
            std::swap(m_triangles[t + 1], m_triangles[t + 2]);
}

void MeshBuilder::append(const MeshBuilder &part)
{
    const auto offset = static_cast<uint32_t>(m_points.size());
    m_points.insert(m_points.end(), part.m_points.begin(), part.m_points.end());
    for (uint32_t index : part.m_triangles)
        m_triangles.push_back(index + offset);
}

void MeshBuilder::translate(const Vec3 &offset)
{
    for (Vec3 &p : m_points)
        p = p + offset;
}

namespace {

// Union-find over the few corners around one point.
uint32_t rootOf(std::vector<uint32_t> &parent, uint32_t i)
{
    while (parent[i] != i)
        i = parent[i] = parent[parent[i]];
    return i;
}

// finish()'s working arrays, kept per thread between calls: a generation builds 16 meshes on each core, and
// fresh arrays for each cost more in page faults than the work done in them.
struct FinishScratch {
    std::vector<Vec3> faceNormals, faceDirections;
    std::vector<uint32_t> offsets, corners, fill, parent, vertexOfRoot;
};

}  // namespace

Mesh MeshBuilder::finish(float creaseAngleDeg) const
{
    thread_local FinishScratch scratch;
    auto &[faceNormals, faceDirections, offsets, corners, fill, parent, vertexOfRoot] = scratch;
    const size_t nTriangles = m_triangles.size() / 3;
    const size_t nPoints = m_points.size();
    // Area-weighted face normals (the cross product's length is twice the area) and their directions.
    faceNormals.resize(nTriangles);
    faceDirections.resize(nTriangles);
    for (size_t t = 0; t < nTriangles; ++t) {
        const Vec3 &a = m_points[m_triangles[3 * t]], &b = m_points[m_triangles[3 * t + 1]],
                   &c = m_points[m_triangles[3 * t + 2]];
        faceNormals[t] = cross(b - a, c - a);
        faceDirections[t] = normalised(faceNormals[t]);
    }
    // The corners at each point, as one flat list (offsets per point): no allocation per point.
    offsets.assign(nPoints + 1, 0);
    corners.resize(m_triangles.size());
    for (uint32_t index : m_triangles)
        ++offsets[index + 1];
    for (size_t p = 0; p < nPoints; ++p)
        offsets[p + 1] += offsets[p];
    fill.assign(offsets.begin(), offsets.end() - 1);
    for (size_t corner = 0; corner < m_triangles.size(); ++corner)
        corners[fill[m_triangles[corner]]++] = uint32_t(corner);
    const float cosCrease = std::cos(creaseAngleDeg * std::numbers::pi_v<float> / 180.0f);
    const auto otherPoints = [this](uint32_t corner) {
        const uint32_t t = corner / 3 * 3, k = corner % 3;
        return std::pair{m_triangles[t + (k + 1) % 3], m_triangles[t + (k + 2) % 3]};
    };

    Mesh mesh;
    mesh.positions.reserve(nPoints * 3 / 2);
    mesh.normals.reserve(nPoints * 3 / 2);
    mesh.indices.resize(m_triangles.size());
    // Around each point, faces that share an edge at a dihedral angle within the crease angle are one smooth
    // group (as Blender's auto smooth makes them); each group is one vertex with the group's mean normal. A
    // crease is thus decided per edge, the same for both faces along it: deciding per corner instead let
    // neighbouring corners of a ribbed surface average different faces, which shaded as speckles.
    for (size_t point = 0; point < nPoints; ++point) {
        const uint32_t first = offsets[point], count = offsets[point + 1] - first;
        parent.resize(count);
        for (uint32_t i = 0; i < count; ++i)
            parent[i] = i;
        for (uint32_t i = 0; i < count; ++i) {
            const auto [nextI, prevI] = otherPoints(corners[first + i]);
            const Vec3 &directionI = faceDirections[corners[first + i] / 3];
            for (uint32_t j = i + 1; j < count; ++j) {
                const auto [nextJ, prevJ] = otherPoints(corners[first + j]);
                const bool shareEdge = nextI == prevJ || prevI == nextJ || nextI == nextJ || prevI == prevJ;
                if (shareEdge && dot(directionI, faceDirections[corners[first + j] / 3]) >= cosCrease)
                    parent[rootOf(parent, i)] = rootOf(parent, j);
            }
        }
        vertexOfRoot.assign(count, UINT32_MAX);
        for (uint32_t i = 0; i < count; ++i) {
            const uint32_t root = rootOf(parent, i);
            if (vertexOfRoot[root] == UINT32_MAX) {
                vertexOfRoot[root] = static_cast<uint32_t>(mesh.positions.size());
                mesh.positions.push_back(m_points[point]);
                mesh.normals.push_back({0, 0, 0});
            }
            Vec3 &sum = mesh.normals[vertexOfRoot[root]];
            sum = sum + faceNormals[corners[first + i] / 3];
            mesh.indices[corners[first + i]] = vertexOfRoot[root];
        }
    }
    for (Vec3 &normal : mesh.normals)
        normal = length(normal) > 0 ? normalised(normal) : Vec3{0, 0, 1};  // a group of degenerate faces
    return mesh;
}

Bounds meshBounds(const Mesh &mesh)
{
    Bounds b;
    if (mesh.positions.empty())
        return b;
    b.min = b.max = mesh.positions.front();
    for (const Vec3 &p : mesh.positions)
        for (int k = 0; k < 3; ++k) {
            b.min[k] = std::min(b.min[k], p[k]);
            b.max[k] = std::max(b.max[k], p[k]);
        }
    return b;
}

}  // namespace noosphere::core::design
