// ProjectStore: the checks, lock, backup and migration around one SQLite connection, and the manuscript calls.
// Every SQLite::Exception stops here and becomes an Error.
#include "store/projectstore.h"

#include "store/projectstoreimpl.h"
#include "store/schema.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Exception.h>
#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>
#include <sqlite3.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace noosphere::core {

namespace {

Error noChapter(const std::filesystem::path &file, std::int64_t id)
{
    return Error{ErrorCode::NotFound, "there is no chapter " + std::to_string(id) + " in " + quoted(file)};
}

enum class ChapterText { Title, Body };

// One UPDATE for either text column of a chapter (the column comes from the enum, never from input).
Result<void> updateChapterText(SQLite::Database &db, const std::filesystem::path &file, std::int64_t documentId,
                               std::int64_t id, ChapterText column, const std::string &value)
{
    return guarded(file, [&]() -> Result<void> {
        SQLite::Statement update(db, column == ChapterText::Title
                                         ? "UPDATE chapters SET title = ?, updated_at = ? WHERE id = ? AND document_id = ?"
                                         : "UPDATE chapters SET body = ?, updated_at = ? WHERE id = ? AND document_id = ?");
        update.bind(1, value);
        update.bind(2, nowMs());
        update.bind(3, id);
        update.bind(4, documentId);
        if (update.exec() == 0)
            return noChapter(file, id);
        return {};
    });
}

std::vector<std::int64_t> orderedIds(SQLite::Database &db, std::int64_t documentId)
{
    SQLite::Statement query(db, "SELECT id FROM chapters WHERE document_id = ? ORDER BY position, id");
    query.bind(1, documentId);
    std::vector<std::int64_t> ids;
    while (query.executeStep())
        ids.push_back(query.getColumn(0).getInt64());
    return ids;
}

// Writes position = index for each id, touching only rows that move: keeps positions dense 0..n-1.
void writePositions(SQLite::Database &db, const std::vector<std::int64_t> &ids)
{
    SQLite::Statement update(db, "UPDATE chapters SET position = ?1 WHERE id = ?2 AND position <> ?1");
    for (std::size_t i = 0; i < ids.size(); ++i) {
        update.bind(1, static_cast<std::int64_t>(i));
        update.bind(2, ids[i]);
        update.exec();
        update.reset();
    }
}

bool writeAll(int fd, const char *data, std::size_t nBytes)
{
    while (nBytes > 0) {
        const ssize_t n = ::write(fd, data, nBytes);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        data += n;
        nBytes -= std::size_t(n);
    }
    return true;
}

void syncFolder(const std::filesystem::path &file)
{
    const std::filesystem::path folder = file.has_parent_path() ? file.parent_path() : std::filesystem::path(".");
    const int fd = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}

// Copies the project, as it is on disk, to <file>.v<version>.bak (or .v<version>.<n>.bak if that is taken, so
// that an earlier backup is never overwritten). The caller holds the lock, so nobody writes meanwhile.
std::filesystem::path partialName(const std::filesystem::path &file)
{
    return file.string() + ".creating-" + std::to_string(::getpid());
}

Result<void> checkNewFile(const std::filesystem::path &file)
{
    std::error_code error;
    if (std::filesystem::exists(std::filesystem::symlink_status(file, error)))
        return Error{ErrorCode::AlreadyExists, quoted(file) + " already exists; choose another name"};
    const std::filesystem::path folder = file.has_parent_path() ? file.parent_path() : std::filesystem::path(".");
    if (!std::filesystem::is_directory(folder, error))
        return Error{ErrorCode::NotFound, "the folder of " + quoted(file) + " does not exist"};
    return {};
}

// A file written under a temporary name is synced and linked into place only when complete: a crash half-way
// leaves no half-made project, and link() fails rather than replace a file that appeared meanwhile.
Result<void> linkIntoPlace(const std::filesystem::path &partial, const std::filesystem::path &file)
{
    std::error_code error;
    const int fd = ::open(partial.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
    const int linked = ::link(partial.c_str(), file.c_str());
    const int linkError = errno;
    std::filesystem::remove(partial, error);
    if (linked != 0) {
        if (linkError == EEXIST)
            return Error{ErrorCode::AlreadyExists, quoted(file) + " already exists; choose another name"};
        return Error{ErrorCode::Io, "cannot create " + quoted(file) + ": " + std::strerror(linkError)};
    }
    syncFolder(file);
    return {};
}

Result<std::filesystem::path> backUp(SQLite::Database &db, const ProjectFile &file, const std::filesystem::path &path,
                                     int version)
{
    // Move committed -wal content into the file first, so that the copy alone is the whole project.
    SQLite::Statement checkpoint(db, "PRAGMA wal_checkpoint(TRUNCATE)");
    if (checkpoint.executeStep() && checkpoint.getColumn(0).getInt() != 0)
        return Error{ErrorCode::Locked,
                     "cannot back up " + quoted(path) + " before upgrading it: another program is reading it"};
    const std::string stem = path.string() + ".v" + std::to_string(version);
    std::filesystem::path backup = stem + ".bak";
    std::error_code error;
    for (int n = 2; std::filesystem::exists(std::filesystem::symlink_status(backup, error)); ++n)
        backup = stem + "." + std::to_string(n) + ".bak";
    const std::filesystem::path partial = backup.string() + ".part";

    struct stat st {};
    ::fstat(file.fd(), &st);
    const int out = ::open(partial.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, st.st_mode & 0666);
    if (out < 0)
        return Error{ErrorCode::Io, "cannot write the backup " + quoted(partial) + ": " + std::strerror(errno)};
    // Read through our own fd: opening and closing another one would drop SQLite's locks (see ProjectFile).
    std::vector<char> buffer(1 << 16);
    off_t offset = 0;
    bool ok = true;
    for (;;) {
        const ssize_t n = ::pread(file.fd(), buffer.data(), buffer.size(), offset);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0 || (n > 0 && !writeAll(out, buffer.data(), std::size_t(n))))
            ok = false;
        if (n <= 0)
            break;
        offset += n;
    }
    ok = ::fsync(out) == 0 && ok;
    ok = ::close(out) == 0 && ok;
    if (!ok || ::rename(partial.c_str(), backup.c_str()) != 0) {
        std::filesystem::remove(partial, error);
        return Error{ErrorCode::Io, "cannot write the backup " + quoted(backup) + " before upgrading " + quoted(path)};
    }
    syncFolder(backup);
    return backup;
}

}  // namespace

