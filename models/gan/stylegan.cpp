#include "gan/stylegan.h"

#include "gan/imagetensor.h"
#include "gan/networks.h"
#include "gan/tensorio.h"
#include "io/safetensors.h"
#include "lm/torcherror.h"

#include <torch/cuda.h>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace noosphere::models::gan {

bool GanLatent::isW() const
{
    for (int s = 1; s < styles; ++s) {
        if (!std::equal(wPlus.begin(), wPlus.begin() + wDim, wPlus.begin() + std::ptrdiff_t(s) * wDim))
            return false;
    }
    return true;
}

namespace {

struct StyleSpace {
    std::vector<float> wAvg, wStd;  // per dimension of w
    std::vector<StyleDirection> directions;
};

}  // namespace

struct StyleGan::Impl {
    GanConfig config;
    std::filesystem::path folder;
    at::TensorOptions options;
    Generator generator;
    Trunk encoder;
    bool hasEncoder = false;
    StyleSpace space;

    at::Tensor wAvgTensor() const { return generator.wAvg.view({1, 1, -1}); }

    // w for each seed (N, wDim) on the model's device, truncated towards w̄ by psi.
    at::Tensor wForSeeds(const std::vector<std::uint64_t> &seeds, double psi) const
    {
        std::vector<float> z;
        z.reserve(seeds.size() * std::size_t(config.zDim));
        for (const auto seed : seeds) {
            const auto normals = seededNormals(seed, config.zDim);
            z.insert(z.end(), normals.begin(), normals.end());
        }
        auto w = generator.map(at::tensor(z, at::kFloat).view({std::int64_t(seeds.size()), config.zDim}).to(options));
        return generator.wAvg + psi * (w - generator.wAvg);
    }
};

namespace {

// NOTE: 16 pictures at a time keeps every activation under glibc's 32 MiB mmap ceiling: 64 at once made 33 MiB
// tensors that malloc maps fresh each time, and the page faults took three quarters of the time.
constexpr int kSynthesisChunk = 16;

constexpr int kDirectionSamples = 10000;
constexpr int kDirectionCount = 8;
constexpr std::uint64_t kDirectionSeed = 0x5EED'D1EC;

// The principal axes of w over seeded samples, as GANSpace finds them, and the spread of every dimension.
StyleSpace analyseStyleSpace(const Generator &generator)
{
    at::NoGradGuard noGrad;
    StyleSpace m;
    const int d = generator.config.zDim;
    auto z = at::tensor(seededNormals(kDirectionSeed, kDirectionSamples * d), at::kFloat).view({kDirectionSamples, d});
    auto w = generator.map(z.to(generator.wAvg.device())).to(at::kCPU, at::kDouble);
    auto centred = w - w.mean(0, true);
    auto covariance = at::mm(centred.t(), centred) / double(kDirectionSamples - 1);
    auto [values, vectors] = at::linalg_eigh(covariance);  // ascending
    const double total = values.sum().item<double>();
    const auto dims = values.size(0);
    for (int k = 0; k < std::min<std::int64_t>(kDirectionCount, dims); ++k) {
        const auto column = dims - 1 - k;
        auto unit = vectors.select(1, column).contiguous();
        if (unit[unit.abs().argmax().item<std::int64_t>()].item<double>() < 0)
            unit = -unit;  // a fixed sign, so that "+" means the same on every machine
        auto asFloat = unit.to(at::kFloat);
        StyleDirection direction;
        direction.unit.assign(asFloat.data_ptr<float>(), asFloat.data_ptr<float>() + asFloat.numel());
        direction.spread = std::sqrt(std::max(0.0, values[column].item<double>()));
        direction.varianceShare = total > 0 ? values[column].item<double>() / total : 0;
        m.directions.push_back(std::move(direction));
    }
    auto stdev = covariance.diagonal().sqrt().to(at::kFloat).contiguous();
    m.wStd.assign(stdev.data_ptr<float>(), stdev.data_ptr<float>() + stdev.numel());
    auto avg = generator.wAvg.to(at::kCPU).contiguous();
    m.wAvg.assign(avg.data_ptr<float>(), avg.data_ptr<float>() + avg.numel());
    return m;
}

// Finite differences along x and y: the edges the sketch loss compares.
std::pair<at::Tensor, at::Tensor> gradients(const at::Tensor &x)
{
    const auto h = x.size(2), w = x.size(3);
    return {x.narrow(3, 1, w - 1) - x.narrow(3, 0, w - 1), x.narrow(2, 1, h - 1) - x.narrow(2, 0, h - 1)};
}

// Per suggestion: mean absolute difference of colours and of edges inside the mask, at full, half and quarter
// resolution (coarse scales let a rough sketch pull on the overall shape).
at::Tensor sketchLoss(const at::Tensor &images, const at::Tensor &target, const at::Tensor &mask)
{
    auto loss = at::zeros({images.size(0)}, images.options());
    auto x = images, t = target, m = mask;
    for (int scale = 0; scale < 3; ++scale) {
        const auto area = m.sum().clamp_min(1);
        loss = loss + ((x - t).abs() * m).sum({1, 2, 3}) / area;
        const auto [xdx, xdy] = gradients(x);
        const auto [tdx, tdy] = gradients(t);
        const auto [mdx, mdy] = gradients(m);
        const auto mx = at::minimum(m.narrow(3, 1, m.size(3) - 1), m.narrow(3, 0, m.size(3) - 1));
        const auto my = at::minimum(m.narrow(2, 1, m.size(2) - 1), m.narrow(2, 0, m.size(2) - 1));
        loss = loss + ((xdx - tdx).abs() * mx).sum({1, 2, 3}) / mx.sum().clamp_min(1) +
               ((xdy - tdy).abs() * my).sum({1, 2, 3}) / my.sum().clamp_min(1);
        x = at::avg_pool2d(x, 2), t = at::avg_pool2d(t, 2), m = at::avg_pool2d(m, 2);
    }
    return loss;
}

bool report(const std::function<bool(int, int)> &progress, int done, int total)
{
    return !progress || progress(done, total);
}

}  // namespace

