#include "strokesmoothing.h"

#include <opencv2/imgproc.hpp>

#include <cmath>

namespace noosphere::core::sketch {

std::vector<StrokePoint> smoothStroke(const std::vector<StrokePoint> &points, const SmoothingOptions &options)
{
    if (points.size() < 3)
        return points;
    std::vector<cv::Vec3f> samples;
    samples.reserve(points.size());
    for (const auto &p : points)
        samples.emplace_back(p.x, p.y, p.pressure);
    cv::Mat sequence(1, int(samples.size()), CV_32FC3, samples.data());
    if (options.sigmaPoints > 0) {
        const int radius = int(std::ceil(3 * options.sigmaPoints));
        cv::Mat blurred;
        cv::GaussianBlur(sequence, blurred, cv::Size(2 * radius + 1, 1), options.sigmaPoints, 0, cv::BORDER_REPLICATE);
        blurred.copyTo(sequence);  // into `samples`
        samples.front() = {points.front().x, points.front().y, points.front().pressure};
        samples.back() = {points.back().x, points.back().y, points.back().pressure};
    }
    std::vector<StrokePoint> smoothed;
    if (options.tolerancePx <= 0) {
        for (const auto &s : samples)
            smoothed.push_back({s[0], s[1], s[2]});
        return smoothed;
    }
    std::vector<cv::Point2f> line, kept;
    line.reserve(samples.size());
    for (const auto &s : samples)
        line.emplace_back(s[0], s[1]);
    cv::approxPolyDP(line, kept, options.tolerancePx, false);
    // approxPolyDP returns a subsequence of the input points: walk along to find each one's pressure.
    size_t next = 0;
    for (const auto &k : kept) {
        while (next < line.size() && line[next] != k)
            ++next;
        if (next == line.size())
            break;
        smoothed.push_back({samples[next][0], samples[next][1], samples[next][2]});
        ++next;
    }
    return smoothed;
}

}  // namespace noosphere::core::sketch
