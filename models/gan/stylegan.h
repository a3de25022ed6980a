// A trained style GAN for sampling, mixing, breeding and following a sketch. Every operation is deterministic
// for its seed: the same latent always gives the same picture (noise inputs are the model's stored constants).
// Torch-free header (pimpl); not thread-safe: one worker thread uses one StyleGan.
#pragma once

#include "common/result.h"
#include "device/deviceinfo.h"
#include "gan/ganconfig.h"
#include "gan/ganlatent.h"

#include <filesystem>
#include <functional>
#include <memory>
#include <vector>

namespace noosphere::models::gan {

/// What the user drew, for sketch-guided suggestions: RGBA at the model's resolution and where the strokes are.
struct SketchTarget {
    RgbaImage image;           // straight alpha, the model's resolution
    std::vector<float> mask;   // resolution², 1 where the user drew, 0 where the model may choose
};

struct ProjectSettings {
    int count = 4;          // suggestions
    int steps = 12;         // Adam steps in w after the starting points
    double learningRate = 0.05;
    std::uint64_t seed = 1; // the first of the seeded samples the suggestions may start from
    bool perLayer = false;  // Adam in w+ (a style per layer) rather than one w: closer on the strokes, worse elsewhere
};

class StyleGan {
public:
    /// Reads config.json and model.safetensors from `folder`. NotFound, BadModelFile (corrupt, wrong shape,
    /// NaN), UnsupportedModel (another architecture, CUDA asked for but absent), each naming the file.
    static Result<StyleGan> load(const std::filesystem::path &folder, DeviceKind device = DeviceKind::Cpu);

    ~StyleGan();
    StyleGan(StyleGan &&) noexcept;
    StyleGan &operator=(StyleGan &&) noexcept;

    const GanConfig &config() const;
    const std::filesystem::path &folder() const;
    bool hasEncoder() const;

    /// The standard normal z a seed stands for (the same on every machine).
    std::vector<float> zForSeed(std::uint64_t seed) const;
    /// Mapping and truncation towards the mean w by ψ (1: none, 0: the mean picture).
    Result<GanLatent> fromZ(const std::vector<float> &z, double psi) const;
    Result<GanLatent> sample(std::uint64_t seed, double psi) const;
    /// One latent per seed, mapped as one batch (the grid's and the benchmark's way).
    Result<std::vector<GanLatent>> sample(const std::vector<std::uint64_t> &seeds, double psi) const;
    /// The same latent truncated by another ψ (its untruncated w recovered first; ψ ≥ 0.05).
    GanLatent withTruncation(const GanLatent &latent, double psi) const;

    /// Styles before `fromStyle` from `coarse`, the rest from `fine` (StyleGAN's style mixing).
    static GanLatent mix(const GanLatent &coarse, const GanLatent &fine, int fromStyle);
    static GanLatent lerp(const GanLatent &a, const GanLatent &b, double t);
    /// Spherical interpolation between two seeds' z, then mapping (the path StyleGAN's paper walks in Z).
    Result<GanLatent> slerp(std::uint64_t seedA, std::uint64_t seedB, double t, double psi) const;
    /// A child: each layer's style from one parent or the other, then each w moved by `mutation` standard
    /// deviations of w in random directions.
    GanLatent breed(const GanLatent &a, const GanLatent &b, std::uint64_t seed, double mutation) const;
    /// `count` latents near `latent` ("more like this"): the fine layers' styles moved by `spread`.
    std::vector<GanLatent> around(const GanLatent &latent, std::uint64_t seed, int count, double spread) const;

    /// The top principal directions of w, largest first (computed once from 10,000 seeded samples).
    const std::vector<StyleDirection> &directions() const;
    /// `latent` moved `amount` standard deviations along direction `index` in every layer.
    GanLatent alongDirection(const GanLatent &latent, int index, double amount) const;

    /// Pictures for latents, in order. `progress(done, total)` returning false cancels (ErrorCode::Cancelled).
    Result<std::vector<RgbaImage>> synthesize(const std::vector<GanLatent> &latents,
                                              const std::function<bool(int, int)> &progress = {}) const;

    /// Suggestions that follow a sketch: the encoder's guess and the seeded samples nearest the sketch, then Adam
    /// in w (one style for every layer, stored as w+; or in w+ with `perLayer`) on the difference of colours and
    /// edges inside the mask at three scales. Best match first.
    Result<std::vector<GanLatent>> project(const SketchTarget &target, const ProjectSettings &settings,
                                           const std::function<bool(int, int)> &progress = {}) const;

private:
    struct Impl;
    explicit StyleGan(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
};

}  // namespace noosphere::models::gan
