// The AR preview's glue as a designer relies on it: a photo with a printed marker gives a projection and a
// marker frame that put the marker's corners back on the photo's pixels (so the design stands where the marker
// is, at real scale); a photo without a marker says so and falls back; a corrupt photo is refused with its
// reason and keeps the last good photo; the marker settings are remembered.
#include "design/arcamerafeed.h"
#include "design/arpreviewcontroller.h"
#include "engine/enginebridge.h"

#include "image/marker.h"

#include <QImage>
#include <QPainter>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QVideoFrame>
#include <QVideoFrameFormat>
#include <QVideoSink>

#include <cmath>
#include <cstring>
#include <memory>

using namespace noosphere;

namespace {

constexpr int kWidth = 1280, kHeight = 720;
constexpr double kMarkerMm = 50;

// A frontal photo: the marker (id 7, DICT_4X4_50) pasted `markerPx` wide with its centre at `centre`.
QImage photoWithMarker(int markerPx, QPoint centre)
{
    auto sheet = core::image::renderMarker({.id = 7, .sizeMm = kMarkerMm, .dpi = 600}).value();
    QImage marker(sheet.image.pixels.data(), sheet.image.width, sheet.image.height, int(sheet.image.rowBytes()),
                  QImage::Format_BGR888);
    const double scale = double(markerPx) / sheet.markerPx;
    QImage photo(kWidth, kHeight, QImage::Format_RGB888);
    photo.fill(QColor(180, 170, 150));
    QPainter painter(&photo);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    const QSizeF size(sheet.image.width * scale, sheet.image.height * scale);
    painter.drawImage(QRectF(centre.x() - size.width() / 2, centre.y() - size.height() / 2, size.width(), size.height()),
                      marker);
    return photo;
}

// A camera frame as Qt Multimedia delivers it (32-bit BGRA, as many webcams' frames are converted to).
QVideoFrame cameraFrame(const QImage &image)
{
    const QImage argb = image.convertToFormat(QImage::Format_ARGB32);  // B, G, R, A bytes on little-endian
    QVideoFrame frame(QVideoFrameFormat(argb.size(), QVideoFrameFormat::Format_BGRA8888));
    if (!frame.map(QVideoFrame::WriteOnly))
        return {};
    for (int y = 0; y < argb.height(); ++y)
        std::memcpy(frame.bits(0) + qsizetype(y) * frame.bytesPerLine(0), argb.constScanLine(y), size_t(argb.width()) * 4);
    frame.unmap();
    return frame;
}

// Where the projection and the marker frame put the marker-plane point (x, y) mm, in photo pixels.
QPointF projected(const ui::ArPreviewController &ar, double x, double y)
{
    QMatrix4x4 model;
    model.translate(ar.markerPosition());
    model.rotate(ar.markerRotation());
    const QVector4D clip = ar.projection() * model * QVector4D(float(x), float(y), 0, 1);
    const double ndcX = clip.x() / clip.w(), ndcY = clip.y() / clip.w();
    return {(ndcX + 1) / 2 * kWidth, (1 - ndcY) / 2 * kHeight};
}

}  // namespace

