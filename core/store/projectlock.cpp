// File descriptors on project files with deferred close (see projectlock.h), and the flock-based project lock.
#include "projectlock.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <map>
#include <mutex>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>
#include <utility>
#include <vector>

namespace noosphere::core {

namespace {

// The fds this process has open on each project file, so that none is closed while another is still in use.
struct OpenFiles {
    struct Entry {
        int nLive = 0;
        std::vector<int> deferredFds;
    };
    std::mutex mutex;
    std::map<std::pair<dev_t, ino_t>, Entry> entries;
};

OpenFiles &openFiles()
{
    static OpenFiles files;
    return files;
}

std::string quoted(const std::filesystem::path &file) { return "'" + file.string() + "'"; }

}  // namespace

Result<ProjectFile> ProjectFile::open(const std::filesystem::path &file)
{
    // O_NONBLOCK: a FIFO given by mistake must not hang the open; it has no effect on regular files.
    const int fd = ::open(file.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
    if (fd < 0) {
        const int err = errno;
        if (err == ENOENT)
            return Error{ErrorCode::NotFound, quoted(file) + " does not exist"};
        return Error{ErrorCode::Io, "cannot open " + quoted(file) + ": " + std::strerror(err)};
    }
    struct stat st {};
    if (::fstat(fd, &st) != 0) {
        const int err = errno;
        ::close(fd);
        return Error{ErrorCode::Io, "cannot read " + quoted(file) + ": " + std::strerror(err)};
    }
    ProjectFile handle;
    handle.m_fd = fd;
    handle.m_device = st.st_dev;
    handle.m_inode = st.st_ino;
    auto &files = openFiles();
    std::lock_guard lock(files.mutex);
    ++files.entries[{st.st_dev, st.st_ino}].nLive;
    return handle;
}

ProjectFile::~ProjectFile() { release(); }

ProjectFile::ProjectFile(ProjectFile &&other) noexcept
    : m_fd(std::exchange(other.m_fd, -1))
    , m_device(other.m_device)
    , m_inode(other.m_inode)
{
}

ProjectFile &ProjectFile::operator=(ProjectFile &&other) noexcept
{
    if (this != &other) {
        release();
        m_fd = std::exchange(other.m_fd, -1);
        m_device = other.m_device;
        m_inode = other.m_inode;
    }
    return *this;
}

void ProjectFile::release()
{
    if (m_fd < 0)
        return;
    auto &files = openFiles();
    std::lock_guard lock(files.mutex);
    const auto it = files.entries.find({m_device, m_inode});
    if (it == files.entries.end() || --it->second.nLive > 0) {
        if (it != files.entries.end())
            it->second.deferredFds.push_back(m_fd);
        else
            ::close(m_fd);
    } else {
        for (const int fd : it->second.deferredFds)
            ::close(fd);
        ::close(m_fd);
        files.entries.erase(it);
    }
    m_fd = -1;
}

Result<ProjectLock> ProjectLock::acquire(const std::filesystem::path &file)
{
    auto opened = ProjectFile::open(file);
    if (!opened)
        return opened.error();
    ProjectLock lock;
    lock.m_file = std::move(opened).value();
    // flock locks belong to the open file description, so a second store in this same process (which opened
    // its own description) is refused just like another process.
    if (::flock(lock.m_file.fd(), LOCK_EX | LOCK_NB) != 0) {
        const int err = errno;
        if (err == EWOULDBLOCK)
            return Error{ErrorCode::Locked,
                         quoted(file) + " is open in another Noosphere window; open it read-only instead"};
        return Error{ErrorCode::Io, "cannot lock " + quoted(file) + ": " + std::strerror(err)};
    }
    lock.m_locked = true;
    return lock;
}

ProjectLock::~ProjectLock() { unlock(); }

ProjectLock::ProjectLock(ProjectLock &&other) noexcept
    : m_file(std::move(other.m_file))
    , m_locked(std::exchange(other.m_locked, false))
{
}

ProjectLock &ProjectLock::operator=(ProjectLock &&other) noexcept
{
    if (this != &other) {
        unlock();
        m_file = std::move(other.m_file);
        m_locked = std::exchange(other.m_locked, false);
    }
    return *this;
}

void ProjectLock::unlock()
{
    // Unlock explicitly: the fd's close may be deferred (see ProjectFile), and the lock must go now.
    if (m_locked && m_file.fd() >= 0)
        ::flock(m_file.fd(), LOCK_UN);
    m_locked = false;
    m_file = ProjectFile();
}

}  // namespace noosphere::core
