// Classifies a file before SQLite writes to it, so that a file that is not a healthy project is refused with
// a reason (ErrorCode + one sentence naming it) and never modified: not even its mtime changes.
#pragma once

#include "common/result.h"
#include "store/projectstore.h"

#include <cstdint>
#include <filesystem>
#include <string>

namespace noosphere::core {

/// What the 100-byte SQLite header of a file says, read without SQLite.
struct ProjectFileHeader {
    std::uint64_t fileBytes = 0;
    int pageBytes = 0;
    std::uint32_t nPages = 0;  // the header's own page count; 0 where SQLite would not trust it
    std::int32_t applicationId = 0;
    std::int32_t userVersion = 0;
};

/// By stat() alone: NotFound, IsDirectory, NotAProject (not a regular file), EmptyFile (0 bytes).
Result<void> checkFileKind(const std::filesystem::path &file);

/// Reads the header through `fd` (pread, so the caller's fd keeps its offset): NotAProject (no SQLite magic,
/// or another program's application_id), Truncated (size not whole pages, or fewer pages than the header
/// says), Corrupt (impossible page size), NewerVersion (user_version above this build's schema).
Result<ProjectFileHeader> checkFileHeader(const std::filesystem::path &file, int fd);

/// ReadOnly when the file has no owner-write bit or access(W_OK) says no (both, because root passes
/// access() whatever the bits say), or when its folder is not writable (WAL needs a -wal file beside it).
Result<void> checkWritable(const std::filesystem::path &file);

/// Opens the file read-only in SQLite and checks application_id (NotAProject), user_version (NewerVersion)
/// and PRAGMA quick_check (Corrupt). Costs one read of the whole file.
Result<void> checkFileContent(const std::filesystem::path &file);

/// The first line of a quick_check or integrity_check report that says something (not "*** in database ***").
std::string firstFinding(const std::string &report);

/// All of the above in order, as ProjectStore::open runs them (less the lock). Writes nothing.
Result<void> checkProjectFile(const std::filesystem::path &file, OpenMode mode);

}  // namespace noosphere::core
