// Hand-built image bytes for the import tests: PNGs of any colour type (OpenCV writes no paletted PNG), headers
// that declare huge canvases (decompression bombs), and a CMYK JPEG through libjpeg where the build found it.
#pragma once

#include <opencv2/core.hpp>

#include <cstdint>
#include <optional>
#include <vector>

namespace noosphere::tests {

using Bytes = std::vector<std::uint8_t>;

/// A PNG of `colourType` (0 grey, 2 RGB, 3 paletted, 4 grey + alpha, 6 RGBA) at `bitDepth`, from raw scanlines
/// (without filter bytes; filter 0 is added), with PLTE entries (RGB triples) for type 3.
Bytes makePng(std::uint32_t width, std::uint32_t height, int bitDepth, int colourType, const Bytes &scanlines,
              const Bytes &palette = {});

/// Recomputes the CRC of the PNG chunk whose type starts at `typeAt` and whose data is `length` bytes long, so that
/// deliberate damage reaches the decoder rather than the checksum test.
void resealPngChunk(Bytes &png, std::size_t typeAt, std::size_t length);

/// PNG / JPEG / WebP headers that declare `width` x `height` and carry no real pixel data.
Bytes pngBomb(std::uint32_t width, std::uint32_t height);
Bytes jpegBomb(std::uint16_t width, std::uint16_t height);
Bytes webpVp8xBomb(std::uint32_t width, std::uint32_t height);

/// The 336 bytes fuzz_imageimport found: a WebP that libwebp refuses (its chunk overruns the RIFF) with "DICM" at
/// byte 128, so cv::imdecode fell through to the DICOM decoder (12 s, 2 GB of memory, a temporary file).
Bytes webpFallingThroughToDicom();

/// A CMYK JPEG of `cmyk` (CV_8UC4, Adobe's inverted convention: 255 = no ink, as Photoshop writes it), or nullopt
/// when the tests were built without libjpeg.
std::optional<Bytes> makeCmykJpeg(const cv::Mat &cmyk);

}  // namespace noosphere::tests
