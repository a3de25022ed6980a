#include "meshbuilder.h"

#include "vec3.h"

#include <algorithm>
#include <cmath>
#include <numbers>
#include <utility>

namespace noosphere::core::design {

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

Mesh MeshBuilder::finish(float creaseAngleDeg) const
{
    const size_t nTriangles = m_triangles.size() / 3;
    const size_t nPoints = m_points.size();
    // Area-weighted face normals (the cross product's length is twice the area) and their directions.
    std::vector<Vec3> faceNormals(nTriangles), faceDirections(nTriangles);
    for (size_t t = 0; t < nTriangles; ++t) {
        const Vec3 &a = m_points[m_triangles[3 * t]], &b = m_points[m_triangles[3 * t + 1]],
                   &c = m_points[m_triangles[3 * t + 2]];
        faceNormals[t] = cross(b - a, c - a);
        faceDirections[t] = normalised(faceNormals[t]);
    }
    // The faces around each point, as one flat list (offsets per point): no allocation per point.
    std::vector<uint32_t> offsets(nPoints + 1, 0), faces(m_triangles.size());
    for (uint32_t index : m_triangles)
        ++offsets[index + 1];
    for (size_t p = 0; p < nPoints; ++p)
        offsets[p + 1] += offsets[p];
    std::vector<uint32_t> fill(offsets.begin(), offsets.end() - 1);
    for (size_t corner = 0; corner < m_triangles.size(); ++corner)
        faces[fill[m_triangles[corner]]++] = uint32_t(corner / 3);
    const float cosCrease = std::cos(creaseAngleDeg * std::numbers::pi_v<float> / 180.0f);

    Mesh mesh;
    mesh.positions.reserve(nPoints * 3 / 2);
    mesh.normals.reserve(nPoints * 3 / 2);
    mesh.indices.resize(m_triangles.size());
    // Each corner takes the mean normal of the faces around its point that lie within the crease angle of its
    // own face; corners of one point with (nearly) the same normal share an output vertex. The vertices made
    // for a point form a short chain: firstMade[point], then nextMade[vertex].
    std::vector<uint32_t> firstMade(nPoints, UINT32_MAX), nextMade;
    nextMade.reserve(nPoints * 3 / 2);
    for (size_t t = 0; t < nTriangles; ++t) {
        const Vec3 &own = faceDirections[t];
        for (int k = 0; k < 3; ++k) {
            const uint32_t point = m_triangles[3 * t + k];
            Vec3 sum{0, 0, 0};
            for (uint32_t i = offsets[point]; i < offsets[point + 1]; ++i)
                if (dot(faceDirections[faces[i]], own) >= cosCrease)
                    sum = sum + faceNormals[faces[i]];
            Vec3 normal = normalised(sum);
            if (length(normal) == 0)
                normal = own;
            uint32_t index = firstMade[point];
            while (index != UINT32_MAX && dot(mesh.normals[index], normal) <= 0.9999f)
                index = nextMade[index];
            if (index == UINT32_MAX) {
                index = static_cast<uint32_t>(mesh.positions.size());
                mesh.positions.push_back(m_points[point]);
                mesh.normals.push_back(normal);
                nextMade.push_back(firstMade[point]);
                firstMade[point] = index;
            }
            mesh.indices[3 * t + k] = index;
        }
    }
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
