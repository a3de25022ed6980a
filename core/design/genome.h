// A design's genome: the family and one value per gene, in the family's order. Parsed from and written to
// JSON (genome files, the project's designs table) with every bad input named: an unknown family, a missing,
// extra, non-numeric or out-of-range gene.
#pragma once

#include "common/result.h"

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace noosphere::core::design {

struct Family;

struct Genome {
    std::string family;
    std::vector<double> values;  // one per gene of the family, in order
};

/// The family's default genome.
Genome defaultGenome(const Family &family);
/// Values clamped to each gene's range and integer genes rounded: what the mesh builder is given.
std::vector<double> clampedValues(const Family &family, const std::vector<double> &values);
/// The genome in normalised coordinates [0, 1] per gene (what the GA, the PSO and the surrogate work in).
std::vector<double> normalise(const Family &family, const std::vector<double> &values);
std::vector<double> denormalise(const Family &family, const std::vector<double> &unit);

/// {"family": "lathe", "genes": {"height": 180, ...}}; every gene present, none extra, each within range.
models::Result<Genome> parseGenomeJson(std::string_view json);
std::string genomeToJson(const Genome &genome);  // pretty, genes in family order
/// Reads and parses a genome file (at most 1 MiB); a missing or unreadable file is an Io error.
models::Result<Genome> readGenomeFile(const std::filesystem::path &file);

}  // namespace noosphere::core::design
