// The Design pane's evolution: how long one generation takes (meshes on every core, surrogate fit, predictions,
// the active choice, NSGA-II's sort and breeding), beside its peer measured in the same run: building and
// measuring the same generation's meshes one after another, the least a serial evolution must do. A ratio
// below 1 means the parallel meshes more than pay for the engine's overhead. Also the surrogate's fit time as
// the ratings pile up.
#include "design/evolution/random.h"
#include "design/evolution/ratedevolution.h"
#include "design/evolution/simulatedrater.h"
#include "design/family.h"
#include "design/genome.h"
#include "design/objectives.h"
#include "surrogate/gaussianprocess.h"

#include <CLI/CLI.hpp>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <thread>
#include <vector>

using namespace noosphere::core::design;
using Clock = std::chrono::steady_clock;

namespace {

double msSince(Clock::time_point start)
{
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

std::vector<double> computed(const Family &family, const UnitGenome &unit)
{
    auto mesh = buildDesignMesh({family.id, denormalise(family, unit)}, false);
    if (!mesh)
        return {0, 0, 0};
    const Objectives o = computeObjectives(*mesh);
    return {o.volumeMm3, -o.tipOverAngleDeg, o.overhangAreaMm2};
}

// One family: the median generation time of the whole loop (its meshes built on every core), beside building
// the same generation's meshes one after another on one thread.
void benchFamily(const Family &family, int population, int generations, int rated)
{
    RatedEvolution evolution({.ga = {.population = population, .seed = 1}, .choice = {.count = rated}},
                             [&family](const UnitGenome &unit) { return computed(family, unit); });
    const SimulatedRater rater(family.genes.size(), 1);
    evolution.initialise(family.genes.size());
    std::vector<double> totals, meshes;
    for (int generation = 0; generation <= generations; ++generation) {
        const auto start = Clock::now();
        for (size_t i : evolution.suggestToRate())
            (void)evolution.rate(i, rater.rate(evolution.candidates()[i].genome));
        (void)evolution.advance();  // includes building the next candidates' meshes
        totals.push_back(msSince(start));
        const auto serialStart = Clock::now();
        for (const auto &candidate : evolution.candidates())
            (void)computed(family, candidate.genome);
        meshes.push_back(msSince(serialStart));
    }
    auto median = [](std::vector<double> v) {
        std::sort(v.begin(), v.end());
        return v[v.size() / 2];
    };
    const double total = median(totals), mesh = median(meshes);
    std::printf("%-10s population %3d, %d rated/generation: %7.1f ms per generation on %u threads; its meshes "
                "one after another %7.1f ms (%.2f ms each); ratio %.2f\n",
                family.id.c_str(), population, rated, total, std::max(1u, std::thread::hardware_concurrency()),
                mesh, mesh / population, total / mesh);
}

// The surrogate's fit against n ratings in d genes (the grid and ARD passes included).
void benchSurrogate(size_t n, size_t d)
{
    SimulatedRater rater(d, 2);
    Random random(3);
    std::vector<std::vector<double>> inputs(n, std::vector<double>(d));
    std::vector<double> ratings;
    for (auto &x : inputs) {
        for (double &v : x)
            v = random.uniform();
        ratings.push_back(rater.rate(x));
    }
    noosphere::models::GaussianProcess gp;
    const auto start = Clock::now();
    (void)gp.fit(inputs, ratings);
    const double fitMs = msSince(start);
    const auto predictStart = Clock::now();
    double sink = 0;
    for (int i = 0; i < 1000; ++i)
        sink += gp.predict(inputs[size_t(i) % n]).sd;
    std::printf("surrogate: %3zu ratings × %2zu genes: fit %7.1f ms, predict %6.3f ms%s\n", n, d, fitMs,
                msSince(predictStart) / 1000, sink < 0 ? " " : "");
}

}  // namespace

int main(int argc, char **argv)
{
    CLI::App app{"Time one generation of the Design pane's evolution beside building its meshes"};
    int generations = 10;
    app.add_option("--generations", generations, "Generations per family (the median is printed)");
    CLI11_PARSE(app, argc, argv);

    for (const Family &family : families())
        for (int population : {16, 64})
            benchFamily(family, population, generations, 4);
    for (size_t n : {40, 100, 200})
        benchSurrogate(n, 10);
    return 0;
}
