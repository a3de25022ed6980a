// Marker detection and pose: OpenCV's contrib aruco detector with sub-pixel corners, then solvePnP with
// SOLVEPNP_IPPE_SQUARE (the closed-form solution for a square of known side, which also resolves the two-fold
// ambiguity of planar targets by reprojection error).
#include "markerpose.h"

#include "arucodictionary.h"
#include "cvimage.h"
#include "imageimport.h"

#include <opencv2/aruco.hpp>
#include <opencv2/calib3d.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace noosphere::core::image {
namespace {

using models::Error;
using models::ErrorCode;

// IPPE_SQUARE's required object-point order, matching the detector's corner order (clockwise from top-left).
std::vector<cv::Point3d> squareCorners(double side)
{
    const double h = side / 2;
    return {{-h, h, 0}, {h, h, 0}, {h, -h, 0}, {-h, -h, 0}};
}

cv::Ptr<cv::aruco::DetectorParameters> detectorParameters()
{
    auto params = cv::aruco::DetectorParameters::create();
    params->cornerRefinementMethod = cv::aruco::CORNER_REFINE_SUBPIX;
    return params;
}

std::optional<MarkerPose> solveMarker(int id, const std::vector<cv::Point2f> &corners, double side, const cv::Mat &K,
                                      const cv::Mat &dist)
{
    const auto object = squareCorners(side);
    cv::Mat rvec, tvec;
    if (!cv::solvePnP(object, corners, K, dist, rvec, tvec, false, cv::SOLVEPNP_IPPE_SQUARE))
        return std::nullopt;
    std::vector<cv::Point2d> projected;
    cv::projectPoints(object, rvec, tvec, K, dist, projected);
    double squared = 0;
    for (int i = 0; i < 4; ++i)
        squared += std::pow(cv::norm(cv::Point2d(corners[i]) - projected[i]), 2);

    MarkerPose pose;
    pose.markerId = id;
    for (int i = 0; i < 4; ++i)
        pose.cornersPx[i] = {corners[i].x, corners[i].y};
    cv::Matx33d R;
    cv::Rodrigues(rvec, R);
    for (int i = 0; i < 9; ++i)
        pose.rotation[i] = R.val[i];
    for (int i = 0; i < 3; ++i) {
        pose.rodrigues[i] = rvec.at<double>(i);
        pose.translationMm[i] = tvec.at<double>(i);
    }
    const cv::Vec3d t(tvec.at<double>(0), tvec.at<double>(1), tvec.at<double>(2));
    pose.distanceMm = cv::norm(t);
    // The marker's normal in camera coordinates is R's third column; the line of sight runs from t to the camera.
    const cv::Vec3d normal(R(0, 2), R(1, 2), R(2, 2));
    const double cosTilt = std::clamp(normal.dot(-t) / pose.distanceMm, -1.0, 1.0);
    pose.tiltDeg = std::acos(cosTilt) * 180.0 / std::numbers::pi;
    pose.reprojectionErrorPx = std::sqrt(squared / 4);
    return pose;
}

models::Result<MarkerPoseResult> estimate(const Image &photo, const MarkerPoseRequest &request)
{
    auto dictionary = findMarkerDictionary(request.dictionary);
    if (!dictionary)
        return dictionary.error();
    if (!(request.markerSizeMm >= 1 && request.markerSizeMm <= 10000))
        return Error{ErrorCode::InvalidArgument,
                     "a marker size of " + std::to_string(request.markerSizeMm) + " mm is outside 1..10000 mm"};
    if (photo.empty() || photo.pixels.size() < photo.rowBytes() * std::size_t(photo.height))
        return Error{ErrorCode::InvalidArgument, "the photo has no pixels"};
    auto camera = request.camera ? intrinsicsForImage(*request.camera, photo.width, photo.height)
                                 : intrinsicsFromFieldOfView(photo.width, photo.height, request.horizontalFovDeg);
    if (!camera)
        return camera.error();

    MarkerPoseResult result{.imageWidth = photo.width, .imageHeight = photo.height, .camera = camera.value()};
    cv::Mat grey;
    cv::cvtColor(toBgrMat(photo), grey, cv::COLOR_BGR2GRAY);
    std::vector<std::vector<cv::Point2f>> corners, rejected;
    std::vector<int> ids;
    cv::aruco::detectMarkers(grey, arucoDictionary(dictionary.value()), corners, ids, detectorParameters(), rejected);
    result.nCandidatesRejected = int(rejected.size());

    const cv::Mat K = cv::Mat(cv::Matx33d(result.camera.matrix().data())).clone();
    const cv::Mat dist = cv::Mat(result.camera.distortion, true);
    std::vector<double> areas;
    for (std::size_t i = 0; i < ids.size(); ++i) {
        if (request.onlyId && ids[i] != *request.onlyId)
            continue;
        if (auto pose = solveMarker(ids[i], corners[i], request.markerSizeMm, K, dist)) {
            result.markers.push_back(*pose);
            areas.push_back(cv::contourArea(corners[i]));
        }
    }
    // Largest first: the nearest, best-resolved marker is the one the preview should anchor to.
    std::vector<std::size_t> order(result.markers.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return areas[a] > areas[b]; });
    std::vector<MarkerPose> sorted;
    for (const std::size_t i : order)
        sorted.push_back(result.markers[i]);
    result.markers = std::move(sorted);
    return result;
}

}  // namespace

models::Result<MarkerPoseResult> estimateMarkerPoses(const Image &photo, const MarkerPoseRequest &request)
{
    try {
        return estimate(photo, request);
    } catch (const cv::Exception &e) {
        return Error{ErrorCode::Unknown, "marker detection failed: " + e.err};
    }
}

models::Result<MarkerPoseResult> estimateMarkerPoses(const std::filesystem::path &photo,
                                                     const MarkerPoseRequest &request)
{
    auto image = importImage(photo);
    if (!image)
        return image.error();
    return estimateMarkerPoses(image.value(), request);
}

}  // namespace noosphere::core::image