int ProjectStore::currentSchemaVersion() { return schema::currentVersion(); }

Result<ProjectStore> ProjectStore::create(const std::filesystem::path &file)
{
    if (auto fresh = checkNewFile(file); !fresh)
        return fresh.error();
    std::error_code error;
    const std::filesystem::path partial = partialName(file);
    for (const char *suffix : {"", "-wal", "-shm"})
        std::filesystem::remove(partial.string() + suffix, error);
    if (auto made = schema::createFile(partial, schema::currentVersion()); !made)
        return Error{made.error().code, "cannot create " + quoted(file) + ": " + made.error().detail};
    if (auto placed = linkIntoPlace(partial, file); !placed)
        return placed.error();
    return open(file, OpenMode::ReadWrite);
}

Result<ProjectStore> ProjectStore::open(const std::filesystem::path &file, OpenMode mode)
{
    // Everything up to the SQLite connection below only reads, so a bad file is refused unchanged.
    if (auto kind = checkFileKind(file); !kind)
        return kind.error();
    auto impl = std::make_unique<Impl>();
    impl->path = file;
    impl->readOnly = mode == OpenMode::ReadOnly;
    auto handle = ProjectFile::open(file);
    if (!handle)
        return handle.error();
    impl->file = std::move(handle).value();
    if (auto header = checkFileHeader(file, impl->file.fd()); !header)
        return header.error();
    if (!impl->readOnly) {
        if (auto writable = checkWritable(file); !writable)
            return writable.error();
        auto lock = ProjectLock::acquire(file);
        if (!lock)
            return lock.error();
        impl->lock = std::move(lock).value();
    }
    if (auto content = checkFileContent(file); !content)
        return content.error();

    auto opened = guarded(file, [&]() -> Result<void> {
        // Never OPEN_CREATE: a file that vanished since the checks must not come back empty.
        impl->db.emplace(file, impl->readOnly ? SQLite::OPEN_READONLY : SQLite::OPEN_READWRITE);
        SQLite::Database &db = *impl->db;
        schema::configureConnection(db, !impl->readOnly);
        impl->schemaVersion = db.execAndGet("PRAGMA user_version").getInt();
        if (!impl->readOnly && impl->schemaVersion < schema::currentVersion()) {
            if (auto backup = backUp(db, impl->file, file, impl->schemaVersion); !backup)
                return backup.error();
            schema::migrate(db, schema::currentVersion());
            impl->schemaVersion = db.execAndGet("PRAGMA user_version").getInt();
        }
        SQLite::Statement document(db, "SELECT id FROM documents ORDER BY id LIMIT 1");
        if (document.executeStep()) {
            impl->documentId = document.getColumn(0).getInt64();
        } else if (!impl->readOnly) {
            SQLite::Statement insert(db, "INSERT INTO documents (title, created_at, updated_at) VALUES ('', ?1, ?1)");
            insert.bind(1, nowMs());
            insert.exec();
            impl->documentId = db.getLastInsertRowid();
        }
        return {};
    });
    if (!opened)
        return opened.error();
    return ProjectStore(std::move(impl));
}

