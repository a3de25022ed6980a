#include "arpreviewcontroller.h"

#include "engine/enginebridge.h"
#include "studio.h"

#include "image/camerafile.h"
#include "image/markerdictionary.h"
#include "image/markerpose.h"

#include <QJSEngine>
#include <QMatrix3x3>
#include <QPointer>

#include <memory>

namespace noosphere::ui {

namespace image = core::image;

namespace {

constexpr double kNearMm = 10;
constexpr double kFarMm = 100'000;

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
    Q_ASSERT_X(Studio::instance(), "ArPreviewController::create", "the Studio is made before QML is loaded");
    auto *preview = forStudio(Studio::instance());
    QJSEngine::setObjectOwnership(preview, QJSEngine::CppOwnership);
    return preview;
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
    const quint64 serial = ++m_serial;
    m_busy = true;
    Q_EMIT busyChanged();
    image::MarkerPoseRequest request;
    request.dictionary = dictionary().toStdString();
    request.markerSizeMm = markerSizeMm();
    request.horizontalFovDeg = fieldOfViewDeg();
    const QString camera = cameraFile();
    const QString path = file.isLocalFile() ? file.toLocalFile() : file.toString();
    QPointer<ArPreviewController> self(this);
    m_bridge->submit(
        {.kind = "design.ar",
         .title = {},  // ~10 ms for a 1280 × 720 photo: the preview's busy mark says enough
         .supersedeKey = "design.ar",
         .priority = core::Priority::Interactive,
         .run = [self, serial, file, path, camera, request](const core::CancelToken &, const core::Progress &) mutable {
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
                 auto estimated = image::estimateMarkerPoses(path.toStdString(), request);
                 if (estimated)
                     *result = std::move(estimated).value();
                 else
                     error = QString::fromStdString(estimated.error().detail);
             }
             QMetaObject::invokeMethod(
                 self,
                 [self, serial, file, error, result] {
                     if (self && serial == self->m_serial)
                         self->onEstimated(file, error, *result);
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
    m_busy = false;
    Q_EMIT busyChanged();
    m_problem = error;
    m_found = error.isEmpty() && result.found();
    if (!error.isEmpty()) {
        // A bad photo leaves the last good one in place.
        m_status = tr("This photo could not be used: %1").arg(error);
        Q_EMIT photoChanged();
        return;
    }
    m_photo = file;
    m_width = result.imageWidth;
    m_height = result.imageHeight;
    const auto &k = result.camera;
    // OpenCV puts pixel centres at whole numbers, OpenGL at halves.
    m_projection = projectionFor(k.fx, k.fy, k.cx + 0.5, k.cy + 0.5, m_width, m_height);
    if (!m_found) {
        m_status = tr("No marker found in this photo: showing the design in an orbit view. Print one with "
                      "noosphere-cli marker print (%1, %2 mm).")
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
