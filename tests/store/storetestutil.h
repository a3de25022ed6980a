// Helpers shared by the store tests: a file's bytes and mtime (to prove a refused file was not touched),
// a raw SQLite connection for looking under the store's API, and a fresh project with a side store open on it.
#pragma once

#include <QByteArray>
#include <QCryptographicHash>
#include <QFile>
#include <QString>
#include <QTemporaryDir>
#include <QTest>

#include "store/projectstore.h"

#include <sqlite3.h>
#include <sys/stat.h>

#include <filesystem>
#include <optional>
#include <string>

namespace storetest {

inline std::filesystem::path toPath(const QString &file) { return std::filesystem::path(file.toStdString()); }

// What must not change when a bad file is refused: its contents and its modification time (to the ns).
struct FileSnapshot {
    QByteArray sha256;
    qint64 nBytes = -1;
    qint64 mtimeNs = -1;
    bool operator==(const FileSnapshot &) const = default;
};

inline FileSnapshot snapshot(const QString &file)
{
    FileSnapshot shot;
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return shot;
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&f);
    shot.sha256 = hash.result().toHex();
    struct stat st {};
    if (::stat(QFile::encodeName(file).constData(), &st) == 0) {
        shot.nBytes = st.st_size;
        shot.mtimeNs = qint64(st.st_mtim.tv_sec) * 1'000'000'000 + st.st_mtim.tv_nsec;
    }
    return shot;
}

// A plain sqlite3 connection. NOTE: safe beside a live ProjectStore in this process, because SQLite shares
// its locks between connections of one process.
class RawDb {
public:
    explicit RawDb(const QString &file) { sqlite3_open(QFile::encodeName(file).constData(), &m_db); }
    ~RawDb() { sqlite3_close(m_db); }
    RawDb(const RawDb &) = delete;
    RawDb &operator=(const RawDb &) = delete;

    bool exec(const std::string &sql)
    {
        char *message = nullptr;
        const int rc = sqlite3_exec(m_db, sql.c_str(), nullptr, nullptr, &message);
        if (rc != SQLITE_OK)
            qWarning("sqlite3: %s", message ? message : "?");
        sqlite3_free(message);
        return rc == SQLITE_OK;
    }

    // The first column of the first row, as text ("" when there is none).
    QByteArray scalar(const std::string &sql)
    {
        sqlite3_stmt *statement = nullptr;
        QByteArray value;
        if (sqlite3_prepare_v2(m_db, sql.c_str(), -1, &statement, nullptr) == SQLITE_OK &&
            sqlite3_step(statement) == SQLITE_ROW) {
            const auto *data = static_cast<const char *>(sqlite3_column_blob(statement, 0));
            value = QByteArray(data, sqlite3_column_bytes(statement, 0));
            if (sqlite3_column_type(statement, 0) == SQLITE_NULL)
                value = "NULL";
        }
        sqlite3_finalize(statement);
        return value;
    }

private:
    sqlite3 *m_db = nullptr;
};

// A fresh project for each test function, open as the studio opens it, and a side store (DesignStore,
// PreferenceStore, SketchStore) on its own connection to it: open() from init(), close() from cleanup().
template <typename SideStore> struct ProjectWithSideStore {
    QString file;
    std::optional<noosphere::core::ProjectStore> project;
    std::optional<SideStore> store;

    /// Empty when both opened, else what failed.
    std::string open(const QTemporaryDir &dir)
    {
        file = dir.filePath(QStringLiteral("%1.noo").arg(QTest::currentTestFunction()));
        auto created = noosphere::core::ProjectStore::create(toPath(file));
        if (!created)
            return created.error().detail;
        project.emplace(std::move(created).value());
        return reopenStore();
    }
    /// Opens the side store again (after close() or alone), as a restarted studio would.
    std::string reopenStore()
    {
        store.reset();
        auto side = SideStore::open(toPath(file));
        if (!side)
            return side.error().detail;
        store.emplace(std::move(side).value());
        return {};
    }
    void close()
    {
        store.reset();
        project.reset();
    }
};

}  // namespace storetest

// So that QCOMPARE on snapshots prints something useful.
namespace QTest {
template <> inline char *toString(const storetest::FileSnapshot &shot)
{
    return qstrdup(QByteArray(shot.sha256 + " " + QByteArray::number(shot.nBytes) + " bytes, mtime " +
                              QByteArray::number(shot.mtimeNs))
                       .constData());
}
}  // namespace QTest
