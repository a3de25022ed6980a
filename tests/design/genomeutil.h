// Genomes for the design tests: a family's default with some genes set by id, and seeded random genomes.
#pragma once

#include "design/family.h"
#include "design/genome.h"
#include "design/mesh.h"

#include <QTest>

#include <map>
#include <random>
#include <string>

namespace noosphere::tests {

inline core::design::Genome genomeWith(const std::string &familyId, const std::map<std::string, double> &genes)
{
    const auto *family = core::design::findFamily(familyId);
    Q_ASSERT(family);
    core::design::Genome genome = core::design::defaultGenome(*family);
    for (const auto &[id, value] : genes) {
        bool found = false;
        for (size_t i = 0; i < family->genes.size(); ++i)
            if (family->genes[i].id == id) {
                genome.values[i] = value;
                found = true;
            }
        Q_ASSERT_X(found, "genomeWith", id.c_str());
    }
    return genome;
}

inline core::design::Genome randomGenome(const core::design::Family &family, std::mt19937_64 &random)
{
    std::vector<double> unit(family.genes.size());
    for (double &u : unit)
        u = double(random() >> 11) / double(1ull << 53);
    return {family.id, core::design::denormalise(family, unit)};
}

inline core::design::Mesh buildMesh(const core::design::Genome &genome)
{
    const auto *family = core::design::findFamily(genome.family);
    return family->build(core::design::clampedValues(*family, genome.values));
}

}  // namespace noosphere::tests
