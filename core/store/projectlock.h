// File descriptors on a project file, and the exclusive lock that keeps a second window (or process) from
// writing to a project that is already open for writing.
#pragma once

#include "common/result.h"

#include <filesystem>
#include <sys/types.h>

namespace noosphere::core {

using models::Error;
using models::ErrorCode;
using models::Result;

/// A read-only fd on a project file, for reading its header and copying it.
/// NOTE: closing ANY fd on a file drops every POSIX (fcntl) lock this process holds on it, SQLite's
/// included. So while another ProjectFile on the same file (same device and inode) is alive in this process,
/// the close is deferred until the last of them goes; a ProjectStore keeps one for the life of its connection.
class ProjectFile {
public:
    /// Opens `file` O_RDONLY; fails with NotFound or Io. Thread-safe.
    static Result<ProjectFile> open(const std::filesystem::path &file);

    ProjectFile() = default;
    ~ProjectFile();
    ProjectFile(ProjectFile &&other) noexcept;
    ProjectFile &operator=(ProjectFile &&other) noexcept;

    int fd() const { return m_fd; }

private:
    void release();

    int m_fd = -1;
    dev_t m_device = 0;
    ino_t m_inode = 0;
};

/// An exclusive advisory lock (flock) on a project file, held by a ReadWrite store. The kernel releases it when
/// the process dies, so a crash or kill -9 never leaves a stale lock behind.
/// NOTE: flock and fcntl locks do not interact on Linux local filesystems, so this lock and SQLite's coexist.
class ProjectLock {
public:
    /// Fails with Locked when another store (in this process or another) holds the lock.
    static Result<ProjectLock> acquire(const std::filesystem::path &file);

    ProjectLock() = default;
    ~ProjectLock();
    ProjectLock(ProjectLock &&other) noexcept;
    ProjectLock &operator=(ProjectLock &&other) noexcept;

private:
    void unlock();

    ProjectFile m_file;
    bool m_locked = false;
};

}  // namespace noosphere::core
