// Camera calibration from photos of a printed chessboard (Zhang's method via cv::calibrateCamera): the intrinsics
// that make marker poses metric. Run once per camera; the result is saved with writeCameraFile.
#pragma once

#include "cameraintrinsics.h"
#include "common/result.h"
#include "image.h"
#include "worker/canceltoken.h"

#include <filesystem>
#include <functional>
#include <string>
#include <vector>

namespace noosphere::core::image {

// Fewer views leave the focal length poorly determined; 10-20 at varied tilts are better.
inline constexpr int kMinCalibrationViews = 3;

struct ChessboardSpec {
    int innerCornersX = 9;  // corners where four squares meet, along a row (a 10 x 7 squares board has 9 x 6)
    int innerCornersY = 6;
    double squareMm = 25;
};

/// "9x6" -> {9, 6}; InvalidArgument unless both are 2..50.
models::Result<ChessboardSpec> parseChessboardSize(const std::string &text, double squareMm);

struct CalibrationView {
    std::string name;  // shown in skip reasons (a file name)
    Image image;
};

struct CameraCalibration {
    CameraIntrinsics camera;  // calibrated = true; distortion k1 k2 p1 p2 k3 (k3 fixed at 0 under 6 views)
    double rmsErrorPx = 0;    // RMS reprojection error over all corners of all used views
    int nViewsUsed = 0;
    std::vector<std::string> skipped;  // "NAME: why", one per view not used
};

// Called after each view is searched: (views done, views in all).
using CalibrationProgress = std::function<void(int, int)>;

/// Finds the board in each view (sub-pixel corners) and calibrates; a view without the board is skipped with its
/// reason. InvalidArgument for a bad board, views of different sizes, or "too few views" when fewer than
/// kMinCalibrationViews show the board; Cancelled when `cancel` is set (polled between views). Any thread;
/// ~0.1-1 s per view.
models::Result<CameraCalibration> calibrateCamera(const std::vector<CalibrationView> &views,
                                                  const ChessboardSpec &board, const CancelToken *cancel = nullptr,
                                                  const CalibrationProgress &progress = {});

/// The same over image files; a file that cannot be imported is skipped with the import's reason.
models::Result<CameraCalibration> calibrateCameraFromFiles(const std::vector<std::filesystem::path> &files,
                                                           const ChessboardSpec &board,
                                                           const CancelToken *cancel = nullptr,
                                                           const CalibrationProgress &progress = {});

}  // namespace noosphere::core::image
