// Sketches made from finished pictures, to measure how well suggestions follow a drawing (`gan follow-score`):
// a tracing of a picture's outlines in its own colours, as an artist copying it with a pen might draw, and the
// difference between two pictures where it matters.
#pragma once

#include "image.h"

#include <vector>

namespace noosphere::core::image {

/// The outlines of an RGBA `picture` (the inner side of its silhouette and the edges between its colours, about
/// 2 px wide) in the picture's colours, transparent everywhere else. Empty Image for a non-RGBA or empty picture.
Image traceOutlines(const Image &picture);

/// Mean absolute difference of premultiplied RGBA (0…1, averaged over channels) between two RGBA pictures of one
/// size, weighted by `weights` (one per pixel; empty: every pixel alike). −1 when the sizes do not match or
/// the weights are all zero.
double premultipliedDifference(const Image &a, const Image &b, const std::vector<float> &weights = {});

}  // namespace noosphere::core::image
