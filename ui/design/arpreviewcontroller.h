// The AR-style preview, seen by QML as the `ArPreview` singleton: a photo (or camera frame) holding a printed
// ArUco marker; the marker's pose is found on the worker (OpenCV: detection, IPPE-square), and the view gets the
// photo's camera as a Quick 3D projection and the marker's frame as a position and rotation, so the design
// stands on the marker at real scale. No marker: says so, and the view falls back to an orbit view. The marker
// dictionary and printed size, and the camera (a calibration file, else a field of view), are settings.
#pragma once

#include <QElapsedTimer>
#include <QMatrix4x4>
#include <QObject>
#include <QQuaternion>
#include <QSettings>
#include <QUrl>
#include <QVector3D>
#include <QtQml/qqmlregistration.h>

#include "common/result.h"

#include <functional>

class QQmlEngine;
class QJSEngine;

class QVideoFrame;

namespace noosphere::core::image {
struct MarkerPoseRequest;
struct MarkerPoseResult;
}

namespace noosphere::ui {

class EngineBridge;
class Studio;

class ArPreviewController : public QObject {
    Q_OBJECT
    QML_NAMED_ELEMENT(ArPreview)
    QML_SINGLETON
    Q_PROPERTY(QUrl photo READ photo NOTIFY photoChanged)
    Q_PROPERTY(int photoWidth READ photoWidth NOTIFY photoChanged)
    Q_PROPERTY(int photoHeight READ photoHeight NOTIFY photoChanged)
    Q_PROPERTY(bool busy READ isBusy NOTIFY busyChanged)
    Q_PROPERTY(bool live READ isLive NOTIFY liveChanged)
    Q_PROPERTY(bool markerFound READ markerFound NOTIFY photoChanged)
    Q_PROPERTY(QString status READ status NOTIFY photoChanged)
    Q_PROPERTY(QString problem READ problem NOTIFY photoChanged)
    Q_PROPERTY(QMatrix4x4 projection READ projection NOTIFY photoChanged)
    Q_PROPERTY(QVector3D markerPosition READ markerPosition NOTIFY photoChanged)
    Q_PROPERTY(QQuaternion markerRotation READ markerRotation NOTIFY photoChanged)
    Q_PROPERTY(double distanceMm READ distanceMm NOTIFY photoChanged)
    Q_PROPERTY(QString dictionary READ dictionary WRITE setDictionary NOTIFY settingsChanged)
    Q_PROPERTY(QStringList dictionaries READ dictionaries CONSTANT)
    Q_PROPERTY(double markerSizeMm READ markerSizeMm WRITE setMarkerSizeMm NOTIFY settingsChanged)
    Q_PROPERTY(double fieldOfViewDeg READ fieldOfViewDeg WRITE setFieldOfViewDeg NOTIFY settingsChanged)
    Q_PROPERTY(QString cameraFile READ cameraFile WRITE setCameraFile NOTIFY settingsChanged)
public:
    explicit ArPreviewController(EngineBridge *bridge, QObject *parent = nullptr);

    static ArPreviewController *forStudio(Studio *studio);
    static ArPreviewController *create(QQmlEngine *, QJSEngine *);

    QUrl photo() const { return m_photo; }
    int photoWidth() const { return m_width; }
    int photoHeight() const { return m_height; }
    bool isBusy() const { return m_busy; }
    /// The pose shown is from camera frames, not from the photo.
    bool isLive() const { return m_live; }
    bool markerFound() const { return m_found; }
    QString status() const { return m_status; }
    QString problem() const { return m_problem; }
    QMatrix4x4 projection() const { return m_projection; }
    QVector3D markerPosition() const { return m_position; }
    QQuaternion markerRotation() const { return m_rotation; }
    double distanceMm() const { return m_distanceMm; }
    QString dictionary() const;
    void setDictionary(const QString &name);
    QStringList dictionaries() const;
    double markerSizeMm() const;
    void setMarkerSizeMm(double mm);
    double fieldOfViewDeg() const;
    void setFieldOfViewDeg(double degrees);
    QString cameraFile() const;
    void setCameraFile(const QString &file);

    /// Finds the marker in the photo at `file` on the worker; photoChanged follows.
    Q_INVOKABLE void openPhoto(const QUrl &file);
    /// Finds the marker in a camera frame on the worker (ArCameraFeed sends them); frameMeasured follows, and
    /// photoChanged when what the view shows changed. The view shows the frames itself.
    void estimateFrame(const QVideoFrame &frame);
    /// The camera stopped: its last pose goes (the view falls back to the orbit view until a photo is opened).
    void endLive();
    /// Looks again with the current settings (after the marker size or dictionary changed).
    Q_INVOKABLE void retry();

    /// The OpenGL-style projection of a pinhole camera (fx, fy, cx, cy in pixels of a width × height image) for
    /// a Quick 3D camera at the origin looking down −z with y up. Public for the tests.
    static QMatrix4x4 projectionFor(double fx, double fy, double cx, double cy, int width, int height);

Q_SIGNALS:
    void photoChanged();
    void busyChanged();
    void liveChanged();
    void frameMeasured();
    void settingsChanged();

private:
    using PoseFinder = std::function<models::Result<core::image::MarkerPoseResult>(const core::image::MarkerPoseRequest &)>;
    void findPose(const QUrl &photo, PoseFinder find);  // an empty photo: a camera frame
    void onEstimated(const QUrl &file, const QString &error, const core::image::MarkerPoseResult &result);

    EngineBridge *m_bridge;
    QSettings m_settings;
    QUrl m_photo;
    int m_width = 0, m_height = 0;
    bool m_busy = false, m_found = false, m_live = false;
    QElapsedTimer m_lastLiveFind;  // since the camera last saw the marker
    QString m_status, m_problem;
    QMatrix4x4 m_projection;
    QVector3D m_position;
    QQuaternion m_rotation;
    double m_distanceMm = 0;
    quint64 m_serial = 0;
};

}  // namespace noosphere::ui
