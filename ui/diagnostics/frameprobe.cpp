#include "diagnostics/frameprobe.h"

#include <QQuickWindow>

#include <algorithm>

namespace noosphere::ui {

FrameProbe::FrameProbe(QQuickWindow *window, QObject *parent)
    : QObject(parent)
    , m_window(window)
{
    // frameSwapped comes from the render thread with the threaded render loop; a queued connection keeps the
    // bookkeeping on ours, and measures what a user sees: frames the GUI thread managed to hand over.
    connect(window, &QQuickWindow::frameSwapped, this, &FrameProbe::onFrameSwapped, Qt::QueuedConnection);
}

void FrameProbe::start()
{
    m_gapsMs.clear();
    m_lastNs = -1;
    m_clock.start();
    m_running = true;
    if (m_window)
        m_window->update();
}

void FrameProbe::stop() { m_running = false; }

void FrameProbe::onFrameSwapped()
{
    if (!m_running)
        return;
    const qint64 now = m_clock.nsecsElapsed();
    if (m_lastNs >= 0)
        m_gapsMs.push_back(double(now - m_lastNs) / 1e6);
    m_lastNs = now;
    if (m_window)
        m_window->update();  // ask for the next frame at once
}

FrameStats FrameProbe::stats() const
{
    FrameStats s;
    s.frames = int(m_gapsMs.size());
    if (m_gapsMs.empty())
        return s;
    auto sorted = m_gapsMs;
    std::sort(sorted.begin(), sorted.end());
    const auto at = [&](double q) { return sorted[std::min(sorted.size() - 1, size_t(q * double(sorted.size())))]; };
    s.p50Ms = at(0.50);
    s.p99Ms = at(0.99);
    s.maxGapMs = sorted.back();
    return s;
}

}  // namespace noosphere::ui
