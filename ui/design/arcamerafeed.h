// The AR preview's live camera (Qt Multimedia), seen by QML as the `ArCamera` singleton: lists the cameras, runs
// one, and hands its frames to the ArPreview, which finds the marker's pose on the worker. The view shows the
// frames itself (its VideoOutput's sink is this feed's sink); the feed measures one frame at a time, and a frame
// that arrives meanwhile replaces any waiting one, so the pose follows the newest view and the worker never
// queues up frames.
#pragma once

#include <QMediaCaptureSession>
#include <QMediaDevices>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QVideoFrame>
#include <QVideoSink>
#include <QtQml/qqmlregistration.h>

#include <memory>

class QCamera;
class QQmlEngine;
class QJSEngine;

namespace noosphere::ui {

class ArPreviewController;
class Studio;

class ArCameraFeed : public QObject {
    Q_OBJECT
    QML_NAMED_ELEMENT(ArCamera)
    QML_SINGLETON
    Q_PROPERTY(QStringList cameras READ cameras NOTIFY camerasChanged)
    Q_PROPERTY(bool active READ isActive NOTIFY activeChanged)
    Q_PROPERTY(QString problem READ problem NOTIFY problemChanged)
    Q_PROPERTY(QVideoSink *videoSink READ videoSink WRITE setVideoSink NOTIFY videoSinkChanged)
public:
    explicit ArCameraFeed(ArPreviewController *preview, QObject *parent = nullptr);
    ~ArCameraFeed() override;

    static ArCameraFeed *forStudio(Studio *studio);
    static ArCameraFeed *create(QQmlEngine *, QJSEngine *);

    /// The cameras' names as the system gives them; empty where there is none.
    QStringList cameras() const;
    bool isActive() const { return m_camera != nullptr; }
    QString problem() const { return m_problem; }
    QVideoSink *videoSink() const { return m_sink; }
    /// Where the camera's frames go (the view's VideoOutput sink); every frame that reaches it is measured.
    void setVideoSink(QVideoSink *sink);

    /// Starts the camera at `index` in cameras(), in place of any running one.
    Q_INVOKABLE void start(int index);
    Q_INVOKABLE void stop();

    /// Frames measured since the feed was made (for the tests and the status line).
    int measuredFrames() const { return m_measured; }

Q_SIGNALS:
    void camerasChanged();
    void activeChanged();
    void problemChanged();
    void videoSinkChanged();

private:
    void onFrame(const QVideoFrame &frame);
    void measure(const QVideoFrame &frame);
    void onMeasured();

    QPointer<ArPreviewController> m_preview;
    QMediaDevices m_devices;
    std::unique_ptr<QMediaCaptureSession> m_session;  // made at the first start: its pipeline costs at launch
    std::unique_ptr<QCamera> m_camera;
    QPointer<QVideoSink> m_sink;
    QVideoFrame m_waiting;  // the newest frame that came while another was being measured
    bool m_measuring = false;
    int m_measured = 0;
    QString m_problem;
};

}  // namespace noosphere::ui
