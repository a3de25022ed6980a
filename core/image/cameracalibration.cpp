// Chessboard calibration: cv::findChessboardCorners, cv::cornerSubPix with a window sized to the squares (a
// window wider than half a square would pull corners towards their neighbours), cv::calibrateCamera.
#include "cameracalibration.h"

#include "cvimage.h"
#include "imageimport.h"

#include <opencv2/calib3d.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>
#include <optional>

namespace noosphere::core::image {
namespace {

using models::Error;
using models::ErrorCode;

// The board's corners in its own plane (z = 0), row by row as findChessboardCorners returns them.
std::vector<cv::Point3f> boardCorners(const ChessboardSpec &board)
{
    std::vector<cv::Point3f> corners;
    for (int y = 0; y < board.innerCornersY; ++y)
        for (int x = 0; x < board.innerCornersX; ++x)
            corners.emplace_back(float(x * board.squareMm), float(y * board.squareMm), 0.f);
    return corners;
}

// Half the sub-pixel window: under half the smallest distance between neighbouring corners, at most 11.
int refineHalfWindow(const std::vector<cv::Point2f> &corners, const ChessboardSpec &board)
{
    double nearest = 1e9;
    for (int y = 0; y < board.innerCornersY; ++y)
        for (int x = 0; x + 1 < board.innerCornersX; ++x) {
            const int i = y * board.innerCornersX + x;
            nearest = std::min(nearest, double(cv::norm(corners[i + 1] - corners[i])));
        }
    return std::clamp(int(nearest / 2) - 1, 2, 11);
}

std::optional<std::vector<cv::Point2f>> findCorners(const cv::Mat &grey, const ChessboardSpec &board)
{
    std::vector<cv::Point2f> corners;
    const cv::Size pattern(board.innerCornersX, board.innerCornersY);
    const int flags = cv::CALIB_CB_ADAPTIVE_THRESH | cv::CALIB_CB_NORMALIZE_IMAGE | cv::CALIB_CB_FAST_CHECK;
    if (!cv::findChessboardCorners(grey, pattern, corners, flags))
        return std::nullopt;
    const int half = refineHalfWindow(corners, board);
    cv::cornerSubPix(grey, corners, {half, half}, {-1, -1},
                     cv::TermCriteria(cv::TermCriteria::EPS + cv::TermCriteria::COUNT, 40, 0.001));
    return corners;
}

Error cancelled()
{
    return {ErrorCode::Cancelled, "calibration cancelled"};
}

// Views come one at a time from `viewAt`, so a folder of 12 MP photos is never held in memory at once.
using ViewSource = std::function<models::Result<CalibrationView>(std::size_t)>;

models::Result<CameraCalibration> calibrate(std::size_t nViews, const ViewSource &viewAt, const ChessboardSpec &board,
                                            const CancelToken *cancel, const CalibrationProgress &progress)
{
    if (board.innerCornersX < 2 || board.innerCornersY < 2 || board.innerCornersX > 50 || board.innerCornersY > 50 ||
        !(board.squareMm > 0 && board.squareMm <= 1000))
        return Error{ErrorCode::InvalidArgument, "a chessboard needs 2..50 inner corners each way and squares of "
                                                 "0..1000 mm"};
    CameraCalibration result;
    cv::Size imageSize;
    std::vector<std::vector<cv::Point2f>> imagePoints;
    for (std::size_t i = 0; i < nViews; ++i) {
        if (cancel && cancel->isCancelled())
            return cancelled();
        auto loaded = viewAt(i);
        if (!loaded) {
            result.skipped.push_back(loaded.error().detail);
            continue;
        }
        const CalibrationView &view = loaded.value();
        const cv::Size size(view.image.width, view.image.height);
        if (imageSize.empty())
            imageSize = size;
        if (size != imageSize)
            return Error{ErrorCode::InvalidArgument,
                         view.name + " is " + std::to_string(size.width) + " x " + std::to_string(size.height) +
                             ", unlike the first photo (" + std::to_string(imageSize.width) + " x " +
                             std::to_string(imageSize.height) + "): use one camera setting"};
        cv::Mat grey;
        cv::cvtColor(toBgrMat(view.image), grey, cv::COLOR_BGR2GRAY);
        if (auto corners = findCorners(grey, board))
            imagePoints.push_back(std::move(*corners));
        else
            result.skipped.push_back(view.name + ": no " + std::to_string(board.innerCornersX) + "x" +
                                     std::to_string(board.innerCornersY) + " chessboard found");
        if (progress)
            progress(int(i + 1), int(nViews));
    }
    if (int(imagePoints.size()) < kMinCalibrationViews) {
        std::string detail = "too few views: " + std::to_string(imagePoints.size()) + " of " + std::to_string(nViews) +
                             " photos show the chessboard, at least " + std::to_string(kMinCalibrationViews) +
                             " needed";
        if (imagePoints.empty() && nViews > 0)
            detail += " (the board size counts inner corners: a board of 10 x 7 squares is 9x6)";
        return Error{ErrorCode::InvalidArgument, detail};
    }
    if (cancel && cancel->isCancelled())
        return cancelled();

    const std::vector<std::vector<cv::Point3f>> objectPoints(imagePoints.size(), boardCorners(board));
    cv::Mat K, dist;
    std::vector<cv::Mat> rvecs, tvecs;
    // NOTE: k3 is fixed under 6 views: with few views it absorbs noise and bends the edges of the image.
    const int flags = imagePoints.size() < 6 ? cv::CALIB_FIX_K3 : 0;
    result.rmsErrorPx = cv::calibrateCamera(objectPoints, imagePoints, imageSize, K, dist, rvecs, tvecs, flags);
    result.nViewsUsed = int(imagePoints.size());
    CameraIntrinsics &camera = result.camera;
    camera.imageWidth = imageSize.width, camera.imageHeight = imageSize.height;
    camera.fx = K.at<double>(0, 0), camera.fy = K.at<double>(1, 1);
    camera.cx = K.at<double>(0, 2), camera.cy = K.at<double>(1, 2);
    camera.distortion.assign(dist.begin<double>(), dist.end<double>());
    camera.calibrated = true;
    if (!std::isfinite(result.rmsErrorPx) || !(camera.fx > 0) || !(camera.fy > 0))
        return Error{ErrorCode::Unknown, "calibration did not converge; take photos at more varied angles"};
    return result;
}

}  // namespace

models::Result<ChessboardSpec> parseChessboardSize(const std::string &text, double squareMm)
{
    int x = 0, y = 0;
    char separator = 0, extra = 0;
    if (std::sscanf(text.c_str(), "%d%c%d%c", &x, &separator, &y, &extra) != 3 ||
        (separator != 'x' && separator != 'X') || x < 2 || y < 2 || x > 50 || y > 50)
        return Error{ErrorCode::InvalidArgument,
                     "'" + text + "' is not a board size: give inner corners as COLUMNSxROWS, e.g. 9x6 (2..50 each)"};
    return ChessboardSpec{x, y, squareMm};
}

models::Result<CameraCalibration> calibrateCamera(const std::vector<CalibrationView> &views,
                                                  const ChessboardSpec &board, const CancelToken *cancel,
                                                  const CalibrationProgress &progress)
{
    try {
        return calibrate(
            views.size(), [&](std::size_t i) -> models::Result<CalibrationView> { return views[i]; }, board, cancel,
            progress);
    } catch (const cv::Exception &e) {
        return Error{ErrorCode::Unknown, "calibration failed: " + e.err};
    }
}

models::Result<CameraCalibration> calibrateCameraFromFiles(const std::vector<std::filesystem::path> &files,
                                                           const ChessboardSpec &board, const CancelToken *cancel,
                                                           const CalibrationProgress &progress)
{
    const auto load = [&](std::size_t i) -> models::Result<CalibrationView> {
        auto image = importImage(files[i]);
        if (!image)
            return image.error();
        return CalibrationView{files[i].filename().string(), std::move(image.value())};
    };
    try {
        return calibrate(files.size(), load, board, cancel, progress);
    } catch (const cv::Exception &e) {
        return Error{ErrorCode::Unknown, "calibration failed: " + e.err};
    }
}

}  // namespace noosphere::core::image
