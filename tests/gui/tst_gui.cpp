// The window as a person uses it, under Xvfb: keyboard shortcuts, a smooth window while the worker is busy,
// and screenshots of every pane (and in Chinese) that are not blank and show the expected words.
#include "diagnostics/frameprobe.h"
#include "store/projectstore.h"
#include "jobs/joblistmodel.h"
#include "settings/settingscontroller.h"
#include "windowfixture.h"
#include "writer/writercontroller.h"

#include <QImage>
#include <QProcess>
#include <QQuickItem>
#include <QSet>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(Noosphere_UiPlugin)
Q_IMPORT_QML_PLUGIN(NoospherePlugin)

using namespace noosphere;

namespace {

// A frame gap above this is a stall a person notices as a frozen window.
constexpr double kMaxFrameGapMs = 250;

QQuickItem *findItem(QQuickItem *item, const QString &objectName)
{
    if (item->objectName() == objectName)
        return item;
    for (QQuickItem *child : item->childItems())
        if (QQuickItem *found = findItem(child, objectName))
            return found;
    return nullptr;
}

int distinctColours(const QImage &image)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 2)
        for (int x = 0; x < image.width(); x += 2)
            colours.insert(image.pixel(x, y));
    return int(colours.size());
}

}  // namespace

class TestGui : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void shortcutsSwitchPanesAndOpenFind()
    {
        tests::WindowFixture f;
        QVERIFY(f.window);
        QTest::keyClick(f.window, Qt::Key_3, Qt::ControlModifier);
        QTRY_COMPARE(f.studio->currentPane(), int(ui::Studio::DesignPane));
        QTest::keyClick(f.window, Qt::Key_2, Qt::ControlModifier);
        QTRY_COMPARE(f.studio->currentPane(), int(ui::Studio::SketchPane));
        QTest::keyClick(f.window, Qt::Key_1, Qt::ControlModifier);
        QTRY_COMPARE(f.studio->currentPane(), int(ui::Studio::WriterPane));

        auto *findField = findItem(f.window->contentItem(), QStringLiteral("findField"));
        QVERIFY(findField);
        QVERIFY(!findField->isVisible());
        QTest::keyClick(f.window, Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(findField->isVisible());
        QTRY_VERIFY(findField->hasActiveFocus());
    }

    void windowKeepsRenderingWhileTheWorkerComputes()
    {
        tests::WindowFixture f;
        QVERIFY(f.window);
        QTest::qWait(300);  // first frames, font caches
        ui::FrameProbe probe(f.window);
        probe.start();
        f.studio->settings()->measureSpeed(3.0);  // a CPU-bound LibTorch job on the worker
        QTRY_COMPARE(f.studio->jobs()->activeCount(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(f.studio->jobs()->activeCount(), 0, 10'000);
        probe.stop();
        const auto s = probe.stats();
        qInfo("frames %d, p50 %.1f ms, p99 %.1f ms, max gap %.1f ms", s.frames, s.p50Ms, s.p99Ms, s.maxGapMs);
        QVERIFY2(s.frames >= 30, "the window hardly rendered at all while the job ran");
        QVERIFY2(s.maxGapMs <= kMaxFrameGapMs, qPrintable(QStringLiteral("a frame gap of %1 ms").arg(s.maxGapMs)));
    }

    void screenshotsShowEachPane_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QStringList>("expectedTexts");
        QTest::newRow("writer") << QStringList{"--pane", "writer", "--project", "PROJECT"}
                                << QStringList{"Chapters", "Writer", "All changes saved"};
        QTest::newRow("start") << QStringList{"--pane", "writer"} << QStringList{"Welcome to Noosphere", "New Project…"};
        QTest::newRow("sketch") << QStringList{"--pane", "sketch"} << QStringList{"Sketch", "Not available yet"};
        QTest::newRow("design") << QStringList{"--pane", "design"} << QStringList{"Design", "Not available yet"};
        QTest::newRow("zh_CN") << QStringList{"--pane", "writer", "--lang", "zh_CN", "--project", "PROJECT"}
                               << QStringList{"章节", "写作"};
    }
    void screenshotsShowEachPane()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QStringList, expectedTexts);
        QTemporaryDir dir;
        const QString project = dir.filePath(QStringLiteral("shot.noo"));
        {
            auto store = core::ProjectStore::create(project.toStdString());
            QVERIFY(store.ok());
            QVERIFY(store->renameChapter(store->chapters()->front().id, "第一章 The Beginning").ok());
            QVERIFY(store->setChapterBody(store->chapters()->front().id,
                                          "It was a bright cold day in April.\n\n春眠不觉晓，处处闻啼鸟。 🌸").ok());
        }
        arguments.replaceInStrings(QStringLiteral("PROJECT"), project);
        const QString png = dir.filePath(QStringLiteral("shot.png"));
        const QString text = dir.filePath(QStringLiteral("shot.txt"));
        QProcess app;
        app.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        app.start(QStringLiteral(NOOSPHERE_GUI_BINARY),
                  QStringList{"--screenshot", png, "--visible-text", text, "--size", "1280x800"} + arguments);
        QVERIFY(app.waitForFinished(30'000));
        QCOMPARE(app.exitCode(), 0);

        const QImage image(png);
        QCOMPARE(image.size(), QSize(1280, 800));
        const int colours = distinctColours(image);
        QVERIFY2(colours >= 50, qPrintable(QStringLiteral("only %1 colours: blank window?").arg(colours)));
        QFile file(text);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString visible = QString::fromUtf8(file.readAll());
        for (const QString &expected : expectedTexts)
            QVERIFY2(visible.contains(expected), qPrintable(expected + QStringLiteral(" not shown in:\n") + visible));
        if (qEnvironmentVariableIsSet("NOOSPHERE_KEEP_SCREENSHOTS"))
            QFile::copy(png, qEnvironmentVariable("NOOSPHERE_KEEP_SCREENSHOTS") + QLatin1Char('/')
                                 + QString::fromLatin1(QTest::currentDataTag()) + QStringLiteral(".png"));
    }
};

QTEST_MAIN(TestGui)

#include "tst_gui.moc"
