// The PNG pHYs chunk (physical pixel size), which makes a printed marker come out at its true size: OpenCV's
// encoder writes none, so it is spliced in after IHDR here, with its CRC.
#pragma once

#include "common/result.h"

#include <cstdint>
#include <optional>
#include <span>
#include <vector>

namespace noosphere::core::image {

/// Returns `png` with one pHYs chunk of `pixelsPerMetre` on both axes (unit: metre) right after IHDR, dropping any
/// pHYs it had. Corrupt when `png` does not start with a PNG signature and IHDR; InvalidArgument for 0.
models::Result<std::vector<std::uint8_t>> withPngPixelsPerMetre(std::span<const std::uint8_t> png,
                                                                std::uint32_t pixelsPerMetre);

/// The horizontal pixels per metre of the first pHYs chunk with the metre unit, if any (CRC not checked).
std::optional<std::uint32_t> pngPixelsPerMetre(std::span<const std::uint8_t> png);

/// Dots per inch <-> pixels per metre.
inline double dpiFromPixelsPerMetre(double ppm)
{
    return ppm * 0.0254;
}
inline double pixelsPerMetreFromDpi(double dpi)
{
    return dpi / 0.0254;
}

}  // namespace noosphere::core::image
