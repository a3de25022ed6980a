#include "objectives.h"

#include "convexhull.h"
#include "vec3.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numbers>

namespace noosphere::core::design {
namespace {

constexpr double kPlateToleranceMm = 0.5;  // points this close to the lowest one rest on the plate
const double kOverhangCos = std::cos(45.0 * std::numbers::pi / 180.0);

}  // namespace

Objectives computeObjectives(const Mesh &mesh)
{
    Objectives o;
    if (mesh.positions.empty())
        return o;
    const Bounds bounds = meshBounds(mesh);
    const double plate = bounds.min[2];
    o.heightMm = bounds.max[2] - plate;

    double sixVolume = 0;
    DVec3 weighted;  // Σ signed tetra volume × centroid, ×24
    for (size_t t = 0; t + 2 < mesh.indices.size(); t += 3) {
        const DVec3 a = toD(mesh.positions[mesh.indices[t]]), b = toD(mesh.positions[mesh.indices[t + 1]]),
                    c = toD(mesh.positions[mesh.indices[t + 2]]);
        const DVec3 n = cross(b - a, c - a);
        const double twiceArea = std::sqrt(dot(n, n));
        o.surfaceAreaMm2 += twiceArea / 2;
        const double v6 = dot(a, cross(b, c));  // six times the tetrahedron (origin, a, b, c)
        sixVolume += v6;
        weighted.x += v6 * (a.x + b.x + c.x);
        weighted.y += v6 * (a.y + b.y + c.y);
        weighted.z += v6 * (a.z + b.z + c.z);
        // Facing down more steeply than 45° from vertical, and not lying on the plate.
        const bool onPlate = std::max({a.z, b.z, c.z}) <= plate + kPlateToleranceMm;
        if (twiceArea > 0 && n.z / twiceArea < -kOverhangCos && !onPlate)
            o.overhangAreaMm2 += twiceArea / 2;
    }
    o.volumeMm3 = sixVolume / 6;
    if (sixVolume != 0)
        o.centreOfMass = {float(weighted.x / (4 * sixVolume)), float(weighted.y / (4 * sixVolume)),
                          float(weighted.z / (4 * sixVolume))};

    std::vector<Point2> plan, support;
    plan.reserve(mesh.positions.size());
    for (const Vec3 &p : mesh.positions) {
        plan.push_back({p[0], p[1]});
        if (p[2] <= plate + kPlateToleranceMm)
            support.push_back({p[0], p[1]});
    }
    o.footprintMm2 = polygonArea(convexHull(std::move(plan)));
    const double inside = signedDistanceInside(convexHull(std::move(support)),
                                               {o.centreOfMass[0], o.centreOfMass[1]});
    const double comHeight = o.centreOfMass[2] - plate;
    o.tipOverAngleDeg = inside <= 0 ? 0.0 : std::atan2(inside, std::max(comHeight, 1e-9)) * 180.0 / std::numbers::pi;
    return o;
}

const std::vector<ObjectiveSpec> &objectiveSpecs()
{
    static const std::vector<ObjectiveSpec> specs{
        {"volume", "Material", "cm³", false},         {"surface_area", "Surface", "cm²", false},
        {"tip_over_angle", "Stability", "°", true},   {"overhang_area", "Overhang", "cm²", false},
        {"footprint", "Footprint", "cm²", false},     {"height", "Height", "mm", true},
    };
    return specs;
}

double objectiveValue(const Objectives &o, const std::string &id)
{
    if (id == "volume")
        return o.volumeMm3 / 1000.0;
    if (id == "surface_area")
        return o.surfaceAreaMm2 / 100.0;
    if (id == "tip_over_angle")
        return o.tipOverAngleDeg;
    if (id == "overhang_area")
        return o.overhangAreaMm2 / 100.0;
    if (id == "footprint")
        return o.footprintMm2 / 100.0;
    if (id == "height")
        return o.heightMm;
    return std::numeric_limits<double>::quiet_NaN();
}

}  // namespace noosphere::core::design
