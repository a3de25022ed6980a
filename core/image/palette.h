// The colours a picture is made of, for the Sketch pane's "take palette" and `noosphere-cli image palette`:
// k-means in CIELAB (distances there follow what people see), over the opaque pixels only, since emoji and icons
// are cut-outs whose transparent surround is no colour of theirs.
#pragma once

#include "common/result.h"
#include "image.h"

#include <array>
#include <cstdint>
#include <vector>

namespace noosphere::core::image {

struct PaletteColour {
    std::array<std::uint8_t, 3> rgb{};  // sRGB
    std::array<double, 3> lab{};        // CIELAB (D65): L 0–100, a and b about −128–127
    double share = 0;                   // of the opaque pixels, 0–1; a palette's shares add up to 1
};

struct PaletteRequest {
    // How many colours: 1–16, or 0 to choose up to 8 by the picture: the most, 8 down to 5, that stay distinct
    // and each cover at least kMinAutoShare of it; failing that five, less those under kMinAutoShare (a picture
    // of fewer colours gives fewer).
    int colours = 0;
    std::uint64_t seed = 1;    // k-means's starting centres: the same seed, the same palette
    int maxSamples = 40'000;   // pixels clustered (an even spread over the picture); shares count every pixel
};

inline constexpr double kMinAutoShare = 0.02;
inline constexpr double kDistinctDeltaE = 10.0;  // CIE76 distance below which two colours read as one

/// The palette of `picture` (BGR or RGBA; pixels with alpha < 128 are left out), largest share first.
/// InvalidArgument for an empty picture, one without an opaque pixel, or colours outside 0–16.
models::Result<std::vector<PaletteColour>> extractPalette(const Image &picture, const PaletteRequest &request = {});

}  // namespace noosphere::core::image
