// A second SQLite connection to a project ProjectStore has opened (and migrated) in this process: the
// feedback stores (the assistant's preferences, the Design pane's generations and ratings) write through one,
// since ProjectStore keeps its connection private; SQLite shares locks between connections of one process.
// Shared here: opening with the project's checks, and turning SQLite's exceptions into Errors.
#pragma once

#include "common/result.h"
#include "store/projectstore.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Exception.h>

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>

namespace noosphere::core {

struct SideConnection {
    std::filesystem::path path;
    bool readOnly = false;
    int schemaVersion = 0;
    std::optional<SQLite::Database> db;

    /// Never creates: the project must exist as ProjectStore::open found it. A read-write open needs the
    /// current schema (the project was opened, hence migrated, first); a read-only one reads older files.
    static models::Result<SideConnection> open(const std::filesystem::path &project, OpenMode mode);
    /// The ReadOnly error for a change asked of a read-only connection.
    models::Error readOnlyError() const;
};

std::string quotedPath(const std::filesystem::path &file);
std::int64_t unixNowMs();
/// SQLite's exception as an Error about `file` (busy, read-only, damaged, refused, or an I/O failure).
models::Error sqliteError(const std::filesystem::path &file, const SQLite::Exception &e);

/// Runs `body`, turning an SQLite exception into its Error.
template <typename Body> auto guardedSql(const std::filesystem::path &file, Body &&body) -> decltype(body())
{
    try {
        return body();
    } catch (const SQLite::Exception &e) {
        return sqliteError(file, e);
    }
}

}  // namespace noosphere::core
