#include "palette.h"

#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>
#include <limits>

namespace noosphere::core::image {
namespace {

models::Error invalid(const char *detail)
{
    return {models::ErrorCode::InvalidArgument, detail};
}

// The opaque pixels in CIELAB, one row (L, a, b) per pixel: converted from 32-bit float BGR in 0–1, which
// gives L 0–100 and a, b in their natural range.
cv::Mat opaqueLab(const Image &picture)
{
    const int channels = picture.channels();
    std::vector<cv::Vec3f> bgr;
    bgr.reserve(size_t(picture.width) * size_t(picture.height));
    const auto *p = picture.pixels.data();
    for (size_t i = 0, n = size_t(picture.width) * size_t(picture.height); i < n; ++i, p += channels) {
        if (picture.format == PixelFormat::Rgba8) {
            if (p[3] >= 128)
                bgr.emplace_back(p[2] / 255.0f, p[1] / 255.0f, p[0] / 255.0f);
        } else {
            bgr.emplace_back(p[0] / 255.0f, p[1] / 255.0f, p[2] / 255.0f);
        }
    }
    if (bgr.empty())
        return {};
    cv::Mat lab;
    cv::cvtColor(cv::Mat(int(bgr.size()), 1, CV_32FC3, bgr.data()), lab, cv::COLOR_BGR2Lab);
    return lab.reshape(1);  // N × 3
}

double deltaE(const float *a, const float *b)
{
    return std::sqrt(double(a[0] - b[0]) * (a[0] - b[0]) + double(a[1] - b[1]) * (a[1] - b[1]) +
                     double(a[2] - b[2]) * (a[2] - b[2]));
}

struct Clustering {
    cv::Mat centres;            // k × 3 CIELAB
    std::vector<double> share;  // per centre, over every opaque pixel
};

// Every pixel counted to its nearest active centre; the shares of the active centres (0 for the others).
std::vector<double> sharesOf(const cv::Mat &lab, const cv::Mat &centres, const std::vector<bool> &active)
{
    std::vector<double> counts(size_t(centres.rows), 0);
    for (int i = 0; i < lab.rows; ++i) {
        const float *pixel = lab.ptr<float>(i);
        int best = -1;
        double bestDistance = std::numeric_limits<double>::infinity();
        for (int c = 0; c < centres.rows; ++c)
            if (active[size_t(c)])
                if (const double d = deltaE(pixel, centres.ptr<float>(c)); d < bestDistance) {
                    bestDistance = d;
                    best = c;
                }
        counts[size_t(best)] += 1;
    }
    for (double &count : counts)
        count /= lab.rows;
    return counts;
}

// k-means on an even spread of at most maxSamples pixels, then every pixel counted to its nearest centre.
// Centres closer than 2 ΔE (a picture with fewer colours than k) are merged, and with `minShare` the smallest
// colour under it is dropped, its pixels going to the nearest colour kept, until none is under it.
Clustering cluster(const cv::Mat &lab, int k, const PaletteRequest &request, double minShare = 0)
{
    const int n = lab.rows;
    const int step = std::max(1, n / std::max(1, request.maxSamples));
    cv::Mat samples;
    for (int i = 0; i < n; i += step)
        samples.push_back(lab.row(i));
    k = std::min(k, samples.rows);
    cv::theRNG().state = request.seed ? request.seed : 1;  // kmeans++ draws from OpenCV's per-thread generator
    cv::Mat labels, centres;
    cv::kmeans(samples, k, labels, cv::TermCriteria(cv::TermCriteria::EPS + cv::TermCriteria::COUNT, 50, 0.05), 3,
               cv::KMEANS_PP_CENTERS, centres);

    std::vector<bool> active(static_cast<size_t>(k), true);
    for (int c = 1; c < k; ++c)
        for (int earlier = 0; earlier < c; ++earlier)
            if (active[size_t(earlier)] && deltaE(centres.ptr<float>(c), centres.ptr<float>(earlier)) < 2) {
                active[size_t(c)] = false;
                break;
            }
    std::vector<double> share = sharesOf(lab, centres, active);
    for (;;) {
        int smallest = -1, kept = 0;
        for (int c = 0; c < k; ++c) {
            if (!active[size_t(c)] || share[size_t(c)] == 0)
                continue;
            ++kept;
            if (smallest < 0 || share[size_t(c)] < share[size_t(smallest)])
                smallest = c;
        }
        if (kept <= 1 || share[size_t(smallest)] >= minShare)
            break;
        active[size_t(smallest)] = false;
        share = sharesOf(lab, centres, active);
    }
    Clustering result;
    for (int c = 0; c < k; ++c)
        if (active[size_t(c)] && share[size_t(c)] > 0) {
            result.centres.push_back(centres.row(c));
            result.share.push_back(share[size_t(c)]);
        }
    return result;
}

bool distinctAndLargeEnough(const Clustering &clustering)
{
    for (int a = 0; a < clustering.centres.rows; ++a) {
        if (clustering.share[size_t(a)] < kMinAutoShare)
            return false;
        for (int b = 0; b < a; ++b)
            if (deltaE(clustering.centres.ptr<float>(a), clustering.centres.ptr<float>(b)) < kDistinctDeltaE)
                return false;
    }
    return true;
}

}  // namespace

models::Result<std::vector<PaletteColour>> extractPalette(const Image &picture, const PaletteRequest &request)
{
    if (picture.empty() || picture.pixels.size() < picture.rowBytes() * size_t(picture.height))
        return invalid("the picture is empty");
    if (request.colours < 0 || request.colours > 16)
        return invalid("a palette has 1 to 16 colours (0: chosen by the picture)");
    const cv::Mat lab = opaqueLab(picture);
    if (lab.empty())
        return invalid("the picture has no opaque pixel to take colours from");

    Clustering chosen;
    if (request.colours > 0) {
        chosen = cluster(lab, request.colours, request);
    } else {
        // The most colours, 8 down to 5, that stay distinct and each cover a visible part of the picture.
        // Failing that, five with the colours under kMinAutoShare given to their nearest (a picture of two
        // colours, smoothly scaled, has a rim of blends that is no colour of its own).
        for (int k = 8; k >= 5; --k) {
            chosen = cluster(lab, k, request, k == 5 ? kMinAutoShare : 0);
            if (distinctAndLargeEnough(chosen) || k == 5)
                break;
        }
    }

    std::vector<PaletteColour> palette;
    for (int c = 0; c < chosen.centres.rows; ++c) {
        cv::Mat labPixel(1, 1, CV_32FC3, chosen.centres.ptr<float>(c)), bgrPixel;
        cv::cvtColor(labPixel, bgrPixel, cv::COLOR_Lab2BGR);
        const auto bgr = bgrPixel.at<cv::Vec3f>(0, 0);
        auto toByte = [](float v) { return std::uint8_t(std::clamp(std::lround(v * 255.0f), 0L, 255L)); };
        const float *l = chosen.centres.ptr<float>(c);
        palette.push_back({.rgb = {toByte(bgr[2]), toByte(bgr[1]), toByte(bgr[0])},
                           .lab = {l[0], l[1], l[2]},
                           .share = chosen.share[size_t(c)]});
    }
    std::stable_sort(palette.begin(), palette.end(),
                     [](const PaletteColour &a, const PaletteColour &b) { return a.share > b.share; });
    return palette;
}

}  // namespace noosphere::core::image
