// The ArUco / AprilTag marker dictionaries by their OpenCV names ("DICT_4X4_50"), as plain values for ui/ and the
// CLI. The printed marker and the detector must use the same dictionary.
#pragma once

#include "common/result.h"

#include <string>
#include <string_view>
#include <vector>

namespace noosphere::core::image {

// The dictionary the studio prints and looks for unless told otherwise: few, large cells detect from farthest.
inline constexpr std::string_view kDefaultMarkerDictionary = "DICT_4X4_50";

struct MarkerDictionary {
    std::string name;     // "DICT_4X4_50"
    int openCvId = 0;     // cv::aruco::PREDEFINED_DICTIONARY_NAME
    int markerBits = 0;   // cells per side inside the black border (4 for DICT_4X4_*)
    int markerCount = 0;  // valid ids are 0 .. markerCount - 1
};

/// Every supported dictionary name, in OpenCV's order.
std::vector<std::string> markerDictionaryNames();

/// The dictionary called `name` (exact, upper case). InvalidArgument naming it when there is none. Any thread.
models::Result<MarkerDictionary> findMarkerDictionary(std::string_view name);

}  // namespace noosphere::core::image
