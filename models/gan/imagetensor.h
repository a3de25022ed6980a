// 8-bit straight-alpha RGBA pictures to and from the networks' premultiplied [-1, 1] tensors, and the seeded
// normal numbers every operation draws. Internal header: only models/gan includes it.
#pragma once

#include "gan/ganlatent.h"

#include <ATen/ATen.h>

#include <cstdint>
#include <vector>

namespace noosphere::models::gan {

/// (N, 4, H, W) float, premultiplied, in [-1, 1], on `options`' device. Every image must be H × W.
at::Tensor toNetworkImages(const std::vector<const RgbaImage *> &images, const at::TensorOptions &options);
/// The reverse, clamped; fully transparent pixels come out as transparent black.
std::vector<RgbaImage> fromNetworkImages(const at::Tensor &images);

/// `count` standard normal numbers from `seed` (SplitMix64 and Box–Muller: the same on every machine).
std::vector<float> seededNormals(std::uint64_t seed, int count);

/// A latent's w+ as a (1, styles, wDim) tensor, and back.
at::Tensor latentTensor(const GanLatent &latent, const at::TensorOptions &options);
GanLatent latentFrom(const at::Tensor &wPlus, std::uint64_t seed, double psi, const char *operation);

}  // namespace noosphere::models::gan
