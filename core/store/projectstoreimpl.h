// ProjectStore's insides, shared by the files that implement it (projectstore.cpp: file, lock, migration and
// manuscript; projectbible.cpp: the story bible). Private to core/store.
#pragma once

#include "store/projectfilecheck.h"
#include "store/projectlock.h"
#include "store/projectstore.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Exception.h>
#include <sqlite3.h>

#include <chrono>
#include <optional>
#include <string>

namespace noosphere::core {

struct ProjectStore::Impl {
    std::filesystem::path path;
    bool readOnly = false;
    ProjectFile file;                    // our fd on the file, for the header and the backup (see ProjectFile)
    std::optional<ProjectLock> lock;     // ReadWrite only
    std::optional<SQLite::Database> db;  // declared last, so it closes before the lock and fds above go
    std::int64_t documentId = 0;         // the one manuscript; 0 in a read-only file that has none
    int schemaVersion = 0;
};

inline std::string quoted(const std::filesystem::path &file) { return "'" + file.string() + "'"; }

inline std::int64_t nowMs()
{
    using namespace std::chrono;
    return duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count();
}

inline Error fromSqlite(const std::filesystem::path &file, const SQLite::Exception &e)
{
    const std::string what = " (SQLite: " + std::string(e.what()) + ")";
    switch (e.getErrorCode() & 0xff) {
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return Error{ErrorCode::Corrupt, quoted(file) + " is damaged" + what};
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return Error{ErrorCode::Locked, quoted(file) + " is busy in another program" + what};
    case SQLITE_READONLY:
        return Error{ErrorCode::ReadOnly, quoted(file) + " cannot be written" + what};
    case SQLITE_FULL:
        return Error{ErrorCode::Io, "cannot save " + quoted(file) + ": the disk is full"};
    case SQLITE_IOERR:
    case SQLITE_CANTOPEN:
    case SQLITE_PERM:
        return Error{ErrorCode::Io, "cannot read or write " + quoted(file) + what};
    case SQLITE_CONSTRAINT:
        return Error{ErrorCode::InvalidArgument, "a change to " + quoted(file) + " was refused" + what};
    default:
        return Error{ErrorCode::Unknown, "unexpected trouble with " + quoted(file) + what};
    }
}

// Runs `body`, turning an SQLite::Exception into the Error of the Result that `body` returns.
template <typename Body> auto guarded(const std::filesystem::path &file, Body &&body) -> decltype(body())
{
    try {
        return body();
    } catch (const SQLite::Exception &e) {
        return fromSqlite(file, e);
    }
}

inline Error readOnlyError(const std::filesystem::path &file)
{
    return Error{ErrorCode::ReadOnly, quoted(file) + " was opened read-only, so it cannot be changed"};
}

}  // namespace noosphere::core
