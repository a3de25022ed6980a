// Where a printed marker sits relative to the camera that photographed it: the AR-style preview places the design
// on the marker with this pose. No marker found is an ordinary answer (the UI falls back to an orbit view).
#pragma once

#include "cameraintrinsics.h"
#include "common/result.h"
#include "image.h"
#include "markerdictionary.h"

#include <array>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace noosphere::core::image {

struct MarkerPoseRequest {
    std::string dictionary = std::string(kDefaultMarkerDictionary);
    double markerSizeMm = 50;                // the printed black square's side (MarkerPrintSpec::sizeMm)
    std::optional<CameraIntrinsics> camera;  // from readCameraFile; none: a guess from horizontalFovDeg
    double horizontalFovDeg = kDefaultHorizontalFovDeg;
    std::optional<int> onlyId;  // ignore other markers
};

struct PixelPoint {
    double x = 0, y = 0;
};

// The marker's frame: origin at its centre, x to the right and y up as printed, z out of the paper towards the
// viewer. The camera's frame is OpenCV's: x right, y down, z forward along the view. X_cam = R * X_marker + t.
struct MarkerPose {
    int markerId = -1;
    std::array<PixelPoint, 4> cornersPx;    // top-left, top-right, bottom-right, bottom-left as printed
    std::array<double, 9> rotation{};       // R, row-major
    std::array<double, 3> rodrigues{};      // R as axis * angle in radians (OpenCV's rvec)
    std::array<double, 3> translationMm{};  // t: the marker's centre in camera coordinates
    double distanceMm = 0;                  // |t|
    double tiltDeg = 0;                     // angle between the marker's normal and the line of sight
    double reprojectionErrorPx = 0;         // RMS over the four corners
};

struct MarkerPoseResult {
    int imageWidth = 0, imageHeight = 0;
    CameraIntrinsics camera;          // the intrinsics used (given, rescaled, or guessed)
    std::vector<MarkerPose> markers;  // largest in the photo first; empty when none was found
    int nCandidatesRejected = 0;      // square outlines that did not decode as a marker of the dictionary

    bool found() const { return !markers.empty(); }
};

/// Detects the markers of `request.dictionary` in `photo` (sub-pixel corners) and solves each one's pose with
/// IPPE-square. Not finding any is success with no markers. InvalidArgument for an unknown dictionary, a size
/// outside 1..10000 mm, or a camera that does not fit the photo. Any thread; ~6 ms for 1280 x 720 (2 cores).
models::Result<MarkerPoseResult> estimateMarkerPoses(const Image &photo, const MarkerPoseRequest &request);

/// importImage(file), then the above; the import's errors (NotFound, Truncated, Corrupt, ...) name the file.
models::Result<MarkerPoseResult> estimateMarkerPoses(const std::filesystem::path &photo,
                                                     const MarkerPoseRequest &request);

}  // namespace noosphere::core::image
