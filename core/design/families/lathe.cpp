// The lathe family: an outer surface of revolution through five radii (a Catmull-Rom profile), with ribs
// that may twist, a wall of a given thickness inside it and a base (none: an open lamp shade). The solid is
// closed: outer wall, rim, inner wall, inner floor and bottom (or a bottom rim when open).
#include "lathe.h"

#include "../mesh.h"
#include "../meshbuilder.h"
#include "../profile.h"
#include "../text.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <numbers>

namespace noosphere::core::design {
namespace {

enum Gene { Height, R0, R1, R2, R3, R4, Twist, Ribs, RibDepth, Wall, Base };

// Resolution: ~10k triangles (96 around × 24 up, outside and inside) keeps the grid of 16 fast to draw.
constexpr int kSegments = 96;
constexpr int kRows = 24;
constexpr double kMinRadiusMm = 2.0;
constexpr double kMinInnerRadiusMm = 1.0;
constexpr double kOpenBaseMm = 0.5;  // a base thinner than this is no base: the shade is open below

struct Shape {
    double height, twistRad, ribs, ribDepth, wall, base;
    std::array<double, 5> radii;

    double outerRadius(double z, double theta) const
    {
        double r = catmullRom(radii, z / height);
        if (ribs > 0)
            r += ribDepth * std::cos(ribs * (theta + twistRad * z / height));
        return std::max(r, kMinRadiusMm);
    }
    // The inside is smooth, a wall in from the deepest groove: the ribs stand out of a wall that is nowhere
    // thinner than `wall`. (Insetting the ribbed surface instead thinned the wall on the ribs' steep flanks to a
    // third of it, and the two ribbed surfaces crossed there between the mesh's rows.)
    double grooveRadius(double z) const
    {
        return std::max(catmullRom(radii, z / height) - (ribs > 0 ? ribDepth : 0.0), kMinRadiusMm);
    }
    double innerRadius(double z) const { return std::max(grooveRadius(z) - wall, kMinInnerRadiusMm); }
};

Shape shapeOf(const std::vector<double> &v)
{
    Shape s{v[Height], v[Twist] * std::numbers::pi / 180.0, v[Ribs], v[RibDepth], v[Wall], v[Base],
            {v[R0], v[R1], v[R2], v[R3], v[R4]}};
    s.base = std::min(s.base, s.height - 2.0);
    return s;
}

// A ring's points turn with the ribs' twist, so that point i of every ring lies on the same rib phase and the
// strips between rings follow the ribs: rings at fixed angles cut across a twisted rib, and the straight bands
// between two rows took chords through it.
std::vector<Vec3> ring(const Shape &s, double z, bool inside)
{
    std::vector<Vec3> points(kSegments);
    for (int i = 0; i < kSegments; ++i) {
        const double theta = 2 * std::numbers::pi * i / kSegments - s.twistRad * z / s.height;
        const double r = inside ? s.innerRadius(z) : s.outerRadius(z, theta);
        points[i] = {float(r * std::cos(theta)), float(r * std::sin(theta)), float(z)};
    }
    return points;
}

Mesh buildLathe(const std::vector<double> &values)
{
    const Shape s = shapeOf(values);
    const bool open = s.base < kOpenBaseMm;
    const double innerBottom = open ? 0.0 : s.base;
    MeshBuilder b;
    b.reserve(2 * (kRows + 1) * kSegments + 2, (4 * kRows + 4) * kSegments);
    std::vector<MeshBuilder::Ring> outer, inner;
    for (int j = 0; j <= kRows; ++j)
        outer.push_back(b.addRing(ring(s, s.height * j / kRows, false)));
    // The inner wall's rows lie at the outer rows' heights (above the floor): rows at other heights let the two
    // straight-sided bands cross where the profile leans far over and a thin wall is thin vertically.
    inner.push_back(b.addRing(ring(s, innerBottom, true)));
    const double rowHeight = s.height / kRows;
    for (int j = 1; j <= kRows; ++j)
        if (const double z = rowHeight * j; z > innerBottom + 0.25 * rowHeight)
            inner.push_back(b.addRing(ring(s, z, true)));
    for (int j = 0; j < kRows; ++j)
        b.addStrip(outer[j], outer[j + 1]);  // faces out
    for (size_t j = 0; j + 1 < inner.size(); ++j)
        b.addStrip(inner[j + 1], inner[j]);  // faces the axis
    b.addStrip(outer[kRows], inner.back());  // the rim, facing up
    if (open) {
        b.addStrip(inner[0], outer[0]);  // the bottom rim, facing down
    } else {
        b.addFan(b.addPoint({0, 0, 0}), outer[0]);                             // underside, facing down
        b.addFan(b.addPoint({0, 0, float(innerBottom)}), inner[0], /*flip=*/true);  // inner floor, facing up
    }
    return b.finish();
}

std::string latheDegenerate(const std::vector<double> &values)
{
    const Shape s = shapeOf(values);
    double narrowest = 1e9;
    for (int j = 0; j <= kRows; ++j)
        narrowest = std::min(narrowest, s.grooveRadius(s.height * j / kRows));
    if (s.wall > narrowest - kMinInnerRadiusMm)
        return formatText("the wall (%.1f mm) is as thick as the narrowest groove's radius (%.1f mm): nothing is "
                          "left inside",
                          s.wall, narrowest);
    if (values[Base] > s.height - 2.0)
        return formatText("the base (%.1f mm) fills the whole height (%.1f mm)", values[Base], s.height);
    return {};
}

}  // namespace

Family latheFamily()
{
    auto radius = [](const char *id, const char *label, const char *where, double def) {
        return GeneSpec{id, label, std::string("Outer radius ") + where + ", before ribs.", 10, 120, def, "mm"};
    };
    return Family{
        .id = "lathe",
        .name = "Vase, bowl or lamp shade",
        .description = "A solid turned around its axis: a smooth profile through five radii, optional twisted "
                       "ribs, a wall and a base (no base: an open lamp shade).",
        .genes =
            {
                {"height", "Height", "Overall height.", 40, 300, 160, "mm"},
                radius("radius_base", "Base radius", "at the bottom", 40),
                radius("radius_low", "Lower radius", "at a quarter of the height", 60),
                radius("radius_middle", "Middle radius", "at half the height", 55),
                radius("radius_high", "Upper radius", "at three quarters of the height", 40),
                radius("radius_top", "Top radius", "at the rim", 45),
                {"twist", "Twist", "How far the ribs turn from bottom to rim.", -180, 180, 0, "deg"},
                {"ribs", "Ribs", "Number of ribs around (0: smooth).", 0, 24, 0, "", true},
                {"rib_depth", "Rib depth", "How far each rib stands out (and each groove sinks).", 0, 8, 3, "mm"},
                {"wall", "Wall", "Wall thickness at the deepest groove; the inside is smooth.", 1.2, 8, 2.5, "mm"},
                {"base", "Base", "Thickness of the floor; below 0.5 mm the shape is open below (a shade).", 0, 15, 3,
                 "mm"},
            },
        .build = buildLathe,
        .degenerate = latheDegenerate,
    };
}

}  // namespace noosphere::core::design
