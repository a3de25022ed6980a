// Internal to core/image: WebP decoding through libwebp itself rather than cv::imdecode.
// NOTE: cv::imdecode picks the first codec whose signature check accepts the bytes. OpenCV's WebP check asks
// libwebp, so a damaged WebP fails it and falls through to the DICOM (GDCM) and GDAL decoders, which write the
// bytes to a temporary file and, on one 336-byte fuzzer input, took 27 s and 2 GB. PNG and JPEG never fall through:
// their own decoders come first in OpenCV's list and accept their signatures.
#pragma once

#include "common/result.h"

#include <opencv2/core/mat.hpp>

#include <cstdint>
#include <span>

namespace noosphere::core::image {

/// Decodes a still WebP to CV_8UC4 (BGRA) when it has alpha, CV_8UC3 (BGR) otherwise. Corrupt when libwebp refuses
/// the data; InvalidArgument for an animation or a frame larger than `maxPixels`.
models::Result<cv::Mat> decodeWebp(std::span<const std::uint8_t> bytes, std::int64_t maxPixels);

}  // namespace noosphere::core::image
