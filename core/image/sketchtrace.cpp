#include "sketchtrace.h"

#include <opencv2/imgproc.hpp>

#include <cmath>
#include <cstdlib>

namespace noosphere::core::image {

Image traceOutlines(const Image &picture)
{
    if (picture.empty() || picture.format != PixelFormat::Rgba8)
        return {};
    const cv::Mat rgba(picture.height, picture.width, CV_8UC4, const_cast<std::uint8_t *>(picture.pixels.data()));
    // Edges of the picture as seen on white paper, and of its silhouette (a light figure on white has weak colour
    // edges at its border).
    cv::Mat onWhite(picture.height, picture.width, CV_8UC3), alpha;
    for (int y = 0; y < picture.height; ++y) {
        const auto *px = rgba.ptr<cv::Vec4b>(y);
        auto *out = onWhite.ptr<cv::Vec3b>(y);
        for (int x = 0; x < picture.width; ++x)
            for (int c = 0; c < 3; ++c)
                out[x][c] = std::uint8_t((px[x][c] * px[x][3] + 255 * (255 - px[x][3]) + 127) / 255);
    }
    cv::extractChannel(rgba, alpha, 3);
    cv::Mat grey, edges, silhouette;
    cv::cvtColor(onWhite, grey, cv::COLOR_RGB2GRAY);
    cv::Canny(grey, edges, 60, 150);
    cv::Canny(alpha, silhouette, 60, 150);
    cv::bitwise_or(edges, silhouette, edges);
    cv::dilate(edges, edges, cv::getStructuringElement(cv::MORPH_RECT, cv::Size(2, 2)));

    Image traced{.width = picture.width, .height = picture.height, .format = PixelFormat::Rgba8};
    traced.pixels.assign(picture.pixels.size(), 0);
    for (int y = 0; y < picture.height; ++y)
        for (int x = 0; x < picture.width; ++x) {
            // Only inside the figure: the pen draws the figure's colour, never the paper's.
            const auto i = (std::size_t(y) * std::size_t(picture.width) + std::size_t(x)) * 4;
            if (!edges.at<std::uint8_t>(y, x) || picture.pixels[i + 3] < 128)
                continue;
            for (int c = 0; c < 3; ++c)
                traced.pixels[i + std::size_t(c)] = picture.pixels[i + std::size_t(c)];
            traced.pixels[i + 3] = 255;
        }
    return traced;
}

double premultipliedDifference(const Image &a, const Image &b, const std::vector<float> &weights)
{
    const std::size_t pixels = std::size_t(a.width) * std::size_t(a.height);
    if (a.format != PixelFormat::Rgba8 || b.format != PixelFormat::Rgba8 || a.width != b.width ||
        a.height != b.height || a.pixels.size() != pixels * 4 || b.pixels.size() != pixels * 4 ||
        (!weights.empty() && weights.size() != pixels))
        return -1;
    double sum = 0, total = 0;
    for (std::size_t p = 0; p < pixels; ++p) {
        const double weight = weights.empty() ? 1.0 : weights[p];
        if (weight <= 0)
            continue;
        const auto *pa = a.pixels.data() + p * 4, *pb = b.pixels.data() + p * 4;
        double d = std::abs(pa[3] - pb[3]) / 255.0;
        for (int c = 0; c < 3; ++c)
            d += std::abs(pa[c] * pa[3] - pb[c] * pb[3]) / (255.0 * 255.0);
        sum += weight * d / 4;
        total += weight;
    }
    return total > 0 ? sum / total : -1;
}

}  // namespace noosphere::core::image
