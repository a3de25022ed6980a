// Camera calibration (core/image/cameracalibration.*, camerafile.*): synthetic chessboard views rendered with a
// known K give back its focal length within 2%; too few views, mixed sizes and bad files fail clearly.
#include "syntheticscene.h"

#include "image/cameracalibration.h"
#include "image/camerafile.h"
#include "image/cvimage.h"

#include <opencv2/imgproc.hpp>

#include <QTemporaryDir>
#include <QTest>

#include <cstdio>
#include <fstream>

namespace noosphere::tests {

using namespace core::image;
using models::ErrorCode;

namespace {

constexpr int kWidth = 1280, kHeight = 720;
constexpr double kSquareMm = 25;

std::vector<CalibrationView> views(int count, const cv::Matx33d &K)
{
    const cv::Mat board = chessboardImage(10, 7, 100);  // 9 x 6 inner corners, 4 px per mm
    std::vector<CalibrationView> out;
    for (int i = 0; i < count; ++i) {
        const ScenePose pose = calibrationViewPose(i, count);
        const cv::Mat photo = renderScene(clutteredBackground({kWidth, kHeight}, 100 + i), board, 12 * kSquareMm, K,
                                          pose, {.seed = std::uint32_t(i + 1)});
        out.push_back({"view" + std::to_string(i), fromMat(photo, PixelFormat::Bgr8)});
    }
    return out;
}

}  // namespace

class TestCameraCalibration : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void recoversFocalLength();
    void refusesTooFewViews();
    void refusesMixedSizes();
    void roundTripsCameraFile();
    void refusesBadCameraFiles();
};

void TestCameraCalibration::recoversFocalLength()
{
    const cv::Matx33d K = cameraMatrix(kWidth, kHeight, 65);
    auto blank = fromMat(cv::Mat(kHeight, kWidth, CV_8UC3, cv::Scalar(128, 128, 128)), PixelFormat::Bgr8);
    auto all = views(10, K);
    all.push_back({"blank", blank});
    int nProgress = 0;
    auto result = calibrateCamera(all, {9, 6, kSquareMm}, nullptr, [&](int done, int total) {
        nProgress = done;
        QCOMPARE(total, 11);
    });
    QVERIFY2(result, result ? "" : result.error().detail.c_str());
    QCOMPARE(nProgress, 11);
    QCOMPARE(result->nViewsUsed, 10);
    QCOMPARE(result->skipped.size(), std::size_t(1));
    QVERIFY(result->skipped[0].find("blank") == 0);
    const CameraIntrinsics &c = result->camera;
    const double fxErrorPct = 100 * std::abs(c.fx - K(0, 0)) / K(0, 0);
    const double fyErrorPct = 100 * std::abs(c.fy - K(1, 1)) / K(1, 1);
    std::printf("CALIBRATION OK: fx %.1f (true %.1f, %.2f%%), fy %.1f (%.2f%%), cx %.1f (true %.1f), cy %.1f (true "
                "%.1f), rms %.3f px over %d views\n",
                c.fx, K(0, 0), fxErrorPct, c.fy, fyErrorPct, c.cx, K(0, 2), c.cy, K(1, 2), result->rmsErrorPx,
                result->nViewsUsed);
    QVERIFY(fxErrorPct < 2);
    QVERIFY(fyErrorPct < 2);
    QVERIFY(std::abs(c.cx - K(0, 2)) < 15);
    QVERIFY(std::abs(c.cy - K(1, 2)) < 15);
    QVERIFY(result->rmsErrorPx < 0.5);
    QCOMPARE(c.imageWidth, kWidth);
    QVERIFY(c.calibrated);
}

