// The training loop. Every step seeds the global generator with (seed, step), so a run resumed from a
// checkpoint draws exactly the batches, latents, noise and augmentations the uninterrupted run would have.
#include "gan/gantrainer.h"

#include "gan/augment.h"
#include "gan/imagetensor.h"
#include "gan/networks.h"
#include "gan/tensorio.h"
#include "lm/torcherror.h"
#include "train/checkpointfolder.h"

#include <nlohmann/json.hpp>
#include <torch/csrc/autograd/autograd.h>
#include <torch/cuda.h>

#include <chrono>
#include <cmath>
#include <fstream>
#include <random>

namespace noosphere::models::gan {
namespace {

namespace fs = std::filesystem;

// Adam over a list of tensors, its moments saved with the checkpoint.
struct Adam {
    NamedTensors parameters;
    std::vector<at::Tensor> m, v;
    double learningRate = 0.0025, beta1 = 0, beta2 = 0.99, eps = 1e-8;
    int steps = 0;

    void reset()
    {
        m.clear(), v.clear();
        for (auto &[name, p] : parameters) {
            m.push_back(at::zeros_like(*p));
            v.push_back(at::zeros_like(*p));
        }
    }
    void zeroGrad()
    {
        for (auto &[name, p] : parameters)
            p->mutable_grad() = at::Tensor();
    }
    void requireGrad(bool on)
    {
        for (auto &[name, p] : parameters)
            p->requires_grad_(on);
    }
    void step()
    {
        at::NoGradGuard noGrad;
        ++steps;
        const double c1 = 1 - std::pow(beta1, steps), c2 = 1 - std::pow(beta2, steps);
        for (std::size_t i = 0; i < parameters.size(); ++i) {
            auto &p = *parameters[i].second;
            if (!p.grad().defined())
                continue;
            auto g = at::nan_to_num(p.grad(), 0, 0, 0);  // one bad batch must not poison the weights
            m[i].mul_(beta1).add_(g, 1 - beta1);
            v[i].mul_(beta2).addcmul_(g, g, 1 - beta2);
            p.addcdiv_(m[i], (v[i] / c2).sqrt_().add_(eps), -learningRate / c1);
        }
    }
    NamedTensors moments(const std::string &prefix)
    {
        NamedTensors out;
        for (std::size_t i = 0; i < parameters.size(); ++i) {
            out.emplace_back(prefix + ".m." + parameters[i].first, &m[i]);
            out.emplace_back(prefix + ".v." + parameters[i].first, &v[i]);
        }
        return out;
    }
};

NamedTensors prefixed(NamedTensors list, const std::string &prefix)
{
    for (auto &item : list)
        item.first = prefix + item.first;
    return list;
}

NamedTensors joined(std::initializer_list<NamedTensors> lists)
{
    NamedTensors out;
    for (const auto &list : lists)
        out.insert(out.end(), list.begin(), list.end());
    return out;
}

double r1GammaOf(const GanTrainSettings &s)
{
    return s.r1Gamma.value_or(r1GammaFor(s.config.resolution));
}

// What a checkpoint must agree with to be resumed. The step counts are left out on purpose: the learning rate is
// constant, so a finished run can be extended (e.g. on a GPU, from a CPU run's checkpoint) by asking for steps
// past its last one; the encoder is then trained again after the new adversarial steps.
std::string fingerprint(const std::vector<RgbaImage> &images, const GanTrainSettings &s)
{
    std::uint64_t hash = 1469598103934665603ull;  // FNV-1a over every pixel
    for (const auto &image : images)
        for (const auto byte : image.rgba)
            hash = (hash ^ byte) * 1099511628211ull;
    const nlohmann::json j = {{"config", nlohmann::json::parse(ganConfigJson(s.config))},
                              {"batch", s.batchSize},
                              {"lr", s.learningRate},
                              {"r1_gamma", r1GammaOf(s)},
                              {"r1_every", s.r1Every},
                              {"mixing", s.mixingProbability},
                              {"ema_half_life", s.emaHalfLifeImages},
                              {"augment", s.augment},
                              {"seed", s.seed},
                              {"images", images.size()},
                              {"data", std::to_string(hash)}};
    return j.dump();
}

// Checkpoints written before the step counts left the fingerprint still hold them: compare without.
std::string withoutStepCounts(const std::string &fingerprint)
{
    auto j = nlohmann::json::parse(fingerprint, nullptr, false);
    if (j.is_discarded() || !j.is_object())
        return fingerprint;
    j.erase("steps");
    j.erase("encoder_steps");
    return j.dump();
}

// Where a sketch might have ink: a few thick random strokes, or now and then the whole picture, so that the
// encoder learns to guess from a few lines as well as from a finished drawing.
at::Tensor strokeMasks(int count, int size, std::uint64_t seed)
{
    std::mt19937_64 rng(seed);
    std::uniform_real_distribution<double> unit(0, 1);
    auto masks = at::zeros({count, 1, size, size}, at::kFloat);
    for (int i = 0; i < count; ++i) {
        auto *pixels = masks[i].data_ptr<float>();
        if (unit(rng) < 0.15) {
            masks[i].fill_(1);
            continue;
        }
        const int strokes = 1 + int(rng() % 6);
        for (int s = 0; s < strokes; ++s) {
            double x = unit(rng) * size, y = unit(rng) * size, angle = unit(rng) * 6.2832;
            const double radius = 1 + unit(rng) * size / 16.0;
            const int length = int(size * (0.2 + unit(rng) * 0.8));
            for (int t = 0; t < length; ++t) {
                angle += (unit(rng) - 0.5) * 0.6;
                x += std::cos(angle), y += std::sin(angle);
                const int r = int(std::ceil(radius));
                for (int dy = -r; dy <= r; ++dy)
                    for (int dx = -r; dx <= r; ++dx) {
                        const int px = int(x) + dx, py = int(y) + dy;
                        if (px >= 0 && py >= 0 && px < size && py < size && dx * dx + dy * dy <= radius * radius)
                            pixels[py * size + px] = 1;
                    }
            }
        }
    }
    return masks;
}

class Trainer {
public:
    Trainer(const GanTrainSettings &s, const at::Tensor &data)
        : m_settings(s)
        , m_data(data)
    {
        const auto device = s.device == DeviceKind::Cuda ? at::Device(at::kCUDA, 0) : at::Device(at::kCPU);
        m_options = at::TensorOptions().dtype(at::kFloat).device(device);
        m_g = makeGenerator(s.config, m_options);
        m_gEma = makeGenerator(s.config, m_options);
        m_d = makeDiscriminator(s.config, m_options);
        m_e = makeEncoder(s.config, m_options);
        m_adamG.parameters = m_g.parameters();
        m_adamD.parameters = m_d.parameters("d");
        m_adamE.parameters = m_e.parameters("encoder");
        m_adamG.learningRate = m_adamD.learningRate = s.learningRate;
        // Lazy regularisation: the discriminator's optimiser sees r1Every + 1 gradients per r1Every steps.
        const double c = double(s.r1Every) / (s.r1Every + 1);
        m_adamD.learningRate *= c;
        m_adamD.beta2 = std::pow(m_adamD.beta2, c);
        m_adamE.learningRate = 0.002, m_adamE.beta1 = 0.9, m_adamE.beta2 = 0.999;
    }

