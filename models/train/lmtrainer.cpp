// The training loop. Every step's batch is drawn from a generator seeded by (seed, step), so a run resumed from
// a checkpoint sees exactly the batches the uninterrupted run would have seen.
#include "train/lmtrainer.h"

#include "io/safetensors.h"
#include "lm/causallm.h"
#include "lm/torcherror.h"
#include "lm/weightloader.h"
#include "train/checkpointfolder.h"

#include <ATen/ATen.h>
#include <c10/core/GradMode.h>
#include <nlohmann/json.hpp>
#include <torch/cuda.h>

#include <chrono>
#include <cmath>
#include <fstream>
#include <numbers>
#include <random>

namespace noosphere::models {
namespace {

namespace fs = std::filesystem;

struct Parameter {
    std::string name;  // as the checkpoint spells it ("model.layers.0.mlp.up_proj.weight")
    at::Tensor value;
    at::Tensor exp_avg;     // AdamW first moment
    at::Tensor exp_avg_sq;  // AdamW second moment
    bool decays = false;    // matrices decay; norms and biases do not
};

// Everything a checkpoint must agree with to be resumed: shape, schedule, seed and data.
std::string fingerprint(const std::vector<TrainSource> &sources, std::int32_t bos, const LmTrainSettings &s)
{
    std::uint64_t dataHash = 1469598103934665603ull;  // FNV-1a over every token
    for (const auto &source : sources) {
        for (auto t : source.tokens)
            dataHash = (dataHash ^ std::uint32_t(t)) * 1099511628211ull;
        dataHash = (dataHash ^ std::uint64_t(source.weight * 1e6)) * 1099511628211ull;
    }
    nlohmann::json j = {{"config", nlohmann::json::parse(lmConfigJson(s.config))},
                        {"steps", s.steps},
                        {"batch", s.batchSize},
                        {"lr", s.learningRate},
                        {"min_lr", s.minLearningRate},
                        {"warmup", s.warmupSteps},
                        {"weight_decay", s.weightDecay},
                        {"clip", s.gradientClip},
                        {"seed", s.seed},
                        {"validation_share", s.validationShare},
                        {"bos", bos},
                        {"data", std::to_string(dataHash)}};
    return j.dump();
}

// Linear warm-up, then cosine decay to the minimum.
double learningRateAt(int step, const LmTrainSettings &s)
{
    if (step < s.warmupSteps)
        return s.learningRate * (step + 1) / s.warmupSteps;
    const double progress = double(step - s.warmupSteps) / std::max(1, s.steps - s.warmupSteps);
    return s.minLearningRate +
           0.5 * (s.learningRate - s.minLearningRate) * (1 + std::cos(std::numbers::pi * std::min(1.0, progress)));
}

class Batches {
public:
    Batches(const std::vector<TrainSource> &sources, std::int32_t bos, const LmTrainSettings &s)
        : m_sources(sources)
        , m_bos(bos)
        , m_settings(s)
        , m_window(s.config.nContext)
    {
        double total = 0;
        for (const auto &source : sources) {
            const auto n = std::int64_t(source.tokens.size());
            const auto validation = std::int64_t(double(n) * s.validationShare);
            m_trainEnd.push_back(n - validation);
            total += source.weight;
            m_cumulative.push_back(total);
        }
        for (auto &c : m_cumulative)
            c /= total;
    }

    /// (batch, window + 1) ids for `step`: BOS, then window tokens from a random place in a random source.
    at::Tensor training(int step) const
    {
        std::mt19937_64 rng(m_settings.seed * 0x9E3779B97F4A7C15ull + std::uint64_t(step));
        std::vector<std::int64_t> ids;
        ids.reserve(std::size_t(m_settings.batchSize) * (m_window + 1));
        for (int row = 0; row < m_settings.batchSize; ++row) {
            const double u = double(rng() >> 11) * 0x1.0p-53;
            std::size_t s = 0;
            while (s + 1 < m_cumulative.size() && u >= m_cumulative[s])
                ++s;
            const auto span = m_trainEnd[s] - m_window;
            const auto begin = std::int64_t(rng() % std::uint64_t(span));
            appendWindow(ids, m_sources[s].tokens.data() + begin);
        }
        return at::tensor(ids, at::kLong).view({m_settings.batchSize, m_window + 1});
    }

