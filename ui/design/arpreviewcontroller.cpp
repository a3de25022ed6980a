#include "arpreviewcontroller.h"

#include "engine/enginebridge.h"
#include "engine/imageconversion.h"
#include "studio.h"
#include "studiosingleton.h"

#include "image/camerafile.h"
#include "image/markerdictionary.h"
#include "image/markerpose.h"

#include <QMatrix3x3>
#include <QImage>
#include <QPointer>
#include <QVideoFrame>

#include <memory>

namespace noosphere::ui {

namespace image = core::image;

namespace {

constexpr double kNearMm = 10;
constexpr double kFarMm = 100'000;
constexpr int kLiveHoldMs = 1000;

}  // namespace

ArPreviewController::ArPreviewController(EngineBridge *bridge, QObject *parent)
    : QObject(parent)
    , m_bridge(bridge)
{
    m_settings.beginGroup(QStringLiteral("ar"));
}

ArPreviewController *ArPreviewController::forStudio(Studio *studio)
{
    if (auto *existing = studio->findChild<ArPreviewController *>(QString(), Qt::FindDirectChildrenOnly))
        return existing;
    return new ArPreviewController(studio->engine(), studio);
}

ArPreviewController *ArPreviewController::create(QQmlEngine *, QJSEngine *)
{
    return qmlSingletonOfStudio<ArPreviewController>();
}

QString ArPreviewController::dictionary() const
{
    return m_settings.value("dictionary", QString::fromUtf8(image::kDefaultMarkerDictionary.data(),
                                                           qsizetype(image::kDefaultMarkerDictionary.size())))
        .toString();
}

void ArPreviewController::setDictionary(const QString &name)
{
    if (name == dictionary() || !image::findMarkerDictionary(name.toStdString()))
        return;
    m_settings.setValue("dictionary", name);
    Q_EMIT settingsChanged();
    retry();  // the pose depends on it
}

QStringList ArPreviewController::dictionaries() const
{
    QStringList names;
    for (const auto &name : image::markerDictionaryNames())
        names.append(QString::fromStdString(name));
    return names;
}

double ArPreviewController::markerSizeMm() const { return m_settings.value("marker_size_mm", 50.0).toDouble(); }

void ArPreviewController::setMarkerSizeMm(double mm)
{
    if (!(mm >= 5 && mm <= 1000) || mm == markerSizeMm())
        return;
    m_settings.setValue("marker_size_mm", mm);
    Q_EMIT settingsChanged();
    retry();  // the pose depends on it
}

double ArPreviewController::fieldOfViewDeg() const
{
    return m_settings.value("field_of_view_deg", image::kDefaultHorizontalFovDeg).toDouble();
}

void ArPreviewController::setFieldOfViewDeg(double degrees)
{
    if (!(degrees >= 20 && degrees <= 120) || degrees == fieldOfViewDeg())
        return;
    m_settings.setValue("field_of_view_deg", degrees);
    Q_EMIT settingsChanged();
    retry();  // the pose depends on it
}

QString ArPreviewController::cameraFile() const { return m_settings.value("camera_file").toString(); }

void ArPreviewController::setCameraFile(const QString &file)
{
    if (file == cameraFile())
        return;
    m_settings.setValue("camera_file", file);
    Q_EMIT settingsChanged();
    retry();  // the pose depends on it
}

QMatrix4x4 ArPreviewController::projectionFor(double fx, double fy, double cx, double cy, int width, int height)
{
    // OpenCV's pixel (u, v) with v down against Quick 3D's camera (y up, looking down −z): derived from
    // u = cx + fx·x/(−z), v = cy − fy·y/(−z) and NDC x = 2u/W − 1, y = 1 − 2v/H, with w = −z.
    const double w = width, h = height, n = kNearMm, f = kFarMm;
    return QMatrix4x4(float(2 * fx / w), 0, float(1 - 2 * cx / w), 0,  //
                      0, float(2 * fy / h), float(2 * cy / h - 1), 0,  //
                      0, 0, float(-(f + n) / (f - n)), float(-2 * f * n / (f - n)),  //
                      0, 0, -1, 0);
}

void ArPreviewController::openPhoto(const QUrl &file)
{
    m_busy = true;
    Q_EMIT busyChanged();
    const QString path = file.isLocalFile() ? file.toLocalFile() : file.toString();
    findPose(file, [path](const image::MarkerPoseRequest &request) {
        return image::estimateMarkerPoses(path.toStdString(), request);
    });
}

void ArPreviewController::estimateFrame(const QVideoFrame &frame)
{
    findPose({}, [frame](const image::MarkerPoseRequest &request) -> models::Result<image::MarkerPoseResult> {
        // Converted here, on the worker: a 1080p YUV frame takes milliseconds.
        const image::Image bgr = toEngineImage(frame.toImage(), image::PixelFormat::Bgr8);
        if (bgr.empty())
            return models::Error{models::ErrorCode::Corrupt, "the camera sent a frame that could not be read"};
        return image::estimateMarkerPoses(bgr, request);
    });
}

void ArPreviewController::endLive()
{
    ++m_serial;  // a frame still being measured answers nobody
    if (!m_live)
        return;
    m_live = false;
    m_found = false;
    m_problem.clear();
    m_status = tr("The camera is off: showing the design in an orbit view.");
    Q_EMIT liveChanged();
    Q_EMIT photoChanged();
}

void ArPreviewController::findPose(const QUrl &photo, PoseFinder find)
{
    const quint64 serial = ++m_serial;
    image::MarkerPoseRequest request;
    request.dictionary = dictionary().toStdString();
    request.markerSizeMm = markerSizeMm();
    request.horizontalFovDeg = fieldOfViewDeg();
    const QString camera = cameraFile();
    const bool live = photo.isEmpty();
    QPointer<ArPreviewController> self(this);
    m_bridge->submit(
        {.kind = "design.ar",
         .title = {},  // ~10 ms for a 1280 × 720 photo: the preview's busy mark says enough
         // Frames never supersede each other (the camera feed sends one at a time and waits for its answer).
         .supersedeKey = live ? "design.ar.frame" : "design.ar",
         .priority = core::Priority::Interactive,
         .run = [self, serial, photo, camera, request, find = std::move(find)](const core::CancelToken &,
                                                                               const core::Progress &) mutable {
             QString error;
             auto result = std::make_shared<image::MarkerPoseResult>();
             if (!camera.isEmpty()) {
                 auto intrinsics = image::readCameraFile(camera.toStdString());
                 if (intrinsics)
                     request.camera = intrinsics.value();
                 else
                     error = QString::fromStdString(intrinsics.error().detail);
             }
             if (error.isEmpty()) {
                 auto estimated = find(request);
                 if (estimated)
                     *result = std::move(estimated).value();
                 else
                     error = QString::fromStdString(estimated.error().detail);
             }
             QMetaObject::invokeMethod(
                 self,
                 [self, serial, photo, error, result] {
                     if (!self)
                         return;
                     if (serial == self->m_serial)
                         self->onEstimated(photo, error, *result);
                     if (photo.isEmpty())
                         Q_EMIT self->frameMeasured();  // stale or not: the feed may send the next frame
                 },
                 Qt::QueuedConnection);
         }});
}

void ArPreviewController::retry()
{
    if (!m_photo.isEmpty())
        openPhoto(m_photo);
}

void ArPreviewController::onEstimated(const QUrl &file, const QString &error, const image::MarkerPoseResult &result)
{
    const bool live = file.isEmpty();
    if (!live) {
        m_busy = false;
        Q_EMIT busyChanged();
    }
    // A camera loses the marker for a frame now and then (a hand, a blur): the last pose holds for a moment
    // rather than the view jumping to the orbit view and back.
    if (live && m_live && m_found && (!error.isEmpty() || !result.found()) &&
        m_lastLiveFind.isValid() && m_lastLiveFind.elapsed() < kLiveHoldMs)
        return;
    m_problem = error;
    m_found = error.isEmpty() && result.found();
    if (!error.isEmpty()) {
        // A bad photo leaves the last good one in place.
        m_status = live ? tr("This camera frame could not be used: %1").arg(error)
                        : tr("This photo could not be used: %1").arg(error);
        Q_EMIT photoChanged();
        return;
    }
    if (live != m_live) {
        m_live = live;
        Q_EMIT liveChanged();
    }
    if (live && m_found)
        m_lastLiveFind.start();
    if (!live)
        m_photo = file;
    m_width = result.imageWidth;
    m_height = result.imageHeight;
    const auto &k = result.camera;
    // OpenCV puts pixel centres at whole numbers, OpenGL at halves.
    m_projection = projectionFor(k.fx, k.fy, k.cx + 0.5, k.cy + 0.5, m_width, m_height);
    if (!m_found) {
        m_status = (live ? tr("No marker in the camera's view: showing the design in an orbit view. Print one with "
                              "noosphere-cli marker print (%1, %2 mm).")
                         : tr("No marker found in this photo: showing the design in an orbit view. Print one with "
                              "noosphere-cli marker print (%1, %2 mm)."))
                       .arg(dictionary())
                       .arg(markerSizeMm());
        Q_EMIT photoChanged();
        return;
    }
    const auto &pose = result.markers.front();
    // Marker → OpenCV camera is X_cam = R·X + t; Quick 3D's camera has y and z flipped: F = diag(1, −1, −1).
    float flipped[9];
    for (int row = 0; row < 3; ++row)
        for (int col = 0; col < 3; ++col)
            flipped[row * 3 + col] = float((row == 0 ? 1 : -1) * pose.rotation[size_t(row * 3 + col)]);
    m_rotation = QQuaternion::fromRotationMatrix(QMatrix3x3(flipped));
    m_position = QVector3D(float(pose.translationMm[0]), float(-pose.translationMm[1]), float(-pose.translationMm[2]));
    m_distanceMm = pose.distanceMm;
    m_status = tr("Marker %1 at %2 cm, tilted %3°%4")
                   .arg(pose.markerId)
                   .arg(pose.distanceMm / 10, 0, 'f', 1)
                   .arg(pose.tiltDeg, 0, 'f', 0)
                   .arg(k.calibrated ? tr(" (calibrated camera)") : tr(" (assumed %1° field of view)").arg(fieldOfViewDeg()));
    Q_EMIT photoChanged();
}

}  // namespace noosphere::ui