    void initialise()
    {
        at::manual_seed(m_settings.seed);
        initialiseGenerator(m_g);
        initialiseTrunk(m_d);
        initialiseTrunk(m_e);
        at::NoGradGuard noGrad;
        auto from = joined({m_g.parameters(), m_g.buffers()}), to = joined({m_gEma.parameters(), m_gEma.buffers()});
        for (std::size_t i = 0; i < from.size(); ++i)
            to[i].second->copy_(*from[i].second);  // not lerp: the EMA's tensors are still uninitialised
        for (auto *adam : {&m_adamG, &m_adamD, &m_adamE})
            adam->reset();
    }

    NamedTensors everything()
    {
        return joined({prefixed(m_g.parameters(), "g."), prefixed(m_g.buffers(), "g."), emaAndEncoder(),
                       m_d.parameters("d")});
    }
    NamedTensors emaAndEncoder()
    {
        return joined({m_gEma.parameters(), m_gEma.buffers(), m_e.parameters("encoder")});
    }
    NamedTensors moments()
    {
        return joined({m_adamG.moments("adam_g"), m_adamD.moments("adam_d"), m_adamE.moments("adam_e")});
    }

    Result<int> resume(const fs::path &checkpoint, const std::string &expected)
    {
        auto step = resumableStep(checkpoint, expected, "settings or pictures", withoutStepCounts);
        if (!step)
            return step.error();
        for (auto *adam : {&m_adamG, &m_adamD, &m_adamE})
            adam->reset();
        for (const auto &[file, tensors] : {std::pair{"model.safetensors", everything()}, {"optimizer.safetensors", moments()}}) {
            auto opened = SafetensorsFile::open(checkpoint / file);
            if (!opened)
                return opened.error();
            if (auto loaded = loadTensors(*opened, tensors); !loaded)
                return loaded.error();
        }
        std::ifstream counts(checkpoint / "adam-steps.txt");
        counts >> m_adamG.steps >> m_adamD.steps >> m_adamE.steps;
        if (!counts)
            return Error{ErrorCode::BadModelFile, (checkpoint / "adam-steps.txt").string() + " is missing or damaged"};
        return *step;
    }