    /// Non-overlapping windows from the held-out end of every source, at most `count`, always the same.
    at::Tensor validation(int count) const
    {
        std::vector<std::int64_t> ids;
        int rows = 0;
        for (std::size_t s = 0; s < m_sources.size() && rows < count; ++s) {
            const auto end = std::int64_t(m_sources[s].tokens.size());
            for (auto begin = m_trainEnd[s]; begin + m_window <= end && rows < count; begin += m_window, ++rows)
                appendWindow(ids, m_sources[s].tokens.data() + begin);
        }
        return at::tensor(ids, at::kLong).view({rows, m_window + 1});
    }

    /// InvalidArgument when a source is too short to give a training window.
    std::optional<Error> check() const
    {
        for (std::size_t s = 0; s < m_sources.size(); ++s) {
            if (m_trainEnd[s] <= m_window)
                return Error{ErrorCode::InvalidArgument,
                             "\"" + m_sources[s].name + "\" has " + std::to_string(m_sources[s].tokens.size()) +
                                 " tokens, too few for training windows of " + std::to_string(m_window)};
        }
        return std::nullopt;
    }

private:
    void appendWindow(std::vector<std::int64_t> &ids, const std::int32_t *tokens) const
    {
        ids.push_back(m_bos);
        ids.insert(ids.end(), tokens, tokens + m_window);
    }

    const std::vector<TrainSource> &m_sources;
    std::int32_t m_bos;
    const LmTrainSettings &m_settings;
    std::int64_t m_window;
    std::vector<std::int64_t> m_trainEnd;
    std::vector<double> m_cumulative;
};

class Trainer {
public:
    Trainer(const LmTrainSettings &settings)
        : m_settings(settings)
    {
        const auto device = settings.device == DeviceKind::Cuda ? at::Device(at::kCUDA, 0) : at::Device(at::kCPU);
        m_options = at::TensorOptions().dtype(at::kFloat).device(device);
        m_network = lm::makeLlama(settings.config, m_options);
        for (const auto &item : m_network->named_parameters()) {
            Parameter p;
            p.name = m_network->checkpointNames(item.key()).front();
            p.value = item.value();
            p.decays = p.value.dim() == 2;
            p.value.requires_grad_(true);  // the networks make inference-only parameters
            m_parameters.push_back(std::move(p));
        }
        m_mask = lm::makeCausalMask(settings.config.nContext, 0, device);
    }

    // GPT-2's initialisation: N(0, 0.02), residual output projections scaled by 1/√(2·layers); norms at 1.
    void initialise()
    {
        c10::NoGradGuard noGrad;
        at::manual_seed(m_settings.seed);
        const double residualStd = 0.02 / std::sqrt(2.0 * m_settings.config.nLayer);
        for (auto &p : m_parameters) {
            if (p.value.dim() == 1)
                p.value.fill_(p.name.ends_with("norm.weight") ? 1.0 : 0.0);
            else
                p.value.normal_(
                    0, p.name.ends_with("o_proj.weight") || p.name.ends_with("down_proj.weight") ? residualStd : 0.02);
            p.exp_avg = at::zeros_like(p.value);
            p.exp_avg_sq = at::zeros_like(p.value);
        }
    }

    Result<int> resume(const fs::path &checkpoint, const std::string &expectedFingerprint)
    {
        auto step = resumableStep(checkpoint, expectedFingerprint, "settings or data");
        if (!step)
            return step.error();
        auto weights = SafetensorsSet::openFolder(checkpoint);
        if (!weights)
            return weights.error();
        c10::NoGradGuard noGrad;  // the loader writes into leaves that require grad
        if (auto loaded = lm::loadWeights(*m_network, *weights, checkpoint, {}); !loaded)
            return loaded.error();
        auto moments = SafetensorsFile::open(checkpoint / "optimizer.safetensors");
        if (!moments)
            return moments.error();
        for (auto &p : m_parameters) {
            p.exp_avg = readMoment(*moments, "exp_avg." + p.name, p.value);
            p.exp_avg_sq = readMoment(*moments, "exp_avg_sq." + p.name, p.value);
            if (!p.exp_avg.defined() || !p.exp_avg_sq.defined())
                return Error{ErrorCode::BadModelFile,
                             "optimizer state for " + p.name + " is missing in " + checkpoint.string()};
        }
        return *step;
    }