class TestArPreview : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<ui::EngineBridge> m_bridge;
    std::unique_ptr<ui::ArPreviewController> m_ar;

    bool opened(const QString &file)
    {
        QSignalSpy changed(m_ar.get(), &ui::ArPreviewController::photoChanged);
        m_ar->openPhoto(QUrl::fromLocalFile(file));
        return changed.wait(20'000);
    }

private Q_SLOTS:
    void init()
    {
        QSettings().remove(QStringLiteral("ar"));
        m_bridge = std::make_unique<ui::EngineBridge>();
        m_ar = std::make_unique<ui::ArPreviewController>(m_bridge.get());
    }
    void cleanup()
    {
        m_ar.reset();
        m_bridge.reset();
    }

    void theMarkersCornersLandOnThePhoto()
    {
        const int markerPx = 200;
        const QPoint centre(820, 300);
        const QString file = m_dir.filePath("marker.png");
        QVERIFY(photoWithMarker(markerPx, centre).save(file));
        QVERIFY(opened(file));
        QVERIFY2(m_ar->markerFound(), qPrintable(m_ar->status()));
        QCOMPARE(m_ar->photoWidth(), kWidth);
        // Frontal: distance = f · S / n, with f from the assumed 60° field of view.
        const double f = kWidth / 2.0 / std::tan(30.0 * M_PI / 180);
        const double expectedZ = f * kMarkerMm / markerPx;
        QVERIFY2(std::abs(-m_ar->markerPosition().z() / expectedZ - 1) < 0.02,
                 qPrintable(QString::number(m_ar->markerPosition().z())));
        const double half = kMarkerMm / 2;
        const QPointF corners[] = {projected(*m_ar, -half, half), projected(*m_ar, half, half),
                                   projected(*m_ar, half, -half), projected(*m_ar, -half, -half)};
        const QPointF expected[] = {QPointF(centre) + QPointF(-markerPx / 2.0, -markerPx / 2.0),
                                    QPointF(centre) + QPointF(markerPx / 2.0, -markerPx / 2.0),
                                    QPointF(centre) + QPointF(markerPx / 2.0, markerPx / 2.0),
                                    QPointF(centre) + QPointF(-markerPx / 2.0, markerPx / 2.0)};
        for (int i = 0; i < 4; ++i)
            QVERIFY2(QLineF(corners[i], expected[i]).length() < 2.0,
                     qPrintable(QStringLiteral("corner %1 at %2,%3, wanted %4,%5").arg(i).arg(corners[i].x())
                                    .arg(corners[i].y()).arg(expected[i].x()).arg(expected[i].y())));
        // The marker's normal (its z) points back at the camera: up out of the paper.
        const QVector3D normal = m_ar->markerRotation().rotatedVector({0, 0, 1});
        QVERIFY(normal.z() > 0.99f);
    }

    void aPhotoWithoutAMarkerFallsBack()
    {
        QImage plain(640, 480, QImage::Format_RGB888);
        plain.fill(Qt::darkGreen);
        const QString file = m_dir.filePath("plain.jpg");
        QVERIFY(plain.save(file));
        QVERIFY(opened(file));
        QVERIFY(!m_ar->markerFound());
        QVERIFY(m_ar->problem().isEmpty());
        QVERIFY(m_ar->status().contains(QStringLiteral("No marker")));
    }

    void aCorruptPhotoIsRefusedAndTheLastOneStays()
    {
        const QString good = m_dir.filePath("good.png");
        QVERIFY(photoWithMarker(160, {640, 360}).save(good));
        QVERIFY(opened(good));
        QVERIFY(m_ar->markerFound());
        QFile bad(m_dir.filePath("bad.png"));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        QFile source(good);
        QVERIFY(source.open(QIODevice::ReadOnly));
        bad.write(source.read(600));  // cut short
        bad.close();
        QVERIFY(opened(bad.fileName()));
        QVERIFY(!m_ar->problem().isEmpty());
        QCOMPARE(m_ar->photo(), QUrl::fromLocalFile(good));
    }

    void cameraFramesFollowTheMarkerOneAtATime()
    {
        // No camera here: the feed's sink gets frames as the view's VideoOutput sink would from one.
        ui::ArCameraFeed feed(m_ar.get());
        QVideoSink sink;
        feed.setVideoSink(&sink);
        QSignalSpy measured(m_ar.get(), &ui::ArPreviewController::frameMeasured);
        sink.setVideoFrame(cameraFrame(photoWithMarker(200, {640, 360})));
        QVERIFY(measured.wait(20'000));
        QVERIFY2(m_ar->markerFound(), qPrintable(m_ar->status()));
        QVERIFY(m_ar->isLive());
        QVERIFY(m_ar->photo().isEmpty());  // the view shows the frames, not a photo
        const float firstX = m_ar->markerPosition().x();
        // A burst of frames while the marker moves right: they do not queue up, and the newest is measured.
        for (int i = 1; i <= 20; ++i)
            sink.setVideoFrame(cameraFrame(photoWithMarker(200, {640 + 20 * i, 360})));
        QTRY_VERIFY_WITH_TIMEOUT(measured.count() >= 2 && feed.measuredFrames() == measured.count() &&
                                     std::abs(m_ar->markerPosition().x() - firstX) > 1,
                                 20'000);
        QTest::qWait(200);  // nothing still waiting
        QVERIFY2(feed.measuredFrames() < 21, qPrintable(QString::number(feed.measuredFrames())));
        const double f = kWidth / 2.0 / std::tan(30.0 * M_PI / 180);
        const double expectedX = 400.0 / f * (-m_ar->markerPosition().z());  // 400 px right of the centre
        QVERIFY2(std::abs(m_ar->markerPosition().x() - expectedX) < 2.0,
                 qPrintable(QStringLiteral("x %1 mm, wanted %2").arg(m_ar->markerPosition().x()).arg(expectedX)));
        // The marker gone for a moment: the pose holds; the camera stopped: the orbit view.
        QImage empty(kWidth, kHeight, QImage::Format_RGB888);
        empty.fill(QColor(180, 170, 150));
        const int before = feed.measuredFrames();
        sink.setVideoFrame(cameraFrame(empty));
        QTRY_VERIFY_WITH_TIMEOUT(feed.measuredFrames() > before, 20'000);
        QVERIFY(m_ar->markerFound());
        m_ar->endLive();
        QVERIFY(!m_ar->markerFound());
        QVERIFY(!m_ar->isLive());
    }

    void withoutACameraTheFeedSaysSo()
    {
        ui::ArCameraFeed feed(m_ar.get());
        if (!feed.cameras().isEmpty())
            QSKIP("this machine has a camera");
        feed.start(0);
        QVERIFY(!feed.isActive());
        QVERIFY(feed.problem().contains(QStringLiteral("No camera")));
    }

    void settingsAreRememberedAndRefused()
    {
        m_ar->setMarkerSizeMm(80);
        m_ar->setDictionary(QStringLiteral("DICT_6X6_250"));
        m_ar->setDictionary(QStringLiteral("DICT_NONSENSE"));
        m_ar->setMarkerSizeMm(-3);
        ui::ArPreviewController again(m_bridge.get());
        QCOMPARE(again.markerSizeMm(), 80.0);
        QCOMPARE(again.dictionary(), QStringLiteral("DICT_6X6_250"));
        QVERIFY(again.dictionaries().contains(QStringLiteral("DICT_4X4_50")));
    }
};

namespace noosphere::tests {
QObject *makeTestArPreview() { return new TestArPreview; }
}  // namespace noosphere::tests

#include "tst_arpreview.moc"
