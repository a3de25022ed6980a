// How far apart two sets of pictures are, as the ProGAN paper measures it (Karras et al. 2018, appendix D):
// 7 × 7 patches from every level of each picture's Laplacian pyramid, normalised per channel, compared by the
// sliced Wasserstein distance (the mean over random directions of the 1-D optimal transport cost between the
// projected patches). Small at fine levels: the details look right; small at coarse levels: the shapes and
// colours do. `gan score` prints it for the model beside two baselines.
#pragma once

#include "common/result.h"
#include "image.h"

#include <cstdint>
#include <vector>

namespace noosphere::core::image {

struct SwdSettings {
    int levels = 3;              // pyramid levels compared, finest first (64, 32, 16 for 64-pixel pictures)
    int patchesPerImage = 64;    // per level
    int directions = 512;        // random projections
    std::uint64_t seed = 1;      // which patches and directions
};

struct SwdResult {
    std::vector<double> perLevel;  // finest first, ×10³ as the paper prints them
    double average = 0;
};

/// Both sets RGBA of one size (a power of two ≥ 2^(levels+2)); colours are premultiplied first, so what lies
/// under transparency does not count. InvalidArgument otherwise.
models::Result<SwdResult> slicedWassersteinDistance(const std::vector<Image> &a, const std::vector<Image> &b,
                                                    const SwdSettings &settings = {});

/// The "knows nothing" baseline: uniform RGBA noise blurred with a Gaussian of `sigma` pixels, seeded.
std::vector<Image> blurredNoisePictures(int count, int size, double sigma, std::uint64_t seed);

}  // namespace noosphere::core::image
