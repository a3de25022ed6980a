// The sweep family: a superellipse cross-section swept along a superellipse path lying flat, with half-twists
// and a wave up and down. A full turn closes on itself (the section has 180° symmetry, so whole half-twists
// meet: the last section joins the first shifted by half a ring per half-twist); a shorter arc is a handle
// closed by flat caps.
#include "sweep.h"

#include "../mesh.h"
#include "../meshbuilder.h"
#include "../text.h"
#include "../vec3.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace noosphere::core::design {
namespace {

enum Gene { Radius, Ellipse, PathSquareness, Width, Thickness, SectionSquareness, HalfTwists, WaveAmplitude,
            Waves, Arc };

constexpr int kPathSegments = 160;
constexpr int kSectionSegments = 32;  // even: a half-twist shifts the ring by half of it
constexpr double kPi = std::numbers::pi;
constexpr double kClosingArcDeg = 345;  // from here on the path closes: the GA's arcs rarely land on 360
constexpr double kMaxExtentOfRadius = 0.6;  // the section's half-extent stays within this share of the radius

double signedPow(double x, double e) { return std::copysign(std::pow(std::abs(x), e), x); }

struct Shape {
    double a, b, pathExponent, halfWidth, halfThickness, sectionExponent, halfTwists, wave, waves, arcRad;
    bool closed() const { return arcRad >= 2 * kPi - 1e-6; }

    Vec3 path(double phi) const
    {
        return {float(a * signedPow(std::cos(phi), pathExponent)), float(b * signedPow(std::sin(phi), pathExponent)),
                float(wave * std::sin(waves * phi))};
    }
};

Shape shapeOf(const std::vector<double> &v)
{
    Shape s{v[Radius],
            v[Radius] * v[Ellipse],
            2.0 / v[PathSquareness],
            v[Width] / 2,
            v[Thickness] / 2,
            2.0 / v[SectionSquareness],
            v[HalfTwists],
            v[WaveAmplitude],
            v[Waves],
            v[Arc] >= kClosingArcDeg ? 2 * kPi : v[Arc] * kPi / 180.0};
    // The polygon of kSectionSegments points holds less area than the smooth section (0.6% for a circle):
    // scaled up to hold the same, so that volumes match the shape the genes describe.
    const double n = v[SectionSquareness];
    const double smooth = std::tgamma(1 + 1 / n) * std::tgamma(1 + 1 / n) / std::tgamma(1 + 2 / n);  // × 4ab
    double polygon = 0;
    for (int k = 0; k < kSectionSegments; ++k) {
        const double p0 = 2 * kPi * k / kSectionSegments, p1 = 2 * kPi * (k + 1) / kSectionSegments;
        polygon += signedPow(std::cos(p0), 2 / n) * signedPow(std::sin(p1), 2 / n) -
                   signedPow(std::cos(p1), 2 / n) * signedPow(std::sin(p0), 2 / n);
    }
    const double scale = std::sqrt(smooth / (polygon / 8));  // the shoelace gives twice the unit area, ×4
    s.halfWidth *= scale;
    s.halfThickness *= scale;
    // Repair: a section wider than the hole would cut through itself. A twisting section turns its longer side
    // inward too, so both half-extents are held within the limit.
    const double limit = kMaxExtentOfRadius * std::min(s.a, s.b);
    s.halfWidth = std::min(s.halfWidth, limit);
    if (s.halfTwists > 0)
        s.halfThickness = std::min(s.halfThickness, limit);
    return s;
}

Mesh buildSweep(const std::vector<double> &values)
{
    const Shape s = shapeOf(values);
    const bool closed = s.closed();
    const int nSections = closed ? kPathSegments : kPathSegments + 1;
    const Vec3 up{0, 0, 1};
    MeshBuilder b;
    b.reserve(size_t(nSections) * kSectionSegments, size_t(nSections + 1) * kSectionSegments * 2);
    std::vector<MeshBuilder::Ring> sections;
    for (int i = 0; i < nSections; ++i) {
        const double phi = s.arcRad * i / kPathSegments;
        const double h = 1e-4;
        const Vec3 centre = s.path(phi);
        const Vec3 tangent = normalised(s.path(phi + h) - s.path(phi - h));
        const Vec3 out = normalised(cross(tangent, up));
        const Vec3 lift = cross(out, tangent);
        const double twist = s.halfTwists * kPi * phi / (2 * kPi);
        std::vector<Vec3> points(kSectionSegments);
        for (int k = 0; k < kSectionSegments; ++k) {
            const double psi = 2 * kPi * k / kSectionSegments;
            const double u0 = s.halfWidth * signedPow(std::cos(psi), s.sectionExponent);
            const double v0 = s.halfThickness * signedPow(std::sin(psi), s.sectionExponent);
            const double u = u0 * std::cos(twist) - v0 * std::sin(twist);
            const double v = u0 * std::sin(twist) + v0 * std::cos(twist);
            points[k] = centre + out * float(u) + lift * float(v);
        }
        sections.push_back(b.addRing(points));
    }
    for (int i = 0; i + 1 < nSections; ++i)
        b.addStrip(sections[i + 1], sections[i]);
    if (closed) {
        // After a full turn the section has turned by halfTwists × 180°: its point k lies where the first
        // section's point k + shift lies.
        const int shift = int(std::lround(s.halfTwists)) * kSectionSegments / 2;
        MeshBuilder::Ring first(kSectionSegments);
        for (int k = 0; k < kSectionSegments; ++k)
            first[k] = sections.front()[(k + shift) % kSectionSegments];
        b.addStrip(first, sections.back());
    } else {
        b.addCap(sections.front(), true);  // the rings run counter-clockwise about −tangent
        b.addCap(sections.back(), false);
    }
    b.orientOutward();
    // Lying flat: the lowest point on the plate.
    float minZ = 1e9f;
    for (const Vec3 &p : b.points())
        minZ = std::min(minZ, p[2]);
    b.translate({0, 0, -minZ});
    return b.finish();
}

std::string sweepDegenerate(const std::vector<double> &values)
{
    const double limit = kMaxExtentOfRadius * values[Radius] * std::min(1.0, values[Ellipse]);
    if (values[Width] / 2 > limit + 1e-9)
        return formatText("the band (%.1f mm wide) is wider than the hole allows (%.1f mm)", values[Width], 2 * limit);
    if (values[HalfTwists] > 0 && values[Thickness] / 2 > limit + 1e-9)
        return formatText("a twisted band %.1f mm thick would cut through the hole (at most %.1f mm)",
                          values[Thickness], 2 * limit);
    return {};
}

}  // namespace

