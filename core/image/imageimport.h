// Safe image import for photos and pictures the user picks: PNG, JPEG and WebP into 8-bit BGR or RGBA. The header
// is checked before decoding (size limit, truncation), and every odd layout is normalised: 16-bit, grey, grey +
// alpha, paletted, CMYK JPEG.
#pragma once

#include "common/result.h"
#include "image.h"
#include "imageheader.h"

#include <cstdint>
#include <filesystem>
#include <span>

namespace noosphere::core::image {

// The decompression-bomb guard: larger declared canvases are refused before decoding (64 MP is a 10,000 × 6,400
// photo; 8-bit RGBA of it is 256 MB).
inline constexpr std::int64_t kMaxImagePixels = 64'000'000;
// Files above this are refused before being read into memory.
inline constexpr std::uintmax_t kMaxImageFileBytes = 256u << 20;

struct ImportOptions {
    PixelFormat format = PixelFormat::Bgr8;  // Rgba8 keeps a PNG's or WebP's alpha; Bgr8 drops it
    std::int64_t maxPixels = kMaxImagePixels;
};

/// Decodes PNG, JPEG or WebP `bytes` into 8-bit pixels (any thread; no global state). A JPEG is turned upright by
/// its EXIF orientation. Fails with EmptyFile, InvalidArgument (not an image, more than `maxPixels`, animated
/// WebP), Truncated (cut short) or Corrupt (damaged data); `detail` is one sentence.
models::Result<Image> decodeImage(std::span<const std::uint8_t> bytes, const ImportOptions &options = {});

/// Reads and decodes `file`. NotFound, IsDirectory, Io (unreadable, larger than kMaxImageFileBytes), then as
/// decodeImage; `detail` names the file.
models::Result<Image> importImage(const std::filesystem::path &file, const ImportOptions &options = {});

/// Reads a whole file of at most kMaxImageFileBytes, with the same errors as importImage.
models::Result<std::vector<std::uint8_t>> readImageFile(const std::filesystem::path &file);

}  // namespace noosphere::core::image
