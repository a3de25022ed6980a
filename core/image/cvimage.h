// Internal to core/image: conversions between the plain Image of the facade and cv::Mat. Not for ui/ (OpenCV's
// include path is private to noosphere_core).
#pragma once

#include "image.h"

#include <opencv2/core/mat.hpp>

namespace noosphere::core::image {

/// A BGR (CV_8UC3) view or copy of `image`: shares the pixels when already BGR, converts RGBA otherwise.
cv::Mat toBgrMat(const Image &image);

/// Copies an 8-bit 1-, 3- or 4-channel Mat (grey, BGR, BGRA) into an Image of `format`.
Image fromMat(const cv::Mat &mat, PixelFormat format);

}  // namespace noosphere::core::image
