// `noosphere-cli design evolve`: the Design pane's interactive evolution without the pane. NSGA-II breeds
// variants of a family; a simulated designer (--rater sim:SEED) rates a few actively chosen ones per generation,
// the Gaussian process predicts the rest; material, stability and overhang are computed from each mesh.
// Writes DIR/generation-NNN.json per generation and DIR/summary.json.
//
// Exit codes: 0 done; 1 a file could not be written; 2 bad input (unknown family, population < 4,
// generations < 1, ratings per generation outside 0…population, a rater that is not sim:SEED).
#include "verbs.h"

#include "design/evolution/ratedevolution.h"
#include "design/evolution/simulatedrater.h"
#include "design/family.h"
#include "design/genome.h"
#include "design/objectives.h"
#include "export/atomicfile.h"

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <charconv>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <limits>
#include <optional>
#include <string>

namespace noosphere::cli {
namespace {

using namespace core::design;
using Json = nlohmann::ordered_json;

// The computed objectives, by objectiveSpecs() id; maximised ones are negated for NSGA-II.
const char *const kComputedIds[] = {"volume", "tip_over_angle", "overhang_area"};

struct EvolveOptions {
    std::string family;
    int population = 16;
    int generations = 10;
    uint64_t seed = 1;
    std::string rater;  // "" or "sim:SEED"
    int ratedPerGeneration = 4;
    std::string out;
};

// "sim:SEED" → SEED; nullopt for anything else.
std::optional<uint64_t> simulatedRaterSeed(const std::string &spec)
{
    constexpr std::string_view kPrefix = "sim:";
    if (spec.size() <= kPrefix.size() || spec.compare(0, kPrefix.size(), kPrefix) != 0)
        return std::nullopt;
    uint64_t seed = 0;
    const char *begin = spec.data() + kPrefix.size(), *end = spec.data() + spec.size();
    const auto [last, error] = std::from_chars(begin, end, seed);
    if (error != std::errc() || last != end)
        return std::nullopt;
    return seed;
}

const ObjectiveSpec &specOf(const std::string &id)
{
    for (const auto &spec : objectiveSpecs())
        if (spec.id == id)
            return spec;
    throw std::logic_error("no objective " + id);  // NOTE: a programming error: kComputedIds are fixed
}

// The computed objectives of a normalised genome, minimised; NaN (the worst, to NSGA-II) if no mesh is made.
std::vector<double> computedObjectives(const Family &family, const UnitGenome &unit)
{
    std::vector<double> values;
    auto mesh = buildDesignMesh({family.id, denormalise(family, unit)}, /*refuseDegenerate=*/false);
    const std::optional<Objectives> objectives = mesh ? std::optional(computeObjectives(*mesh)) : std::nullopt;
    for (const char *id : kComputedIds) {
        const double value = objectives ? objectiveValue(*objectives, id) : std::nan("");
        values.push_back(specOf(id).maximise ? -value : value);
    }
    return values;
}

// JSON numbers: infinity and NaN become null.
Json number(double value)
{
    return std::isfinite(value) ? Json(value) : Json(nullptr);
}

Json genesJson(const Family &family, const UnitGenome &unit)
{
    Json genes = Json::object();
    const std::vector<double> values = clampedValues(family, denormalise(family, unit));
    for (size_t g = 0; g < family.genes.size(); ++g)
        genes[family.genes[g].id] = values[g];
    return genes;
}

Json variantJson(const Family &family, const Variant &v, const SimulatedRater *rater)
{
    Json computed = Json::object();
    for (size_t i = 0; i < std::size(kComputedIds); ++i)
        computed[kComputedIds[i]] = number(specOf(kComputedIds[i]).maximise ? -v.computed[i] : v.computed[i]);
    Json item{{"genes", genesJson(family, v.genome)},
              {"unitGenome", v.genome},
              {"objectives", computed},
              {"rating", v.rating ? Json(*v.rating) : Json(nullptr)},
              {"predicted", {{"mean", number(v.predicted.mean)}, {"sd", number(v.predicted.sd)}}},
              {"ratingShortfall", number(v.shortfall)},
              {"rank", v.rank},
              {"crowding", number(v.crowding)}};
    if (rater)
        item["simulatedStars"] = rater->rate(v.genome), item["simulatedPreference"] = rater->preference(v.genome);
    return item;
}

bool writeJson(const std::filesystem::path &file, const Json &json, int &exitCode)
{
    if (auto written = core::writeFileAtomically(file, json.dump(2) + "\n"); !written) {
        std::cerr << "noosphere-cli: " << written.error().detail << '\n';
        exitCode = kExitFailed;
        return false;
    }
    return true;
}

std::optional<std::string> badInput(const EvolveOptions &o)
{
    if (!findFamily(o.family))
        return "no design family is called \"" + o.family + "\" (see design families)";
    if (o.population < 4)
        return "the population must be at least 4, not " + std::to_string(o.population);
    if (o.generations < 1)
        return "there must be at least 1 generation, not " + std::to_string(o.generations);
    if (!o.rater.empty() && !simulatedRaterSeed(o.rater))
        return "the rater must be sim:SEED (a simulated designer, SEED a whole number), not \"" + o.rater + "\"";
    if (o.ratedPerGeneration < 0 || o.ratedPerGeneration > o.population)
        return "the ratings per generation must be between 0 and the population";
    return std::nullopt;
}

int evolve(const EvolveOptions &o)
{
    if (auto problem = badInput(o)) {
        std::cerr << "noosphere-cli: " << *problem << '\n';
        return kExitBadInput;
    }
    const Family &family = *findFamily(o.family);
    std::optional<SimulatedRater> rater;
    if (!o.rater.empty())
        rater.emplace(family.genes.size(), *simulatedRaterSeed(o.rater));
    std::error_code ec;
    std::filesystem::create_directories(o.out, ec);
    if (ec) {
        std::cerr << "noosphere-cli: cannot create '" << o.out << "': " << ec.message() << '\n';
        return kExitFailed;
    }

    RatedEvolution evolution(
        {.ga = {.population = o.population, .seed = o.seed}, .choice = {.count = rater ? o.ratedPerGeneration : 0}},
        [&family](const UnitGenome &unit) { return computedObjectives(family, unit); });
    // The family's default design leads the first population; the rest is random.
    evolution.initialise({normalise(family, defaultGenome(family).values)});

    int exitCode = kExitOk;
    Json history = Json::array();
    for (int generation = 0; generation <= o.generations; ++generation) {
        Json rated = Json::array();
        if (rater)
            for (size_t i : evolution.suggestToRate()) {
                const int stars = rater->rate(evolution.candidates()[i].genome);
                (void)evolution.rate(i, stars);  // 1–5 stars: never refused
                rated.push_back({{"genes", genesJson(family, evolution.candidates()[i].genome)}, {"rating", stars}});
            }
        if (auto advanced = evolution.advance(); !advanced) {
            std::cerr << "noosphere-cli: " << advanced.error().detail << '\n';
            return kExitFailed;
        }
        Json population = Json::array();
        double best = 0, mean = 0;
        int frontSize = 0;
        for (const auto &v : evolution.population()) {
            population.push_back(variantJson(family, v, rater ? &*rater : nullptr));
            frontSize += v.rank == 0;
            if (rater) {
                const int stars = rater->rate(v.genome);
                best = std::max(best, double(stars));
                mean += stars / double(evolution.population().size());
            }
        }
        Json entry{{"generation", generation}, {"frontSize", frontSize}, {"ratingsSoFar", evolution.ratingCount()}};
        if (rater)
            entry["bestStars"] = best, entry["meanStars"] = mean;
        history.push_back(entry);
        char name[32];
        std::snprintf(name, sizeof name, "generation-%03d.json", generation);
        Json file{{"generation", generation},
                  {"family", family.id},
                  {"ratedThisGeneration", rated},
                  {"population", population}};
        if (!writeJson(std::filesystem::path(o.out) / name, file, exitCode))
            return exitCode;
        if (rater)
            std::printf("generation %3d: rating best %.0f mean %.2f, front %d/%zu, %zu rated\n", generation, best, mean,
                        frontSize, evolution.population().size(), evolution.ratingCount());
        else
            std::printf("generation %3d: front %d/%zu\n", generation, frontSize, evolution.population().size());
        std::fflush(stdout);
    }

    Json summary{{"family", family.id},
                 {"population", o.population},
                 {"generations", o.generations},
                 {"seed", o.seed},
                 {"rater", o.rater.empty() ? Json(nullptr) : Json(o.rater)},
                 {"ratedPerGeneration", rater ? o.ratedPerGeneration : 0},
                 {"objectives",
                  {"rating (maximised)", "volume (cm³, minimised)", "tip_over_angle (°, maximised)",
                   "overhang_area (cm², minimised)"}},
                 {"history", history}};
    if (rater)
        summary["hiddenPreferredGenes"] = genesJson(family, rater->preferred());
    writeJson(std::filesystem::path(o.out) / "summary.json", summary, exitCode);
    return exitCode;
}

}  // namespace

void addDesignEvolveVerb(CLI::App &design, int &exitCode)
{
    auto o = std::make_shared<EvolveOptions>();
    auto *verb = design.add_subcommand("evolve", "Evolve a family's designs: NSGA-II over rating (simulated "
                                                 "designer + surrogate), material, stability and overhang");
    verb->add_option("--family", o->family, "Design family (see design families)")->required();
    verb->add_option("--population", o->population, "Variants per generation (at least 4)")->capture_default_str();
    verb->add_option("--generations", o->generations, "Generations to breed (at least 1)")->capture_default_str();
    verb->add_option("--seed", o->seed, "Random seed: the same seed gives the same run")->capture_default_str();
    verb->add_option("--rater", o->rater, "sim:SEED: a simulated designer who prefers a hidden design");
    verb->add_option("--rated", o->ratedPerGeneration, "Variants the rater rates per generation")
        ->capture_default_str();
    verb->add_option("--out", o->out, "Folder for generation-NNN.json and summary.json")->required();
    verb->callback([o, &exitCode] { exitCode = evolve(*o); });
}

}  // namespace noosphere::cli
