#include "store/sideconnection.h"

#include "store/schema.h"

#include <sqlite3.h>

#include <chrono>

namespace noosphere::core {

using models::Error;
using models::ErrorCode;

std::string quotedPath(const std::filesystem::path &file)
{
    return "'" + file.string() + "'";
}

std::int64_t unixNowMs()
{
    using namespace std::chrono;
    return duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count();
}

Error sqliteError(const std::filesystem::path &file, const SQLite::Exception &e)
{
    const std::string what = " (SQLite: " + std::string(e.what()) + ")";
    switch (e.getErrorCode() & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return Error{ErrorCode::Locked, quotedPath(file) + " is busy in another program" + what};
    case SQLITE_READONLY:
        return Error{ErrorCode::ReadOnly, quotedPath(file) + " cannot be written" + what};
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return Error{ErrorCode::Corrupt, quotedPath(file) + " is damaged" + what};
    case SQLITE_CONSTRAINT:
        return Error{ErrorCode::InvalidArgument, "a change to " + quotedPath(file) + " was refused" + what};
    default:
        return Error{ErrorCode::Io, "cannot read or write the feedback in " + quotedPath(file) + what};
    }
}

models::Result<SideConnection> SideConnection::open(const std::filesystem::path &project, OpenMode mode)
{
    SideConnection c;
    c.path = project;
    c.readOnly = mode == OpenMode::ReadOnly;
    auto opened = guardedSql(project, [&]() -> models::Result<void> {
        c.db.emplace(project, c.readOnly ? SQLite::OPEN_READONLY : SQLite::OPEN_READWRITE);
        schema::configureConnection(*c.db, !c.readOnly);
        if (c.db->execAndGet("PRAGMA application_id").getInt() != schema::kApplicationId)
            return Error{ErrorCode::NotAProject, quotedPath(project) + " is not a Noosphere project"};
        c.schemaVersion = c.db->execAndGet("PRAGMA user_version").getInt();
        if (c.schemaVersion > schema::currentVersion())
            return Error{ErrorCode::NewerVersion, quotedPath(project) + " was saved by a newer Noosphere"};
        if (!c.readOnly && c.schemaVersion < schema::currentVersion())
            return Error{ErrorCode::InvalidArgument, quotedPath(project) + " must be opened (and upgraded) first"};
        return {};
    });
    if (!opened)
        return opened.error();
    return c;
}

Error SideConnection::readOnlyError() const
{
    return Error{ErrorCode::ReadOnly, quotedPath(path) + " was opened read-only, so it cannot be changed"};
}

}  // namespace noosphere::core