    Result<void> saveCheckpoint(const fs::path &folder, int step, const std::string &print)
    {
        return replaceCheckpointFolder(folder, [&](const fs::path &fresh) -> Result<void> {
            if (auto saved = saveTensors(fresh / "model.safetensors", everything()); !saved)
                return saved;
            if (auto saved = saveTensors(fresh / "optimizer.safetensors", moments()); !saved)
                return saved;
            std::ofstream(fresh / "adam-steps.txt") << m_adamG.steps << ' ' << m_adamD.steps << ' ' << m_adamE.steps;
            std::ofstream(fresh / "config.json") << ganConfigJson(m_settings.config);
            writeCheckpointState(fresh, {step, print});
            return {};
        });
    }

    Result<void> saveModel(const fs::path &outFolder)
    {
        if (auto saved = saveTensors(outFolder / "model.safetensors", emaAndEncoder(), {{"format", "pt"}}); !saved)
            return saved;
        std::ofstream(outFolder / "config.json") << ganConfigJson(m_settings.config);
        return {};
    }

    void setImagesSeen(std::int64_t n) { m_imagesSeen = n; }

    void adversarialStep(int step, GanTrainProgress &progress)
    {
        const auto &s = m_settings;
        auto real = m_data.index_select(0, at::randint(m_data.size(0), {s.batchSize}, at::kLong).to(m_data.device()));
        real = at::where(at::rand({s.batchSize, 1, 1, 1}, m_options) < 0.5, real.flip(3), real);
        const auto augment = [&](const at::Tensor &x) { return s.augment ? diffAugment(x) : x; };

        // Generator: make the discriminator call its pictures real.
        m_adamD.requireGrad(false);
        m_adamG.requireGrad(true);
        m_adamG.zeroGrad();
        auto fake = m_g.synthesize(mixedStyles(), NoiseMode::Random);
        auto generatorLoss = at::softplus(-m_d.forward(augment(fake))).mean();
        generatorLoss.backward();
        m_adamG.step();

        // Discriminator: tell the training pictures from the generator's.
        m_adamD.requireGrad(true);
        m_adamD.zeroGrad();
        auto discriminatorLoss = at::softplus(m_d.forward(augment(fake.detach()))).mean() +
                                 at::softplus(-m_d.forward(augment(real))).mean();
        if (step % s.r1Every == 0) {
            auto input = real.detach().requires_grad_(true);
            auto scores = m_d.forward(input);
            auto gradient = torch::autograd::grad({scores.sum()}, {input}, {}, true, true)[0];
            auto penalty = gradient.square().sum({1, 2, 3}).mean();
            discriminatorLoss = discriminatorLoss + penalty * (r1GammaOf(s) / 2 * s.r1Every);
            progress.r1 = penalty.item<double>();
        }
        discriminatorLoss.backward();
        m_adamD.step();

        // EMA with StyleGAN2-ADA's ramp-up: early on the average forgets faster.
        m_imagesSeen += s.batchSize;
        const double halfLife = std::min(s.emaHalfLifeImages, double(m_imagesSeen) * 0.05);
        copyGeneratorToEma(1 - std::pow(0.5, s.batchSize / std::max(halfLife, 1e-8)));
        progress.generatorLoss = generatorLoss.item<double>();
        progress.discriminatorLoss = discriminatorLoss.item<double>();
    }

