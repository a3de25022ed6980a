// The checks a project file passes before a store opens it for real; see projectfilecheck.h.
#include "projectfilecheck.h"

#include "store/projectlock.h"
#include "store/schema.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Exception.h>
#include <sqlite3.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <cerrno>
#include <cstring>
#include <sys/stat.h>
#include <unistd.h>

namespace noosphere::core {

namespace {

// The first 16 bytes of every SQLite 3 database file, NUL included.
constexpr char kSqliteMagic[16] = {'S', 'Q', 'L', 'i', 't', 'e', ' ', 'f', 'o', 'r', 'm', 'a', 't', ' ', '3', '\0'};
// Size of the database header at the start of page 1.
constexpr int kHeaderBytes = 100;

std::string quoted(const std::filesystem::path &file) { return "'" + file.string() + "'"; }

std::uint32_t bigEndian32(const unsigned char *p)
{
    return (std::uint32_t(p[0]) << 24) | (std::uint32_t(p[1]) << 16) | (std::uint32_t(p[2]) << 8) | p[3];
}

// The -wal beside a file holds commits not yet copied into it, e.g. after a kill -9.
bool hasPendingWal(const std::filesystem::path &file)
{
    struct stat st {};
    return ::stat((file.string() + "-wal").c_str(), &st) == 0 && st.st_size > 0;
}

Error newerVersion(const std::filesystem::path &file, std::int64_t version)
{
    return Error{ErrorCode::NewerVersion, quoted(file) + " was saved by a newer Noosphere (schema v" +
                                              std::to_string(version) + "; this build reads up to v" +
                                              std::to_string(schema::currentVersion()) + ")"};
}

Error foreignDatabase(const std::filesystem::path &file)
{
    return Error{ErrorCode::NotAProject,
                 quoted(file) + " is an SQLite database of another program, not a Noosphere project"};
}

// file: URI of `file` for a look that writes nothing beside it. With nothing pending (no -wal, no -journal)
// the file is opened immutable=1: no -wal or -shm is created next to a file that may turn out bad, and it
// works on read-only media. NOTE: immutable skips locking, so a writer that checkpoints during the look could
// make a healthy file look damaged; a ReadWrite open holds the project lock by then, so only a read-only open
// racing another program's first checkpoint could see that, and it would refuse rather than harm the file.
std::string readOnlyUri(const std::filesystem::path &file)
{
    std::error_code ignored;
    const std::string path = std::filesystem::absolute(file, ignored).string();
    std::string uri = "file://";
    for (const unsigned char c : path) {
        if (std::isalnum(c) || c == '/' || c == '.' || c == '_' || c == '-' || c == '~') {
            uri += char(c);
        } else {
            static const char kHex[] = "0123456789ABCDEF";
            uri += '%';
            uri += kHex[c >> 4];
            uri += kHex[c & 15];
        }
    }
    const bool pending = std::filesystem::exists(file.string() + "-wal", ignored) ||
                         std::filesystem::exists(file.string() + "-journal", ignored);
    return uri + (pending ? "?mode=ro" : "?mode=ro&immutable=1");
}

}  // namespace

std::string firstFinding(const std::string &report)
{
    std::size_t start = 0;
    while (start < report.size()) {
        const std::size_t end = std::min(report.find('\n', start), report.size());
        const std::string line = report.substr(start, end - start);
        if (!line.empty() && line.rfind("***", 0) != 0)
            return line;
        start = end + 1;
    }
    return report;
}

Result<void> checkFileKind(const std::filesystem::path &file)
{
    struct stat st {};
    if (::stat(file.c_str(), &st) != 0) {
        const int err = errno;
        if (err == ENOENT || err == ENOTDIR)
            return Error{ErrorCode::NotFound, quoted(file) + " does not exist"};
        return Error{ErrorCode::Io, "cannot read " + quoted(file) + ": " + std::strerror(err)};
    }
    if (S_ISDIR(st.st_mode))
        return Error{ErrorCode::IsDirectory, quoted(file) + " is a folder, not a Noosphere project file"};
    if (!S_ISREG(st.st_mode))
        return Error{ErrorCode::NotAProject, quoted(file) + " is not a regular file, so it is not a Noosphere project"};
    if (st.st_size == 0)
        return Error{ErrorCode::EmptyFile, quoted(file) + " is empty (0 bytes), so it is not a Noosphere project"};
    return {};
}

Result<ProjectFileHeader> checkFileHeader(const std::filesystem::path &file, int fd)
{
    struct stat st {};
    if (::fstat(fd, &st) != 0)
        return Error{ErrorCode::Io, "cannot read " + quoted(file) + ": " + std::strerror(errno)};
    std::array<unsigned char, kHeaderBytes> header{};
    const ssize_t nRead = ::pread(fd, header.data(), header.size(), 0);
    if (nRead < 0)
        return Error{ErrorCode::Io, "cannot read " + quoted(file) + ": " + std::strerror(errno)};
    if (nRead < 16 || std::memcmp(header.data(), kSqliteMagic, 16) != 0)
        return Error{ErrorCode::NotAProject,
                     quoted(file) + " is not a Noosphere project (it is not an SQLite database)"};

    ProjectFileHeader info;
    info.fileBytes = std::uint64_t(st.st_size);
    if (nRead < kHeaderBytes)
        return Error{ErrorCode::Truncated, quoted(file) + " is truncated: " + std::to_string(info.fileBytes) +
                                               " bytes is less than an SQLite header"};
    const unsigned rawPageBytes = (unsigned(header[16]) << 8) | header[17];
    info.pageBytes = rawPageBytes == 1 ? 65536 : int(rawPageBytes);  // 1 encodes 65536 in two bytes
    if (info.pageBytes < 512 || (info.pageBytes & (info.pageBytes - 1)) != 0)
        return Error{ErrorCode::Corrupt, quoted(file) + " is damaged: its header gives an impossible page size (" +
                                             std::to_string(info.pageBytes) + ")"};
    if (info.fileBytes % std::uint64_t(info.pageBytes) != 0)
        return Error{ErrorCode::Truncated, quoted(file) + " is truncated: " + std::to_string(info.fileBytes) +
                                               " bytes is not a whole number of " + std::to_string(info.pageBytes) +
                                               "-byte pages"};
    // SQLite trusts the header's page count only when the change counter matches "version valid for".
    const std::uint32_t changeCounter = bigEndian32(&header[24]);
    const std::uint32_t validFor = bigEndian32(&header[92]);
    info.nPages = changeCounter == validFor ? bigEndian32(&header[28]) : 0;
    const std::uint64_t expectedBytes = std::uint64_t(info.nPages) * std::uint64_t(info.pageBytes);
    // NOTE: a process killed in the middle of a checkpoint may have written page 1 (the new count) but not yet
    // the pages that extend the file; the -wal still holds them and SQLite finishes the job. So only a file
    // without pending -wal content is judged by its count.
    if (info.fileBytes < expectedBytes && !hasPendingWal(file))
        return Error{ErrorCode::Truncated, quoted(file) + " is truncated: it has " + std::to_string(info.fileBytes) +
                                               " bytes but its header says " + std::to_string(expectedBytes)};
    info.userVersion = std::int32_t(bigEndian32(&header[60]));
    info.applicationId = std::int32_t(bigEndian32(&header[68]));
    if (info.applicationId != schema::kApplicationId)
        return foreignDatabase(file);
    if (info.userVersion > schema::currentVersion())
        return newerVersion(file, info.userVersion);
    return info;
}

Result<void> checkWritable(const std::filesystem::path &file)
{
    struct stat st {};
    if (::stat(file.c_str(), &st) != 0)
        return Error{ErrorCode::Io, "cannot read " + quoted(file) + ": " + std::strerror(errno)};
    if ((st.st_mode & S_IWUSR) == 0 || ::access(file.c_str(), W_OK) != 0)
        return Error{ErrorCode::ReadOnly,
                     quoted(file) + " is read-only (no write permission); open it read-only instead"};
    const std::filesystem::path folder = file.has_parent_path() ? file.parent_path() : std::filesystem::path(".");
    if (::access(folder.c_str(), W_OK) != 0)
        return Error{ErrorCode::ReadOnly,
                     quoted(file) + " is in a folder without write permission; open it read-only instead"};
    return {};
}

Result<void> checkFileContent(const std::filesystem::path &file)
{
    try {
        SQLite::Database db(readOnlyUri(file), SQLite::OPEN_READONLY | SQLite::OPEN_URI);
        // A read-only connection cannot checkpoint anyway; say so, so that closing it never tries.
        sqlite3_db_config(db.getHandle(), SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, nullptr);
        db.setBusyTimeout(5000);
        // Asked again through SQLite: pending -wal content may hold a newer page 1 than the file's header.
        if (db.execAndGet("PRAGMA application_id").getInt() != schema::kApplicationId)
            return foreignDatabase(file);
        const int version = db.execAndGet("PRAGMA user_version").getInt();
        if (version > schema::currentVersion())
            return newerVersion(file, version);
        const std::string verdict = db.execAndGet("PRAGMA quick_check(1)").getString();
        if (verdict != "ok")
            return Error{ErrorCode::Corrupt,
                         quoted(file) + " is damaged (SQLite quick_check: " + firstFinding(verdict) + ")"};
    } catch (const SQLite::Exception &e) {
        const int code = e.getErrorCode() & 0xff;
        if (code == SQLITE_CORRUPT || code == SQLITE_NOTADB)
            return Error{ErrorCode::Corrupt, quoted(file) + " is damaged (SQLite: " + e.what() + ")"};
        return Error{ErrorCode::Io, "cannot read " + quoted(file) + " (SQLite: " + e.what() + ")"};
    }
    return {};
}

Result<void> checkProjectFile(const std::filesystem::path &file, OpenMode mode)
{
    if (auto kind = checkFileKind(file); !kind)
        return kind;
    auto handle = ProjectFile::open(file);
    if (!handle)
        return handle.error();
    if (auto header = checkFileHeader(file, handle->fd()); !header)
        return header.error();
    if (mode == OpenMode::ReadWrite) {
        if (auto writable = checkWritable(file); !writable)
            return writable;
    }
    return checkFileContent(file);
}

}  // namespace noosphere::core
