// writeFileAtomically(): temporary file + fsync + rename, the POSIX way to replace a file all at once.
#include "export/atomicfile.h"

#include <cerrno>
#include <fcntl.h>
#include <random>
#include <sys/stat.h>
#include <system_error>
#include <unistd.h>

namespace noosphere::core {

using models::Error;
using models::ErrorCode;

namespace {

std::string systemReason(int error) { return std::error_code(error, std::generic_category()).message(); }

// A new temporary file beside `file`; -1 with errno set when the folder refuses it.
int createTemporary(const std::filesystem::path &file, std::filesystem::path &temporary)
{
    std::random_device random;
    for (int attempt = 0; attempt < 16; ++attempt) {
        temporary = file.parent_path() / ("." + file.filename().string() + "." + std::to_string(random()) + ".tmp");
        // 0666 less the umask, as any new file; O_EXCL: never reuse someone else's file.
        const int fd = ::open(temporary.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
        if (fd >= 0 || errno != EEXIST)
            return fd;
    }
    return -1;
}

bool writeAll(int fd, std::string_view bytes)
{
    while (!bytes.empty()) {
        const ssize_t n = ::write(fd, bytes.data(), bytes.size());
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            if (n == 0)
                errno = EIO;
            return false;
        }
        bytes.remove_prefix(std::size_t(n));
    }
    return true;
}

}  // namespace

std::string writeErrorDetail(const std::filesystem::path &file, const std::string &reason)
{
    return "cannot write '" + file.string() + "': " + reason;
}

models::Result<void> writeFileAtomically(const std::filesystem::path &file, std::string_view bytes)
{
    std::filesystem::path temporary;
    const int fd = createTemporary(file, temporary);
    if (fd < 0)
        return Error{ErrorCode::Io, writeErrorDetail(file, systemReason(errno))};
    struct stat existing {};
    if (::stat(file.c_str(), &existing) == 0 && S_ISREG(existing.st_mode))
        (void)::fchmod(fd, existing.st_mode & 07777);
    // NOTE: fsync before rename, or a crash soon after could leave the new name pointing at an empty file.
    int error = 0;
    if (!writeAll(fd, bytes) || ::fsync(fd) != 0)
        error = errno;
    if (::close(fd) != 0 && error == 0)
        error = errno;  // a delayed write error (NFS) shows here
    if (error == 0 && ::rename(temporary.c_str(), file.c_str()) != 0)
        error = errno;
    if (error != 0) {
        ::unlink(temporary.c_str());
        return Error{ErrorCode::Io, writeErrorDetail(file, systemReason(error))};
    }
    return {};
}

}  // namespace noosphere::core
