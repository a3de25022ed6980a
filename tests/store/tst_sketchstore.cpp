// TestSketchStore: the Sketch pane's strokes in the project file: drawn strokes come back exactly and in order
// after a reopen, undo and redo keep their place, a damaged stroke is named rather than drawn wrong, bad strokes
// are refused, and a read-only project is left untouched.
#include "storetestutil.h"

#include "store/projectstore.h"
#include "store/sketchstore.h"

#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <limits>

using namespace noosphere::core;
using noosphere::models::ErrorCode;
using sketch::Stroke;
using sketch::StrokeTool;
using storetest::RawDb;
using storetest::toPath;

namespace {

Stroke strokeOf(StrokeTool tool, std::uint32_t colour, int n, float offset)
{
    Stroke stroke{tool, colour, 6.5f, {}};
    for (int i = 0; i < n; ++i)
        stroke.points.push_back({offset + i * 1.25f, 10.0f + std::sin(float(i)) * 3, float(i % 11) / 10});
    return stroke;
}

}  // namespace

class TestSketchStore : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    storetest::ProjectWithSideStore<SketchStore> m_fx;  // a fresh project per test function, and the store on it

    void reopen()
    {
        m_fx.close();
        auto project = ProjectStore::open(toPath(m_fx.file));
        QVERIFY(project.ok());
        m_fx.project.emplace(std::move(project).value());
        const std::string problem = m_fx.reopenStore();
        QVERIFY2(problem.empty(), problem.c_str());
    }

private Q_SLOTS:
    void init()
    {
        const std::string problem = m_fx.open(m_dir);
        QVERIFY2(problem.empty(), problem.c_str());
    }
    void cleanup() { m_fx.close(); }

    void strokesComeBackExactlyAfterAReopen()
    {
        const auto sketch = m_fx.store->sketch(1024, 768);
        QVERIFY(sketch.ok());
        QVERIFY(sketch->id > 0);
        const Stroke pen = strokeOf(StrokeTool::Pen, 0xff204080, 300, 0);
        const Stroke eraser = strokeOf(StrokeTool::Eraser, 0xffffffff, 40, 50);
        QCOMPARE(m_fx.store->append(sketch->id, pen)->seq, 1);
        QCOMPARE(m_fx.store->append(sketch->id, eraser)->seq, 2);
        reopen();
        const auto again = m_fx.store->sketch(10, 10);  // the sketch exists: its own size, not the one asked
        QCOMPARE(again->id, sketch->id);
        QCOMPARE(again->width, 1024);
        const auto strokes = m_fx.store->strokes(sketch->id);
        QVERIFY(strokes.ok());
        QCOMPARE(strokes->size(), size_t(2));
        QVERIFY(strokes->at(0).stroke == pen);  // float for float
        QVERIFY(strokes->at(1).stroke == eraser);
    }

    void undoAndRedoKeepThePlace()
    {
        const auto id = m_fx.store->sketch(640, 480)->id;
        const auto first = m_fx.store->append(id, strokeOf(StrokeTool::Pen, 0xff000000, 5, 0)).value();
        const auto second = m_fx.store->append(id, strokeOf(StrokeTool::Brush, 0x80ff0000, 5, 20)).value();
        QVERIFY(m_fx.store->remove(second.id).ok());  // undo
        QCOMPARE(m_fx.store->strokes(id)->size(), size_t(1));
        QVERIFY(m_fx.store->restore(id, second).ok());  // redo
        const auto third = m_fx.store->append(id, strokeOf(StrokeTool::Pen, 0xff00ff00, 5, 40)).value();
        QCOMPARE(third.seq, 3);
        const auto strokes = m_fx.store->strokes(id).value();
        QCOMPARE(strokes.size(), size_t(3));
        QCOMPARE(strokes[0].id, first.id);
        QCOMPARE(strokes[1].id, second.id);
        QVERIFY(strokes[1].stroke == second.stroke);
    }

    void damagedStrokesAreNamed()
    {
        const auto id = m_fx.store->sketch(640, 480)->id;
        QVERIFY(m_fx.store->append(id, strokeOf(StrokeTool::Pen, 0xff000000, 5, 0)).ok());
        QVERIFY(m_fx.store->append(id, strokeOf(StrokeTool::Pen, 0xff000000, 5, 0)).ok());
        {
            RawDb raw(m_fx.file);
            QVERIFY(raw.exec("UPDATE strokes SET points = X'0000803F0000' WHERE seq = 2"));  // 6 bytes: no triple
        }
        auto strokes = m_fx.store->strokes(id);
        QVERIFY(!strokes.ok());
        QCOMPARE(strokes.error().code, ErrorCode::Corrupt);
        QVERIFY2(strokes.error().detail.find("stroke 2") != std::string::npos, strokes.error().detail.c_str());
        {
            RawDb raw(m_fx.file);  // a NaN x (float32 0x7fc00000, little-endian)
            QVERIFY(raw.exec("UPDATE strokes SET points = X'0000C07F0000803F0000003F' WHERE seq = 2"));
        }
        QCOMPARE(m_fx.store->strokes(id).error().code, ErrorCode::Corrupt);
    }

    void badStrokesAreRefused()
    {
        const auto id = m_fx.store->sketch(640, 480)->id;
        QCOMPARE(m_fx.store->append(id, Stroke{}).error().code, ErrorCode::InvalidArgument);  // no points
        Stroke nan = strokeOf(StrokeTool::Pen, 0xff000000, 3, 0);
        nan.points[1].x = std::numeric_limits<float>::quiet_NaN();
        QCOMPARE(m_fx.store->append(id, nan).error().code, ErrorCode::InvalidArgument);
        Stroke pressed = strokeOf(StrokeTool::Pen, 0xff000000, 3, 0);
        pressed.points[0].pressure = 1.5f;
        QCOMPARE(m_fx.store->append(id, pressed).error().code, ErrorCode::InvalidArgument);
        QVERIFY(!m_fx.store->sketch(0, 480).ok());
        QVERIFY(!m_fx.store->sketch(20000, 480).ok());
        QVERIFY(m_fx.store->strokes(id)->empty());
    }

    void readOnlyProjectsAreNotChanged()
    {
        auto readOnly = SketchStore::open(toPath(m_fx.file), OpenMode::ReadOnly);
        QVERIFY(readOnly.ok());
        const auto sketch = readOnly->sketch(800, 600);
        QVERIFY(sketch.ok());
        QCOMPARE(sketch->id, std::int64_t(0));  // none made
        QCOMPARE(readOnly->append(1, strokeOf(StrokeTool::Pen, 0xff000000, 3, 0)).error().code, ErrorCode::ReadOnly);
    }
};

QObject *newTestSketchStore() { return new TestSketchStore; }

#include "tst_sketchstore.moc"
