// `noosphere-cli design families|export` (and `design evolve`, in designevolve.cpp): the designer's engine from
// the command line. Exit codes: 0 done; 1 the write failed; 2 bad input (a genome file that is missing, is not
// JSON, names an unknown family or a missing, extra or out-of-range gene, or describes no makeable object).
#include "verbs.h"

#include "design/family.h"
#include "design/genome.h"
#include "design/meshexport.h"
#include "design/objectives.h"

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <cstdio>
#include <iostream>
#include <string>

namespace noosphere::cli {
namespace {

using namespace core::design;

void printFamilies(bool json)
{
    if (json) {
        nlohmann::ordered_json all = nlohmann::ordered_json::array();
        for (const Family &family : families()) {
            nlohmann::ordered_json genes = nlohmann::ordered_json::array();
            for (const GeneSpec &g : family.genes)
                genes.push_back({{"id", g.id}, {"label", g.label}, {"description", g.description}, {"min", g.min},
                                 {"max", g.max}, {"default", g.defaultValue}, {"unit", g.unit}, {"integer", g.integer}});
            all.push_back({{"id", family.id}, {"name", family.name}, {"description", family.description},
                           {"genes", genes}});
        }
        std::cout << all.dump(2) << '\n';
        return;
    }
    for (const Family &family : families()) {
        std::printf("%s — %s\n  %s\n", family.id.c_str(), family.name.c_str(), family.description.c_str());
        for (const GeneSpec &g : family.genes)
            std::printf("    %-20s %8g … %-8g %-4s default %-6g %s%s\n", g.id.c_str(), g.min, g.max, g.unit.c_str(),
                        g.defaultValue, g.description.c_str(), g.integer ? " (whole number)" : "");
    }
}

struct ExportOptions {
    std::string genomeFile;
    std::string family;  // instead of a file: the family's default genome
    std::string format;
    std::string out;
};

int exportDesign(const ExportOptions &o)
{
    Genome genome;
    if (!o.genomeFile.empty()) {
        auto read = readGenomeFile(o.genomeFile);
        if (!read) {
            std::cerr << "noosphere-cli: " << read.error().detail << '\n';
            return kExitBadInput;
        }
        genome = std::move(read.value());
    } else {
        const Family *family = findFamily(o.family);
        if (!family) {
            std::cerr << "noosphere-cli: no design family is called \"" << o.family << "\" (see design families)\n";
            return kExitBadInput;
        }
        genome = defaultGenome(*family);
    }
    auto format = meshFormatFromName(o.format.empty() ? std::filesystem::path(o.out).extension().string().substr(
                                                            std::min<size_t>(1, o.out.size()))
                                                      : o.format);
    if (!format) {
        std::cerr << "noosphere-cli: " << format.error().detail << '\n';
        return kExitBadInput;
    }
    auto mesh = buildDesignMesh(genome, /*refuseDegenerate=*/true);
    if (!mesh) {
        std::cerr << "noosphere-cli: " << mesh.error().detail << '\n';
        return kExitBadInput;
    }
    if (auto written = exportMesh(*mesh, *format, o.out); !written) {
        std::cerr << "noosphere-cli: " << written.error().detail << '\n';
        return kExitFailed;
    }
    const Objectives obj = computeObjectives(*mesh);
    std::printf("%s: %zu triangles, %.1f × %.1f × %.1f mm, %.1f cm³ of material, tips at %.1f°, %.1f cm² overhang\n",
                o.out.c_str(), mesh->triangleCount(), meshBounds(*mesh).max[0] - meshBounds(*mesh).min[0],
                meshBounds(*mesh).max[1] - meshBounds(*mesh).min[1], obj.heightMm, obj.volumeMm3 / 1000,
                obj.tipOverAngleDeg, obj.overhangAreaMm2 / 100);
    return kExitOk;
}

}  // namespace

void addDesignVerbs(CLI::App &app, int &exitCode)
{
    auto *design = app.add_subcommand("design", "Parametric designs: families, export (and evolve)");
    design->require_subcommand(1);

    auto *familiesVerb = design->add_subcommand("families", "List the design families and their genes");
    auto json = std::make_shared<bool>(false);
    familiesVerb->add_flag("--json", *json, "Print JSON instead of text");
    familiesVerb->callback([json] { printFamilies(*json); });

    auto o = std::make_shared<ExportOptions>();
    auto *exportVerb = design->add_subcommand(
        "export", "Write a design's mesh as binary glTF (metres, y up), OBJ+MTL or binary STL (millimetres, z up)");
    auto *genomeOption = exportVerb->add_option("--genome", o->genomeFile, "Genome file (JSON: family and genes)");
    exportVerb->add_option("--family", o->family, "Or: export this family's default design")
        ->excludes(genomeOption);
    exportVerb->add_option("--format", o->format, "glb, obj or stl (default: from the --out extension)");
    exportVerb->add_option("--out", o->out, "File to write (OBJ also writes the .mtl beside it)")->required();
    exportVerb->callback([o, &exitCode] {
        if (o->genomeFile.empty() && o->family.empty()) {
            std::cerr << "noosphere-cli: design export needs --genome FILE or --family NAME\n";
            exitCode = kExitBadInput;
            return;
        }
        exitCode = exportDesign(*o);
    });

    addDesignEvolveVerb(*design, exitCode);
}

}  // namespace noosphere::cli
