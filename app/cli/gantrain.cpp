// `noosphere-cli gan train`: the style GAN from a folder of pictures (the shipped model: npm
// emoji-datasource-google's 64 × 64 PNGs, every tenth held out for `gan score`), with a progress bar, a CSV
// log, an 8 × 8 sample grid every few hundred steps, resumable checkpoints (Ctrl+C saves one) and a fixed seed.
// scripts/train-default-gan.sh is the command behind the shipped model.
#include "verbs.h"

#include "ganimages.h"
#include "modelerror.h"

#include "gan/gantrainer.h"
#include "image/imagedataset.h"
#include "image/imagegrid.h"

#include <CLI/CLI.hpp>

#include <atomic>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <filesystem>
#include <fstream>

namespace noosphere::cli {
namespace {

namespace fs = std::filesystem;

std::atomic<bool> g_stopRequested{false};

struct GanTrainOptions {
    std::string images, out, device = "cpu";
    int heldOutEvery = 10;
    models::gan::GanTrainSettings train;
};

std::string clock(double seconds)
{
    const auto s = static_cast<long long>(seconds);
    char text[32];
    std::snprintf(text, sizeof text, "%lld:%02lld:%02lld", s / 3600, s / 60 % 60, s % 60);
    return text;
}

void writeGrid(const fs::path &file, const std::vector<models::gan::RgbaImage> &pictures)
{
    auto sheet = core::image::tileImages(fromGanImages(pictures), 8);
    if (sheet)
        (void)core::image::writePng(*sheet, file);
}

void onTrain(const GanTrainOptions &o, int &exitCode)
{
    auto files = core::image::listImageDataset(o.images, o.heldOutEvery);
    if (!files)
        return void(exitCode = reportModelError(files.error()));
    std::fprintf(stderr, "loading %zu training pictures (%zu held out for gan score)…\n", files->training.size(),
                 files->heldOut.size());
    auto pictures = core::image::loadRgbaImages(files->training, o.train.config.resolution);
    if (!pictures)
        return void(exitCode = reportModelError(pictures.error()));
    std::vector<models::gan::RgbaImage> images;
    images.reserve(pictures->size());
    for (const auto &p : *pictures)
        images.push_back(toGanImage(p));

    std::error_code ec;
    fs::create_directories(fs::path(o.out) / "samples", ec);
    if (ec)
        return void(exitCode =
                        reportModelError({models::ErrorCode::Io, "cannot create '" + o.out + "': " + ec.message()}));
    auto settings = o.train;
    settings.device = o.device == "cuda" ? models::DeviceKind::Cuda : models::DeviceKind::Cpu;
    std::fprintf(stderr, "%d adversarial steps of %d pictures (%.1f epochs), then %d encoder steps; seed %llu\n",
                 settings.steps, settings.batchSize, double(settings.steps) * settings.batchSize / double(images.size()),
                 settings.encoderSteps, static_cast<unsigned long long>(settings.seed));
    if (const auto step = models::gan::ganCheckpointStep(o.out))
        std::fprintf(stderr, "resuming from the checkpoint at step %d\n", *step);

    std::signal(SIGINT, [](int) { g_stopRequested = true; });
    std::ofstream log(fs::path(o.out) / "training-log.csv", std::ios::app);
    const auto started = std::chrono::steady_clock::now();
    int firstStep = -1;
    const auto trained = models::gan::trainStyleGan(
        images, settings, o.out,
        [&](const models::gan::GanTrainProgress &p) {
            if (firstStep < 0)
                firstStep = p.step - 1;
            const double elapsed = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
            const double eta = elapsed / std::max(1, p.step - firstStep) * (p.steps - p.step);
            const int filled = 24 * p.step / p.steps;
            if (p.encoderPhase)
                std::fprintf(stderr, "\r[%s%s] %d/%d encoder %.3f %4.0f img/s ETA %s   ", std::string(filled, '#').c_str(),
                             std::string(24 - filled, '.').c_str(), p.step, p.steps, p.encoderLoss, p.imagesPerSecond,
                             clock(eta).c_str());
            else
                std::fprintf(stderr, "\r[%s%s] %d/%d G %.3f D %.3f %4.0f img/s ETA %s   ",
                             std::string(filled, '#').c_str(), std::string(24 - filled, '.').c_str(), p.step, p.steps,
                             p.generatorLoss, p.discriminatorLoss, p.imagesPerSecond, clock(eta).c_str());
            log << p.step << ',' << (p.encoderPhase ? "encoder" : "adversarial") << ',' << p.generatorLoss << ','
                << p.discriminatorLoss << ',' << (p.r1 ? std::to_string(*p.r1) : "") << ',' << p.encoderLoss << ','
                << p.imagesPerSecond << '\n';
            return !g_stopRequested.load();
        },
        [&](int step, const std::vector<models::gan::RgbaImage> &grid) {
            char name[32];
            std::snprintf(name, sizeof name, "grid-%06d.png", step);
            writeGrid(fs::path(o.out) / "samples" / name, grid);
            log.flush();
        });
    std::fprintf(stderr, "\n");
    if (!trained)
        return void(exitCode = reportModelError(trained.error()));
    std::printf("trained %s in %s: config.json, model.safetensors, samples/\n", o.out.c_str(),
                clock(std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count()).c_str());
    exitCode = kExitOk;
}

}  // namespace

void addGanTrainVerb(CLI::App &gan, int &exitCode)
{
    auto o = std::make_shared<GanTrainOptions>();  // CLI11 writes into it while parsing: it must outlive this call
    auto &t = o->train;
    auto *verb = gan.add_subcommand("train", "Train a style GAN from a folder of pictures; run again to resume");
    verb->add_option("--images", o->images, "Folder of PNG/JPEG/WebP pictures (every tenth is held out)")->required();
    verb->add_option("--out", o->out, "Model folder to write (checkpoint/ and samples/ while training)")->required();
    verb->add_option("--resolution", t.config.resolution, "Picture side in pixels (a power of two)")
        ->check(CLI::Range(8, 256));
    verb->add_option("--max-channels", t.config.maxChannels, "Feature maps at the coarsest layers")
        ->check(CLI::Range(8, 1024));
    verb->add_option("--channel-base", t.config.channelBase, "Feature maps at resolution r: base / r")
        ->check(CLI::Range(64, 65536));
    verb->add_option("--w-dim", t.config.wDim, "Style size (z too)")->check(CLI::Range(8, 1024));
    verb->add_option("--steps", t.steps, "Adversarial steps, counted from the run's start (past a finished run's "
                                         "last step: extends it)")->check(CLI::Range(1, 10000000));
    verb->add_option("--encoder-steps", t.encoderSteps, "Encoder steps after them")->check(CLI::Range(0, 10000000));
    verb->add_option("--batch", t.batchSize, "Pictures per step")->check(CLI::Range(2, 4096));
    verb->add_option("--lr", t.learningRate, "Adam learning rate")->check(CLI::Range(1e-6, 1.0));
    verb->add_option("--r1-gamma", t.r1Gamma, "R1 weight (default resolution² / 256: 16 at 64 px)")
        ->check(CLI::Range(0.0, 100.0));
    verb->add_option("--seed", t.seed, "Seed for initialisation, batches and noise");
    verb->add_option("--sample-every", t.sampleEvery, "Steps between sample grids")->check(CLI::Range(1, 10000000));
    verb->add_option("--checkpoint-every", t.checkpointEvery, "Steps between checkpoints")
        ->check(CLI::Range(1, 10000000));
    verb->add_flag("!--no-augment", t.augment, "Train without DiffAugment");
    verb->add_option("--device", o->device, "cpu or cuda")->check(CLI::IsMember({"cpu", "cuda"}));
    verb->callback([o, &exitCode] {
        o->train.config.zDim = o->train.config.wDim;
        onTrain(*o, exitCode);
    });
}

}  // namespace noosphere::cli