StyleGan::StyleGan(std::unique_ptr<Impl> impl)
    : m_impl(std::move(impl))
{
}
StyleGan::~StyleGan() = default;
StyleGan::StyleGan(StyleGan &&) noexcept = default;
StyleGan &StyleGan::operator=(StyleGan &&) noexcept = default;

Result<StyleGan> StyleGan::load(const std::filesystem::path &folder, DeviceKind device)
{
    if (!std::filesystem::is_directory(folder))
        return Error{ErrorCode::NotFound, "no model folder at " + folder.string()};
    auto config = readGanConfig(folder / "config.json");
    if (!config)
        return config.error();
    if (device == DeviceKind::Cuda && !torch::cuda::is_available())
        return Error{ErrorCode::UnsupportedModel, "CUDA is not available"};
    auto weights = SafetensorsFile::open(folder / "model.safetensors");
    if (!weights)
        return weights.error();
    try {
        auto m = std::make_unique<Impl>();
        m->config = *config;
        m->folder = folder;
        m->options = at::TensorOptions().dtype(at::kFloat).device(device == DeviceKind::Cuda ? at::kCUDA : at::kCPU);
        m->generator = makeGenerator(*config, m->options);
        auto tensors = m->generator.parameters();
        for (auto &b : m->generator.buffers())
            tensors.push_back(b);
        if (auto loaded = loadTensors(*weights, tensors); !loaded)
            return loaded.error();
        m->encoder = makeEncoder(*config, m->options);
        if (weights->find("encoder.from_image.weight")) {
            if (auto loaded = loadTensors(*weights, m->encoder.parameters("encoder")); !loaded)
                return loaded.error();
            m->hasEncoder = true;
        }
        m->space = analyseStyleSpace(m->generator);
        return StyleGan(std::move(m));
    } catch (const std::exception &e) {
        return fromException(e, "loading the style GAN");
    }
}

const GanConfig &StyleGan::config() const { return m_impl->config; }
const std::filesystem::path &StyleGan::folder() const { return m_impl->folder; }
bool StyleGan::hasEncoder() const { return m_impl->hasEncoder; }
const std::vector<StyleDirection> &StyleGan::directions() const { return m_impl->space.directions; }

std::vector<float> StyleGan::zForSeed(std::uint64_t seed) const
{
    return seededNormals(seed, m_impl->config.zDim);
}

Result<GanLatent> StyleGan::fromZ(const std::vector<float> &z, double psi) const
{
    if (int(z.size()) != m_impl->config.zDim)
        return Error{ErrorCode::InvalidArgument, "z has " + std::to_string(z.size()) + " numbers, the model takes " +
                                                     std::to_string(m_impl->config.zDim)};
    try {
        at::NoGradGuard noGrad;
        auto w = m_impl->generator.map(at::tensor(z, at::kFloat).view({1, -1}).to(m_impl->options));
        w = m_impl->generator.wAvg + psi * (w - m_impl->generator.wAvg);
        return latentFrom(broadcastStyles(w, m_impl->config.styleCount()), 0, psi, "sample");
    } catch (const std::exception &e) {
        return fromException(e, "mapping z");
    }
}

