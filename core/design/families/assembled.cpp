// The assembled family: a superellipse seat (round to squarish) on 3–6 square legs that may splay outward,
// with an optional ring of stretchers between neighbouring legs. Each part is its own closed solid; legs
// stand on the plate and meet the seat's underside face to face, stretchers end at the legs' centre-facing
// sides (a sliver may overlap a splayed leg: the volume counts it twice, a few cm³ at most).
#include "assembled.h"

#include "../mesh.h"
#include "../meshbuilder.h"
#include "../text.h"
#include "../vec3.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace noosphere::core::design {
namespace {

enum Gene { SeatWidth, SeatDepth, SeatSquareness, SeatThickness, Height, Legs, LegThickness, LegInset, Splay,
            Stretchers, StretcherHeight, StretcherThickness };

constexpr int kSeatSegments = 96;
constexpr double kPi = std::numbers::pi;
// Rails thinner than the legs: equal sides would let two rails meet along one edge of a leg (not a manifold).
constexpr double kMaxRailShareOfLeg = 0.8;

double signedPow(double x, double e) { return std::copysign(std::pow(std::abs(x), e), x); }

struct Shape {
    double halfWidth, halfDepth, exponent, seatThickness, height, legs, legSide, inset, splayRad;
    bool stretchers;
    double stretcherHeight, stretcherSide;

    double legHeight() const { return height - seatThickness; }
    Vec3 outline(double phi, double scale) const
    {
        return {float(scale * halfWidth * signedPow(std::cos(phi), exponent)),
                float(scale * halfDepth * signedPow(std::sin(phi), exponent)), 0};
    }
};

Shape shapeOf(const std::vector<double> &v)
{
    Shape s{v[SeatWidth] / 2, v[SeatWidth] * v[SeatDepth] / 2, 2.0 / v[SeatSquareness], v[SeatThickness], v[Height],
            v[Legs], v[LegThickness], v[LegInset], v[Splay] * kPi / 180.0, v[Stretchers] >= 0.5,
            v[StretcherHeight], std::min(v[StretcherThickness], kMaxRailShareOfLeg * v[LegThickness])};
    return s;
}

// A prism between two convex outlines of equal size (bottom and top), as one closed part.
MeshBuilder prism(const std::vector<Vec3> &bottom, const std::vector<Vec3> &top)
{
    MeshBuilder part;
    const auto lower = part.addRing(bottom), upper = part.addRing(top);
    part.addStrip(lower, upper);
    part.addCap(lower, false);
    part.addCap(upper, true);
    part.orientOutward();
    return part;
}

std::vector<Vec3> square(const Vec3 &centre, const Vec3 &along, const Vec3 &across, float side)
{
    const float h = side / 2;
    return {centre - along * h - across * h, centre + along * h - across * h, centre + along * h + across * h,
            centre - along * h + across * h};
}

struct Leg {
    Vec3 top, bottom;  // centres of the top and bottom faces
    Vec3 radial, tangential;
    Vec3 at(double z, double legHeight) const { return bottom + (top - bottom) * float(z / legHeight); }
};

std::vector<Leg> legsOf(const Shape &s)
{
    std::vector<Leg> legs;
    const int n = int(s.legs);
    const float legHeight = float(s.legHeight());
    for (int i = 0; i < n; ++i) {
        const double phi = 2 * kPi * i / n + kPi / n;
        const Vec3 edge = s.outline(phi, 1.0);
        const Vec3 radial = normalised(edge);
        // Under the seat: pulled in from the edge by the inset and by the leg's half-diagonal.
        const float reach = std::max(0.0f, length(edge) * float(1 - s.inset) - float(s.legSide * 0.75));
        Vec3 top = radial * reach;
        top[2] = legHeight;
        Vec3 bottom = top + radial * float(std::tan(s.splayRad) * legHeight);
        bottom[2] = 0;
        legs.push_back({top, bottom, radial, {-radial[1], radial[0], 0}});
    }
    return legs;
}

Mesh buildAssembled(const std::vector<double> &values)
{
    const Shape s = shapeOf(values);
    MeshBuilder b;
    std::vector<Vec3> seatBottom(kSeatSegments), seatTop(kSeatSegments);
    for (int i = 0; i < kSeatSegments; ++i) {
        const Vec3 p = s.outline(2 * kPi * i / kSeatSegments, 1.0);
        seatBottom[i] = {p[0], p[1], float(s.legHeight())};
        seatTop[i] = {p[0], p[1], float(s.height)};
    }
    b.append(prism(seatBottom, seatTop));
    const auto legs = legsOf(s);
    for (const Leg &leg : legs)
        b.append(prism(square(leg.bottom, leg.radial, leg.tangential, float(s.legSide)),
                       square(leg.top, leg.radial, leg.tangential, float(s.legSide))));
    if (s.stretchers && legs.size() >= 2) {
        const double z = s.stretcherHeight * s.legHeight();
        for (size_t i = 0; i < legs.size(); ++i) {
            const Vec3 from = legs[i].at(z, s.legHeight()), to = legs[(i + 1) % legs.size()].at(z, s.legHeight());
            const Vec3 along = normalised(to - from);
            const Vec3 across = normalised(cross({0, 0, 1}, along));
            const float half = float(s.legSide / 2);
            const Vec3 start = from + along * half, end = to - along * half;
            // The square section stands in the plane across the stretcher: across × up.
            auto section = [&](const Vec3 &c) { return square(c, across, {0, 0, 1}, float(s.stretcherSide)); };
            if (length(end - start) > 1.0f)
                b.append(prism(section(start), section(end)));
        }
    }
    return b.finish();
}

std::string assembledDegenerate(const std::vector<double> &values)
{
    const Shape s = shapeOf(values);
    if (s.legHeight() < s.legSide)
        return formatText("the seat (%.0f mm thick) leaves legs shorter than they are wide", s.seatThickness);
    for (const Leg &leg : legsOf(s))
        if (length(leg.top) < s.legSide)
            return "the legs crowd into the middle of the seat: use a larger seat, thinner legs or less inset";
    return {};
}

}  // namespace

