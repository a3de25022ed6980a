// The parametric families of the Design pane: each a named, bounded, documented genome (the genes) and a
// mesh builder. A genome is only numbers; the family says what each one means and its range.
#pragma once

#include "common/result.h"
#include "mesh.h"

#include <string>
#include <string_view>
#include <vector>

namespace noosphere::core::design {

struct Genome;

/// One gene: a named number in [min, max] (rounded when `integer`), in the unit named.
struct GeneSpec {
    std::string id;           // stable key in genome files, e.g. "height"
    std::string label;        // what the UI shows, e.g. "Height"
    std::string description;  // one sentence for the tooltip and `design families`
    double min = 0;
    double max = 1;
    double defaultValue = 0;
    std::string unit;  // "mm", "deg", "" (a count or a ratio)
    bool integer = false;
};

/// A family: its genes in genome order and the function that turns a valid genome into a mesh.
struct Family {
    std::string id;    // "lathe", "sweep", "assembled"
    std::string name;  // "Vase, bowl or lamp shade"
    std::string description;
    std::vector<GeneSpec> genes;
    Mesh (*build)(const std::vector<double> &values) = nullptr;  // values already clamped and rounded
    /// Why these (clamped) values make no sensible object, e.g. a wall thicker than the radius; empty when
    /// they do. The builder still makes a repaired mesh (the GA explores freely); files are refused.
    std::string (*degenerate)(const std::vector<double> &values) = nullptr;
};

/// Every family, in the order the UI lists them.
const std::vector<Family> &families();
/// The family with this id, or nullptr.
const Family *findFamily(std::string_view id);
/// The genome's mesh (values clamped to their ranges). With `refuseDegenerate`, a genome that makes no
/// sensible object is an InvalidArgument error saying why (files and the CLI); without, it is repaired (GA).
models::Result<Mesh> buildDesignMesh(const Genome &genome, bool refuseDegenerate);

}  // namespace noosphere::core::design
