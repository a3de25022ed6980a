#include "meshcheck.h"

#include <cstring>
#include <map>
#include <unordered_map>

namespace noosphere::core::design {
namespace {

struct PositionHash {
    size_t operator()(const Vec3 &p) const
    {
        uint32_t bits[3];
        std::memcpy(bits, p.data(), sizeof bits);
        return (size_t(bits[0]) * 73856093u) ^ (size_t(bits[1]) * 19349663u) ^ (size_t(bits[2]) * 83492791u);
    }
};

}  // namespace

MeshCheck checkMesh(const Mesh &mesh)
{
    std::unordered_map<Vec3, uint32_t, PositionHash> welded;
    std::vector<uint32_t> weldedIndex(mesh.positions.size());
    for (size_t i = 0; i < mesh.positions.size(); ++i)
        weldedIndex[i] = welded.try_emplace(mesh.positions[i], uint32_t(welded.size())).first->second;

    MeshCheck check;
    std::map<std::pair<uint32_t, uint32_t>, int> directed;  // (from, to) → uses
    for (size_t t = 0; t + 2 < mesh.indices.size(); t += 3) {
        const uint32_t v[3] = {weldedIndex[mesh.indices[t]], weldedIndex[mesh.indices[t + 1]],
                               weldedIndex[mesh.indices[t + 2]]};
        if (v[0] == v[1] || v[1] == v[2] || v[0] == v[2]) {
            ++check.degenerateTriangles;
            continue;
        }
        for (int k = 0; k < 3; ++k)
            ++directed[{v[k], v[(k + 1) % 3]}];
    }
    for (const auto &[edge, uses] : directed) {
        const auto reverse = directed.find({edge.second, edge.first});
        const int back = reverse == directed.end() ? 0 : reverse->second;
        if (edge.first > edge.second && back > 0)
            continue;  // counted from the other direction
        if (uses > 1 || back > 1)
            uses + back > 2 ? ++check.overusedEdges : ++check.misorientedEdges;
        else if (back == 0)
            ++check.openEdges;
    }
    return check;
}

}  // namespace noosphere::core::design