Result<GanLatent> StyleGan::sample(std::uint64_t seed, double psi) const
{
    auto latent = fromZ(zForSeed(seed), psi);
    if (latent)
        latent->seed = seed;
    return latent;
}

Result<std::vector<GanLatent>> StyleGan::sample(const std::vector<std::uint64_t> &seeds, double psi) const
{
    try {
        at::NoGradGuard noGrad;
        const auto w = m_impl->wForSeeds(seeds, psi).to(at::kCPU);
        std::vector<GanLatent> out;
        for (std::size_t i = 0; i < seeds.size(); ++i)
            out.push_back(latentFrom(broadcastStyles(w[std::int64_t(i)].unsqueeze(0), m_impl->config.styleCount()),
                                     seeds[i], psi, "sample"));
        return out;
    } catch (const std::exception &e) {
        return fromException(e, "mapping z");
    }
}

GanLatent StyleGan::withTruncation(const GanLatent &latent, double psi) const
{
    GanLatent out = latent;
    const double from = std::max(0.05, latent.psi), to = std::max(0.05, psi);
    for (std::size_t i = 0; i < out.wPlus.size(); ++i) {
        const double avg = m_impl->space.wAvg[i % std::size_t(latent.wDim)];
        out.wPlus[i] = float(avg + (latent.wPlus[i] - avg) * to / from);
    }
    out.psi = to;
    return out;
}

GanLatent StyleGan::mix(const GanLatent &coarse, const GanLatent &fine, int fromStyle)
{
    GanLatent out = coarse;
    const auto start = std::size_t(std::clamp(fromStyle, 0, coarse.styles)) * std::size_t(coarse.wDim);
    std::copy(fine.wPlus.begin() + std::ptrdiff_t(start), fine.wPlus.end(), out.wPlus.begin() + std::ptrdiff_t(start));
    out.operation = "mix";
    return out;
}

GanLatent StyleGan::lerp(const GanLatent &a, const GanLatent &b, double t)
{
    GanLatent out = a;
    for (std::size_t i = 0; i < out.wPlus.size(); ++i)
        out.wPlus[i] = float(a.wPlus[i] + t * (b.wPlus[i] - a.wPlus[i]));
    out.psi = a.psi + t * (b.psi - a.psi);
    out.operation = "lerp";
    return out;
}

Result<GanLatent> StyleGan::slerp(std::uint64_t seedA, std::uint64_t seedB, double t, double psi) const
{
    const auto a = zForSeed(seedA), b = zForSeed(seedB);
    double dot = 0, na = 0, nb = 0;
    for (std::size_t i = 0; i < a.size(); ++i)
        dot += double(a[i]) * b[i], na += double(a[i]) * a[i], nb += double(b[i]) * b[i];
    const double omega = std::acos(std::clamp(dot / std::sqrt(na * nb), -1.0, 1.0));
    std::vector<float> z(a.size());
    for (std::size_t i = 0; i < z.size(); ++i)
        z[i] = omega < 1e-6 ? float(a[i] + t * (b[i] - a[i]))
                            : float((std::sin((1 - t) * omega) * a[i] + std::sin(t * omega) * b[i]) / std::sin(omega));
    auto latent = fromZ(z, psi);
    if (latent) {
        latent->seed = seedA;
        latent->operation = "slerp";
    }
    return latent;
}

GanLatent StyleGan::breed(const GanLatent &a, const GanLatent &b, std::uint64_t seed, double mutation) const
{
    GanLatent child = a;
    const auto coins = seededNormals(seed, a.styles);
    const auto noise = seededNormals(seed ^ 0xB5EEDull, a.styles * a.wDim);
    for (int s = 0; s < a.styles; ++s) {
        const auto &parent = coins[std::size_t(s)] < 0 ? a : b;
        for (int d = 0; d < a.wDim; ++d) {
            const auto i = std::size_t(s) * std::size_t(a.wDim) + std::size_t(d);
            child.wPlus[i] = float(parent.wPlus[i] + mutation * m_impl->space.wStd[std::size_t(d)] * noise[i]);
        }
    }
    child.seed = seed;
    child.operation = "breed";
    return child;
}

