#include "screenshot.h"

#include <QCoreApplication>
#include <QFile>
#include <QImage>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTextStream>
#include <QTimer>

#include <cstdio>

namespace noosphere::app {
namespace {

// Frames to wait after the first one: fonts, images and layouts settle within a few frames.
constexpr int kSettleFrames = 6;
// How long the picture waits for busy work, polled this often; and the time its results get to be drawn.
constexpr int kMaxBusyWaitMs = 15'000;
constexpr int kBusyPollMs = 100;
constexpr int kResultsDrawnMs = 400;

bool isShown(const QQuickItem *item)
{
    for (; item; item = item->parentItem())
        if (!item->isVisible() || item->opacity() <= 0.01)
            return false;
    return true;
}

void collectTexts(QQuickItem *item, QStringList &out)
{
    if (!isShown(item))
        return;
    // Text, Label, TextField and TextArea all expose `text`; placeholders are deliberately not collected.
    const QVariant text = item->property("text");
    if (text.typeId() == QMetaType::QString && !text.toString().trimmed().isEmpty())
        out << text.toString().simplified().left(200);
    for (QQuickItem *child : item->childItems())
        collectTexts(child, out);
}

}  // namespace

ScreenshotTaker::ScreenshotTaker(QQuickWindow *window, QString pngPath, QString textPath, QElapsedTimer sinceStart)
    : QObject(window)
    , m_window(window)
    , m_pngPath(std::move(pngPath))
    , m_textPath(std::move(textPath))
    , m_sinceStart(sinceStart)
{
    connect(window, &QQuickWindow::frameSwapped, this, &ScreenshotTaker::onFrame, Qt::QueuedConnection);
    window->update();
}

void ScreenshotTaker::onFrame()
{
    if (++m_frames == 1)
        std::fprintf(stderr, "noosphere: first frame after %lld ms\n", static_cast<long long>(m_sinceStart.elapsed()));
    if (m_frames == kSettleFrames) {
        // Let pending animations finish their first steps before the picture is taken.
        QTimer::singleShot(400, this, &ScreenshotTaker::capture);
        return;
    }
    if (m_frames < kSettleFrames)
        m_window->update();
}

void ScreenshotTaker::capture()
{
    if (m_busy && m_waitedMs < kMaxBusyWaitMs) {
        if (m_busy()) {
            m_waitedMs += kBusyPollMs;
            QTimer::singleShot(kBusyPollMs, this, &ScreenshotTaker::capture);
            return;
        }
        if (m_waitedMs > 0) {
            m_waitedMs = kMaxBusyWaitMs;  // done waiting: the results reach the window, then the picture
            QTimer::singleShot(kResultsDrawnMs, this, &ScreenshotTaker::capture);
            return;
        }
    }
    const QImage image = m_window->grabWindow();
    const bool saved = !image.isNull() && image.save(m_pngPath, "PNG");
    if (!saved)
        std::fprintf(stderr, "noosphere: could not write the screenshot to %s\n", qPrintable(m_pngPath));
    if (!m_textPath.isEmpty()) {
        QStringList texts;
        collectTexts(m_window->contentItem(), texts);
        QFile file(m_textPath);
        if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            QTextStream(&file) << texts.join(QLatin1Char('\n')) << '\n';
    }
    QCoreApplication::exit(saved ? 0 : 1);
}

}  // namespace noosphere::app
