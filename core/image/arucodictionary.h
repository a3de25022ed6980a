// Internal to core/image: the OpenCV dictionary object behind a MarkerDictionary.
#pragma once

#include "markerdictionary.h"

#include <opencv2/aruco/dictionary.hpp>

namespace noosphere::core::image {

cv::Ptr<cv::aruco::Dictionary> arucoDictionary(const MarkerDictionary &dictionary);

}  // namespace noosphere::core::image
