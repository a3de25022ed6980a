// The project file's schema as an ordered list of forward migrations. Each produces one PRAGMA user_version
// and runs in its own transaction, so a file is always at exactly one known version.
#pragma once

#include "common/result.h"

#include <cstdint>
#include <filesystem>
#include <span>
#include <string_view>

namespace SQLite {
class Database;
}

namespace noosphere::core::schema {

using models::Result;

// PRAGMA application_id of every project: "NOOS" in ASCII, so that other SQLite files are told apart.
inline constexpr std::int32_t kApplicationId = 0x4E4F4F53;

struct Migration {
    int version = 0;       // the PRAGMA user_version this script produces
    std::string_view sql;  // run in one transaction with the version change
};

/// All migrations, oldest first; versions are 1, 2, 3… without gaps.
std::span<const Migration> migrations();
/// The version the last migration produces: what this build writes.
int currentVersion();

/// Applies the migrations above the database's user_version up to `targetVersion`, each in one transaction
/// (IMMEDIATE, so it waits for other writers). Throws SQLite::Exception; a failed step leaves the file at the
/// version before it.
void migrate(SQLite::Database &db, int targetVersion);

/// The settings every project connection uses: foreign_keys=ON and a busy timeout; for writing also
/// journal_mode=WAL and synchronous=NORMAL. Throws SQLite::Exception.
void configureConnection(SQLite::Database &db, bool writable);

/// Writes a new project at `file` (which must not exist) at schema `version`, with one document and one empty
/// chapter, and closes it checkpointed: no -wal is left beside it. create() builds on this; tests and the
/// fixture script use it to make files at older versions. Fails with AlreadyExists, InvalidArgument or Io.
Result<void> createFile(const std::filesystem::path &file, int version);

}  // namespace noosphere::core::schema
