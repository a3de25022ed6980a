// `noosphere-cli gan …`: the style GAN's operations on a trained model, each deterministic for its seeds.
//   sample      N pictures from seeds S, S+1, … at truncation ψ, as one grid
//   mix         StyleGAN's style-mixing table: coarse styles of some seeds with the fine styles of others
//   breed       children of two seeds (per-layer choice of each parent's styles, plus mutation)
//   directions  the principal directions of w (GANSpace), one row per direction from −2σ to +2σ
//   project     suggestions that follow a sketch (PNG with transparency: where it is opaque is the drawing)
//   train       (gantrain.cpp)
// Exit codes: 0 done; 1 the work failed; 2 bad input (a missing or corrupt model or picture, bad numbers).
#include "verbs.h"

#include "ganimages.h"
#include "ganscoring.h"
#include "modelerror.h"

#include "gan/stylegan.h"
#include "image/imagedataset.h"
#include "image/imagegrid.h"
#include "image/imageimport.h"
#include "image/sketchframe.h"
#include "image/slicedwasserstein.h"

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <memory>

namespace noosphere::cli {
namespace {

namespace fs = std::filesystem;
using models::gan::GanLatent;
using models::gan::StyleGan;

struct GanOptions {
    std::string model, out, image;
    int count = 16, fromStyle = -1;
    std::uint64_t seed = 0;
    double psi = 0.7, mutation = 0.3;
    std::vector<std::uint64_t> coarse{1, 2, 3}, fine{4, 5, 6};
    std::uint64_t parentA = 1, parentB = 2;
    int steps = 12;
    int suggestions = 4;
    bool perLayer = false;
    std::string images;  // gan score: the training folder (its held-out tenth is compared)
    int samples = 2000;
    double scorePsi = 1.0;  // the full variety, as trained
    bool json = false;
};

nlohmann::json latentJson(const GanLatent &l)
{
    return {{"operation", l.operation}, {"seed", l.seed},    {"psi", l.psi},
            {"styles", l.styles},       {"w_dim", l.wDim},   {"w_plus", l.wPlus}};
}

// Runs `make` on a loaded model and writes what it returns as a grid of `columns`.
int withModel(const GanOptions &o, int columns,
              const std::function<models::Result<std::vector<GanLatent>>(const StyleGan &)> &make)
{
    auto gan = StyleGan::load(o.model);
    if (!gan)
        return reportModelError(gan.error());
    auto latents = make(*gan);
    if (!latents)
        return reportModelError(latents.error());
    auto pictures = gan->synthesize(*latents);
    if (!pictures)
        return reportModelError(pictures.error());
    auto sheet = core::image::tileImages(fromGanImages(*pictures), columns);
    if (!sheet)
        return reportModelError(sheet.error());
    if (auto written = core::image::writePng(*sheet, o.out); !written)
        return reportModelError(written.error());
    std::printf("wrote %s (%zu pictures, %d to a row)\n", o.out.c_str(), pictures->size(), std::min(columns, int(pictures->size())));
    return kExitOk;
}

int runSample(const GanOptions &o)
{
    const int columns = int(std::ceil(std::sqrt(double(o.count))));
    return withModel(o, columns, [&](const StyleGan &gan) -> models::Result<std::vector<GanLatent>> {
        std::vector<std::uint64_t> seeds;
        for (int i = 0; i < o.count; ++i)
            seeds.push_back(o.seed + std::uint64_t(i));
        return gan.sample(seeds, o.psi);
    });
}

// The table of StyleGAN's figure 3: the top row the fine seeds, the left column the coarse seeds, each cell
// the coarse seed's styles before `fromStyle` with the fine seed's after.
int runMix(const GanOptions &o)
{
    return withModel(o, int(o.fine.size()) + 1, [&](const StyleGan &gan) -> models::Result<std::vector<GanLatent>> {
        const int from = o.fromStyle >= 0 ? o.fromStyle : gan.config().styleCount() / 2;
        std::vector<GanLatent> fine, out;
        for (const auto seed : o.fine) {
            auto latent = gan.sample(seed, o.psi);
            if (!latent)
                return latent.error();
            fine.push_back(*latent);
        }
        auto blank = StyleGan::mix(fine.front(), fine.front(), 0);  // top-left corner: the mean picture
        blank.wPlus = gan.withTruncation(fine.front(), 0.05).wPlus;
        out.push_back(blank);
        out.insert(out.end(), fine.begin(), fine.end());
        for (const auto seed : o.coarse) {
            auto coarse = gan.sample(seed, o.psi);
            if (!coarse)
                return coarse.error();
            out.push_back(*coarse);
            for (const auto &f : fine)
                out.push_back(StyleGan::mix(*coarse, f, from));
        }
        return out;
    });
}

int runBreed(const GanOptions &o)
{
    return withModel(o, o.count + 2, [&](const StyleGan &gan) -> models::Result<std::vector<GanLatent>> {
        auto a = gan.sample(o.parentA, o.psi), b = gan.sample(o.parentB, o.psi);
        if (!a)
            return a.error();
        if (!b)
            return b.error();
        std::vector<GanLatent> out{*a, *b};
        for (int i = 0; i < o.count; ++i)
            out.push_back(gan.breed(*a, *b, o.seed + std::uint64_t(i), o.mutation));
        return out;
    });
}

int runDirections(const GanOptions &o)
{
    constexpr int kSteps = 5;  // −2σ … +2σ
    return withModel(o, kSteps, [&](const StyleGan &gan) -> models::Result<std::vector<GanLatent>> {
        auto base = gan.sample(o.seed, o.psi);
        if (!base)
            return base.error();
        std::vector<GanLatent> out;
        for (int d = 0; d < int(gan.directions().size()); ++d) {
            std::printf("direction %d: %.1f%% of the variance of w\n", d + 1, 100 * gan.directions()[std::size_t(d)].varianceShare);
            for (int k = 0; k < kSteps; ++k)
                out.push_back(gan.alongDirection(*base, d, -2.0 + k));
        }
        return out;
    });
}

int runProject(const GanOptions &o)
{
    auto gan = StyleGan::load(o.model);
    if (!gan)
        return reportModelError(gan.error());
    auto picture = core::image::importImage(o.image, {.format = core::image::PixelFormat::Rgba8});
    if (!picture)
        return reportModelError(picture.error());
    // Framed as the Sketch pane frames its strokes, so that a drawing exported from it gets the same suggestions.
    const auto framed = core::image::frameSketch(*picture, gan->config().resolution);
    if (!framed)
        return reportModelError({models::ErrorCode::InvalidArgument, "'" + o.image + "' has nothing drawn on it"});
    models::gan::ProjectSettings settings;
    settings.count = o.suggestions;
    settings.seed = o.seed;
    settings.steps = o.steps;
    settings.perLayer = o.perLayer;
    auto latents = gan->project({toGanImage(framed->picture), framed->mask}, settings);
    if (!latents)
        return reportModelError(latents.error());
    auto pictures = gan->synthesize(*latents);
    if (!pictures)
        return reportModelError(pictures.error());
    std::error_code ec;
    fs::create_directories(o.out, ec);
    if (ec)
        return reportModelError({models::ErrorCode::Io, "cannot create '" + o.out + "': " + ec.message()});
    // What the model was shown, to see why the suggestions look as they do.
    if (auto written = core::image::writePng(framed->picture, fs::path(o.out) / "sketch.png"); !written)
        return reportModelError(written.error());
    nlohmann::json list = nlohmann::json::array();
    for (std::size_t i = 0; i < pictures->size(); ++i) {
        const auto file = fs::path(o.out) / ("suggestion-" + std::to_string(i + 1) + ".png");
        if (auto written = core::image::writePng(fromGanImage((*pictures)[i]), file); !written)
            return reportModelError(written.error());
        list.push_back(latentJson((*latents)[i]));
        std::printf("%s\n", file.c_str());
    }
    std::ofstream(fs::path(o.out) / "latents.json") << list.dump(1) << '\n';
    return kExitOk;
}

// The model's samples, blurred noise and the training pictures, each against the held-out tenth.
int runScore(const GanOptions &o)
{
    namespace image = core::image;
    auto inputs = loadScoringInputs(o.model, o.images);
    if (!inputs)
        return reportModelError(inputs.error());
    const auto &gan = inputs->gan;
    const auto &files = inputs->files;
    const int size = gan.config().resolution;
    auto heldOut = image::loadRgbaImages(files.heldOut, size);
    if (!heldOut)
        return reportModelError(heldOut.error());
    auto training = image::loadRgbaImages(image::evenlySpread(files.training, o.samples), size);
    if (!training)
        return reportModelError(training.error());
    std::vector<std::uint64_t> seeds;
    for (int i = 0; i < o.samples; ++i)
        seeds.push_back(o.seed + std::uint64_t(i));
    auto latents = gan.sample(seeds, o.scorePsi);
    if (!latents)
        return reportModelError(latents.error());
    auto samples = gan.synthesize(*latents);
    if (!samples)
        return reportModelError(samples.error());

    struct Row {
        std::string name;
        std::vector<image::Image> pictures;
    };
    const std::vector<Row> rows{{"model samples", fromGanImages(*samples)},
                                {"blurred noise", image::blurredNoisePictures(o.samples, size, 2.0, o.seed)},
                                {"training pictures", std::move(*training)}};
    // Levels down to 16 × 16, as the ProGAN paper compares them (one level for smaller models).
    image::SwdSettings swd{.levels = 1, .seed = o.seed};
    while ((size >> swd.levels) >= 16)
        ++swd.levels;
    nlohmann::json out = {{"held_out", heldOut->size()}, {"rows", nlohmann::json::array()}};
    if (!o.json) {
        std::printf("SWD ×10³ against %zu held-out pictures (7×7 Laplacian-pyramid patches), samples at ψ %.2f\n%-20s",
                    heldOut->size(), o.scorePsi, "");
        for (int level = 0; level < swd.levels; ++level)
            std::printf(" %5dpx", size >> level);
        std::printf(" %8s\n", "average");
    }
    for (const auto &row : rows) {
        auto distance = image::slicedWassersteinDistance(row.pictures, *heldOut, swd);
        if (!distance)
            return reportModelError(distance.error());
        out["rows"].push_back({{"name", row.name}, {"count", row.pictures.size()}, {"per_level", distance->perLevel},
                               {"average", distance->average}});
        if (!o.json) {
            std::printf("%-20s", row.name.c_str());
            for (const double d : distance->perLevel)
                std::printf(" %7.1f", d);
            std::printf(" %8.1f\n", distance->average);
        }
    }
    if (o.json)
        std::printf("%s\n", out.dump(2).c_str());
    return kExitOk;
}

}  // namespace

void addGanVerbs(CLI::App &app, int &exitCode)
{
    auto *gan = app.add_subcommand("gan", "The style GAN: sample, mix, breed, follow a sketch, train");
    gan->require_subcommand(1);
    auto o = std::make_shared<GanOptions>();
    const auto common = [&](CLI::App *verb, bool needsOut = true) {
        verb->add_option("--model", o->model, "Model folder (config.json, model.safetensors)")->required();
        if (needsOut)
            verb->add_option("--out", o->out, "PNG file to write")->required();
        verb->add_option("--truncation", o->psi, "Truncation ψ: 1 the full variety, lower nearer the mean")
            ->check(CLI::Range(0.0, 2.0));
    };

    auto *sample = gan->add_subcommand("sample", "Pictures from seeds S, S+1, …, as one grid");
    common(sample);
    sample->add_option("--n", o->count, "How many")->check(CLI::Range(1, 4096));
    sample->add_option("--seed", o->seed, "First seed");
    sample->callback([o, &exitCode] { exitCode = runSample(*o); });

    auto *mix = gan->add_subcommand("mix", "Style-mixing table: coarse styles of some seeds, fine of others");
    common(mix);
    mix->add_option("--coarse", o->coarse, "Seeds giving the coarse styles (rows)")->delimiter(',');
    mix->add_option("--fine", o->fine, "Seeds giving the fine styles (columns)")->delimiter(',');
    mix->add_option("--from-layer", o->fromStyle, "First layer taken from the fine seed (default: half way)")
        ->check(CLI::Range(0, 64));
    mix->callback([o, &exitCode] { exitCode = runMix(*o); });

    auto *breed = gan->add_subcommand("breed", "Children of two seeds: each layer from one parent, then mutated");
    common(breed);
    breed->add_option("--a", o->parentA, "First parent's seed");
    breed->add_option("--b", o->parentB, "Second parent's seed");
    breed->add_option("--n", o->count, "Children")->check(CLI::Range(1, 256));
    breed->add_option("--seed", o->seed, "Seed of the first child");
    breed->add_option("--mutation", o->mutation, "Mutation in standard deviations of w")->check(CLI::Range(0.0, 4.0));
    breed->callback([o, &exitCode] { exitCode = runBreed(*o); });

    auto *directions = gan->add_subcommand("directions", "The principal directions of w, −2σ … +2σ per row");
    common(directions);
    directions->add_option("--seed", o->seed, "Seed of the picture moved along them");
    directions->callback([o, &exitCode] { exitCode = runDirections(*o); });

    auto *project = gan->add_subcommand("project", "Suggestions that follow a sketch");
    project->add_option("--model", o->model, "Model folder")->required();
    project->add_option("--image", o->image, "The sketch (PNG with transparency, or strokes on plain paper)")->required();
    project->add_option("--out", o->out, "Folder for suggestion-N.png and latents.json")->required();
    project->add_option("--n", o->suggestions, "Suggestions")->check(CLI::Range(1, 64));
    project->add_option("--seed", o->seed, "Seed of the styles the other suggestions borrow");
    project->add_option("--steps", o->steps, "Optimisation steps after the encoder's guess")->check(CLI::Range(0, 1000));
    project->add_flag("--w-plus", o->perLayer, "Optimise a style per layer (w+) rather than one w");
    project->callback([o, &exitCode] { exitCode = runProject(*o); });

    auto *score = gan->add_subcommand("score", "Sliced Wasserstein distance to the held-out pictures, with baselines");
    score->add_option("--model", o->model, "Model folder")->required();
    score->add_option("--images", o->images, "The training folder (every tenth picture is the held-out set)")->required();
    score->add_option("--samples", o->samples, "Model samples (and baseline pictures)")->check(CLI::Range(16, 100000));
    score->add_option("--seed", o->seed, "First seed");
    score->add_option("--truncation", o->scorePsi, "Truncation ψ of the samples")->check(CLI::Range(0.0, 2.0));
    score->add_flag("--json", o->json, "Print JSON");
    score->callback([o, &exitCode] { exitCode = runScore(*o); });

    addGanTrainVerb(*gan, exitCode);
    addGanFollowScoreVerb(*gan, exitCode);
}

}  // namespace noosphere::cli