ProjectStore::ProjectStore(std::unique_ptr<Impl> impl)
    : m_impl(std::move(impl))
{
}
ProjectStore::~ProjectStore() = default;
ProjectStore::ProjectStore(ProjectStore &&) noexcept = default;
ProjectStore &ProjectStore::operator=(ProjectStore &&) noexcept = default;

const std::filesystem::path &ProjectStore::path() const { return m_impl->path; }
bool ProjectStore::isReadOnly() const { return m_impl->readOnly; }
int ProjectStore::schemaVersion() const { return m_impl->schemaVersion; }

Result<std::vector<ChapterInfo>> ProjectStore::chapters() const
{
    return guarded(m_impl->path, [&]() -> Result<std::vector<ChapterInfo>> {
        SQLite::Statement query(*m_impl->db, "SELECT id, title, position FROM chapters WHERE document_id = ?"
                                             " ORDER BY position, id");
        query.bind(1, m_impl->documentId);
        std::vector<ChapterInfo> infos;
        while (query.executeStep())
            infos.push_back(
                {query.getColumn(0).getInt64(), query.getColumn(1).getString(), query.getColumn(2).getInt()});
        return infos;
    });
}

Result<Chapter> ProjectStore::chapter(std::int64_t id) const
{
    return guarded(m_impl->path, [&]() -> Result<Chapter> {
        SQLite::Statement query(*m_impl->db, "SELECT id, title, body, position FROM chapters"
                                             " WHERE id = ? AND document_id = ?");
        query.bind(1, id);
        query.bind(2, m_impl->documentId);
        if (!query.executeStep())
            return noChapter(m_impl->path, id);
        // getString() reads the column's bytes with their length: invalid UTF-8 and NULs come back unchanged.
        return Chapter{query.getColumn(0).getInt64(), query.getColumn(1).getString(), query.getColumn(2).getString(),
                       query.getColumn(3).getInt()};
    });
}

