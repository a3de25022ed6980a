#include "sketchframe.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>
#include <cstdlib>

namespace noosphere::core::image {
namespace {

// Colour difference (sum over R, G, B) above which a pixel of an opaque drawing counts as ink, not paper: well
// above JPEG noise and paper texture, well below any pen on white.
constexpr int kInkDistance = 48;

// Ink as alpha: the drawing's own alpha, or for an opaque drawing 255 where it differs from the paper.
cv::Mat inkAlpha(const Image &drawing)
{
    const cv::Mat rgba(drawing.height, drawing.width, CV_8UC4, const_cast<std::uint8_t *>(drawing.pixels.data()));
    cv::Mat alpha;
    cv::extractChannel(rgba, alpha, 3);
    double lowest = 255;
    cv::minMaxLoc(alpha, &lowest);
    if (lowest < 255)
        return alpha;
    const auto *paper = drawing.pixels.data();
    for (int y = 0; y < drawing.height; ++y) {
        const auto *px = rgba.ptr<std::uint8_t>(y);
        auto *a = alpha.ptr<std::uint8_t>(y);
        for (int x = 0; x < drawing.width; ++x, px += 4) {
            const int distance = std::abs(px[0] - paper[0]) + std::abs(px[1] - paper[1]) + std::abs(px[2] - paper[2]);
            a[x] = distance > kInkDistance ? 255 : 0;
        }
    }
    return alpha;
}

}  // namespace

std::optional<FramedSketch> frameSketch(const Image &drawing, int size)
{
    if (drawing.empty() || drawing.format != PixelFormat::Rgba8 || size < 1)
        return std::nullopt;
    const cv::Mat alpha = inkAlpha(drawing);
    const cv::Rect ink = cv::boundingRect(alpha);
    if (ink.area() == 0)
        return std::nullopt;

    // A square around the ink with a margin, as emoji fill their frame.
    FramedSketch framed;
    const int side = int(std::ceil(std::max(ink.width, ink.height) * 1.12 + 4));
    const int left = int(std::floor(ink.x + (ink.width - side) / 2.0)), top = int(std::floor(ink.y + (ink.height - side) / 2.0));
    framed.left = left, framed.top = top, framed.side = side;

    // Premultiplied, so that the paper's colour does not bleed into anti-aliased edges; then the square cut out
    // (transparent past the drawing's edges) and averaged down.
    cv::Mat premultiplied;
    const cv::Mat rgba(drawing.height, drawing.width, CV_8UC4, const_cast<std::uint8_t *>(drawing.pixels.data()));
    cv::Mat withInk;
    cv::Mat channels[4];
    cv::split(rgba, channels);
    channels[3] = alpha;
    cv::merge(channels, 4, withInk);
    withInk.convertTo(premultiplied, CV_32FC4, 1.0 / 255);
    for (int y = 0; y < premultiplied.rows; ++y) {
        auto *px = premultiplied.ptr<cv::Vec4f>(y);
        for (int x = 0; x < premultiplied.cols; ++x)
            for (int c = 0; c < 3; ++c)
                px[x][c] *= px[x][3];
    }
    cv::Mat square(side, side, CV_32FC4, cv::Scalar::all(0));
    const cv::Rect inDrawing = cv::Rect(left, top, side, side) & cv::Rect(0, 0, drawing.width, drawing.height);
    premultiplied(inDrawing).copyTo(square(inDrawing - cv::Point(left, top)));
    cv::Mat scaled;
    cv::resize(square, scaled, cv::Size(size, size), 0, 0, side > size ? cv::INTER_AREA : cv::INTER_LINEAR);

    framed.picture = Image{.width = size, .height = size, .format = PixelFormat::Rgba8};
    framed.picture.pixels.resize(framed.picture.rowBytes() * std::size_t(size));
    framed.mask.resize(std::size_t(size) * std::size_t(size));
    for (int y = 0; y < size; ++y) {
        const auto *px = scaled.ptr<cv::Vec4f>(y);
        for (int x = 0; x < size; ++x) {
            const float a = std::clamp(px[x][3], 0.0f, 1.0f);
            auto *out = framed.picture.pixels.data() + (std::size_t(y) * std::size_t(size) + std::size_t(x)) * 4;
            for (int c = 0; c < 3; ++c)
                out[c] = a > 0 ? std::uint8_t(std::lround(std::clamp(px[x][c] / a, 0.0f, 1.0f) * 255)) : 0;
            out[3] = std::uint8_t(std::lround(a * 255));
            framed.mask[std::size_t(y) * std::size_t(size) + std::size_t(x)] = a;
        }
    }
    return framed;
}

}  // namespace noosphere::core::image