Family assembledFamily()
{
    return Family{
        .id = "assembled",
        .name = "Stool or side table",
        .description = "A seat on three to six legs that may splay outward, with an optional ring of stretchers.",
        .genes =
            {
                {"seat_width", "Seat width", "Width of the seat.", 250, 550, 360, "mm"},
                {"seat_depth", "Seat depth", "Depth of the seat as a share of its width.", 0.6, 1, 1, ""},
                {"seat_squareness", "Seat squareness", "2: round or oval; higher: a rounded rectangle.", 2, 8, 2, ""},
                {"seat_thickness", "Seat thickness", "Thickness of the seat or top.", 15, 50, 30, "mm"},
                {"height", "Height", "Overall height, floor to top.", 350, 750, 450, "mm"},
                {"legs", "Legs", "Number of legs.", 3, 6, 4, "", true},
                {"leg_thickness", "Leg thickness", "Side of each square leg.", 20, 60, 35, "mm"},
                {"leg_inset", "Leg inset", "How far in from the seat's edge the legs stand, as a share.", 0.05, 0.35,
                 0.15, ""},
                {"splay", "Splay", "How far the legs lean outward.", 0, 15, 6, "deg"},
                {"stretchers", "Stretchers", "1: a ring of rails between neighbouring legs; 0: none.", 0, 1, 1, "",
                 true},
                {"stretcher_height", "Stretcher height", "Height of the rails as a share of the legs' height.", 0.15,
                 0.6, 0.3, ""},
                {"stretcher_thickness", "Stretcher thickness", "Side of each square rail (at most 0.8 of the leg's).", 10, 30,
                 20, "mm"},
            },
        .build = buildAssembled,
        .degenerate = assembledDegenerate,
    };
}

}  // namespace noosphere::core::design
