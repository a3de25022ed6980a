// The camera calibration file: JSON written by `noosphere-cli camera calibrate` and read for marker poses.
// {"format": "noosphere-camera", "version": 1, "imageWidth", "imageHeight", "fx", "fy", "cx", "cy",
//  "distortion": [k1, k2, p1, p2, k3], optional "rmsErrorPx", "nViews", "board", "squareMm"}
#pragma once

#include "cameraintrinsics.h"
#include "common/result.h"

#include <filesystem>
#include <optional>
#include <string>

namespace noosphere::core::image {

// How a calibration was made; written beside the intrinsics for the record, not needed to read them back.
struct CalibrationProvenance {
    double rmsErrorPx = 0;
    int nViews = 0;
    std::string board;  // "9x6" inner corners
    double squareMm = 0;
};

/// Writes `camera` (and how it was made) to `file` atomically. Io naming the file on failure.
models::Result<void> writeCameraFile(const std::filesystem::path &file, const CameraIntrinsics &camera,
                                     const std::optional<CalibrationProvenance> &provenance = std::nullopt);

/// Reads a camera file. NotFound; Corrupt naming the first bad field (not JSON, another format, a newer version,
/// a missing or non-positive focal length or size, a distortion list of a length OpenCV does not take).
models::Result<CameraIntrinsics> readCameraFile(const std::filesystem::path &file);

}  // namespace noosphere::core::image
