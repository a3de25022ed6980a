// Batch mode for `noosphere --screenshot OUT.png`: waits until the window has rendered settled frames,
// writes the PNG (and, on request, the visible texts, so tests can check what a person would read), exits.
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QString>

#include <functional>

class QQuickWindow;

namespace noosphere::app {

class ScreenshotTaker : public QObject {
    Q_OBJECT
public:
    /// `sinceStart` runs from the start of main(), for the startup-time line.
    ScreenshotTaker(QQuickWindow *window, QString pngPath, QString textPath, QElapsedTimer sinceStart);
    /// The picture waits (a while at most) as long as `busy` says work whose results the window would show is
    /// under way, e.g. the analysis panel's arc.
    void waitWhile(std::function<bool()> busy) { m_busy = std::move(busy); }

private:
    void onFrame();
    void capture();

    QQuickWindow *m_window;
    QString m_pngPath;
    QString m_textPath;
    QElapsedTimer m_sinceStart;
    int m_frames = 0;
    std::function<bool()> m_busy;
    int m_waitedMs = 0;
};

}  // namespace noosphere::app
