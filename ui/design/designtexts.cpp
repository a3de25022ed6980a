#include "designtexts.h"

#include <QCoreApplication>

#include <algorithm>
#include <iterator>

namespace noosphere::ui {
namespace {

// Every text of core/design that the UI shows (families.cpp, families/*.cpp, objectives.cpp). A test checks
// that each of the engine's texts is here, so a gene added there without a line here fails at once.
constexpr const char *kDesignTexts[] = {
    // clang-format off
    QT_TRANSLATE_NOOP("DesignText", "Vase, bowl or lamp shade"),
    QT_TRANSLATE_NOOP("DesignText", "A solid turned around its axis: a smooth profile through five radii, optional twisted ribs, a wall and a base (no base: an open lamp shade)."),
    QT_TRANSLATE_NOOP("DesignText", "Height"),
    QT_TRANSLATE_NOOP("DesignText", "Overall height."),
    QT_TRANSLATE_NOOP("DesignText", "Base radius"),
    QT_TRANSLATE_NOOP("DesignText", "Outer radius at the bottom, before ribs."),
    QT_TRANSLATE_NOOP("DesignText", "Lower radius"),
    QT_TRANSLATE_NOOP("DesignText", "Outer radius at a quarter of the height, before ribs."),
    QT_TRANSLATE_NOOP("DesignText", "Middle radius"),
    QT_TRANSLATE_NOOP("DesignText", "Outer radius at half the height, before ribs."),
    QT_TRANSLATE_NOOP("DesignText", "Upper radius"),
    QT_TRANSLATE_NOOP("DesignText", "Outer radius at three quarters of the height, before ribs."),
    QT_TRANSLATE_NOOP("DesignText", "Top radius"),
    QT_TRANSLATE_NOOP("DesignText", "Outer radius at the rim, before ribs."),
    QT_TRANSLATE_NOOP("DesignText", "Twist"),
    QT_TRANSLATE_NOOP("DesignText", "How far the ribs turn from bottom to rim."),
    QT_TRANSLATE_NOOP("DesignText", "Ribs"),
    QT_TRANSLATE_NOOP("DesignText", "Number of ribs around (0: smooth)."),
    QT_TRANSLATE_NOOP("DesignText", "Rib depth"),
    QT_TRANSLATE_NOOP("DesignText", "How far each rib stands out (and each groove sinks)."),
    QT_TRANSLATE_NOOP("DesignText", "Wall"),
    QT_TRANSLATE_NOOP("DesignText", "Wall thickness at the deepest groove; the inside is smooth."),
    QT_TRANSLATE_NOOP("DesignText", "Base"),
    QT_TRANSLATE_NOOP("DesignText", "Thickness of the floor; below 0.5 mm the shape is open below (a shade)."),
    QT_TRANSLATE_NOOP("DesignText", "Ring, bangle or handle"),
    QT_TRANSLATE_NOOP("DesignText", "A cross-section swept along a path lying flat: a full turn makes a ring or bangle, a shorter arc a handle with flat ends; the band may twist and wave."),
    QT_TRANSLATE_NOOP("DesignText", "Radius"),
    QT_TRANSLATE_NOOP("DesignText", "Radius of the path across its width (a finger ring ~9, a bangle ~32)."),
    QT_TRANSLATE_NOOP("DesignText", "Ellipse"),
    QT_TRANSLATE_NOOP("DesignText", "Depth of the path as a share of its width (1: a circle)."),
    QT_TRANSLATE_NOOP("DesignText", "Path squareness"),
    QT_TRANSLATE_NOOP("DesignText", "2: an ellipse; higher: a rounded square."),
    QT_TRANSLATE_NOOP("DesignText", "Band width"),
    QT_TRANSLATE_NOOP("DesignText", "Width of the section, across the path."),
    QT_TRANSLATE_NOOP("DesignText", "Band height"),
    QT_TRANSLATE_NOOP("DesignText", "Height of the section, up from the plate."),
    QT_TRANSLATE_NOOP("DesignText", "Section squareness"),
    QT_TRANSLATE_NOOP("DesignText", "2: a round band; higher: a flat-sided one."),
    QT_TRANSLATE_NOOP("DesignText", "Half twists"),
    QT_TRANSLATE_NOOP("DesignText", "Half-turns of the band along the path (Möbius-like when odd)."),
    QT_TRANSLATE_NOOP("DesignText", "Wave"),
    QT_TRANSLATE_NOOP("DesignText", "How far the band rises and falls."),
    QT_TRANSLATE_NOOP("DesignText", "Waves"),
    QT_TRANSLATE_NOOP("DesignText", "Number of rises around the path."),
    QT_TRANSLATE_NOOP("DesignText", "Arc"),
    QT_TRANSLATE_NOOP("DesignText", "How much of the path is swept: 345 or more closes a ring, less makes a handle."),
    QT_TRANSLATE_NOOP("DesignText", "Stool or side table"),
    QT_TRANSLATE_NOOP("DesignText", "A seat on three to six legs that may splay outward, with an optional ring of stretchers."),
    QT_TRANSLATE_NOOP("DesignText", "Seat width"),
    QT_TRANSLATE_NOOP("DesignText", "Width of the seat."),
    QT_TRANSLATE_NOOP("DesignText", "Seat depth"),
    QT_TRANSLATE_NOOP("DesignText", "Depth of the seat as a share of its width."),
    QT_TRANSLATE_NOOP("DesignText", "Seat squareness"),
    QT_TRANSLATE_NOOP("DesignText", "2: round or oval; higher: a rounded rectangle."),
    QT_TRANSLATE_NOOP("DesignText", "Seat thickness"),
    QT_TRANSLATE_NOOP("DesignText", "Thickness of the seat or top."),
    QT_TRANSLATE_NOOP("DesignText", "Overall height, floor to top."),
    QT_TRANSLATE_NOOP("DesignText", "Legs"),
    QT_TRANSLATE_NOOP("DesignText", "Number of legs."),
    QT_TRANSLATE_NOOP("DesignText", "Leg thickness"),
    QT_TRANSLATE_NOOP("DesignText", "Side of each square leg."),
    QT_TRANSLATE_NOOP("DesignText", "Leg inset"),
    QT_TRANSLATE_NOOP("DesignText", "How far in from the seat's edge the legs stand, as a share."),
    QT_TRANSLATE_NOOP("DesignText", "Splay"),
    QT_TRANSLATE_NOOP("DesignText", "How far the legs lean outward."),
    QT_TRANSLATE_NOOP("DesignText", "Stretchers"),
    QT_TRANSLATE_NOOP("DesignText", "1: a ring of rails between neighbouring legs; 0: none."),
    QT_TRANSLATE_NOOP("DesignText", "Stretcher height"),
    QT_TRANSLATE_NOOP("DesignText", "Height of the rails as a share of the legs' height."),
    QT_TRANSLATE_NOOP("DesignText", "Stretcher thickness"),
    QT_TRANSLATE_NOOP("DesignText", "Side of each square rail (at most 0.8 of the leg's)."),
    QT_TRANSLATE_NOOP("DesignText", "Material"),
    QT_TRANSLATE_NOOP("DesignText", "Surface"),
    QT_TRANSLATE_NOOP("DesignText", "Stability"),
    QT_TRANSLATE_NOOP("DesignText", "Overhang"),
    QT_TRANSLATE_NOOP("DesignText", "Footprint"),
    // clang-format on
};

}  // namespace

QString designText(const std::string &english)
{
    return QCoreApplication::translate("DesignText", english.c_str());
}

QString designUnitSuffix(const std::string &unit)
{
    if (unit == "deg")
        return QStringLiteral("°");
    if (unit == "mm")
        return QLatin1Char(' ') + QCoreApplication::translate("DesignText", "mm");
    return unit.empty() ? QString() : QLatin1Char(' ') + QString::fromStdString(unit);
}

bool isListedDesignText(const std::string &english)
{
    return std::any_of(std::begin(kDesignTexts), std::end(kDesignTexts),
                       [&english](const char *text) { return english == text; });
}

}  // namespace noosphere::ui
