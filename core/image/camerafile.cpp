// Camera file reading and writing with nlohmann::json; every field is checked before use, since the file may be
// hand-edited or come from another tool.
#include "camerafile.h"

#include "export/atomicfile.h"

#include <nlohmann/json.hpp>

#include <cmath>
#include <fstream>
#include <sstream>

namespace noosphere::core::image {
namespace {

using models::Error;
using models::ErrorCode;

constexpr const char *kFormat = "noosphere-camera";
constexpr int kVersion = 1;

std::string quoted(const std::filesystem::path &file)
{
    return "'" + file.string() + "'";
}

Error corrupt(const std::filesystem::path &file, const std::string &why)
{
    return {ErrorCode::Corrupt, quoted(file) + " is not a usable camera file: " + why};
}

// A finite number > 0 under `key`, or nullopt.
std::optional<double> positive(const nlohmann::json &json, const char *key)
{
    const auto it = json.find(key);
    if (it == json.end() || !it->is_number())
        return std::nullopt;
    const double v = it->get<double>();
    return std::isfinite(v) && v > 0 ? std::optional(v) : std::nullopt;
}

}  // namespace

models::Result<void> writeCameraFile(const std::filesystem::path &file, const CameraIntrinsics &camera,
                                     const std::optional<CalibrationProvenance> &provenance)
{
    nlohmann::json json{{"format", kFormat},
                        {"version", kVersion},
                        {"imageWidth", camera.imageWidth},
                        {"imageHeight", camera.imageHeight},
                        {"fx", camera.fx},
                        {"fy", camera.fy},
                        {"cx", camera.cx},
                        {"cy", camera.cy},
                        {"distortion", camera.distortion}};
    if (provenance) {
        json["rmsErrorPx"] = provenance->rmsErrorPx;
        json["nViews"] = provenance->nViews;
        json["board"] = provenance->board;
        json["squareMm"] = provenance->squareMm;
    }
    return writeFileAtomically(file, json.dump(2) + "\n");
}

models::Result<CameraIntrinsics> readCameraFile(const std::filesystem::path &file)
{
    std::error_code ec;
    if (!std::filesystem::exists(file, ec))
        return Error{ErrorCode::NotFound, quoted(file) + " does not exist"};
    if (std::filesystem::is_directory(file, ec))
        return Error{ErrorCode::IsDirectory, quoted(file) + " is a folder, not a camera file"};
    if (std::filesystem::file_size(file, ec) > (1u << 20))
        return corrupt(file, "larger than 1 MB");
    std::ifstream in(file, std::ios::binary);
    if (!in)
        return Error{ErrorCode::Io, "cannot read " + quoted(file)};
    std::stringstream text;
    text << in.rdbuf();
    const auto json = nlohmann::json::parse(text.str(), nullptr, /*allow_exceptions=*/false);
    if (json.is_discarded() || !json.is_object())
        return corrupt(file, "not a JSON object");
    if (json.value("format", std::string()) != kFormat)
        return corrupt(file, "its \"format\" is not \"noosphere-camera\"");
    if (const auto version = json.find("version"); version == json.end() || !version->is_number_integer() ||
                                                   version->get<int>() < 1 || version->get<int>() > kVersion)
        return corrupt(file, "a missing or newer \"version\" (this build reads 1)");

    CameraIntrinsics camera;
    camera.calibrated = true;
    for (auto [key, target] : {std::pair{"fx", &camera.fx}, {"fy", &camera.fy}}) {
        const auto v = positive(json, key);
        if (!v)
            return corrupt(file, std::string("\"") + key + "\" must be a number above 0");
        *target = *v;
    }
    for (auto [key, target] : {std::pair{"imageWidth", &camera.imageWidth}, {"imageHeight", &camera.imageHeight}}) {
        const auto v = positive(json, key);
        if (!v || *v != std::floor(*v) || *v > 100000)
            return corrupt(file, std::string("\"") + key + "\" must be a whole number of pixels");
        *target = int(*v);
    }
    for (auto [key, target] : {std::pair{"cx", &camera.cx}, {"cy", &camera.cy}}) {
        const auto it = json.find(key);
        if (it == json.end() || !it->is_number() || !std::isfinite(it->get<double>()))
            return corrupt(file, std::string("\"") + key + "\" must be a number");
        *target = it->get<double>();
    }
    if (const auto it = json.find("distortion"); it != json.end()) {
        if (!it->is_array())
            return corrupt(file, "\"distortion\" must be a list of numbers");
        for (const auto &k : *it) {
            if (!k.is_number() || !std::isfinite(k.get<double>()))
                return corrupt(file, "\"distortion\" must be a list of numbers");
            camera.distortion.push_back(k.get<double>());
        }
        const std::size_t n = camera.distortion.size();
        if (n != 0 && n != 4 && n != 5 && n != 8 && n != 12 && n != 14)
            return corrupt(file,
                           "\"distortion\" has " + std::to_string(n) + " values (OpenCV takes 4, 5, 8, 12 or 14)");
    }
    return camera;
}

}  // namespace noosphere::core::image
