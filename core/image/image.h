// A decoded picture as plain bytes, so that ui/ and the CLI can hold one without OpenCV: 8-bit, interleaved,
// tightly packed rows. The engine converts it to and from cv::Mat internally (cvimage.h).
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace noosphere::core::image {

// The channel order of Image::pixels: BGR for the vision code (OpenCV's order), RGBA for QImage::Format_RGBA8888.
enum class PixelFormat { Bgr8, Rgba8 };

inline constexpr int channelCount(PixelFormat format)
{
    return format == PixelFormat::Bgr8 ? 3 : 4;
}

struct Image {
    int width = 0;
    int height = 0;
    PixelFormat format = PixelFormat::Bgr8;
    std::vector<std::uint8_t> pixels;  // height rows of width * channelCount(format) bytes, no padding

    int channels() const { return channelCount(format); }
    std::size_t rowBytes() const { return std::size_t(width) * std::size_t(channels()); }
    bool empty() const { return width <= 0 || height <= 0; }
};

}  // namespace noosphere::core::image