Family sweepFamily()
{
    return Family{
        .id = "sweep",
        .name = "Ring, bangle or handle",
        .description = "A cross-section swept along a path lying flat: a full turn makes a ring or bangle, a "
                       "shorter arc a handle with flat ends; the band may twist and wave.",
        .genes =
            {
                {"radius", "Radius", "Radius of the path across its width (a finger ring ~9, a bangle ~32).", 8, 80,
                 32, "mm"},
                {"ellipse", "Ellipse", "Depth of the path as a share of its width (1: a circle).", 0.5, 1, 0.85, ""},
                {"path_squareness", "Path squareness", "2: an ellipse; higher: a rounded square.", 2, 4, 2, ""},
                {"width", "Band width", "Width of the section, across the path.", 1.5, 30, 6, "mm"},
                {"thickness", "Band height", "Height of the section, up from the plate.", 1.5, 40, 10, "mm"},
                {"section_squareness", "Section squareness", "2: a round band; higher: a flat-sided one.", 2, 6, 3,
                 ""},
                {"half_twists", "Half twists", "Half-turns of the band along the path (Möbius-like when odd).", 0, 6,
                 0, "", true},
                {"wave_amplitude", "Wave", "How far the band rises and falls.", 0, 10, 0, "mm"},
                {"waves", "Waves", "Number of rises around the path.", 0, 8, 3, "", true},
                {"arc", "Arc", "How much of the path is swept: 345 or more closes a ring, less makes a handle.", 180, 360,
                 360, "deg"},
            },
        .build = buildSweep,
        .degenerate = sweepDegenerate,
    };
}

}  // namespace noosphere::core::design
