// What a style GAN's picture is made from, and the picture itself, as plain values: the UI stores a latent with
// every rating (provenance), the CLI prints it. Torch-free.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace noosphere::models::gan {

/// 8-bit RGBA, straight (not premultiplied) alpha, rows of width * 4 bytes.
struct RgbaImage {
    int width = 0;
    int height = 0;
    std::vector<std::uint8_t> rgba;
};

/// A point in w+ (one style per synthesis layer) and how it was reached.
struct GanLatent {
    int styles = 0;
    int wDim = 0;
    std::vector<float> wPlus;  // styles × wDim, row-major: the full style of every layer
    std::uint64_t seed = 0;    // the seed that drew it (or the operation's seed)
    double psi = 1;            // truncation applied
    std::string operation;     // "sample", "mix", "lerp", "slerp", "breed", "around", "direction", "project"

    /// True when every layer has the same style (the latent is a plain w).
    bool isW() const;
};

/// A principal direction of w (GANSpace): moving along it changes one broad aspect of the pictures.
struct StyleDirection {
    std::vector<float> unit;  // wDim, length 1
    double spread = 0;        // standard deviation of sampled w along it
    double varianceShare = 0; // of the total variance of w
};

}  // namespace noosphere::models::gan