std::vector<GanLatent> StyleGan::around(const GanLatent &latent, std::uint64_t seed, int count, double spread) const
{
    std::vector<GanLatent> out;
    for (int k = 0; k < count; ++k) {
        GanLatent near = latent;
        const auto noise = seededNormals(seed + std::uint64_t(k) * 0x9E37ull, latent.styles * latent.wDim);
        for (int s = 0; s < latent.styles; ++s) {
            const double weight = s < latent.styles / 3 ? 0.25 : 1.0;  // the coarse layers hold the figure
            for (int d = 0; d < latent.wDim; ++d) {
                const auto i = std::size_t(s) * std::size_t(latent.wDim) + std::size_t(d);
                near.wPlus[i] = float(latent.wPlus[i] + spread * weight * m_impl->space.wStd[std::size_t(d)] * noise[i]);
            }
        }
        near.seed = seed + std::uint64_t(k);
        near.operation = "around";
        out.push_back(std::move(near));
    }
    return out;
}

GanLatent StyleGan::alongDirection(const GanLatent &latent, int index, double amount) const
{
    GanLatent out = latent;
    if (index < 0 || index >= int(m_impl->space.directions.size()))
        return out;
    const auto &direction = m_impl->space.directions[std::size_t(index)];
    for (std::size_t i = 0; i < out.wPlus.size(); ++i)
        out.wPlus[i] += float(amount * direction.spread * direction.unit[i % std::size_t(latent.wDim)]);
    out.operation = "direction";
    return out;
}

Result<std::vector<RgbaImage>> StyleGan::synthesize(const std::vector<GanLatent> &latents,
                                                    const std::function<bool(int, int)> &progress) const
{
    const auto &c = m_impl->config;
    for (const auto &latent : latents) {
        if (latent.styles != c.styleCount() || latent.wDim != c.wDim ||
            latent.wPlus.size() != std::size_t(latent.styles) * std::size_t(latent.wDim))
            return Error{ErrorCode::InvalidArgument, "a latent of " + std::to_string(latent.styles) + " × " +
                                                         std::to_string(latent.wDim) + " does not fit this model (" +
                                                         std::to_string(c.styleCount()) + " × " +
                                                         std::to_string(c.wDim) + ")"};
    }
    try {
        at::NoGradGuard noGrad;
        std::vector<RgbaImage> out;
        const int total = int(latents.size());
        for (std::size_t begin = 0; begin < latents.size(); begin += std::size_t(kSynthesisChunk)) {
            if (!report(progress, int(begin), total))
                return Error{ErrorCode::Cancelled, "cancelled"};
            const auto end = std::min(latents.size(), begin + std::size_t(kSynthesisChunk));
            std::vector<float> rows;
            for (auto i = begin; i < end; ++i)
                rows.insert(rows.end(), latents[i].wPlus.begin(), latents[i].wPlus.end());
            auto wPlus = at::tensor(rows, at::kFloat).view({std::int64_t(end - begin), c.styleCount(), c.wDim});
            auto images = fromNetworkImages(m_impl->generator.synthesize(wPlus.to(m_impl->options), NoiseMode::Const));
            std::move(images.begin(), images.end(), std::back_inserter(out));
        }
        report(progress, total, total);
        return out;
    } catch (const std::exception &e) {
        return fromException(e, "synthesis");
    }
}

// Seeded samples compared with the sketch for the starting points of the suggestions after the first: 64 cost
// ~110 ms on 2 cores at 64 px.
constexpr int kProjectionCandidates = 64;