Result<std::int64_t> ProjectStore::addChapter(const std::string &title, const std::string &body, int position)
{
    if (m_impl->readOnly)
        return readOnlyError(m_impl->path);
    return guarded(m_impl->path, [&]() -> Result<std::int64_t> {
        SQLite::Database &db = *m_impl->db;
        SQLite::Transaction transaction(db, SQLite::TransactionBehavior::IMMEDIATE);
        auto ids = orderedIds(db, m_impl->documentId);
        const auto at = position < 0 || std::size_t(position) > ids.size() ? ids.size() : std::size_t(position);
        SQLite::Statement insert(db, "INSERT INTO chapters (document_id, position, title, body, created_at, updated_at)"
                                     " VALUES (?1, ?2, ?3, ?4, ?5, ?5)");
        insert.bind(1, m_impl->documentId);
        insert.bind(2, static_cast<std::int64_t>(at));
        insert.bind(3, title);  // bound with its byte length: stored byte-exact
        insert.bind(4, body);
        insert.bind(5, nowMs());
        insert.exec();
        const std::int64_t id = db.getLastInsertRowid();
        ids.insert(ids.begin() + std::ptrdiff_t(at), id);
        writePositions(db, ids);
        transaction.commit();
        return id;
    });
}

Result<void> ProjectStore::renameChapter(std::int64_t id, const std::string &title)
{
    if (m_impl->readOnly)
        return readOnlyError(m_impl->path);
    return updateChapterText(*m_impl->db, m_impl->path, m_impl->documentId, id, ChapterText::Title, title);
}

Result<void> ProjectStore::setChapterBody(std::int64_t id, const std::string &body)
{
    if (m_impl->readOnly)
        return readOnlyError(m_impl->path);
    return updateChapterText(*m_impl->db, m_impl->path, m_impl->documentId, id, ChapterText::Body, body);
}

Result<void> ProjectStore::moveChapter(std::int64_t id, int position)
{
    if (m_impl->readOnly)
        return readOnlyError(m_impl->path);
    return guarded(m_impl->path, [&]() -> Result<void> {
        SQLite::Database &db = *m_impl->db;
        SQLite::Transaction transaction(db, SQLite::TransactionBehavior::IMMEDIATE);
        auto ids = orderedIds(db, m_impl->documentId);
        const auto it = std::find(ids.begin(), ids.end(), id);
        if (it == ids.end())
            return noChapter(m_impl->path, id);
        ids.erase(it);
        const auto at = std::clamp<std::ptrdiff_t>(position, 0, std::ptrdiff_t(ids.size()));
        ids.insert(ids.begin() + at, id);
        writePositions(db, ids);
        transaction.commit();
        return {};
    });
}

Result<Chapter> ProjectStore::deleteChapter(std::int64_t id)
{
    if (m_impl->readOnly)
        return readOnlyError(m_impl->path);
    return guarded(m_impl->path, [&]() -> Result<Chapter> {
        SQLite::Database &db = *m_impl->db;
        SQLite::Transaction transaction(db, SQLite::TransactionBehavior::IMMEDIATE);
        auto deleted = chapter(id);
        if (!deleted)
            return deleted.error();
        SQLite::Statement remove(db, "DELETE FROM chapters WHERE id = ?");
        remove.bind(1, id);
        remove.exec();
        auto ids = orderedIds(db, m_impl->documentId);
        writePositions(db, ids);
        transaction.commit();
        return deleted;
    });
}