    /// One optimisation step on `batch` (B, T + 1); returns the loss.
    double step(const at::Tensor &batch, int stepIndex)
    {
        for (auto &p : m_parameters)
            p.value.mutable_grad() = at::Tensor();
        auto tokens = batch.to(m_options.device());
        const auto T = tokens.size(1) - 1;
        auto loss = lossOf(tokens.narrow(1, 0, T), tokens.narrow(1, 1, T));
        loss.backward();

        c10::NoGradGuard noGrad;
        // Summed in double, in parameter order: the same number the shipped model was trained with.
        auto squared = at::zeros({}, m_options.dtype(at::kDouble));
        for (auto &p : m_parameters)
            squared += p.value.grad().pow(2).sum().to(at::kDouble);
        const double norm = std::sqrt(squared.item<double>());  // one device sync per step, not one per tensor
        const double clip = norm > m_settings.gradientClip ? m_settings.gradientClip / norm : 1.0;
        const double lr = learningRateAt(stepIndex, m_settings);
        constexpr double beta1 = 0.9, beta2 = 0.95, eps = 1e-8;
        const double correction1 = 1 - std::pow(beta1, stepIndex + 1);
        const double correction2 = 1 - std::pow(beta2, stepIndex + 1);
        for (auto &p : m_parameters) {
            auto g = p.value.grad().mul(clip);
            p.exp_avg.mul_(beta1).add_(g, 1 - beta1);
            p.exp_avg_sq.mul_(beta2).addcmul_(g, g, 1 - beta2);
            if (p.decays)
                p.value.mul_(1 - lr * m_settings.weightDecay);
            auto denominator = (p.exp_avg_sq / correction2).sqrt_().add_(eps);
            p.value.addcdiv_(p.exp_avg, denominator, -lr / correction1);
        }
        return loss.item<double>();
    }

    double evaluate(const at::Tensor &windows)
    {
        c10::NoGradGuard noGrad;
        double sum = 0;
        const auto T = windows.size(1) - 1;
        for (std::int64_t begin = 0; begin < windows.size(0); begin += m_settings.batchSize) {
            const auto n = std::min<std::int64_t>(m_settings.batchSize, windows.size(0) - begin);
            auto tokens = windows.narrow(0, begin, n).to(m_options.device());
            sum += lossOf(tokens.narrow(1, 0, T), tokens.narrow(1, 1, T)).item<double>() * double(n);
        }
        return sum / double(windows.size(0));
    }

    Result<void> saveWeights(const fs::path &file) const
    {
        std::vector<at::Tensor> keep;
        std::vector<TensorToWrite> tensors;
        for (const auto &p : m_parameters)
            tensors.push_back(toWrite(p.name, p.value, keep));
        return writeSafetensors(file, tensors, {{"format", "pt"}});
    }

    Result<void> saveCheckpoint(const fs::path &folder, int step, const std::string &fingerprintText) const
    {
        return replaceCheckpointFolder(folder, [&](const fs::path &fresh) -> Result<void> {
            if (auto saved = saveWeights(fresh / "model.safetensors"); !saved)
                return saved;
            std::vector<at::Tensor> keep;
            std::vector<TensorToWrite> moments;
            for (const auto &p : m_parameters) {
                moments.push_back(toWrite("exp_avg." + p.name, p.exp_avg, keep));
                moments.push_back(toWrite("exp_avg_sq." + p.name, p.exp_avg_sq, keep));
            }
            if (auto saved = writeSafetensors(fresh / "optimizer.safetensors", moments); !saved)
                return saved;
            std::ofstream(fresh / "config.json") << lmConfigJson(m_settings.config);
            writeCheckpointState(fresh, {step, fingerprintText});
            return {};
        });
    }

private:
    at::Tensor lossOf(const at::Tensor &input, const at::Tensor &target)
    {
        lm::ForwardPass pass;
        pass.causalMask =
            input.size(1) == m_mask.size(0) ? m_mask : lm::makeCausalMask(input.size(1), 0, m_options.device());
        auto logits = m_network->forward(input, pass);  // (B, T, nVocab)
        return at::cross_entropy_loss(logits.reshape({-1, logits.size(-1)}), target.reshape({-1}));
    }

