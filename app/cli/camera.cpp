// `noosphere-cli camera calibrate --board 9x6 --square-mm 25 --out camera.json PHOTOS...`: calibrates a camera
// from photos of a printed chessboard (core/image/cameracalibration.h) for metric marker poses.
//
// Exit codes: 0 written; 1 calibration did not converge or the file could not be written; 2 bad input: a missing
// photo, a bad board size, photos of different sizes, or too few photos that show the board (each photo skipped
// is named on stderr).
#include "verbs.h"

#include "image/cameracalibration.h"
#include "image/camerafile.h"

#include <CLI/CLI.hpp>

#include <cstdio>
#include <filesystem>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

namespace noosphere::cli {
namespace {

namespace image = core::image;

struct CalibrateOptions {
    std::string board = "9x6";
    double squareMm = 0;
    std::string out;
    std::vector<std::string> photos;
};

int report(const std::string &detail, int exitCode)
{
    std::cerr << "noosphere-cli: " << detail << '\n';
    return exitCode;
}

int runCalibrate(const CalibrateOptions &o)
{
    auto board = image::parseChessboardSize(o.board, o.squareMm);
    if (!board)
        return report(board.error().detail, kExitBadInput);
    std::vector<std::filesystem::path> files;
    for (const auto &photo : o.photos) {
        std::error_code ec;
        if (!std::filesystem::is_regular_file(photo, ec))
            return report("'" + photo + "' is not a file", kExitBadInput);
        files.emplace_back(photo);
    }
    auto result = image::calibrateCameraFromFiles(files, board.value());
    if (!result)
        return report(result.error().detail,
                      result.error().code == models::ErrorCode::InvalidArgument ? kExitBadInput : kExitFailed);
    const auto &r = result.value();
    for (const auto &why : r.skipped)
        std::cerr << "noosphere-cli: skipped " << why << '\n';
    const image::CalibrationProvenance provenance{r.rmsErrorPx, r.nViewsUsed, o.board, o.squareMm};
    if (auto written = image::writeCameraFile(o.out, r.camera, provenance); !written)
        return report(written.error().detail, kExitFailed);
    const auto &c = r.camera;
    std::printf("%s: %d x %d, fx %.1f fy %.1f cx %.1f cy %.1f px (%.1f deg across), rms %.3f px over %d of %zu "
                "photos\n",
                o.out.c_str(), c.imageWidth, c.imageHeight, c.fx, c.fy, c.cx, c.cy, c.horizontalFovDeg(), r.rmsErrorPx,
                r.nViewsUsed, files.size());
    return kExitOk;
}

}  // namespace

void addCameraVerbs(CLI::App &app, int &exitCode)
{
    auto *camera = app.add_subcommand("camera", "Camera intrinsics for metric marker poses");
    camera->require_subcommand(1);
    auto o = std::make_shared<CalibrateOptions>();
    auto *verb = camera->add_subcommand("calibrate", "Calibrate from photos of a printed chessboard (10-20 photos, "
                                                     "tilted various ways, filling much of the frame)");
    verb->add_option("--board", o->board, "Inner corners as COLUMNSxROWS (a board of 10 x 7 squares is 9x6)")
        ->capture_default_str();
    verb->add_option("--square-mm", o->squareMm, "Side of one square in mm, as printed")
        ->required()
        ->check(CLI::PositiveNumber);
    verb->add_option("--out", o->out, "The camera file (JSON) to write")->required();
    verb->add_option("PHOTOS", o->photos, "Photos of the chessboard, all from the same camera setting")->required();
    verb->footer("Exit codes: 0 written; 1 calibration failed or the file could not be written; 2 bad input (a "
                 "missing photo, a bad board size, mixed photo sizes, too few photos showing the board).\n");
    verb->callback([o, &exitCode] { exitCode = runCalibrate(*o); });
}

}  // namespace noosphere::cli
