// Trains the style GAN from scratch on a folder's worth of RGBA pictures: non-saturating loss with lazy R1,
// style-mixing regularisation, optional DiffAugment, x-flips, an EMA generator, then the sketch encoder on the
// EMA generator's pictures. Resumable from checkpoints, deterministic for a seed. Torch-free header: the CLI
// drives it (core/ loads the pictures; models/ does not read image files).
#pragma once

#include "common/result.h"
#include "device/deviceinfo.h"
#include "gan/ganconfig.h"
#include "gan/ganlatent.h"

#include <cstdint>
#include <filesystem>
#include <functional>
#include <optional>
#include <vector>

namespace noosphere::models::gan {

struct GanTrainSettings {
    GanConfig config;
    int steps = 12000;          // generator/discriminator steps
    int encoderSteps = 1500;    // encoder steps after them
    int batchSize = 32;
    double learningRate = 0.0025;
    std::optional<double> r1Gamma;  // unset: r1GammaFor(resolution)
    int r1Every = 16;           // lazy regularisation: R1 every this many steps, scaled up to match
    double mixingProbability = 0.9;
    double emaHalfLifeImages = 10000;
    bool augment = true;        // DiffAugment on everything the discriminator sees
    std::uint64_t seed = 1;
    int checkpointEvery = 250;
    int sampleEvery = 500;      // steps between sample grids (onSamples)
    DeviceKind device = DeviceKind::Cpu;
};

struct GanTrainProgress {
    int step = 0;  // steps done, generator and encoder together
    int steps = 0;
    bool encoderPhase = false;
    double generatorLoss = 0, discriminatorLoss = 0;  // this step's (adversarial phase)
    std::optional<double> r1;                          // on regularisation steps
    double encoderLoss = 0;                            // this step's (encoder phase)
    double imagesPerSecond = 0;
    bool resumed = false;
};

/// R1's weight when none is asked for: resolution² / 256 (1 at 16 px, 16 at 64 px). The penalty sums squared
/// gradients over the pixels, which shrink as the pixels multiply, hence the square. Measured on 16-px discs of
/// random colour, place and size (1,000 steps of 32): γ 0.01 and 0.1 collapsed to one shape in every sample
/// while the discriminator won outright; 1 and 10 gave varied, clean discs. The first emoji runs used 0.05 at
/// 64 px (StyleGAN2-ADA's rule of thumb, 0.0002 · 64² / 32 = 0.026, made for photographs) and collapsed too.
double r1GammaFor(int resolution);

/// The seeds of the sample grids, the same at every report: 0 … count − 1 at ψ = 1.
inline constexpr int kSampleGridSeeds = 64;

/// Trains into `outFolder` (checkpoint/ while running; config.json and model.safetensors, the EMA generator
/// and the encoder, when done). Every image must be resolution² RGBA. Resumes from outFolder/checkpoint when
/// it was written with the same settings and pictures (InvalidArgument otherwise); the step counts may differ:
/// steps past a finished run's last step (they count from the run's start, its encoder steps included) extend
/// it: the adversarial steps go on from its checkpoint, then the encoder is trained again. An extended run is
/// not the same as one asked for that many steps from the start. `onStep` returning false
/// stops after saving a checkpoint (Cancelled). `onSamples(step, pictures)` receives the EMA generator's
/// pictures for the grid seeds every sampleEvery steps and at the end.
Result<void> trainStyleGan(const std::vector<RgbaImage> &images, const GanTrainSettings &settings,
                           const std::filesystem::path &outFolder,
                           const std::function<bool(const GanTrainProgress &)> &onStep,
                           const std::function<void(int, const std::vector<RgbaImage> &)> &onSamples);

/// The step of the checkpoint a training into `outFolder` would resume from, if there is one.
std::optional<int> ganCheckpointStep(const std::filesystem::path &outFolder);

}  // namespace noosphere::models::gan
