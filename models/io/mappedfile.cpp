// MappedFile: open, fstat, mmap, close. The descriptor is closed at once; the mapping keeps the file alive.
#include "io/mappedfile.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <string>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>
#include <utility>

namespace noosphere::models {

namespace {

std::string quoted(const std::filesystem::path &file) { return "'" + file.string() + "'"; }

// Closes the descriptor on every return path of open().
struct FdGuard {
    int fd = -1;
    ~FdGuard()
    {
        if (fd >= 0)
            ::close(fd);
    }
};

}  // namespace

Result<MappedFile> MappedFile::open(const std::filesystem::path &file)
{
    // O_NONBLOCK: a FIFO given by mistake must not hang the open; it has no effect on regular files.
    FdGuard guard{::open(file.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK)};
    if (guard.fd < 0) {
        const int err = errno;
        if (err == ENOENT || err == ENOTDIR)
            return Error{ErrorCode::NotFound, quoted(file) + " does not exist"};
        return Error{ErrorCode::Io, "cannot open " + quoted(file) + ": " + std::strerror(err)};
    }
    struct stat info {};
    if (::fstat(guard.fd, &info) != 0)
        return Error{ErrorCode::Io, "cannot read " + quoted(file) + ": " + std::strerror(errno)};
    if (S_ISDIR(info.st_mode))
        return Error{ErrorCode::Io, quoted(file) + " is a folder, not a file"};
    if (!S_ISREG(info.st_mode))
        return Error{ErrorCode::Io, quoted(file) + " is not a regular file"};
    const auto size = static_cast<std::size_t>(info.st_size);
    if (size == 0)
        return MappedFile(nullptr, 0, file);
    void *address = ::mmap(nullptr, size, PROT_READ, MAP_PRIVATE, guard.fd, 0);
    if (address == MAP_FAILED)
        return Error{ErrorCode::Io, "cannot map " + quoted(file) + " into memory: " + std::strerror(errno)};
    return MappedFile(address, size, file);
}

MappedFile::MappedFile(void *address, std::size_t size, std::filesystem::path path)
    : m_address(address)
    , m_size(size)
    , m_path(std::move(path))
{
}

MappedFile::~MappedFile() { unmap(); }

MappedFile::MappedFile(MappedFile &&other) noexcept
    : m_address(std::exchange(other.m_address, nullptr))
    , m_size(std::exchange(other.m_size, 0))
    , m_path(std::move(other.m_path))
{
}

MappedFile &MappedFile::operator=(MappedFile &&other) noexcept
{
    if (this != &other) {
        unmap();
        m_address = std::exchange(other.m_address, nullptr);
        m_size = std::exchange(other.m_size, 0);
        m_path = std::move(other.m_path);
    }
    return *this;
}

void MappedFile::unmap()
{
    if (m_address)
        ::munmap(m_address, m_size);
    m_address = nullptr;
    m_size = 0;
}

}  // namespace noosphere::models
