// Default and rescaled camera intrinsics.
#include "cameraintrinsics.h"

#include <cmath>
#include <numbers>
#include <string>

namespace noosphere::core::image {

using models::Error;
using models::ErrorCode;

double CameraIntrinsics::horizontalFovDeg() const
{
    return fx > 0 ? 2.0 * std::atan(imageWidth / (2.0 * fx)) * 180.0 / std::numbers::pi : 0.0;
}

models::Result<CameraIntrinsics> intrinsicsFromFieldOfView(int imageWidth, int imageHeight, double horizontalFovDeg)
{
    if (imageWidth <= 0 || imageHeight <= 0)
        return Error{ErrorCode::InvalidArgument, "the image has no pixels"};
    if (!(horizontalFovDeg >= 1 && horizontalFovDeg <= 170))
        return Error{ErrorCode::InvalidArgument,
                     "a field of view of " + std::to_string(horizontalFovDeg) + " degrees is outside 1..170"};
    const double f = imageWidth / 2.0 / std::tan(horizontalFovDeg * std::numbers::pi / 360.0);
    // Square pixels, centred principal point: what a calibration of a phone or webcam finds to within a few %.
    return CameraIntrinsics{imageWidth, imageHeight, f, f, (imageWidth - 1) / 2.0, (imageHeight - 1) / 2.0, {}, false};
}

models::Result<CameraIntrinsics> intrinsicsForImage(const CameraIntrinsics &camera, int imageWidth, int imageHeight)
{
    if (camera.imageWidth == imageWidth && camera.imageHeight == imageHeight)
        return camera;
    const std::string sizes = std::to_string(imageWidth) + " x " + std::to_string(imageHeight) +
                              " photo; the camera was calibrated at " + std::to_string(camera.imageWidth) + " x " +
                              std::to_string(camera.imageHeight);
    if (camera.imageWidth <= 0 || camera.imageHeight <= 0 || imageWidth <= 0 || imageHeight <= 0)
        return Error{ErrorCode::InvalidArgument, "cannot use the camera for a " + sizes};
    const double sx = double(imageWidth) / camera.imageWidth, sy = double(imageHeight) / camera.imageHeight;
    if (std::abs(sx / sy - 1.0) > 0.01)
        return Error{ErrorCode::InvalidArgument, "the aspect ratio differs (rotated or cropped?): a " + sizes};
    // Pixel centres sit at integers, so the scaling is about -0.5 (the image corner), not 0.
    CameraIntrinsics scaled = camera;
    scaled.imageWidth = imageWidth, scaled.imageHeight = imageHeight;
    scaled.fx *= sx, scaled.fy *= sy;
    scaled.cx = (camera.cx + 0.5) * sx - 0.5, scaled.cy = (camera.cy + 0.5) * sy - 0.5;
    return scaled;  // distortion coefficients are in normalised coordinates: unchanged
}

}  // namespace noosphere::core::image
