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

// The working square's largest side: a 64-megapixel scan or a 16,384-pixel canvas is box-averaged down to this
// while it is read, so it never becomes a float copy of gigabytes.
constexpr int kMaxWorkingSide = 1024;

// How many of `side` source pixels fall into each of `cells` cells (i → i · cells / side).
std::vector<int> pixelsPerCell(int side, int cells)
{
    std::vector<int> count(std::size_t(cells), 0);
    for (int i = 0; i < side; ++i)
        ++count[std::size_t(std::int64_t(i) * cells / side)];
    return count;
}

// The square [left, left + side)² of the drawing, premultiplied (so that the paper's colour does not bleed into
// anti-aliased edges once averaged), transparent past the drawing's edges, at most kMaxWorkingSide a side.
cv::Mat premultipliedSquare(const cv::Mat &rgba, const cv::Mat &alpha, int left, int top, int side)
{
    const int cells = std::min(side, kMaxWorkingSide);
    cv::Mat sum(cells, cells, CV_32FC4, cv::Scalar::all(0));
    const cv::Rect inDrawing = cv::Rect(left, top, side, side) & cv::Rect(0, 0, rgba.cols, rgba.rows);
    for (int y = inDrawing.y; y < inDrawing.y + inDrawing.height; ++y) {
        auto *row = sum.ptr<cv::Vec4f>(int(std::int64_t(y - top) * cells / side));
        const auto *px = rgba.ptr<cv::Vec4b>(y);
        const auto *a = alpha.ptr<std::uint8_t>(y);
        for (int x = inDrawing.x; x < inDrawing.x + inDrawing.width; ++x) {
            const float coverage = a[x] / 255.0f;
            auto &cell = row[std::int64_t(x - left) * cells / side];
            for (int c = 0; c < 3; ++c)
                cell[c] += px[x][c] / 255.0f * coverage;
            cell[3] += coverage;
        }
    }
    const auto perCell = pixelsPerCell(side, cells);
    for (int y = 0; y < cells; ++y) {
        auto *row = sum.ptr<cv::Vec4f>(y);
        for (int x = 0; x < cells; ++x)
            row[x] /= float(perCell[std::size_t(x)] * perCell[std::size_t(y)]);
    }
    return sum;
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

    const cv::Mat rgba(drawing.height, drawing.width, CV_8UC4, const_cast<std::uint8_t *>(drawing.pixels.data()));
    const cv::Mat square = premultipliedSquare(rgba, alpha, left, top, side);
    cv::Mat scaled;
    cv::resize(square, scaled, cv::Size(size, size), 0, 0, square.cols > size ? cv::INTER_AREA : cv::INTER_LINEAR);

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
