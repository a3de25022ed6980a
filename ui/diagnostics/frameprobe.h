// Records the time between frames a window shows, to prove that the UI thread never waits on the engine:
// while a job runs on the worker, every gap must stay small. Used by the frame-time test, the benchmark and
// `noosphere --frame-probe`.
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

#include <vector>

class QQuickWindow;

namespace noosphere::ui {

struct FrameStats {
    int frames = 0;
    double p50Ms = 0;
    double p99Ms = 0;
    double maxGapMs = 0;
};

class FrameProbe : public QObject {
    Q_OBJECT
public:
    explicit FrameProbe(QQuickWindow *window, QObject *parent = nullptr);

    /// Forgets earlier frames and starts recording. Keeps the window animating (one update per frame), so
    /// that a gap means the scene graph could not render, not that nothing asked it to.
    void start();
    void stop();
    FrameStats stats() const;

private:
    void onFrameSwapped();

    QPointer<QQuickWindow> m_window;
    QElapsedTimer m_clock;
    std::vector<double> m_gapsMs;
    qint64 m_lastNs = -1;
    bool m_running = false;
};

}  // namespace noosphere::ui
