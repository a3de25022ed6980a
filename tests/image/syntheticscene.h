// Synthetic photos with a known camera and pose, for the pose, calibration and CLI tests and the benchmark: a flat
// picture (a marker sheet, a chessboard) of known physical size is projected by K [R | t] onto a textured,
// noisy background, supersampled so that edges are anti-aliased as a real sensor would see them.
#pragma once

#include <opencv2/core.hpp>

#include <cstdint>

namespace noosphere::tests {

struct ScenePose {
    cv::Matx33d R;  // plane (x right, y up, z towards the viewer) -> camera (x right, y down, z forward)
    cv::Vec3d t;    // the plane's centre in camera coordinates, mm
};

/// A pose whose plane centre is at (offsetX, offsetY, distance) mm, tilted by `tiltDeg` about an in-plane axis at
/// `tiltAxisDeg` from the plane's x axis, and turned by `rollDeg` about its own normal.
ScenePose scenePose(double distanceMm, double tiltDeg, double tiltAxisDeg, double rollDeg, double offsetXMm = 0,
                    double offsetYMm = 0);

/// View `i` of `count` of a calibration set for a ~300 mm board: 550-625 mm away, tilted 20-45 degrees about axes
/// all round (a focal length is only observable from tilted views), a little off centre.
ScenePose calibrationViewPose(int i, int count);

/// The pinhole camera of a `width`-pixel-wide image with `horizontalFovDeg`, principal point at the centre.
cv::Matx33d cameraMatrix(int width, int height, double horizontalFovDeg);

/// A grey chessboard of `squaresX` x `squaresY` squares of `squarePx`, the top-left square black, in a white margin
/// of one square: (squaresX - 1) x (squaresY - 1) inner corners; it spans (squaresX + 2) squares across.
cv::Mat chessboardImage(int squaresX, int squaresY, int squarePx);

/// A 8-bit BGR background: smooth colour gradients, random blobs and lines, so the detector meets clutter.
cv::Mat clutteredBackground(cv::Size size, std::uint32_t seed);

struct SceneOptions {
    int supersample = 3;       // render at 3x and average down: anti-aliased edges
    double blurSigmaPx = 0.6;  // lens softness, in output pixels
    double noiseSigma = 3.0;   // sensor noise, in grey levels
    std::uint32_t seed = 1;
};

/// `plane` (8-bit grey or BGR; its pixels span planeWidthMm across) drawn into a copy of `background` as seen by
/// camera K from `pose`. The plane's height in mm follows from its aspect ratio.
cv::Mat renderScene(const cv::Mat &background, const cv::Mat &plane, double planeWidthMm, const cv::Matx33d &K,
                    const ScenePose &pose, const SceneOptions &options = {});

/// The angle of R_a * R_b^T in degrees.
double rotationErrorDeg(const cv::Matx33d &a, const cv::Matx33d &b);

}  // namespace noosphere::tests