void TestCameraCalibration::refusesTooFewViews()
{
    const cv::Matx33d K = cameraMatrix(kWidth, kHeight, 60);
    auto two = views(2, K);
    auto result = calibrateCamera(two, {9, 6, kSquareMm});
    QVERIFY(!result);
    QCOMPARE(result.error().code, ErrorCode::InvalidArgument);
    QVERIFY2(result.error().detail.find("too few views") != std::string::npos, result.error().detail.c_str());
    // A photo of the board with the wrong size given: nothing found, and a hint on counting corners. NOTE: one view
    // only, since OpenCV's exhaustive search for a board that is not there takes ~5 s per 1280 x 720 photo.
    auto wrongBoard = calibrateCamera(views(1, K), {7, 5, kSquareMm});
    QVERIFY(!wrongBoard);
    QVERIFY(wrongBoard.error().detail.find("0 of 1") != std::string::npos);
    QVERIFY(wrongBoard.error().detail.find("inner corners") != std::string::npos);
    QCOMPARE(calibrateCamera({}, {9, 6, kSquareMm}).error().code, ErrorCode::InvalidArgument);
    QCOMPARE(calibrateCamera(two, {1, 6, kSquareMm}).error().code, ErrorCode::InvalidArgument);
    QVERIFY(parseChessboardSize("9x6", 25));
    QVERIFY(!parseChessboardSize("9x", 25));
    QVERIFY(!parseChessboardSize("9x6x2", 25));
    QVERIFY(!parseChessboardSize("1x6", 25));
    // Cancelled before the first view.
    core::CancelToken cancel;
    cancel.cancel();
    QCOMPARE(calibrateCamera(two, {9, 6, kSquareMm}, &cancel).error().code, ErrorCode::Cancelled);
}

void TestCameraCalibration::refusesMixedSizes()
{
    auto mixed = views(3, cameraMatrix(kWidth, kHeight, 60));
    mixed.push_back({"small", fromMat(cv::Mat(100, 100, CV_8UC3, cv::Scalar(0, 0, 0)), PixelFormat::Bgr8)});
    auto result = calibrateCamera(mixed, {9, 6, kSquareMm});
    QCOMPARE(result.error().code, ErrorCode::InvalidArgument);
    QVERIFY(result.error().detail.find("small") != std::string::npos);
}

void TestCameraCalibration::roundTripsCameraFile()
{
    QTemporaryDir dir;
    const std::filesystem::path file = dir.path().toStdString() + "/camera.json";
    const CameraIntrinsics camera{1920, 1080, 1500.5, 1501.25, 959.5, 540.25, {0.1, -0.2, 0.001, -0.002, 0.05}, true};
    QVERIFY(writeCameraFile(file, camera, CalibrationProvenance{0.31, 12, "9x6", 25}));
    auto read = readCameraFile(file);
    QVERIFY2(read, read ? "" : read.error().detail.c_str());
    QCOMPARE(read->imageWidth, 1920);
    QCOMPARE(read->fx, 1500.5);
    QCOMPARE(read->cy, 540.25);
    QCOMPARE(read->distortion, camera.distortion);
    QVERIFY(read->calibrated);
}

void TestCameraCalibration::refusesBadCameraFiles()
{
    QTemporaryDir dir;
    const std::string folder = dir.path().toStdString();
    const auto write = [&](const std::string &name, const std::string &text) {
        std::ofstream(folder + "/" + name) << text;
        return std::filesystem::path(folder + "/" + name);
    };
    const std::string good = R"("format": "noosphere-camera", "version": 1, "imageWidth": 640, "imageHeight": 480,
                                "cx": 320, "cy": 240)";
    QVERIFY(readCameraFile(write("ok.json", "{" + good + R"(, "fx": 500, "fy": 500})")));
    for (const auto &[name, text, expect] : std::vector<std::tuple<std::string, std::string, std::string>>{
             {"text.json", "not json", "JSON"},
             {"array.json", "[1, 2]", "JSON"},
             {"format.json", R"({"format": "other"})", "format"},
             {"newer.json", R"({"format": "noosphere-camera", "version": 2})", "version"},
             {"nofx.json", "{" + good + R"(, "fy": 500})", "fx"},
             {"negative.json", "{" + good + R"(, "fx": -5, "fy": 500})", "fx"},
             {"distortion.json", "{" + good + R"(, "fx": 5, "fy": 5, "distortion": [1, 2, 3]})", "distortion"},
             {"distortion2.json", "{" + good + R"(, "fx": 5, "fy": 5, "distortion": "none"})", "distortion"},
         }) {
        auto read = readCameraFile(write(name, text));
        QVERIFY2(!read, name.c_str());
        QCOMPARE(read.error().code, ErrorCode::Corrupt);
        QVERIFY2(read.error().detail.find(expect) != std::string::npos, read.error().detail.c_str());
    }
    QCOMPARE(readCameraFile(folder + "/missing.json").error().code, ErrorCode::NotFound);
}

}  // namespace noosphere::tests

QObject *newTestCameraCalibration()
{
    return new noosphere::tests::TestCameraCalibration;
}

#include "tst_cameracalibration.moc"
