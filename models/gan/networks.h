// The style GAN's three networks as plain ATen tensors: a StyleGAN2-style generator (mapping z → w, a learned
// constant, modulated and demodulated 3 × 3 convolutions with noise, toRGBA skips), a residual discriminator,
// and the sketch encoder (the discriminator's trunk, reading a masked picture, answering a w). Weights are kept
// at N(0, 1) and scaled at run time (equalised learning rate), as StyleGAN2 does. Internal header: only
// models/gan includes it.
#pragma once

#include "gan/ganconfig.h"

#include <ATen/ATen.h>

#include <string>
#include <utility>
#include <vector>

namespace noosphere::models::gan {

/// A network's tensors by the name the safetensors file uses, pointing into the network.
using NamedTensors = std::vector<std::pair<std::string, at::Tensor *>>;

struct Dense {
    at::Tensor weight;  // (out, in), N(0, 1) / lrMultiplier
    at::Tensor bias;    // (out)
    double weightGain = 1, biasGain = 1;
};

struct ModulatedConv {
    Dense affine;              // w → one style per input channel
    at::Tensor weight;         // (out, in, k, k)
    at::Tensor bias;           // (out)
    at::Tensor noiseStrength;  // () — undefined for toRGBA
    at::Tensor noiseConst;     // (1, 1, r, r): the noise used when sampling, so that a latent gives one picture
    double weightGain = 1;
    bool upsample = false, demodulate = true;
};

struct Conv {
    at::Tensor weight;  // (out, in, k, k)
    at::Tensor bias;    // (out) or undefined
    double weightGain = 1;
};

enum class NoiseMode { Random, Const, None };

struct Generator {
    GanConfig config;
    std::vector<Dense> mapping;
    at::Tensor constInput;  // (C, 4, 4)
    std::vector<ModulatedConv> convs;
    std::vector<ModulatedConv> toRgba;  // one per resolution
    at::Tensor wAvg;                    // (wDim): the mean w, tracked while training; truncation pulls towards it

    NamedTensors parameters();  // trained
    NamedTensors buffers();     // saved, not trained (wAvg, noise constants)

    /// z (N, zDim) → w (N, wDim), before truncation.
    at::Tensor map(const at::Tensor &z) const;
    /// w+ (N, styles, wDim) → premultiplied RGBA in [-1, 1] (N, channels, res, res).
    at::Tensor synthesize(const at::Tensor &wPlus, NoiseMode noise) const;
};

struct ResidualBlock {
    Conv conv0, conv1, skip;  // conv1 and skip halve the resolution
};

// The discriminator's and encoder's shared shape: fromRGBA, residual blocks down to 4 × 4, then dense layers.
struct Trunk {
    Conv fromImage;
    std::vector<ResidualBlock> blocks;
    Conv epilogueConv;  // 4 × 4
    Dense epilogueDense, out;
    bool minibatchStd = true;

    NamedTensors parameters(const std::string &prefix);
    at::Tensor forward(const at::Tensor &image) const;  // (N, channels, res, res) → (N, out)
};

Generator makeGenerator(const GanConfig &config, const at::TensorOptions &options);
/// (N, channels, res, res) → (N, 1) realness logits.
Trunk makeDiscriminator(const GanConfig &config, const at::TensorOptions &options);
/// (N, channels + 1 mask, res, res) → (N, wDim).
Trunk makeEncoder(const GanConfig &config, const at::TensorOptions &options);

/// Fills parameters as the initialisation wants them (N(0, 1) / lr multiplier, affine biases at 1, the rest 0),
/// from the global generator (seed it first).
void initialiseGenerator(Generator &g);
void initialiseTrunk(Trunk &t);

/// w (N, wDim) repeated to w+ (N, styles, wDim): every layer the same style.
at::Tensor broadcastStyles(const at::Tensor &w, int styles);

}  // namespace noosphere::models::gan
