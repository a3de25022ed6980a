// A camera's pinhole model as plain numbers: focal lengths and principal point in pixels, OpenCV's distortion
// coefficients, and the image size they belong to. From a calibration file, or guessed from a field of view.
#pragma once

#include "common/result.h"

#include <array>
#include <vector>

namespace noosphere::core::image {

// The horizontal field of view assumed without a calibration: a phone's main camera is ~65-75°, a webcam ~60-70°.
inline constexpr double kDefaultHorizontalFovDeg = 60.0;

struct CameraIntrinsics {
    int imageWidth = 0;
    int imageHeight = 0;
    double fx = 0, fy = 0;           // focal lengths in pixels
    double cx = 0, cy = 0;           // principal point in pixels (0,0 = centre of the top-left pixel)
    std::vector<double> distortion;  // k1 k2 p1 p2 [k3 [k4 k5 k6 [s1..s4 [tx ty]]]]; empty = none
    bool calibrated = false;         // false: a guess from a field of view

    /// Row-major 3x3 camera matrix K.
    std::array<double, 9> matrix() const { return {fx, 0, cx, 0, fy, cy, 0, 0, 1}; }
    /// The horizontal field of view implied by fx, in degrees.
    double horizontalFovDeg() const;
};

/// A distortion-free camera of `horizontalFovDeg` (1..170) whose principal point is the image centre.
/// InvalidArgument for a bad size or angle.
models::Result<CameraIntrinsics> intrinsicsFromFieldOfView(int imageWidth, int imageHeight,
                                                           double horizontalFovDeg = kDefaultHorizontalFovDeg);

/// `camera` for a photo of `imageWidth` x `imageHeight`: itself at the calibrated size, scaled for a resized photo
/// of the same aspect ratio (within 1%). InvalidArgument otherwise (a rotated or cropped photo), naming both sizes.
models::Result<CameraIntrinsics> intrinsicsForImage(const CameraIntrinsics &camera, int imageWidth, int imageHeight);

}  // namespace noosphere::core::image
