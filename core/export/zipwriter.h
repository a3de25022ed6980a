// A zip archive written with libzip (Debian libzip-dev), whose entries keep the order they were added in:
// EPUB needs its "mimetype" entry first and stored. libzip writes a temporary file and renames it into place on
// commit(), so a failed or cancelled export leaves no half-written archive.
#pragma once

#include "common/result.h"

#include <deque>
#include <filesystem>
#include <functional>
#include <string>

struct zip;  // libzip's zip_t

namespace noosphere::core {

class ZipWriter {
public:
    enum class Compression { Stored, Deflated };

    /// Prepares an archive that commit() writes to `file` (replacing it). Nothing touches the disk yet.
    static models::Result<ZipWriter> create(const std::filesystem::path &file);
    /// Discards the archive unless commit() succeeded.
    ~ZipWriter();
    ZipWriter(ZipWriter &&other) noexcept;
    ZipWriter &operator=(ZipWriter &&) = delete;

    /// Adds an entry named `name` (a path inside the archive) holding `bytes`, kept in memory until commit().
    models::Result<void> add(const std::string &name, std::string bytes, Compression compression);
    /// Compresses and writes everything. `isCancelled` is polled while compressing (true: stop, Cancelled);
    /// `progress` gets fractions in [0, 1]. Fails with Io (disk full, folder not writable…) naming the file.
    models::Result<void> commit(const std::function<bool()> &isCancelled = {},
                                const std::function<void(double)> &progress = {});

private:
    ZipWriter(zip *archive, std::filesystem::path file);
    models::Error lastError(const std::string &what) const;

    zip *m_zip = nullptr;
    std::filesystem::path m_file;
    std::deque<std::string> m_buffers;  // libzip reads them at commit(); a deque never moves its elements
};

}  // namespace noosphere::core