    static at::Tensor readMoment(const SafetensorsFile &file, const std::string &name, const at::Tensor &like)
    {
        const auto *view = file.find(name);
        if (!view || view->dtype != DType::F32 || view->elementCount() != like.numel())
            return {};
        auto cpu = at::empty(like.sizes(), at::kFloat);
        std::memcpy(cpu.data_ptr<float>(), view->bytes.data(), view->bytes.size());
        return cpu.to(like.device());
    }

    static TensorToWrite toWrite(const std::string &name, const at::Tensor &value, std::vector<at::Tensor> &keep)
    {
        keep.push_back(value.detach().to(at::kCPU).contiguous());
        const auto &cpu = keep.back();
        return {name,
                DType::F32,
                cpu.sizes().vec(),
                {reinterpret_cast<const std::byte *>(cpu.data_ptr<float>()), std::size_t(cpu.nbytes())}};
    }

    const LmTrainSettings &m_settings;
    at::TensorOptions m_options;
    std::shared_ptr<lm::CausalLmImpl> m_network;
    std::vector<Parameter> m_parameters;
    at::Tensor m_mask;
};

}  // namespace

std::optional<int> checkpointStep(const std::filesystem::path &outFolder)
{
    return checkpointStepIn(outFolder);
}

Result<void> trainLanguageModel(const std::vector<TrainSource> &sources, std::int32_t bosId,
                                const LmTrainSettings &settings, const std::filesystem::path &outFolder,
                                const std::function<bool(const TrainProgress &)> &onStep)
{
    if (settings.config.architecture != LmArchitecture::Llama)
        return Error{ErrorCode::InvalidArgument, "the trainer builds Llama-family models only"};
    if (sources.empty())
        return Error{ErrorCode::InvalidArgument, "no training text"};
    if (settings.device == DeviceKind::Cuda && !torch::cuda::is_available())
        return Error{ErrorCode::UnsupportedModel, "CUDA is not available"};
    const Batches batches(sources, bosId, settings);
    if (auto error = batches.check())
        return *error;
    try {
        Trainer trainer(settings);
        const auto print = fingerprint(sources, bosId, settings);
        const auto checkpoint = outFolder / "checkpoint";
        int start = 0;
        if (auto found = findCheckpointFolder(checkpoint)) {
            auto resumed = trainer.resume(*found, print);
            if (!resumed)
                return resumed.error();
            start = *resumed;
        } else {
            trainer.initialise();
        }
        const auto validation = batches.validation(64);
        bool first = true;
        for (int step = start; step < settings.steps; ++step) {
            const auto began = std::chrono::steady_clock::now();
            TrainProgress progress;
            progress.loss = trainer.step(batches.training(step), step);
            const std::chrono::duration<double> took = std::chrono::steady_clock::now() - began;
            progress.step = step + 1;
            progress.steps = settings.steps;
            progress.learningRate = learningRateAt(step, settings);
            progress.tokensPerSecond = double(settings.batchSize) * settings.config.nContext / took.count();
            progress.resumed = first && start > 0;
            first = false;
            const bool last = progress.step == settings.steps;
            if (validation.size(0) > 0 && (progress.step % settings.evaluateEvery == 0 || last))
                progress.validationLoss = trainer.evaluate(validation);
            const bool keepGoing = !onStep || onStep(progress);
            if (auto done = checkpointAfterStep(progress.step, keepGoing, last, settings.checkpointEvery,
                                                [&] { return trainer.saveCheckpoint(checkpoint, progress.step, print); });
                !done)
                return done;
        }
        if (auto saved = trainer.saveWeights(outFolder / "model.safetensors"); !saved)
            return saved;
        std::ofstream(outFolder / "config.json") << lmConfigJson(settings.config);
        return {};
    } catch (const std::exception &e) {
        return fromException(e, "training");
    }
}

}  // namespace noosphere::models
