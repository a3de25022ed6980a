// What an image file declares about itself, read from its first bytes without decoding: the format and the pixel
// size, so that a decompression bomb (a small file declaring a huge canvas) is refused before any pixel memory is
// allocated. Hand-written for PNG (IHDR), JPEG (SOFn) and WebP (VP8, VP8L, VP8X).
#pragma once

#include "common/result.h"

#include <cstdint>
#include <span>
#include <string_view>

namespace noosphere::core::image {

enum class ImageFormat { Png, Jpeg, WebP };

std::string_view imageFormatName(ImageFormat format);  // "PNG", "JPEG", "WebP"

struct ImageHeader {
    ImageFormat format = ImageFormat::Png;
    int width = 0;
    int height = 0;
    int channels = 0;        // as stored: 1 grey, 2 grey + alpha, 3 colour, 4 colour + alpha or CMYK
    int bitsPerChannel = 8;  // 1, 2, 4, 8 or 16 (PNG); 8 or 12 (JPEG); 8 (WebP)
    bool paletted = false;   // PNG colour type 3
    bool cmyk = false;       // JPEG with four components (Adobe CMYK or YCCK)
    bool animated = false;   // WebP VP8X with the animation flag: not decoded here

    std::int64_t pixelCount() const { return std::int64_t(width) * height; }
};

/// Reads the header of PNG, JPEG or WebP `bytes` (no decoding; any thread). InvalidArgument when the bytes are not
/// one of those formats; Truncated when they end inside the header; Corrupt when the header is malformed (zero
/// size, bad chunk order, impossible values).
models::Result<ImageHeader> readImageHeader(std::span<const std::uint8_t> bytes);

/// Checks the container before decoding: Truncated unless the bytes reach the format's end (PNG IEND, JPEG EOI after
/// the first scan, the WebP RIFF size); Corrupt when a PNG chunk's CRC is wrong.
/// NOTE: libjpeg "decodes" a truncated JPEG without failing, padding it with grey, so this is what reports a cut
/// file rather than a half-grey photo; and checking PNG CRCs here keeps libpng's own complaint off stderr.
models::Result<void> checkStructure(std::span<const std::uint8_t> bytes, ImageFormat format);

}  // namespace noosphere::core::image