Result<std::vector<GanLatent>> StyleGan::project(const SketchTarget &target, const ProjectSettings &settings,
                                                 const std::function<bool(int, int)> &progress) const
{
    const auto &c = m_impl->config;
    const auto pixels = std::size_t(c.resolution) * std::size_t(c.resolution);
    if (target.image.width != c.resolution || target.image.height != c.resolution ||
        target.image.rgba.size() != pixels * 4 || target.mask.size() != pixels)
        return Error{ErrorCode::InvalidArgument, "the sketch must be " + std::to_string(c.resolution) + " × " +
                                                     std::to_string(c.resolution) + " with a mask of the same size"};
    if (settings.count < 1 || settings.count > 64 || settings.steps < 0 || settings.steps > 1000)
        return Error{ErrorCode::InvalidArgument, "from 1 to 64 suggestions, and at most 1,000 steps"};
    try {
        const auto &g = m_impl->generator;
        const auto &o = m_impl->options;
        const int styles = c.styleCount();
        auto image = toNetworkImages({&target.image}, o);
        auto mask = at::tensor(target.mask, at::kFloat).view({1, 1, c.resolution, c.resolution}).to(o).clamp(0, 1);
        at::Tensor start;
        std::vector<std::uint64_t> seeds(std::size_t(settings.count), settings.seed);  // provenance of each start
        {
            at::NoGradGuard noGrad;
            auto w = m_impl->hasEncoder ? m_impl->encoder.forward(at::cat({image * mask, mask}, 1))
                                        : g.wAvg.view({1, -1});
            start = broadcastStyles(w, styles).repeat({settings.count, 1, 1}).contiguous();  // (K, S, wDim)
            // The other suggestions start from the seeded samples (ψ 0.7) nearest the sketch inside the mask: they
            // are whole pictures the generator makes well, where Adam from the encoder's guess alone tends to
            // pull in the sketch's colours without a subject.
            if (settings.count > 1) {
                std::vector<std::uint64_t> candidateSeeds(kProjectionCandidates);
                std::iota(candidateSeeds.begin(), candidateSeeds.end(), settings.seed);
                const auto candidates = m_impl->wForSeeds(candidateSeeds, 0.7);
                std::vector<at::Tensor> losses;
                for (const auto &chunk : candidates.split(kSynthesisChunk)) {
                    const auto pictures = g.synthesize(broadcastStyles(chunk, styles), NoiseMode::Const);
                    losses.push_back(sketchLoss(pictures, image, mask));
                }
                const auto nearest = std::get<1>(at::cat(losses).topk(settings.count - 1, 0, /*largest=*/false));
                start.narrow(0, 1, settings.count - 1)
                    .copy_(broadcastStyles(candidates.index_select(0, nearest), styles));
                const auto picked = nearest.to(at::kCPU);
                for (int k = 1; k < settings.count; ++k)
                    seeds[std::size_t(k)] = settings.seed + std::uint64_t(picked[k - 1].item<std::int64_t>());
            }
        }
        // By default one w per suggestion, shared by every layer: measured on 64 tracings of held-out emoji (`gan
        // follow-score`, default-gan), per-layer styles (w+) match the strokes a little closer (16.0 against 16.2)
        // but spoil the rest of the picture (24.1 against 21.8), painting the strokes' colours without a subject.
        auto w = (settings.perLayer ? start : start.narrow(1, 0, 1)).clone().requires_grad_(true);  // (K, S or 1, wDim)
        auto m1 = at::zeros_like(w), m2 = at::zeros_like(w);
        const auto avg = m_impl->wAvgTensor();
        constexpr double beta1 = 0.9, beta2 = 0.999, eps = 1e-8;
        for (int step = 0; step < settings.steps; ++step) {
            if (!report(progress, step, settings.steps))
                return Error{ErrorCode::Cancelled, "cancelled"};
            w.mutable_grad() = at::Tensor();
            auto images = g.synthesize(w.expand({-1, styles, -1}), NoiseMode::Const);  // w+ as it is, or w in every layer
            // A light pull towards the mean keeps w where the generator makes pictures.
            auto loss = sketchLoss(images, image, mask).sum() + 1e-3 * (w - avg).square().mean({1, 2}).sum();
            loss.backward();
            at::NoGradGuard noGrad;
            const auto grad = w.grad();
            m1.mul_(beta1).add_(grad, 1 - beta1);
            m2.mul_(beta2).addcmul_(grad, grad, 1 - beta2);
            const double lr = settings.learningRate * std::sqrt(1 - std::pow(beta2, step + 1)) /
                              (1 - std::pow(beta1, step + 1));
            w.addcdiv_(m1, m2.sqrt() + eps, -lr);
        }
        report(progress, settings.steps, settings.steps);
        at::NoGradGuard noGrad;
        const auto final = w.detach().expand({-1, styles, -1}).contiguous();
        auto losses = sketchLoss(g.synthesize(final, NoiseMode::Const), image, mask).to(at::kCPU);
        std::vector<int> order(std::size_t(settings.count));
        std::iota(order.begin(), order.end(), 0);
        std::stable_sort(order.begin(), order.end(),
                         [&](int a, int b) { return losses[a].item<float>() < losses[b].item<float>(); });
        std::vector<GanLatent> out;
        for (const int k : order)
            out.push_back(latentFrom(final[k], seeds[std::size_t(k)], 1.0, "project"));
        return out;
    } catch (const std::exception &e) {
        return fromException(e, "following the sketch");
    }
}

}  // namespace noosphere::models::gan