    void encoderStep(int step, GanTrainProgress &progress)
    {
        const auto &s = m_settings;
        at::Tensor input, target;
        {
            at::NoGradGuard noGrad;
            auto w = m_gEma.map(at::randn({s.batchSize, s.config.zDim}, m_options));
            auto psi = at::rand({s.batchSize, 1}, m_options) * 0.5 + 0.5;
            w = m_gEma.wAvg + psi * (w - m_gEma.wAvg);
            auto images = m_gEma.synthesize(broadcastStyles(w, s.config.styleCount()), NoiseMode::Const);
            auto masks = strokeMasks(s.batchSize, s.config.resolution, s.seed * 7919 + std::uint64_t(step)).to(m_options);
            input = at::cat({images * masks, masks}, 1);
            target = w;
        }
        m_adamE.requireGrad(true);
        m_adamE.zeroGrad();
        auto loss = (m_e.forward(input) - target).square().mean() / target.var().clamp_min(1e-8);
        loss.backward();
        m_adamE.step();
        progress.encoderLoss = loss.item<double>();
    }

    std::vector<RgbaImage> sampleGrid()
    {
        at::NoGradGuard noGrad;
        std::vector<float> z;
        for (int seed = 0; seed < kSampleGridSeeds; ++seed) {
            const auto normals = seededNormals(std::uint64_t(seed), m_settings.config.zDim);
            z.insert(z.end(), normals.begin(), normals.end());
        }
        auto w = m_gEma.map(at::tensor(z, at::kFloat).view({kSampleGridSeeds, -1}).to(m_options));
        return fromNetworkImages(m_gEma.synthesize(broadcastStyles(w, m_settings.config.styleCount()), NoiseMode::Const));
    }

private:
    // w+ for a batch: one w per picture, and for most batches a second from another z from a random layer on,
    // so that neighbouring layers' styles do not come to depend on each other (StyleGAN's mixing regularisation).
    at::Tensor mixedStyles()
    {
        const auto &s = m_settings;
        const int styles = s.config.styleCount();
        auto w = m_g.map(at::randn({s.batchSize, s.config.zDim}, m_options));
        {
            at::NoGradGuard noGrad;
            m_g.wAvg.copy_(w.detach().mean(0).lerp(m_g.wAvg, 0.995));
        }
        auto wPlus = broadcastStyles(w, styles);
        if (at::rand({1}).item<double>() < s.mixingProbability) {
            const auto cut = at::randint(1, styles, {1}, at::kLong).item<std::int64_t>();
            auto other = m_g.map(at::randn({s.batchSize, s.config.zDim}, m_options));
            wPlus = at::cat({wPlus.narrow(1, 0, cut), broadcastStyles(other, styles).narrow(1, cut, styles - cut)}, 1);
        }
        return wPlus;
    }

    void copyGeneratorToEma(double share)
    {
        at::NoGradGuard noGrad;
        auto from = m_g.parameters(), to = m_gEma.parameters();
        for (std::size_t i = 0; i < from.size(); ++i)
            to[i].second->lerp_(*from[i].second, share);
        auto fromBuffers = m_g.buffers(), toBuffers = m_gEma.buffers();
        for (std::size_t i = 0; i < fromBuffers.size(); ++i)
            toBuffers[i].second->copy_(*fromBuffers[i].second);
    }

