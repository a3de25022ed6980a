// Marker poses (core/image/markerpose.*) on synthetic 1280 x 720 photos of known pose: a printed sheet warped into
// a cluttered, blurred, noisy background by a known K [R | t]. Rotation error (the angle of R_est R_true^T) must stay
// within 2 degrees and translation error within 2% of the distance; photos without a marker and corrupt files
// give clear answers.
#include "syntheticscene.h"

#include "image/cvimage.h"
#include "image/marker.h"
#include "image/markerpose.h"

#include <opencv2/imgcodecs.hpp>

#include <QTemporaryDir>
#include <QTest>

#include <cstdio>
#include <fstream>

namespace noosphere::tests {

using namespace core::image;
using models::ErrorCode;

namespace {

constexpr int kWidth = 1280, kHeight = 720;
constexpr double kFovDeg = 60;
constexpr double kMarkerMm = 50;

struct Scene {
    ScenePose pose;
    cv::Mat photo;
};

// The sheet of marker `id` at kMarkerMm, as grey pixels, and the physical width the whole sheet spans.
std::pair<cv::Mat, double> markerSheet(int id)
{
    auto sheet = renderMarker({.id = id, .sizeMm = kMarkerMm, .dpi = 600});
    if (!sheet)
        qFatal("renderMarker: %s", sheet.error().detail.c_str());
    cv::Mat bgr = toBgrMat(sheet->image).clone();
    return {bgr, sheet->image.width * 1000.0 / sheet->pixelsPerMetre};
}

CameraIntrinsics camera()
{
    const cv::Matx33d K = cameraMatrix(kWidth, kHeight, kFovDeg);
    return {kWidth, kHeight, K(0, 0), K(1, 1), K(0, 2), K(1, 2), {}, true};
}

Scene scene(const ScenePose &pose, int id, std::uint32_t seed)
{
    const auto [sheet, sheetMm] = markerSheet(id);
    const cv::Mat background = clutteredBackground({kWidth, kHeight}, seed);
    return {pose,
            renderScene(background, sheet, sheetMm, cameraMatrix(kWidth, kHeight, kFovDeg), pose, {.seed = seed})};
}

Image asImage(const cv::Mat &bgr)
{
    return fromMat(bgr, PixelFormat::Bgr8);
}

cv::Matx33d matrixOf(const std::array<double, 9> &r)
{
    return cv::Matx33d(r.data());
}

}  // namespace

class TestMarkerPose : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void recoversKnownPoses();
    void usesFieldOfViewWithoutCamera();
    void reportsNoMarker();
    void filtersById();
    void reportsCorruptPhoto();
    void checksCameraAgainstPhoto();
};

void TestMarkerPose::recoversKnownPoses()
{
    double worstRotationDeg = 0, worstTranslationPct = 0, worstReprojectionPx = 0;
    int nPoses = 0;
    std::uint32_t seed = 1;
    for (const double distance : {200.0, 350.0, 500.0, 650.0, 800.0}) {
        for (const double tilt : {0.0, 15.0, 30.0, 45.0, 60.0}) {
            // Spread the tilt axis, the roll and the position in the frame over the set.
            const double axis = 37.0 * seed, roll = 71.0 * seed;
            const double offsetX = ((seed % 3) - 1.0) * 0.15 * distance, offsetY = ((seed % 2) - 0.5) * 0.15 * distance;
            const Scene s = scene(scenePose(distance, tilt, axis, roll, offsetX, offsetY), int(seed % 50), seed);
            ++seed;
            auto result = estimateMarkerPoses(asImage(s.photo), {.markerSizeMm = kMarkerMm, .camera = camera()});
            QVERIFY2(result, result ? "" : result.error().detail.c_str());
            const std::string where =
                "distance " + std::to_string(int(distance)) + " mm, tilt " + std::to_string(int(tilt)) + " deg";
            QVERIFY2(result->markers.size() == 1, ("marker not found at " + where).c_str());
            const MarkerPose &pose = result->markers[0];
            QCOMPARE(pose.markerId, int((seed - 1) % 50));
            const double rotationDeg = rotationErrorDeg(matrixOf(pose.rotation), s.pose.R);
            const cv::Vec3d t(pose.translationMm[0], pose.translationMm[1], pose.translationMm[2]);
            const double translationPct = 100 * cv::norm(t - s.pose.t) / cv::norm(s.pose.t);
            worstRotationDeg = std::max(worstRotationDeg, rotationDeg);
            worstTranslationPct = std::max(worstTranslationPct, translationPct);
            worstReprojectionPx = std::max(worstReprojectionPx, pose.reprojectionErrorPx);
            QVERIFY2(rotationDeg <= 2.0, (where + ": rotation off by " + std::to_string(rotationDeg) + " deg").c_str());
            QVERIFY2(translationPct <= 2.0,
                     (where + ": translation off by " + std::to_string(translationPct) + "%").c_str());
            // Tilt is against the line of sight, which the offset turns away from the optical axis.
            const cv::Vec3d normal(s.pose.R(0, 2), s.pose.R(1, 2), s.pose.R(2, 2));
            const double trueTiltDeg = std::acos(normal.dot(-s.pose.t) / cv::norm(s.pose.t)) * 180 / CV_PI;
            QVERIFY2(
                std::abs(pose.tiltDeg - trueTiltDeg) <= 2.0,
                (where + ": tilt " + std::to_string(pose.tiltDeg) + ", true " + std::to_string(trueTiltDeg)).c_str());
            ++nPoses;
        }
    }
    std::printf("POSES OK: %d poses, max rotation error %.3f deg, max translation error %.3f%% of distance, "
                "max reprojection error %.3f px\n",
                nPoses, worstRotationDeg, worstTranslationPct, worstReprojectionPx);
}

