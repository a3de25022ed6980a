// TestKillSafety: a child process saves revision after revision of a chapter and is SIGKILLed at a random
// moment; the file must then pass integrity_check and hold at least the last revision the child reported.
// NOOSPHERE_KILL_TRIALS sets the number of kills (default 20), NOOSPHERE_KILL_SEED the random seed.
#include "killpayload.h"
#include "storetestutil.h"

#include "store/projectstore.h"
#include "store/sketchstore.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace noosphere::core;
using storetest::toPath;

namespace {

// Kills land this many milliseconds after the child has opened the project.
constexpr int kMinKillDelayMs = 5;
constexpr int kMaxKillDelayMs = 400;

int envInt(const char *name, int fallback)
{
    bool ok = false;
    const int value = qEnvironmentVariableIntValue(name, &ok);
    return ok ? value : fallback;
}

// The number in the last complete "<prefix><n>" line, or -1 when there is none.
qint64 lastReported(const QByteArray &output, const QByteArray &prefix)
{
    qint64 n = -1;
    for (const QByteArray &line : output.left(output.lastIndexOf('\n')).split('\n'))
        if (line.startsWith(prefix))
            n = line.mid(prefix.size()).toLongLong();
    return n;
}

// The revision number in the last complete "saved <r>" line, or -1 when there is none. (Each line is one
// write() shorter than PIPE_BUF, so it arrives whole; still, a line without its newline is not trusted.)
qint64 lastSaved(const QByteArray &output)
{
    return lastReported(output, "saved ");
}

}  // namespace

