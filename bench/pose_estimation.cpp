// Marker pose estimation (core/image/markerpose.h) on a synthetic 1280 x 720 photo, beside its peer measured in the
// same run: OpenCV's cv::aruco::detectMarkers alone with the same parameters (sub-pixel corners), the bulk of the
// work; the rest is the grey conversion and solvePnP. Goal: ≤ 20 ms median, so the preview can follow a live camera.
#include "../tests/image/syntheticscene.h"

#include "image/cvimage.h"
#include "image/marker.h"
#include "image/markerpose.h"

#include <CLI/CLI.hpp>
#include <opencv2/aruco.hpp>
#include <opencv2/core/utility.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <vector>

using namespace noosphere;
using Clock = std::chrono::steady_clock;

namespace {

template <typename F> double medianMs(int runs, F &&f)
{
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        const auto start = Clock::now();
        f();
        times.push_back(std::chrono::duration<double, std::milli>(Clock::now() - start).count());
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

}  // namespace

int main(int argc, char **argv)
{
    CLI::App app{"Marker pose estimation speed on a 1280 x 720 photo", "bench_pose_estimation"};
    int runs = 50;
    int threads = -1;
    app.add_option("--runs", runs, "Timed runs (the median is printed)")->check(CLI::Range(1, 10000));
    app.add_option("--threads", threads, "OpenCV threads (-1 = OpenCV's default, one per core)");
    CLI11_PARSE(app, argc, argv);
    if (threads >= 0)
        cv::setNumThreads(threads);

    // A 50 mm marker 500 mm away, tilted 30 degrees, in a cluttered, noisy scene (as in tests/image).
    auto sheet = core::image::renderMarker({.id = 7, .sizeMm = 50, .dpi = 600});
    if (!sheet) {
        std::fprintf(stderr, "%s\n", sheet.error().detail.c_str());
        return 1;
    }
    const double sheetMm = sheet->image.width * 1000.0 / sheet->pixelsPerMetre;
    const cv::Mat photo =
        tests::renderScene(tests::clutteredBackground({1280, 720}, 3), core::image::toBgrMat(sheet->image), sheetMm,
                           tests::cameraMatrix(1280, 720, 60), tests::scenePose(500, 30, 20, 10));
    const core::image::Image image = core::image::fromMat(photo, core::image::PixelFormat::Bgr8);
    const core::image::MarkerPoseRequest request{.markerSizeMm = 50};

    auto check = core::image::estimateMarkerPoses(image, request);
    if (!check || !check->found()) {
        std::fprintf(stderr, "no marker found in the benchmark photo\n");
        return 1;
    }
    (void)medianMs(5, [&] { (void)core::image::estimateMarkerPoses(image, request); });  // warm caches and threads
    const double poseMs = medianMs(runs, [&] { (void)core::image::estimateMarkerPoses(image, request); });

    cv::Mat grey;
    cv::cvtColor(photo, grey, cv::COLOR_BGR2GRAY);
    const auto dictionary = cv::aruco::getPredefinedDictionary(cv::aruco::DICT_4X4_50);
    auto params = cv::aruco::DetectorParameters::create();
    params->cornerRefinementMethod = cv::aruco::CORNER_REFINE_SUBPIX;
    std::vector<std::vector<cv::Point2f>> corners;
    std::vector<int> ids;
    const double detectMs = medianMs(runs, [&] { cv::aruco::detectMarkers(grey, dictionary, corners, ids, params); });

    std::printf("marker pose, 1280x720, %d OpenCV threads, median of %d runs\n", cv::getNumThreads(), runs);
    std::printf("estimateMarkerPoses    %8.2f ms  | cv::aruco::detectMarkers alone  %8.2f ms  | ratio %5.2f  "
                "(goal <= 20 ms)\n",
                poseMs, detectMs, poseMs / detectMs);
    std::printf("(marker %d at %.1f mm, true 500.0 mm)\n", check->markers[0].markerId, check->markers[0].distanceMm);
    return 0;
}