void TestMarkerPose::usesFieldOfViewWithoutCamera()
{
    // The guessed camera is the true one here (60 degrees, centred), so the pose is as good as with a file.
    const Scene s = scene(scenePose(400, 30, 10, 20), 5, 99);
    auto result = estimateMarkerPoses(asImage(s.photo), {.markerSizeMm = kMarkerMm, .horizontalFovDeg = kFovDeg});
    QVERIFY(result && result->found());
    QVERIFY(!result->camera.calibrated);
    QVERIFY(std::abs(result->camera.horizontalFovDeg() - kFovDeg) < 1e-9);
    QVERIFY(std::abs(result->markers[0].distanceMm - 400) < 8);
    // A wrong guess of the field of view scales the distance, as it must.
    auto wide = estimateMarkerPoses(asImage(s.photo), {.markerSizeMm = kMarkerMm, .horizontalFovDeg = 90});
    QVERIFY(wide && wide->found());
    QVERIFY(wide->markers[0].distanceMm < 300);
}

void TestMarkerPose::reportsNoMarker()
{
    const cv::Mat empty = clutteredBackground({kWidth, kHeight}, 5);
    auto result = estimateMarkerPoses(asImage(empty), {.markerSizeMm = kMarkerMm});
    QVERIFY(result);
    QVERIFY(!result->found());
    QCOMPARE(result->imageWidth, kWidth);
    // A marker of another dictionary is not this dictionary's marker.
    const Scene s = scene(scenePose(300, 0, 0, 0), 3, 7);
    auto other = estimateMarkerPoses(asImage(s.photo), {.dictionary = "DICT_6X6_250", .markerSizeMm = kMarkerMm});
    QVERIFY(other && !other->found());
}

void TestMarkerPose::filtersById()
{
    const Scene s = scene(scenePose(300, 10, 0, 0), 12, 11);
    QVERIFY(estimateMarkerPoses(asImage(s.photo), {.onlyId = 12})->found());
    QVERIFY(!estimateMarkerPoses(asImage(s.photo), {.onlyId = 13})->found());
}

void TestMarkerPose::reportsCorruptPhoto()
{
    QTemporaryDir dir;
    const std::string folder = dir.path().toStdString();
    const Scene s = scene(scenePose(300, 10, 0, 0), 1, 3);
    std::vector<std::uint8_t> jpeg;
    cv::imencode(".jpg", s.photo, jpeg);
    const std::filesystem::path good = folder + "/photo.jpg", cut = folder + "/cut.jpg", text = folder + "/notes.jpg";
    std::ofstream(good, std::ios::binary)
        .write(reinterpret_cast<const char *>(jpeg.data()), std::streamsize(jpeg.size()));
    std::ofstream(cut, std::ios::binary)
        .write(reinterpret_cast<const char *>(jpeg.data()), std::streamsize(jpeg.size() / 2));
    std::ofstream(text) << "hello";
    auto fine = estimateMarkerPoses(good, {});
    QVERIFY(fine && fine->found());
    auto truncated = estimateMarkerPoses(cut, {});
    QCOMPARE(truncated.error().code, ErrorCode::Truncated);
    QVERIFY(truncated.error().detail.find("cut.jpg") != std::string::npos);
    QCOMPARE(estimateMarkerPoses(text, {}).error().code, ErrorCode::InvalidArgument);
    QCOMPARE(estimateMarkerPoses(std::filesystem::path(folder + "/none.jpg"), {}).error().code, ErrorCode::NotFound);
    QCOMPARE(estimateMarkerPoses(asImage(s.photo), {.dictionary = "DICT_NONE"}).error().code,
             ErrorCode::InvalidArgument);
    QCOMPARE(estimateMarkerPoses(asImage(s.photo), {.markerSizeMm = 0}).error().code, ErrorCode::InvalidArgument);
    QCOMPARE(estimateMarkerPoses(Image{}, {}).error().code, ErrorCode::InvalidArgument);
}

void TestMarkerPose::checksCameraAgainstPhoto()
{
    const Scene s = scene(scenePose(400, 20, 45, 0), 2, 21);
    // A camera calibrated at twice the size is scaled down to the photo.
    CameraIntrinsics big = camera();
    big.imageWidth *= 2, big.imageHeight *= 2, big.fx *= 2, big.fy *= 2;
    big.cx = (big.cx + 0.5) * 2 - 0.5, big.cy = (big.cy + 0.5) * 2 - 0.5;
    auto scaled = estimateMarkerPoses(asImage(s.photo), {.markerSizeMm = kMarkerMm, .camera = big});
    QVERIFY(scaled && scaled->found());
    QVERIFY(std::abs(scaled->camera.fx - camera().fx) < 1e-9);
    QVERIFY(std::abs(scaled->markers[0].distanceMm - 400) < 8);
    // One calibrated in portrait does not fit a landscape photo.
    CameraIntrinsics portrait = camera();
    std::swap(portrait.imageWidth, portrait.imageHeight);
    auto refused = estimateMarkerPoses(asImage(s.photo), {.camera = portrait});
    QCOMPARE(refused.error().code, ErrorCode::InvalidArgument);
}

}  // namespace noosphere::tests

QObject *newTestMarkerPose()
{
    return new noosphere::tests::TestMarkerPose;
}

#include "tst_markerpose.moc"
