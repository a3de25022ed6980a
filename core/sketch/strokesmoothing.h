// A stroke as the hand drew it, made smooth and light before it is kept: mouse and tablet samples jitter by a
// pixel or two and come every few milliseconds, so a stroke is both wobbly and far denser than its shape needs.
#pragma once

#include "stroke.h"

#include <vector>

namespace noosphere::core::sketch {

struct SmoothingOptions {
    float sigmaPoints = 1.5f;  // Gaussian over the point sequence (x, y and pressure), in points; 0 = none
    float tolerancePx = 0.3f;  // points within this of the simplified line are dropped; 0 = keep all
};

/// The stroke smoothed (OpenCV's Gaussian blur along the sequence; the first and last points stay where they
/// were) and simplified (Douglas–Peucker, cv::approxPolyDP). A stroke of one or two points is returned as is.
std::vector<StrokePoint> smoothStroke(const std::vector<StrokePoint> &points, const SmoothingOptions &options = {});

}  // namespace noosphere::core::sketch
