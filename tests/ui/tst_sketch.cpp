// The Sketch controller with the real worker and project file: strokes drawn are smoothed and kept in the
// project (a reopen shows them), undo and redo reach the file, the eraser and brush export as drawn, the pen's
// width follows the pressure, a reference picture and its palette, and bad input (a truncated picture, a
// read-only project, no project) said plainly.
#include "engine/enginebridge.h"
#include "sketch/sketchcontroller.h"
#include "store/projectstore.h"
#include "store/sketchstore.h"

#include <QImage>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace noosphere;

class TestSketch : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_file;
    std::unique_ptr<ui::EngineBridge> m_bridge;
    std::unique_ptr<ui::SketchController> m_sketch;

    void drawLine(QPointF from, QPointF to, int steps = 40, double pressure = 1)
    {
        m_sketch->beginStroke(from.x(), from.y(), pressure);
        for (int i = 1; i <= steps; ++i) {
            const QPointF p = from + (to - from) * (double(i) / steps);
            m_sketch->extendStroke(p.x(), p.y(), pressure);
        }
        m_sketch->endStroke();
    }

    // Rows of ink in `column` of `png` between `top` and `bottom` (white paper is no ink).
    static int inkRows(const QImage &png, int column, int top, int bottom)
    {
        int rows = 0;
        for (int y = top; y < bottom; ++y)
            rows += qGray(png.pixel(column, y)) < 128;
        return rows;
    }

    QImage exported()
    {
        const QString png = m_dir.filePath(QStringLiteral("%1.png").arg(QTest::currentTestFunction()));
        QSignalSpy done(m_sketch.get(), &ui::SketchController::exported);
        m_sketch->exportPng(QUrl::fromLocalFile(png));
        if (!done.wait(20'000) || !done.first().at(1).toString().isEmpty())
            return {};
        return QImage(png);
    }

    bool settled()
    {
        return QTest::qWaitFor([this] { return !m_sketch->isBusy(); }, 20'000);
    }

private Q_SLOTS:
    void init()
    {
        m_file = m_dir.filePath(QStringLiteral("%1.noo").arg(QTest::currentTestFunction()));
        QVERIFY(core::ProjectStore::create(m_file.toStdString()).ok());
        m_bridge = std::make_unique<ui::EngineBridge>();
        m_sketch = std::make_unique<ui::SketchController>(m_bridge.get());
        m_sketch->setProject(m_file, false);
        QVERIFY2(m_sketch->problem().isEmpty(), qPrintable(m_sketch->problem()));
    }
    void cleanup()
    {
        m_sketch.reset();
        m_bridge.reset();
    }

    void strokesAreKeptInTheProject()
    {
        QCOMPARE(m_sketch->canvasWidth(), 1024);
        m_sketch->setColour(QColor(200, 30, 30));
        m_sketch->setBrushSize(12);
        drawLine({100, 100}, {400, 300}, 200);
        QCOMPARE(m_sketch->strokeCount(), 1);
        // Smoothed and simplified: a straight drag of 201 samples keeps a handful of points, ends where drawn.
        const auto &stroke = m_sketch->strokes().front().stroke;
        QVERIFY2(stroke.points.size() < 20, qPrintable(QString::number(stroke.points.size())));
        QCOMPARE(stroke.points.front().x, 100.0f);
        QCOMPARE(stroke.points.back().y, 300.0f);
        QCOMPARE(stroke.width, 12.0f);
        QCOMPARE(QColor::fromRgba(stroke.colour), QColor(200, 30, 30));
        // A crash now loses nothing: the stroke is in the file already.
        auto store = core::SketchStore::open(m_file.toStdString(), core::OpenMode::ReadOnly);
        QVERIFY(store.ok());
        const auto stored = store->strokes(store->sketch(1024, 768)->id);
        QCOMPARE(stored->size(), size_t(1));
        QVERIFY(stored->front().stroke == stroke);
    }

    void undoAndRedoReachTheFile()
    {
        drawLine({10, 10}, {200, 10});
        drawLine({10, 50}, {200, 50});
        m_sketch->undo();
        QCOMPARE(m_sketch->strokeCount(), 1);
        QVERIFY(m_sketch->canRedo());
        ui::SketchController reopened(m_bridge.get());
        reopened.setProject(m_file, false);
        QCOMPARE(reopened.strokeCount(), 1);
        m_sketch->redo();
        reopened.setProject(QString(), false);
        reopened.setProject(m_file, false);
        QCOMPARE(reopened.strokeCount(), 2);
        QCOMPARE(reopened.strokes().back().stroke.points.front().y, 50.0f);
        drawLine({10, 90}, {200, 90});  // a new stroke ends the redo history
        m_sketch->undo();
        m_sketch->undo();
        drawLine({10, 130}, {200, 130});
        QVERIFY(!m_sketch->canRedo());
    }

    void theEraserAndBrushExportAsDrawn()
    {
        m_sketch->setColour(Qt::black);
        m_sketch->setBrushSize(10);
        drawLine({100, 200}, {900, 200});
        m_sketch->setTool(QStringLiteral("eraser"));
        m_sketch->setBrushSize(40);
        drawLine({500, 150}, {500, 250});
        m_sketch->setTool(QStringLiteral("brush"));
        m_sketch->setColour(QColor(0, 0, 255));
        drawLine({100, 500}, {900, 500});
        const QImage png = exported();
        QCOMPARE(png.size(), QSize(1024, 768));
        QCOMPARE(QColor(png.pixel(300, 200)), QColor(Qt::black));  // the pen line
        QCOMPARE(QColor(png.pixel(500, 200)), QColor(Qt::white));  // erased
        const QColor brush(png.pixel(500, 500));                    // half-transparent blue on white
        QVERIFY2(brush.blue() > 200 && brush.red() > 60 && brush.red() < 200, qPrintable(brush.name()));
        QCOMPARE(QColor(png.pixel(500, 700)), QColor(Qt::white));  // paper
    }

    void aLighterPenDrawsAThinnerLine()
    {
        // What a stylus gives (the canvas passes a mouse's as 1): kept with the stroke, and the line's width
        // follows it.
        m_sketch->setColour(Qt::black);
        m_sketch->setBrushSize(24);
        drawLine({100, 200}, {900, 200}, 40, 1.0);
        drawLine({100, 500}, {900, 500}, 40, 0.25);
        QCOMPARE(m_sketch->strokes().back().stroke.points.front().pressure, 0.25f);
        const QImage png = exported();
        QVERIFY(!png.isNull());
        const int full = inkRows(png, 500, 150, 250), light = inkRows(png, 500, 450, 550);
        QVERIFY2(full >= 20 && full <= 28, qPrintable(QString::number(full)));
        QVERIFY2(light >= 2 && light <= full / 2, qPrintable(QStringLiteral("%1 against %2").arg(light).arg(full)));
    }

    void aReferenceAndItsPalette()
    {
        QImage picture(300, 200, QImage::Format_RGB32);
        picture.fill(QColor(30, 120, 200));
        for (int y = 0; y < 200; ++y)
            for (int x = 0; x < 100; ++x)
                picture.setPixel(x, y, qRgb(240, 200, 40));
        const QString file = m_dir.filePath(QStringLiteral("reference.png"));
        QVERIFY(picture.save(file));
        m_sketch->openReference(QUrl::fromLocalFile(file));
        QVERIFY(settled());
        QVERIFY(m_sketch->hasReference());
        QCOMPARE(m_sketch->reference().width(), 1024);  // fitted to the canvas
        m_sketch->takePalette();
        m_sketch->takePalette();  // asked twice at once: both answer, and the pane is not left busy
        QVERIFY(settled());
        const auto palette = m_sketch->palette();
        QCOMPARE(palette.size(), 2);
        QCOMPARE(palette[0].toMap()["colour"].value<QColor>(), QColor(30, 120, 200));
        QVERIFY(std::abs(palette[0].toMap()["share"].toDouble() - 2.0 / 3) < 0.01);
        // A truncated picture is refused and the reference stays.
        QFile cut(m_dir.filePath(QStringLiteral("cut.png")));
        QVERIFY(cut.open(QIODevice::WriteOnly));
        QFile whole(file);
        QVERIFY(whole.open(QIODevice::ReadOnly));
        cut.write(whole.read(120));
        cut.close();
        m_sketch->openReference(QUrl::fromLocalFile(cut.fileName()));
        QVERIFY(settled());
        QVERIFY(m_sketch->problem().contains(QStringLiteral("could not be used")));
        QVERIFY(m_sketch->hasReference());
    }

    void aStrokeWithoutUsablePointsIsNoStroke()
    {
        m_sketch->beginStroke(qQNaN(), qQNaN(), 1);
        m_sketch->extendStroke(qInf(), 10, 1);
        m_sketch->endStroke();
        QCOMPARE(m_sketch->strokeCount(), 0);
        QVERIFY(m_sketch->problem().isEmpty());
        QVERIFY(!m_sketch->liveStroke());
    }

    void readOnlyAndNoProjectSaySo()
    {
        drawLine({10, 10}, {100, 10});
        m_sketch->setProject(m_file, true);
        QCOMPARE(m_sketch->strokeCount(), 1);
        QVERIFY(m_sketch->notice().contains(QStringLiteral("read-only")));
        drawLine({10, 40}, {100, 40});  // drawn, not saved, no error
        QCOMPARE(m_sketch->strokeCount(), 2);
        QVERIFY(m_sketch->problem().isEmpty());
        m_sketch->setProject(m_file, false);
        QCOMPARE(m_sketch->strokeCount(), 1);
        m_sketch->setProject(QString(), false);
        QVERIFY(m_sketch->notice().contains(QStringLiteral("not saved")));
        drawLine({10, 10}, {100, 10});
        QCOMPARE(m_sketch->strokeCount(), 1);
    }
};

namespace noosphere::tests {
QObject *makeTestSketch() { return new TestSketch; }
}  // namespace noosphere::tests

#include "tst_sketch.moc"
