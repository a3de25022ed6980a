// `noosphere-cli marker print|pose`: printable ArUco markers and their poses in photos (core/image), the engine
// of the AR-style preview. `print` writes a PNG that prints at the marker's true size; `pose` says where the
// marker sits relative to the camera.
//
// Exit codes: 0 done (pose: a marker was found); 1 pose found no marker (a clear line, or "markers": [] with
// --json), or the PNG could not be written; 2 bad input: a missing, truncated, corrupt or non-image photo, an
// unknown dictionary, an id out of range, a bad size, density or camera file.
#include "verbs.h"

#include "image/camerafile.h"
#include "image/marker.h"
#include "image/markerpose.h"

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <cstdio>
#include <iostream>
#include <memory>
#include <optional>
#include <string>

namespace noosphere::cli {
namespace {

namespace image = core::image;

constexpr const char *kExitFooter = "Exit codes: 0 done; 1 no marker found (pose) or the file could not be written; "
                                    "2 bad input (missing, truncated, corrupt or non-image photo, unknown dictionary, "
                                    "id out of range, bad size, density or camera file).\n";

int report(const models::Error &error, int exitCode)
{
    std::cerr << "noosphere-cli: " << error.detail << '\n';
    return exitCode;
}

struct PrintOptions {
    image::MarkerPrintSpec spec;
    std::string out;
};

void addPrintVerb(CLI::App &marker, int &exitCode)
{
    auto o = std::make_shared<PrintOptions>();
    auto *verb = marker.add_subcommand("print", "Write marker N as a PNG that prints at its true size");
    verb->add_option("--id", o->spec.id, "Marker id in the dictionary (0 .. count - 1)")->required();
    verb->add_option("--size-mm", o->spec.sizeMm, "Side of the black square in mm, as printed")->capture_default_str();
    verb->add_option("--dict", o->spec.dictionary,
                     "Dictionary, e.g. DICT_4X4_50, DICT_5X5_100, DICT_6X6_250, "
                     "DICT_ARUCO_ORIGINAL")
        ->capture_default_str();
    verb->add_option("--dpi", o->spec.dpi,
                     "Print density; cells are rounded to whole pixels and the PNG's "
                     "density adjusted so the size stays exact")
        ->capture_default_str();
    verb->add_option("--quiet-zone", o->spec.quietZoneCells, "White margin in marker cells")->capture_default_str();
    verb->add_flag("--caption", o->spec.caption, "Print the dictionary, id and size below the marker");
    verb->add_option("--out", o->out, "The PNG to write")->required();
    verb->footer(kExitFooter);
    verb->callback([o, &exitCode] {
        auto sheet = image::writeMarkerPng(o->spec, o->out);
        if (!sheet) {
            exitCode = report(sheet.error(), sheet.error().code == models::ErrorCode::Io ? kExitFailed : kExitBadInput);
            return;
        }
        std::printf("%s: %s id %d, %g mm at %.1f dpi (marker %d px, sheet %d x %d px); print at actual size\n",
                    o->out.c_str(), o->spec.dictionary.c_str(), o->spec.id, o->spec.sizeMm, sheet->dpi(),
                    sheet->markerPx, sheet->image.width, sheet->image.height);
        exitCode = kExitOk;
    });
}

struct PoseOptions {
    std::string image;
    image::MarkerPoseRequest request;
    std::string camera;
    std::optional<int> id;
    bool json = false;
};

nlohmann::ordered_json poseJson(const image::MarkerPose &p)
{
    nlohmann::ordered_json corners = nlohmann::ordered_json::array();
    for (const auto &c : p.cornersPx)
        corners.push_back({c.x, c.y});
    return {{"id", p.markerId},
            {"distance_mm", p.distanceMm},
            {"tilt_deg", p.tiltDeg},
            {"translation_mm", p.translationMm},
            {"rotation", p.rotation},
            {"rodrigues", p.rodrigues},
            {"reprojection_error_px", p.reprojectionErrorPx},
            {"corners_px", corners}};
}

nlohmann::ordered_json resultJson(const PoseOptions &o, const image::MarkerPoseResult &r)
{
    nlohmann::ordered_json markers = nlohmann::ordered_json::array();
    for (const auto &pose : r.markers)
        markers.push_back(poseJson(pose));
    const auto &c = r.camera;
    return {{"image", o.image},
            {"width", r.imageWidth},
            {"height", r.imageHeight},
            {"dictionary", o.request.dictionary},
            {"marker_size_mm", o.request.markerSizeMm},
            {"camera",
             {{"calibrated", c.calibrated},
              {"fx", c.fx},
              {"fy", c.fy},
              {"cx", c.cx},
              {"cy", c.cy},
              {"distortion", c.distortion},
              {"horizontal_fov_deg", c.horizontalFovDeg()}}},
            {"markers", markers}};
}

void printPose(const image::MarkerPose &p)
{
    const auto &t = p.translationMm;
    const auto &r = p.rotation;
    std::printf("marker %d: distance %.1f mm, tilt %.1f deg, reprojection error %.2f px\n", p.markerId, p.distanceMm,
                p.tiltDeg, p.reprojectionErrorPx);
    std::printf("  translation mm: %.2f %.2f %.2f\n", t[0], t[1], t[2]);
    std::printf("  rotation (Rodrigues, rad): %.5f %.5f %.5f\n", p.rodrigues[0], p.rodrigues[1], p.rodrigues[2]);
    for (int row = 0; row < 3; ++row)
        std::printf("  %s % .5f % .5f % .5f\n", row == 0 ? "rotation:" : "         ", r[3 * row], r[3 * row + 1],
                    r[3 * row + 2]);
}

int runPose(PoseOptions &o)
{
    if (!o.camera.empty()) {
        auto camera = image::readCameraFile(o.camera);
        if (!camera)
            return report(camera.error(), kExitBadInput);
        o.request.camera = camera.value();
    }
    o.request.onlyId = o.id;
    auto result = image::estimateMarkerPoses(std::filesystem::path(o.image), o.request);
    if (!result)
        return report(result.error(), result.error().code == models::ErrorCode::Unknown ? kExitFailed : kExitBadInput);
    const auto &r = result.value();
    if (o.json) {
        std::cout << resultJson(o, r).dump(2) << '\n';
        return r.found() ? kExitOk : kExitFailed;
    }
    if (!r.found()) {
        std::printf("%s: no %s marker found%s\n", o.image.c_str(), o.request.dictionary.c_str(),
                    o.id ? (" with id " + std::to_string(*o.id)).c_str() : "");
        return kExitFailed;
    }
    std::printf("%s: %d x %d, camera %s (fx %.1f px, %.1f deg across)\n", o.image.c_str(), r.imageWidth, r.imageHeight,
                r.camera.calibrated ? "from the calibration file" : "guessed from the field of view", r.camera.fx,
                r.camera.horizontalFovDeg());
    for (const auto &pose : r.markers)
        printPose(pose);
    return kExitOk;
}

void addPoseVerb(CLI::App &marker, int &exitCode)
{
    auto o = std::make_shared<PoseOptions>();
    auto *verb = marker.add_subcommand("pose", "Find markers in a photo and print each one's pose");
    verb->add_option("--image", o->image, "The photo (PNG, JPEG or WebP)")->required();
    verb->add_option("--size-mm", o->request.markerSizeMm, "Side of the printed black square in mm")->required();
    verb->add_option("--dict", o->request.dictionary, "Dictionary the marker was printed from")->capture_default_str();
    verb->add_option("--camera", o->camera, "Camera file from `camera calibrate` (default: a guess from --fov-deg)");
    verb->add_option("--fov-deg", o->request.horizontalFovDeg, "Horizontal field of view without --camera")
        ->capture_default_str();
    verb->add_option("--id", o->id, "Only this marker id");
    verb->add_flag("--json", o->json, "Print JSON instead of text");
    verb->footer(kExitFooter);
    verb->callback([o, &exitCode] { exitCode = runPose(*o); });
}

}  // namespace

void addMarkerVerbs(CLI::App &app, int &exitCode)
{
    auto *marker = app.add_subcommand("marker", "ArUco markers for the AR preview: print one, find its pose");
    marker->require_subcommand(1);
    addPrintVerb(*marker, exitCode);
    addPoseVerb(*marker, exitCode);
}

}  // namespace noosphere::cli