Result<void> ProjectStore::restoreChapter(const Chapter &restored)
{
    if (m_impl->readOnly)
        return readOnlyError(m_impl->path);
    if (restored.id <= 0)
        return Error{ErrorCode::InvalidArgument, "chapter id " + std::to_string(restored.id) + " cannot be restored"};
    return guarded(m_impl->path, [&]() -> Result<void> {
        SQLite::Database &db = *m_impl->db;
        SQLite::Transaction transaction(db, SQLite::TransactionBehavior::IMMEDIATE);
        SQLite::Statement exists(db, "SELECT 1 FROM chapters WHERE id = ?");
        exists.bind(1, restored.id);
        if (exists.executeStep())
            return Error{ErrorCode::AlreadyExists,
                         "chapter " + std::to_string(restored.id) + " is already in " + quoted(m_impl->path)};
        auto ids = orderedIds(db, m_impl->documentId);
        const auto at = std::clamp<std::ptrdiff_t>(restored.position, 0, std::ptrdiff_t(ids.size()));
        SQLite::Statement insert(db, "INSERT INTO chapters (id, document_id, position, title, body, created_at,"
                                     " updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6)");
        insert.bind(1, restored.id);
        insert.bind(2, m_impl->documentId);
        insert.bind(3, static_cast<std::int64_t>(at));
        insert.bind(4, restored.title);
        insert.bind(5, restored.body);
        insert.bind(6, nowMs());
        insert.exec();
        ids.insert(ids.begin() + at, restored.id);
        writePositions(db, ids);
        transaction.commit();
        return {};
    });
}

Result<std::optional<std::string>> ProjectStore::setting(const std::string &key) const
{
    return guarded(m_impl->path, [&]() -> Result<std::optional<std::string>> {
        SQLite::Statement query(*m_impl->db, "SELECT value FROM settings WHERE key = ?");
        query.bind(1, key);
        if (!query.executeStep())
            return std::optional<std::string>();
        return std::optional<std::string>(query.getColumn(0).getString());
    });
}

Result<void> ProjectStore::setSetting(const std::string &key, const std::string &value)
{
    if (m_impl->readOnly)
        return readOnlyError(m_impl->path);
    return guarded(m_impl->path, [&]() -> Result<void> {
        SQLite::Statement upsert(*m_impl->db, "INSERT INTO settings (key, value) VALUES (?, ?)"
                                              " ON CONFLICT (key) DO UPDATE SET value = excluded.value");
        upsert.bind(1, key);
        upsert.bind(2, value);
        upsert.exec();
        return {};
    });
}

Result<void> ProjectStore::copyTo(const std::filesystem::path &file) const
{
    if (auto fresh = checkNewFile(file); !fresh)
        return fresh.error();
    const std::filesystem::path partial = partialName(file);
    std::error_code error;
    std::filesystem::remove(partial, error);
    auto copied = guarded(file, [&]() -> Result<void> {
        // VACUUM INTO writes a consistent, compacted copy from inside a read transaction: the copy holds
        // every committed edit, including those still in our WAL.
        SQLite::Statement vacuum(*m_impl->db, "VACUUM INTO ?");
        vacuum.bind(1, partial.string());
        vacuum.exec();
        return {};
    });
    if (!copied) {
        std::filesystem::remove(partial, error);
        return copied.error();
    }
    return linkIntoPlace(partial, file);
}

Result<void> ProjectStore::verify() const
{
    return guarded(m_impl->path, [&]() -> Result<void> {
        SQLite::Database &db = *m_impl->db;
        // Two rows at most: a report may start with a "*** in database main ***" row before the finding.
        SQLite::Statement integrity(db, "PRAGMA integrity_check(2)");
        std::string report;
        while (integrity.executeStep())
            report += (report.empty() ? "" : "\n") + integrity.getColumn(0).getString();
        if (report != "ok")
            return Error{ErrorCode::Corrupt,
                         quoted(m_impl->path) + " is damaged (SQLite integrity_check: " + firstFinding(report) + ")"};
        SQLite::Statement foreignKeys(db, "PRAGMA foreign_key_check");
        if (foreignKeys.executeStep())
            return Error{ErrorCode::Corrupt, quoted(m_impl->path) + " is damaged: a row in table '" +
                                                 foreignKeys.getColumn(0).getString() +
                                                 "' refers to a row that does not exist"};
        return {};
    });
}

}  // namespace noosphere::core
