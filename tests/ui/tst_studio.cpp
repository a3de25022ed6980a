// What a user sees when opening projects through the studio: bad files give a clear message and stay
// untouched, a project open elsewhere can be opened read-only, Save As and export work.
#include "jobs/joblistmodel.h"
#include "project/exportcontroller.h"
#include "project/recentfilesmodel.h"
#include "settings/settingscontroller.h"
#include "store/projectstore.h"
#include "studio.h"
#include "writer/writercontroller.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace noosphere;

namespace {

QByteArray fingerprint(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

}  // namespace

class TestStudio : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void badFilesGetAClearMessageAndStayUntouched_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<QString>("expected");
        QTest::newRow("not sqlite") << "not-sqlite.noo" << "is not a Noosphere project";
        QTest::newRow("other sqlite") << "other-sqlite.noo" << "is not a Noosphere project";
        QTest::newRow("empty") << "empty.noo" << "is empty (0 bytes)";
        QTest::newRow("truncated") << "truncated.noo" << "is incomplete";
        QTest::newRow("corrupt") << "corrupt.noo" << "is damaged";
        QTest::newRow("newer") << "newer-version.noo" << "newer version of Noosphere";
    }
    void badFilesGetAClearMessageAndStayUntouched()
    {
        QFETCH(QString, fixture);
        QFETCH(QString, expected);
        const QString copy = m_dir.filePath(fixture);
        QFile::remove(copy);
        QVERIFY(QFile::copy(QStringLiteral(NOOSPHERE_TEST_DATA "/bad/") + fixture, copy));
        const QByteArray before = fingerprint(copy);

        ui::Studio studio(nullptr);
        QSignalSpy failed(&studio, &ui::Studio::projectFailed);
        QVERIFY(!studio.openProject(QUrl::fromLocalFile(copy)));
        QCOMPARE(failed.count(), 1);
        const QString message = failed.at(0).at(1).toString();
        QVERIFY2(message.contains(expected), qPrintable(message));
        QVERIFY2(message.contains(fixture), qPrintable(message));
        QVERIFY(!studio.hasProject());
        QCOMPARE(fingerprint(copy), before);
    }

    void folderIsRefused()
    {
        ui::Studio studio(nullptr);
        QSignalSpy failed(&studio, &ui::Studio::projectFailed);
        QVERIFY(!studio.openProject(QUrl::fromLocalFile(m_dir.path())));
        QVERIFY(failed.at(0).at(1).toString().contains(QStringLiteral("is a folder")));
    }

    void projectOpenElsewhereCanBeOpenedReadOnly()
    {
        const QString path = m_dir.filePath(QStringLiteral("shared.noo"));
        auto elsewhere = core::ProjectStore::create(path.toStdString());  // holds the lock, like another window
        QVERIFY(elsewhere.ok());

        ui::Studio studio(nullptr);
        QSignalSpy failed(&studio, &ui::Studio::projectFailed);
        QVERIFY(!studio.openProject(QUrl::fromLocalFile(path)));
        QVERIFY(failed.at(0).at(1).toString().contains(QStringLiteral("open in another Noosphere window")));
        QCOMPARE(failed.at(0).at(3).toBool(), true);  // the dialog offers "Open Read-Only"

        QVERIFY(studio.openProject(failed.at(0).at(2).toUrl(), true));
        QVERIFY(studio.isReadOnly());
        QVERIFY(studio.writer()->isReadOnly());
    }

    void newProjectRefusesToOverwrite()
    {
        const QString path = m_dir.filePath(QStringLiteral("existing.noo"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("precious");
        file.close();
        ui::Studio studio(nullptr);
        QSignalSpy failed(&studio, &ui::Studio::projectFailed);
        QVERIFY(!studio.newProject(QUrl::fromLocalFile(path)));
        QVERIFY(failed.at(0).at(1).toString().contains(QStringLiteral("already exists")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("precious"));
    }

    void saveAsSwitchesToTheCopyAndExportWritesMarkdown()
    {
        ui::Studio studio(nullptr);
        QVERIFY(studio.newProject(QUrl::fromLocalFile(m_dir.filePath(QStringLiteral("draft")))));
        QVERIFY(studio.projectPath().endsWith(QStringLiteral("draft.noo")));
        studio.writer()->renameChapter(0, QStringLiteral("Arrival"));

        const QString copy = m_dir.filePath(QStringLiteral("final.noo"));
        QVERIFY(studio.saveProjectAs(QUrl::fromLocalFile(copy)));
        QCOMPARE(studio.projectPath(), copy);
        QCOMPARE(studio.writer()->chapters()->titleAt(0), QStringLiteral("Arrival"));

        const QString md = m_dir.filePath(QStringLiteral("final.md"));
        QSignalSpy notices(&studio, &ui::Studio::notice);
        QVERIFY(studio.exportManuscript(QUrl::fromLocalFile(md), ui::ExportController::Markdown));
        QTRY_VERIFY(!studio.exporter()->isBusy());
        QFile out(md);
        QVERIFY(out.open(QIODevice::ReadOnly));
        QVERIFY(out.readAll().startsWith("# Arrival"));
        QVERIFY(notices.last().at(0).toString().contains(QStringLiteral("final.md")));
        QCOMPARE(studio.recentFiles()->rowCount() >= 2, true);
    }

    void exportsAFiveMegabyteProjectOnTheWorkerAndExplainsFailures()
    {
        const QString path = m_dir.filePath(QStringLiteral("long.noo"));
        {
            auto store = core::ProjectStore::create(path.toStdString());
            QVERIFY(store.ok());
            std::string body;
            while (body.size() < 5'000'000)
                body += "The river ran on through the valley, past the mill and the old stone bridge. 春眠不觉晓。\n";
            QVERIFY(store->addChapter("Long", body).ok());
        }
        ui::Studio studio(nullptr);
        QVERIFY(studio.openProject(QUrl::fromLocalFile(path)));
        QSignalSpy failures(&studio, &ui::Studio::projectFailed);
        const QString epub = m_dir.filePath(QStringLiteral("long"));  // the format's suffix is added
        QElapsedTimer clock;
        clock.start();
        QVERIFY(studio.exportManuscript(QUrl::fromLocalFile(epub), ui::ExportController::Epub));
        const qint64 uiThreadMs = clock.elapsed();
        qInfo("the UI thread spent %lld ms starting the export of 5 MB", uiThreadMs);
        QVERIFY2(uiThreadMs < 500, "the UI thread did the export's work");
        QVERIFY(studio.exporter()->isBusy());
        QTRY_VERIFY_WITH_TIMEOUT(!studio.exporter()->isBusy(), 30000);
        QVERIFY(QFileInfo(epub + QStringLiteral(".epub")).size() > 1000);
        QCOMPARE(failures.size(), 0);

        // A folder that does not exist: a dialog that says so, and the job stays failed in the jobs area.
        QVERIFY(studio.exportManuscript(QUrl::fromLocalFile(m_dir.filePath(QStringLiteral("nowhere/long.pdf"))),
                                        ui::ExportController::Pdf));
        QTRY_COMPARE(failures.size(), 1);
        QVERIFY2(failures.at(0).at(1).toString().contains(QStringLiteral("does not exist")),
                 qPrintable(failures.at(0).at(1).toString()));
        QTRY_VERIFY(!studio.exporter()->isBusy());
    }

    void shutdownWithAJobRunningDoesNotHang()
    {
        QElapsedTimer clock;
        clock.start();
        {
            ui::Studio studio(nullptr);
            studio.settings()->measureSpeed(30.0);
            QTRY_COMPARE(studio.jobs()->activeCount(), 1);
            QTest::qWait(200);
        }
        QVERIFY2(clock.elapsed() < 3000, "closing the studio waited for a long job");
    }
};

namespace noosphere::tests {
QObject *makeTestStudio() { return new TestStudio; }
}

#include "tst_studio.moc"