class TestKillSafety : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void keepsEditsAfterKill()
    {
        const int nTrials = envInt("NOOSPHERE_KILL_TRIALS", 20);
        const quint32 seed = quint32(envInt("NOOSPHERE_KILL_SEED", 20240607));
        QRandomGenerator random(seed);
        QTemporaryDir dir;
        const QString file = dir.filePath("killed.noo");
        std::int64_t chapterId = 0;
        {
            auto store = ProjectStore::create(toPath(file));
            QVERIFY(store.ok());
            chapterId = store->chapters()->front().id;
        }
        qInfo("kill test: %d trials, seed %u, kills %d-%d ms after open", nTrials, seed, kMinKillDelayMs,
              kMaxKillDelayMs);
        QElapsedTimer total;
        total.start();
        qint64 nextRevision = 1;
        qint64 nSavesSeen = 0;
        for (int trial = 1; trial <= nTrials; ++trial) {
            QProcess child;
            child.start(QStringLiteral(NOOSPHERE_KILLCHILD), {"write", file, QString::number(nextRevision)});
            QVERIFY(child.waitForStarted());
            QByteArray output;
            while (!output.contains("ready\n") && child.state() == QProcess::Running) {
                child.waitForReadyRead(5000);
                output += child.readAllStandardOutput();
            }
            QVERIFY2(output.contains("ready\n"), child.readAllStandardError().constData());

            // Keep draining the pipe until the kill, so that the child never blocks on a full pipe.
            const int delayMs = int(random.bounded(kMinKillDelayMs, kMaxKillDelayMs + 1));
            QElapsedTimer clock;
            clock.start();
            while (clock.elapsed() < delayMs) {
                child.waitForReadyRead(int(std::max<qint64>(1, delayMs - clock.elapsed())));
                output += child.readAllStandardOutput();
            }
            QCOMPARE(child.state(), QProcess::Running);
            child.kill();  // SIGKILL
            QVERIFY(child.waitForFinished(5000));
            QCOMPARE(child.exitStatus(), QProcess::CrashExit);
            output += child.readAllStandardOutput();  // what it wrote before dying is still in the pipe

            const qint64 saved = lastSaved(output);
            auto store = ProjectStore::open(toPath(file));
            QVERIFY2(store.ok(), store.ok() ? "" : store.error().detail.c_str());
            const auto verified = store->verify();
            QVERIFY2(verified.ok(), verified.ok() ? "" : verified.error().detail.c_str());
            const auto chapter = store->chapter(chapterId);
            QVERIFY(chapter.ok());
            const QByteArray firstLine = QByteArray::fromStdString(chapter->body.substr(0, chapter->body.find('\n')));
            QVERIFY2(firstLine.startsWith("revision "), firstLine.constData());
            const qint64 onDisk = firstLine.mid(9).toLongLong();
            // The whole body is that revision's, not a mix; at most the save in flight at the kill is newer.
            QVERIFY(chapter->body == storetest::killPayload(onDisk));
            const qint64 floor = saved >= 0 ? saved : nextRevision - 1;
            QVERIFY2(onDisk >= floor, qPrintable(QString("on disk %1 < last saved %2").arg(onDisk).arg(saved)));
            QVERIFY(onDisk <= floor + 1);
            const auto infos = store->chapters();
            for (std::size_t i = 0; i < infos->size(); ++i)
                QCOMPARE(infos.value()[i].position, int(i));
            qInfo("trial %d: killed after %d ms; last \"saved\" %lld, on disk %lld, %zu chapters", trial, delayMs,
                  saved, onDisk, infos->size());
            nSavesSeen += saved >= 0 ? saved - nextRevision + 1 : 0;
            nextRevision = onDisk + 1;
        }
        qInfo("kill test: %d kills, %lld saves reported, last revision %lld, %.1f s", nTrials, nSavesSeen,
              nextRevision - 1, double(total.elapsed()) / 1000.0);
    }

    // Strokes survive a crash like any other edit: every stroke reported drawn is there after SIGKILL, whole
    // (point for point), and at most the one being written at the kill is more.
    void keepsStrokesAfterKill()
    {
        const int nTrials = envInt("NOOSPHERE_KILL_TRIALS", 20) / 2;
        QRandomGenerator random(quint32(envInt("NOOSPHERE_KILL_SEED", 20240607)) + 1);
        QTemporaryDir dir;
        for (int trial = 1; trial <= nTrials; ++trial) {
            // A new file each trial: the child draws ~15,000 strokes a second, and a file of all trials' strokes
            // would grow by tens of megabytes each.
            const QString file = dir.filePath(QStringLiteral("sketch-%1.noo").arg(trial));
            QVERIFY(ProjectStore::create(toPath(file)).ok());
            QProcess child;
            child.start(QStringLiteral(NOOSPHERE_KILLCHILD), {"strokes", file});
            QVERIFY(child.waitForStarted());
            QByteArray output;
            QElapsedTimer clock;
            clock.start();
            const int delayMs = int(random.bounded(kMinKillDelayMs, kMaxKillDelayMs + 1));
            while (clock.elapsed() < delayMs + 2000 && !output.contains("stroke ")) {  // opened and drawing
                child.waitForReadyRead(50);
                output += child.readAllStandardOutput();
            }
            QVERIFY2(output.contains("ready\n"), child.readAllStandardError().constData());
            clock.restart();
            while (clock.elapsed() < delayMs) {
                child.waitForReadyRead(int(std::max<qint64>(1, delayMs - clock.elapsed())));
                output += child.readAllStandardOutput();
            }
            QCOMPARE(child.state(), QProcess::Running);
            child.kill();
            QVERIFY(child.waitForFinished(5000));
            output += child.readAllStandardOutput();

            const qint64 drawn = lastReported(output, "stroke ");
            {  // the connections close before the file goes
                auto project = ProjectStore::open(toPath(file));
                QVERIFY(project.ok());
                QVERIFY(project->verify().ok());
                auto sketches = SketchStore::open(toPath(file));
                QVERIFY(sketches.ok());
                const auto strokes = sketches->strokes(sketches->sketch(1024, 768)->id);
                QVERIFY2(strokes.ok(), strokes.ok() ? "" : strokes.error().detail.c_str());
                const qint64 onDisk = qint64(strokes->size());
                const qint64 floor = std::max<qint64>(drawn, 0);
                QVERIFY2(onDisk >= floor && onDisk <= floor + 1,
                         qPrintable(QString("%1 strokes on disk, %2 reported drawn").arg(onDisk).arg(drawn)));
                for (qint64 n = 1; n <= onDisk; ++n)
                    QVERIFY2(strokes->at(size_t(n - 1)).stroke == storetest::killStroke(n),
                             qPrintable(QString::number(n)));
                qInfo("stroke trial %d: killed after %d ms; %lld strokes reported, %lld on disk", trial, delayMs, drawn,
                      onDisk);
            }
            QFile::remove(file);
        }
    }
};

QObject *newTestKillSafety() { return new TestKillSafety; }

#include "tst_killsafety.moc"
