// `noosphere-cli gan follow-score`: how well the sketch suggestions follow a drawing. Each sketch is a tracing of
// a held-out picture's outlines in its colours (what an artist copying it with a pen might draw); the first
// suggestion is compared with the picture on the traced strokes (does it follow what was drawn?) and over the
// whole picture (does it guess the rest?), beside the same numbers for seeded samples that ignore the sketch.
#include "verbs.h"

#include "ganimages.h"
#include "ganscoring.h"
#include "modelerror.h"

#include "gan/stylegan.h"
#include "image/imagegrid.h"
#include "image/sketchtrace.h"

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <chrono>
#include <cstdio>

namespace noosphere::cli {
namespace {

namespace image = core::image;
using models::gan::GanLatent;
using models::gan::StyleGan;

struct FollowOptions {
    std::string model, images, out;
    int sketches = 64;
    int steps = models::gan::ProjectSettings{}.steps;
    std::uint64_t seed = 0;
    bool perLayer = false;
    bool json = false;
};

struct Row {
    std::string name;
    double strokes = 0, whole = 0, milliseconds = 0;  // sums over the sketches
};

// The first picture `latents` make, compared with `picture` on the strokes and everywhere.
models::Result<void> addDifferences(const StyleGan &gan, const std::vector<GanLatent> &latents, const image::Image &picture,
                                    const std::vector<float> &strokes, Row &row, image::Image *first = nullptr)
{
    auto made = gan.synthesize({latents.front()});
    if (!made)
        return made.error();
    const auto suggestion = fromGanImage(made->front());
    row.strokes += image::premultipliedDifference(suggestion, picture, strokes);
    row.whole += image::premultipliedDifference(suggestion, picture);
    if (first)
        *first = suggestion;
    return {};
}

int runFollowScore(const FollowOptions &o)
{
    auto inputs = loadScoringInputs(o.model, o.images);
    if (!inputs)
        return reportModelError(inputs.error());
    const auto &gan = inputs->gan;
    const int size = gan.config().resolution;
    auto pictures = image::loadRgbaImages(image::evenlySpread(inputs->files.heldOut, o.sketches), size);
    if (!pictures)
        return reportModelError(pictures.error());

    std::vector<Row> rows{{"suggestions (" + std::to_string(o.steps) + " steps in " + (o.perLayer ? "w+)" : "w)")},
                          {"their starting points"},
                          {"seeded samples, ψ 0.7"}};
    std::vector<image::Image> sheet;  // per sketch: picture, tracing, first suggestion, sample
    int counted = 0;
    for (std::size_t i = 0; i < pictures->size(); ++i) {
        const auto &picture = (*pictures)[i];
        const auto traced = image::traceOutlines(picture);
        std::vector<float> strokes(std::size_t(size) * std::size_t(size));
        for (std::size_t p = 0; p < strokes.size(); ++p)
            strokes[p] = traced.pixels[p * 4 + 3] / 255.0f;
        if (std::none_of(strokes.begin(), strokes.end(), [](float s) { return s > 0; }))
            continue;  // nothing to trace (an empty picture)
        const std::uint64_t seed = o.seed + i * 1000;
        const models::gan::SketchTarget target{toGanImage(traced), strokes};
        image::Image followed, sampled;
        for (int r = 0; r < 2; ++r) {
            const auto began = std::chrono::steady_clock::now();
            auto latents = gan.project(target, {.count = 4, .steps = r == 0 ? o.steps : 0, .seed = seed, .perLayer = o.perLayer});
            rows[std::size_t(r)].milliseconds +=
                std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - began).count();
            if (!latents)
                return reportModelError(latents.error());
            if (auto added = addDifferences(gan, *latents, picture, strokes, rows[std::size_t(r)], r == 0 ? &followed : nullptr); !added)
                return reportModelError(added.error());
        }
        auto sample = gan.sample(seed, 0.7);
        if (!sample)
            return reportModelError(sample.error());
        if (auto added = addDifferences(gan, {*sample}, picture, strokes, rows[2], &sampled); !added)
            return reportModelError(added.error());
        if (sheet.size() < 4 * 16)
            sheet.insert(sheet.end(), {picture, traced, followed, sampled});
        ++counted;
    }
    if (counted == 0)
        return reportModelError({models::ErrorCode::InvalidArgument, "no held-out picture had outlines to trace"});

    nlohmann::json out = {{"sketches", counted}, {"rows", nlohmann::json::array()}};
    if (!o.json)
        std::printf("%d tracings of held-out pictures; mean difference ×100 of premultiplied RGBA (lower is closer)\n"
                    "%-28s %8s %8s %10s\n",
                    counted, "", "strokes", "whole", "ms/sketch");
    for (const auto &row : rows) {
        const double onStrokes = 100 * row.strokes / counted, whole = 100 * row.whole / counted, ms = row.milliseconds / counted;
        out["rows"].push_back({{"name", row.name}, {"strokes", onStrokes}, {"whole", whole}, {"ms_per_sketch", ms}});
        if (!o.json)
            std::printf("%-28s %8.2f %8.2f %10s\n", row.name.c_str(), onStrokes, whole,
                        ms > 0 ? std::to_string(int(ms + 0.5)).c_str() : "—");
    }
    if (o.json)
        std::printf("%s\n", out.dump(2).c_str());
    if (!o.out.empty()) {
        auto tiled = image::tileImages(sheet, 8);
        if (!tiled)
            return reportModelError(tiled.error());
        if (auto written = image::writePng(*tiled, o.out); !written)
            return reportModelError(written.error());
        if (!o.json)
            std::printf("%s: picture, tracing, first suggestion, a seeded sample (two sketches a row)\n", o.out.c_str());
    }
    return kExitOk;
}

}  // namespace

void addGanFollowScoreVerb(CLI::App &gan, int &exitCode)
{
    auto o = std::make_shared<FollowOptions>();
    auto *verb = gan.add_subcommand("follow-score", "How closely sketch suggestions follow tracings of held-out pictures");
    verb->add_option("--model", o->model, "Model folder")->required();
    verb->add_option("--images", o->images, "The training folder (every tenth picture is the held-out set)")->required();
    verb->add_option("--sketches", o->sketches, "Held-out pictures traced")->check(CLI::Range(1, 10000));
    verb->add_option("--steps", o->steps, "Optimisation steps per sketch")->check(CLI::Range(0, 1000));
    verb->add_option("--seed", o->seed, "Seed of the suggestions' styles");
    verb->add_flag("--w-plus", o->perLayer, "Optimise a style per layer (w+) rather than one w");
    verb->add_option("--out", o->out, "PNG: pictures, tracings, suggestions and samples of the first 16 sketches");
    verb->add_flag("--json", o->json, "Print JSON");
    verb->callback([o, &exitCode] { exitCode = runFollowScore(*o); });
}

}  // namespace noosphere::cli
