// Trains a Llama-family language model from scratch on token streams: AdamW, warm-up then cosine decay, gradient
// clipping, checkpoints that resume bit-for-bit, a fixed seed. Torch-free header: the CLI drives it.
#pragma once

#include "common/result.h"
#include "device/deviceinfo.h"
#include "lm/lmconfig.h"

#include <cstdint>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace noosphere::models {

struct TrainSource {
    std::string name;
    std::vector<std::int32_t> tokens;
    double weight = 1;  // share of the training windows drawn from this source
};

struct LmTrainSettings {
    LmConfig config;  // a Llama-family shape; nContext is also the training window
    int steps = 10000;
    int batchSize = 16;
    double learningRate = 2e-3;
    double minLearningRate = 2e-4;
    int warmupSteps = 200;
    double weightDecay = 0.1;
    double gradientClip = 1.0;
    std::uint64_t seed = 1;
    double validationShare = 0.02;  // the end of each source, never trained on
    int evaluateEvery = 250;        // steps between validation losses
    int checkpointEvery = 100;      // steps between checkpoints
    DeviceKind device = DeviceKind::Cpu;
};

struct TrainProgress {
    int step = 0;  // steps done
    int steps = 0;
    double loss = 0;  // this step's training loss, nats per token
    double learningRate = 0;
    double tokensPerSecond = 0;
    std::optional<double> validationLoss;  // set on evaluation steps
    bool resumed = false;                  // the first report after resuming from a checkpoint
};

/// The step of the checkpoint a training into `outFolder` would resume from, if there is one.
std::optional<int> checkpointStep(const std::filesystem::path &outFolder);

/// Trains into `outFolder`: checkpoint/ (weights, optimizer moments, step) while running, and config.json +
/// model.safetensors when done. Resumes from outFolder/checkpoint when it exists and was written with the same
/// settings and data (InvalidArgument otherwise). `onStep` returning false stops after saving a checkpoint
/// (ErrorCode::Cancelled). The BOS id starts every training window, as it starts every prompt.
Result<void> trainLanguageModel(const std::vector<TrainSource> &sources, std::int32_t bosId,
                                const LmTrainSettings &settings, const std::filesystem::path &outFolder,
                                const std::function<bool(const TrainProgress &)> &onStep);

}  // namespace noosphere::models
