// TestKillSafety: a child process saves revision after revision of a chapter and is SIGKILLed at a random
// moment; the file must then pass integrity_check and hold at least the last revision the child reported.
// NOOSPHERE_KILL_TRIALS sets the number of kills (default 20), NOOSPHERE_KILL_SEED the random seed.
#include "killpayload.h"
#include "storetestutil.h"

#include "store/projectstore.h"

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

// The revision number in the last complete "saved <r>" line, or -1 when there is none. (Each line is one
// write() shorter than PIPE_BUF, so it arrives whole; still, a line without its newline is not trusted.)
qint64 lastSaved(const QByteArray &output)
{
    qint64 revision = -1;
    for (const QByteArray &line : output.left(output.lastIndexOf('\n')).split('\n'))
        if (line.startsWith("saved "))
            revision = line.mid(6).toLongLong();
    return revision;
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
};

QObject *newTestKillSafety() { return new TestKillSafety; }

#include "tst_killsafety.moc"
