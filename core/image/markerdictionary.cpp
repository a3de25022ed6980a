// Names and sizes of OpenCV's predefined marker dictionaries (opencv2/aruco/dictionary.hpp).
#include "markerdictionary.h"

#include "arucodictionary.h"

#include <array>

namespace noosphere::core::image {
namespace {

struct Entry {
    std::string_view name;
    cv::aruco::PREDEFINED_DICTIONARY_NAME id;
};

// clang-format off
constexpr std::array kDictionaries{
    Entry{"DICT_4X4_50", cv::aruco::DICT_4X4_50},     Entry{"DICT_4X4_100", cv::aruco::DICT_4X4_100},
    Entry{"DICT_4X4_250", cv::aruco::DICT_4X4_250},   Entry{"DICT_4X4_1000", cv::aruco::DICT_4X4_1000},
    Entry{"DICT_5X5_50", cv::aruco::DICT_5X5_50},     Entry{"DICT_5X5_100", cv::aruco::DICT_5X5_100},
    Entry{"DICT_5X5_250", cv::aruco::DICT_5X5_250},   Entry{"DICT_5X5_1000", cv::aruco::DICT_5X5_1000},
    Entry{"DICT_6X6_50", cv::aruco::DICT_6X6_50},     Entry{"DICT_6X6_100", cv::aruco::DICT_6X6_100},
    Entry{"DICT_6X6_250", cv::aruco::DICT_6X6_250},   Entry{"DICT_6X6_1000", cv::aruco::DICT_6X6_1000},
    Entry{"DICT_7X7_50", cv::aruco::DICT_7X7_50},     Entry{"DICT_7X7_100", cv::aruco::DICT_7X7_100},
    Entry{"DICT_7X7_250", cv::aruco::DICT_7X7_250},   Entry{"DICT_7X7_1000", cv::aruco::DICT_7X7_1000},
    Entry{"DICT_ARUCO_ORIGINAL", cv::aruco::DICT_ARUCO_ORIGINAL},
    Entry{"DICT_APRILTAG_16h5", cv::aruco::DICT_APRILTAG_16h5},
    Entry{"DICT_APRILTAG_25h9", cv::aruco::DICT_APRILTAG_25h9},
    Entry{"DICT_APRILTAG_36h10", cv::aruco::DICT_APRILTAG_36h10},
    Entry{"DICT_APRILTAG_36h11", cv::aruco::DICT_APRILTAG_36h11},
};
// clang-format on

}  // namespace

std::vector<std::string> markerDictionaryNames()
{
    std::vector<std::string> names;
    for (const auto &entry : kDictionaries)
        names.emplace_back(entry.name);
    return names;
}

models::Result<MarkerDictionary> findMarkerDictionary(std::string_view name)
{
    for (const auto &entry : kDictionaries) {
        if (entry.name != name)
            continue;
        // The sizes come from OpenCV's tables, so they cannot drift from what the detector uses.
        const auto dictionary = cv::aruco::getPredefinedDictionary(entry.id);
        return MarkerDictionary{std::string(entry.name), int(entry.id), dictionary->markerSize,
                                dictionary->bytesList.rows};
    }
    return models::Error{models::ErrorCode::InvalidArgument, "unknown marker dictionary '" + std::string(name) +
                                                                 "' (try DICT_4X4_50, DICT_5X5_100, "
                                                                 "DICT_6X6_250 or DICT_ARUCO_ORIGINAL)"};
}

cv::Ptr<cv::aruco::Dictionary> arucoDictionary(const MarkerDictionary &dictionary)
{
    return cv::aruco::getPredefinedDictionary(dictionary.openCvId);
}

}  // namespace noosphere::core::image
