// What the mesh says about a design, computed, not guessed: material, surface, stability, printability and
// size. These are the GA's computed objectives (beside the designer's ratings) and the Pareto plot's axes.
#pragma once

#include "mesh.h"

#include <string>
#include <vector>

namespace noosphere::core::design {

struct Objectives {
    double volumeMm3 = 0;        // material volume (divergence theorem over the closed surface)
    double surfaceAreaMm2 = 0;
    double tipOverAngleDeg = 0;  // smallest tilt that tips it over: centre of mass against the support polygon
    double overhangAreaMm2 = 0;  // downward faces steeper than 45° from vertical, not on the plate
    double footprintMm2 = 0;     // area of the convex hull of the plan view
    double heightMm = 0;
    Vec3 centreOfMass{0, 0, 0};
};

Objectives computeObjectives(const Mesh &mesh);

/// The objectives by name, for plots, the CLI and the GA: id, label, unit, and whether more is better.
struct ObjectiveSpec {
    std::string id;
    std::string label;
    std::string unit;
    bool maximise = false;
};
const std::vector<ObjectiveSpec> &objectiveSpecs();
/// In the spec's unit (cm³, cm², °, mm); NaN for an unknown id.
double objectiveValue(const Objectives &objectives, const std::string &id);

}  // namespace noosphere::core::design
