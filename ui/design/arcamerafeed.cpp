#include "arcamerafeed.h"

#include "arpreviewcontroller.h"
#include "studio.h"
#include "studiosingleton.h"

#include <QCamera>
#include <QCameraDevice>

namespace noosphere::ui {

ArCameraFeed::ArCameraFeed(ArPreviewController *preview, QObject *parent)
    : QObject(parent)
    , m_preview(preview)
{
    connect(&m_devices, &QMediaDevices::videoInputsChanged, this, &ArCameraFeed::camerasChanged);
    connect(preview, &ArPreviewController::frameMeasured, this, &ArCameraFeed::onMeasured);
}

ArCameraFeed::~ArCameraFeed() = default;

ArCameraFeed *ArCameraFeed::forStudio(Studio *studio)
{
    if (auto *existing = studio->findChild<ArCameraFeed *>(QString(), Qt::FindDirectChildrenOnly))
        return existing;
    return new ArCameraFeed(ArPreviewController::forStudio(studio), studio);
}

ArCameraFeed *ArCameraFeed::create(QQmlEngine *, QJSEngine *)
{
    return qmlSingletonOfStudio<ArCameraFeed>();
}

QStringList ArCameraFeed::cameras() const
{
    QStringList names;
    for (const QCameraDevice &device : QMediaDevices::videoInputs())
        names.append(device.description());
    return names;
}

void ArCameraFeed::setVideoSink(QVideoSink *sink)
{
    if (sink == m_sink)
        return;
    if (m_sink)
        disconnect(m_sink, nullptr, this, nullptr);
    m_sink = sink;
    if (m_sink)
        connect(m_sink, &QVideoSink::videoFrameChanged, this, &ArCameraFeed::onFrame);
    if (m_session)
        m_session->setVideoSink(m_sink);
    Q_EMIT videoSinkChanged();
}

void ArCameraFeed::start(int index)
{
    const auto devices = QMediaDevices::videoInputs();
    if (index < 0 || index >= devices.size()) {
        m_problem = devices.isEmpty() ? tr("No camera was found.") : tr("There is no such camera.");
        Q_EMIT problemChanged();
        return;
    }
    stop();
    m_camera = std::make_unique<QCamera>(devices[index]);
    if (!m_problem.isEmpty()) {  // before starting: a camera may report its error from inside start()
        m_problem.clear();
        Q_EMIT problemChanged();
    }
    connect(m_camera.get(), &QCamera::errorOccurred, this, [this](QCamera::Error, const QString &message) {
        m_problem = tr("The camera stopped: %1").arg(message);
        Q_EMIT problemChanged();
        // Queued: stop() deletes the camera, which is still emitting this signal.
        QMetaObject::invokeMethod(this, &ArCameraFeed::stop, Qt::QueuedConnection);
    });
    if (!m_session) {
        m_session = std::make_unique<QMediaCaptureSession>();
        m_session->setVideoSink(m_sink);
    }
    m_session->setCamera(m_camera.get());
    m_camera->start();
    Q_EMIT activeChanged();
}

void ArCameraFeed::stop()
{
    if (!m_camera)
        return;
    m_session->setCamera(nullptr);
    m_camera->stop();
    m_camera.reset();
    m_waiting = {};
    if (m_preview)
        m_preview->endLive();
    Q_EMIT activeChanged();
}

void ArCameraFeed::onFrame(const QVideoFrame &frame)
{
    if (!frame.isValid())
        return;
    if (m_measuring)
        m_waiting = frame;  // only the newest waits
    else
        measure(frame);
}

void ArCameraFeed::measure(const QVideoFrame &frame)
{
    if (!m_preview)
        return;
    m_measuring = true;
    m_preview->estimateFrame(frame);
}

void ArCameraFeed::onMeasured()
{
    ++m_measured;
    m_measuring = false;
    if (m_waiting.isValid()) {
        const QVideoFrame next = m_waiting;
        m_waiting = {};
        measure(next);
    }
}

}  // namespace noosphere::ui
