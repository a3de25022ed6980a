// Synthetic scene rendering: the homography K [r1 r2 t] A maps the plane image's pixel centres (A: pixels to mm,
// y flipped so that the plane's y points up) to the photo; rendering happens at `supersample` times the size
// (K scaled about pixel centres) and is box-filtered down with INTER_AREA.
#include "syntheticscene.h"

#include <opencv2/calib3d.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>
#include <numbers>
#include <random>

namespace noosphere::tests {
namespace {

double radians(double deg)
{
    return deg * std::numbers::pi / 180.0;
}

cv::Matx33d rotationAbout(cv::Vec3d axis, double angleRad)
{
    cv::Matx33d R;
    cv::Rodrigues(cv::Vec3d(cv::normalize(axis) * angleRad), R);
    return R;
}

}  // namespace

ScenePose scenePose(double distanceMm, double tiltDeg, double tiltAxisDeg, double rollDeg, double offsetXMm,
                    double offsetYMm)
{
    // Facing the camera: the plane's x is the camera's x, its y the camera's -y, its normal the camera's -z.
    const cv::Matx33d facing(1, 0, 0, 0, -1, 0, 0, 0, -1);
    const double axis = radians(tiltAxisDeg);
    const cv::Matx33d tilt = rotationAbout({std::cos(axis), std::sin(axis), 0}, radians(tiltDeg));
    const cv::Matx33d roll = rotationAbout({0, 0, 1}, radians(rollDeg));
    return {facing * tilt * roll, {offsetXMm, offsetYMm, distanceMm}};
}

ScenePose calibrationViewPose(int i, int count)
{
    return scenePose(550 + 25 * (i % 4), 20 + 5 * (i % 6), 360.0 * i / count, 7.0 * i, (i % 3 - 1) * 40.0,
                     (i % 2 - 0.5) * 30.0);
}

cv::Matx33d cameraMatrix(int width, int height, double horizontalFovDeg)
{
    const double f = width / 2.0 / std::tan(radians(horizontalFovDeg) / 2);
    return {f, 0, (width - 1) / 2.0, 0, f, (height - 1) / 2.0, 0, 0, 1};
}

cv::Mat chessboardImage(int squaresX, int squaresY, int squarePx)
{
    cv::Mat board((squaresY + 2) * squarePx, (squaresX + 2) * squarePx, CV_8UC1, cv::Scalar(255));
    for (int y = 0; y < squaresY; ++y)
        for (int x = 0; x < squaresX; ++x)
            if ((x + y) % 2 == 0)
                board(cv::Rect((x + 1) * squarePx, (y + 1) * squarePx, squarePx, squarePx)).setTo(0);
    return board;
}

cv::Mat clutteredBackground(cv::Size size, std::uint32_t seed)
{
    cv::RNG rng(seed);
    cv::Mat background(size, CV_8UC3);
    for (int y = 0; y < size.height; ++y)
        for (int x = 0; x < size.width; ++x)
            background.at<cv::Vec3b>(y, x) = {std::uint8_t(90 + 60 * x / size.width),
                                              std::uint8_t(110 + 50 * y / size.height),
                                              std::uint8_t(140 - 40 * x / size.width)};
    for (int i = 0; i < 40; ++i) {
        const cv::Scalar colour(rng.uniform(30, 230), rng.uniform(30, 230), rng.uniform(30, 230));
        const cv::Point centre(rng.uniform(0, size.width), rng.uniform(0, size.height));
        if (i % 2 == 0)
            cv::circle(background, centre, rng.uniform(5, 60), colour, cv::FILLED, cv::LINE_AA);
        else
            cv::line(background, centre, {rng.uniform(0, size.width), rng.uniform(0, size.height)}, colour,
                     rng.uniform(1, 6), cv::LINE_AA);
    }
    return background;
}

cv::Mat renderScene(const cv::Mat &background, const cv::Mat &plane, double planeWidthMm, const cv::Matx33d &K,
                    const ScenePose &pose, const SceneOptions &options)
{
    const int s = options.supersample;
    cv::Mat planeBgr = plane;
    if (plane.channels() == 1)
        cv::cvtColor(plane, planeBgr, cv::COLOR_GRAY2BGR);
    const double mmPerPx = planeWidthMm / plane.cols;
    const double planeHeightMm = mmPerPx * plane.rows;
    // Plane pixel centre (u, v) -> plane point (x, y) in mm, y up.
    const cv::Matx33d A(mmPerPx, 0, -planeWidthMm / 2 + mmPerPx / 2, 0, -mmPerPx, planeHeightMm / 2 - mmPerPx / 2, 0, 0,
                        1);
    const cv::Matx33d Rt(pose.R(0, 0), pose.R(0, 1), pose.t[0], pose.R(1, 0), pose.R(1, 1), pose.t[1], pose.R(2, 0),
                         pose.R(2, 1), pose.t[2]);
    // Output pixel centre x maps to supersampled centre s*x + (s-1)/2.
    const double c = (s - 1) / 2.0;
    const cv::Matx33d Ks(K(0, 0) * s, 0, K(0, 2) * s + c, 0, K(1, 1) * s, K(1, 2) * s + c, 0, 0, 1);
    const cv::Matx33d H = Ks * Rt * A;

    cv::Mat big;
    cv::resize(background, big, background.size() * s, 0, 0, cv::INTER_LINEAR);
    cv::warpPerspective(planeBgr, big, H, big.size(), cv::INTER_LINEAR, cv::BORDER_TRANSPARENT);
    cv::Mat photo;
    cv::resize(big, photo, background.size(), 0, 0, cv::INTER_AREA);
    if (options.blurSigmaPx > 0)
        cv::GaussianBlur(photo, photo, {0, 0}, options.blurSigmaPx);
    if (options.noiseSigma > 0) {
        cv::Mat noise(photo.size(), CV_16SC3);
        cv::RNG(options.seed).fill(noise, cv::RNG::NORMAL, 0, options.noiseSigma);
        cv::Mat noisy;
        photo.convertTo(noisy, CV_16SC3);
        noisy += noise;
        noisy.convertTo(photo, CV_8UC3);  // saturates
    }
    return photo;
}

double rotationErrorDeg(const cv::Matx33d &a, const cv::Matx33d &b)
{
    const cv::Matx33d d = a * b.t();
    const double cosAngle = std::clamp((d(0, 0) + d(1, 1) + d(2, 2) - 1) / 2, -1.0, 1.0);
    return std::acos(cosAngle) * 180.0 / std::numbers::pi;
}

}  // namespace noosphere::tests
