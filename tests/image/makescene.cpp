// image_makescene: synthetic photos for the CLI test (test-marker-cli.sh), from the outside like a camera would
// give them. The marker sheet's physical size comes from its own pHYs chunk, so the test also proves that
// `marker print` wrote a true size.
//   image_makescene marker SHEET.png OUT DISTANCE_MM TILT_DEG   a 1280 x 720, 60-degree photo of the sheet
//   image_makescene empty OUT                                   the same background with no marker
//   image_makescene chessboard FOLDER N                          N views of a 10 x 7-square board of 25 mm squares
#include "syntheticscene.h"

#include "image/cvimage.h"
#include "image/imageimport.h"
#include "image/pngphys.h"

#include <opencv2/imgcodecs.hpp>

#include <cstdio>
#include <string>

namespace {

using namespace noosphere;

constexpr int kWidth = 1280, kHeight = 720;
constexpr double kFovDeg = 60;

int fail(const std::string &why)
{
    std::fprintf(stderr, "image_makescene: %s\n", why.c_str());
    return 2;
}

int markerScene(const std::string &sheetFile, const std::string &out, double distanceMm, double tiltDeg)
{
    auto bytes = core::image::readImageFile(sheetFile);
    if (!bytes)
        return fail(bytes.error().detail);
    const auto ppm = core::image::pngPixelsPerMetre(bytes.value());
    auto sheet = core::image::decodeImage(bytes.value());
    if (!ppm || !sheet)
        return fail(sheetFile + " is not a PNG with a pHYs chunk");
    const double sheetMm = sheet->width * 1000.0 / *ppm;
    const auto pose = tests::scenePose(distanceMm, tiltDeg, 30, 15, 20, -10);
    const cv::Mat photo =
        tests::renderScene(tests::clutteredBackground({kWidth, kHeight}, 3), core::image::toBgrMat(sheet.value()),
                           sheetMm, tests::cameraMatrix(kWidth, kHeight, kFovDeg), pose);
    if (!cv::imwrite(out, photo))
        return fail("cannot write " + out);
    std::printf("distance_mm %.3f\n", cv::norm(pose.t));
    return 0;
}

int chessboardViews(const std::string &folder, int count)
{
    const cv::Mat board = tests::chessboardImage(10, 7, 100);
    const cv::Matx33d K = tests::cameraMatrix(kWidth, kHeight, kFovDeg);
    for (int i = 0; i < count; ++i) {
        const cv::Mat photo =
            tests::renderScene(tests::clutteredBackground({kWidth, kHeight}, 100 + i), board, 12 * 25.0, K,
                               tests::calibrationViewPose(i, count), {.seed = std::uint32_t(i + 1)});
        if (!cv::imwrite(folder + "/view" + std::to_string(i) + ".png", photo))
            return fail("cannot write into " + folder);
    }
    std::printf("fx %.3f\n", K(0, 0));
    return 0;
}

}  // namespace

int main(int argc, char **argv)
{
    const std::string mode = argc > 1 ? argv[1] : "";
    if (mode == "marker" && argc == 6)
        return markerScene(argv[2], argv[3], std::stod(argv[4]), std::stod(argv[5]));
    if (mode == "empty" && argc == 3)
        return cv::imwrite(argv[2], tests::clutteredBackground({kWidth, kHeight}, 3)) ? 0 : fail("cannot write");
    if (mode == "chessboard" && argc == 4)
        return chessboardViews(argv[2], std::stoi(argv[3]));
    return fail("usage: image_makescene marker SHEET OUT DISTANCE_MM TILT_DEG | empty OUT | chessboard FOLDER N");
}