    const GanTrainSettings &m_settings;
    at::Tensor m_data;
    at::TensorOptions m_options;
    Generator m_g, m_gEma;
    Trunk m_d, m_e;
    Adam m_adamG, m_adamD, m_adamE;
    std::int64_t m_imagesSeen = 0;
};

}  // namespace

double r1GammaFor(int resolution)
{
    return double(resolution) * resolution / 256;
}

std::optional<int> ganCheckpointStep(const std::filesystem::path &outFolder)
{
    return checkpointStepIn(outFolder);
}

Result<void> trainStyleGan(const std::vector<RgbaImage> &images, const GanTrainSettings &settings,
                           const std::filesystem::path &outFolder,
                           const std::function<bool(const GanTrainProgress &)> &onStep,
                           const std::function<void(int, const std::vector<RgbaImage> &)> &onSamples)
{
    if (auto ok = settings.config.check(); !ok)
        return ok.error();
    if (settings.config.imageChannels != 4)
        return Error{ErrorCode::InvalidArgument, "the trainer makes RGBA models (image_channels 4)"};
    if (images.size() < 2)
        return Error{ErrorCode::InvalidArgument, "at least two training pictures are needed"};
    const int size = settings.config.resolution;
    for (std::size_t i = 0; i < images.size(); ++i) {
        if (images[i].width != size || images[i].height != size || images[i].rgba.size() != std::size_t(size) * size * 4)
            return Error{ErrorCode::InvalidArgument, "training picture " + std::to_string(i) + " is not " +
                                                         std::to_string(size) + " × " + std::to_string(size) + " RGBA"};
    }
    if (settings.batchSize < 2 || settings.steps < 1 || settings.encoderSteps < 0 || settings.r1Every < 1)
        return Error{ErrorCode::InvalidArgument, "batch ≥ 2, steps ≥ 1, encoder steps ≥ 0 and R1 interval ≥ 1"};
    if (settings.device == DeviceKind::Cuda && !torch::cuda::is_available())
        return Error{ErrorCode::UnsupportedModel, "CUDA is not available"};
    try {
        std::vector<const RgbaImage *> pointers;
        for (const auto &image : images)
            pointers.push_back(&image);
        const auto device = settings.device == DeviceKind::Cuda ? at::Device(at::kCUDA, 0) : at::Device(at::kCPU);
        const auto data = toNetworkImages(pointers, at::TensorOptions().dtype(at::kFloat).device(device));
        Trainer trainer(settings, data);
        const auto print = fingerprint(images, settings);
        const auto checkpoint = outFolder / "checkpoint";
        int start = 0;
        if (auto found = findCheckpointFolder(checkpoint)) {
            auto resumed = trainer.resume(*found, print);
            if (!resumed)
                return resumed.error();
            start = *resumed;
            trainer.setImagesSeen(std::int64_t(std::min(start, settings.steps)) * settings.batchSize);
        } else {
            trainer.initialise();
        }
        const int total = settings.steps + settings.encoderSteps;
        bool first = true;
        for (int step = start; step < total; ++step) {
            at::manual_seed(settings.seed * 1000003ull + std::uint64_t(step));
            const auto began = std::chrono::steady_clock::now();
            GanTrainProgress progress;
            progress.encoderPhase = step >= settings.steps;
            if (progress.encoderPhase)
                trainer.encoderStep(step, progress);
            else
                trainer.adversarialStep(step, progress);
            const std::chrono::duration<double> took = std::chrono::steady_clock::now() - began;
            progress.step = step + 1;
            progress.steps = total;
            progress.imagesPerSecond = settings.batchSize / took.count();
            progress.resumed = first && start > 0;
            first = false;
            const bool last = progress.step == total;
            if (onSamples && (progress.step % settings.sampleEvery == 0 || last || progress.step == settings.steps))
                onSamples(progress.step, trainer.sampleGrid());
            const bool keepGoing = !onStep || onStep(progress);
            if (auto done = checkpointAfterStep(progress.step, keepGoing, last, settings.checkpointEvery,
                                                [&] { return trainer.saveCheckpoint(checkpoint, progress.step, print); });
                !done)
                return done;
        }
        return trainer.saveModel(outFolder);
    } catch (const std::exception &e) {
        return fromException(e, "training");
    }
}

}  // namespace noosphere::models::gan
