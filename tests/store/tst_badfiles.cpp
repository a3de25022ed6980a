// TestBadFiles: every way a project file can be wrong is refused with the right ErrorCode and a sentence that
// names it, and the file is left exactly as it was (bytes and mtime). Also the read-only and lock cases.
#include "storetestutil.h"

#include "store/projectfilecheck.h"
#include "store/projectstore.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace noosphere::core;
using storetest::snapshot;
using storetest::toPath;

Q_DECLARE_METATYPE(noosphere::models::ErrorCode)

namespace {

const QString kBadDir = QStringLiteral(NOOSPHERE_TEST_DATA_DIR "/bad");

// One sentence naming the file: the whole of what the CLI prints.
bool isOneSentenceNaming(const Error &error, const QString &file)
{
    const QString detail = QString::fromStdString(error.detail);
    return detail.contains(QFileInfo(file).fileName()) && !detail.contains('\n') && !detail.isEmpty();
}

}  // namespace

class TestBadFiles : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void refusesBadFixture_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<ErrorCode>("code");
        QTest::newRow("not-sqlite") << "not-sqlite.noo" << ErrorCode::NotAProject;
        QTest::newRow("truncated") << "truncated.noo" << ErrorCode::Truncated;
        QTest::newRow("empty") << "empty.noo" << ErrorCode::EmptyFile;
        QTest::newRow("newer-version") << "newer-version.noo" << ErrorCode::NewerVersion;
        QTest::newRow("other-sqlite") << "other-sqlite.noo" << ErrorCode::NotAProject;
        QTest::newRow("corrupt") << "corrupt.noo" << ErrorCode::Corrupt;
    }

    void refusesBadFixture()
    {
        QFETCH(QString, fixture);
        QFETCH(ErrorCode, code);
        QTemporaryDir dir;
        const QString file = dir.filePath(fixture);
        QVERIFY2(QFile::copy(kBadDir + "/" + fixture, file), qPrintable(kBadDir + "/" + fixture));
        QVERIFY(QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner));
        const auto before = snapshot(file);
        for (const auto mode : {OpenMode::ReadWrite, OpenMode::ReadOnly}) {
            const auto store = ProjectStore::open(toPath(file), mode);
            QVERIFY(!store);
            QCOMPARE(store.error().code, code);
            QVERIFY2(isOneSentenceNaming(store.error(), file), store.error().detail.c_str());
            qInfo("%s: %s", qPrintable(fixture), store.error().detail.c_str());
            QCOMPARE(checkProjectFile(toPath(file), mode).error().code, code);
        }
        QCOMPARE(snapshot(file), before);
        // Nor did anything appear beside it: the look inside was immutable (no -wal, no -shm), no backup.
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{fixture});
    }

    void refusesFolderAndMissingFile()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath("folder.noo");
        QVERIFY(QDir().mkdir(folder));
        for (const auto mode : {OpenMode::ReadWrite, OpenMode::ReadOnly}) {
            const auto isFolder = ProjectStore::open(toPath(folder), mode);
            QCOMPARE(isFolder.error().code, ErrorCode::IsDirectory);
            QVERIFY(isOneSentenceNaming(isFolder.error(), folder));
            const auto missing = ProjectStore::open(toPath(dir.filePath("missing.noo")), mode);
            QCOMPARE(missing.error().code, ErrorCode::NotFound);
            QVERIFY(isOneSentenceNaming(missing.error(), "missing.noo"));
        }
        QVERIFY(QDir(folder).isEmpty());
        QVERIFY(!QFile::exists(dir.filePath("missing.noo")));
    }

    void readOnlyFileOpensOnlyReadOnly()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath("locked-down.noo");
        QVERIFY(ProjectStore::create(toPath(file)).ok());
        // 0444. The tests may run as root, whom access() lets write anyway: the store goes by the bits too.
        QVERIFY(QFile::setPermissions(file, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
        const auto before = snapshot(file);
        const auto refused = ProjectStore::open(toPath(file), OpenMode::ReadWrite);
        QCOMPARE(refused.error().code, ErrorCode::ReadOnly);
        QVERIFY(isOneSentenceNaming(refused.error(), file));
        {
            auto store = ProjectStore::open(toPath(file), OpenMode::ReadOnly);
            QVERIFY2(store.ok(), store.ok() ? "" : store.error().detail.c_str());
            QCOMPARE(store->chapters()->size(), std::size_t(1));
            QVERIFY(store->verify().ok());
        }
        QCOMPARE(snapshot(file), before);
        QVERIFY(QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner));
    }

    void secondWriterIsLocked()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath("shared.noo");
        {
            auto first = ProjectStore::create(toPath(file));
            QVERIFY(first.ok());
            QVERIFY(first->setChapterBody(first->chapters()->front().id, "by the first window").ok());
            const auto second = ProjectStore::open(toPath(file));
            QCOMPARE(second.error().code, ErrorCode::Locked);
            QVERIFY(isOneSentenceNaming(second.error(), file));
            auto reader = ProjectStore::open(toPath(file), OpenMode::ReadOnly);
            QVERIFY(reader.ok());
            QCOMPARE(reader->chapter(reader->chapters()->front().id)->body, std::string("by the first window"));
            // The first store still writes after the refused open and the reader (no lock of its was dropped).
            QVERIFY(first->addChapter("after").ok());
            QVERIFY(first->verify().ok());
        }
        QVERIFY(ProjectStore::open(toPath(file)).ok());
    }

    void lockDiesWithItsProcess()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath("child.noo");
        QVERIFY(ProjectStore::create(toPath(file)).ok());
        QProcess child;
        child.start(QStringLiteral(NOOSPHERE_KILLCHILD), {"hold", file});
        QVERIFY(child.waitForStarted());
        while (!child.canReadLine() && child.state() == QProcess::Running)
            child.waitForReadyRead(5000);
        QCOMPARE(child.readLine(), QByteArray("ready\n"));

        const auto locked = ProjectStore::open(toPath(file));
        QCOMPARE(locked.error().code, ErrorCode::Locked);
        QVERIFY(isOneSentenceNaming(locked.error(), file));
        QVERIFY(ProjectStore::open(toPath(file), OpenMode::ReadOnly).ok());

        child.kill();  // SIGKILL: the kernel drops the flock with the process
        QVERIFY(child.waitForFinished(5000));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);
        auto store = ProjectStore::open(toPath(file));
        QVERIFY2(store.ok(), store.ok() ? "" : store.error().detail.c_str());
        QVERIFY(store->verify().ok());
    }
};

QObject *newTestBadFiles() { return new TestBadFiles; }

#include "tst_badfiles.moc"
