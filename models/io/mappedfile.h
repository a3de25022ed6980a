// A whole file mapped read-only into memory, so that large weight files are paged in on demand rather than
// copied. Move-only; the mapping lives as long as the object.
#pragma once

#include "common/result.h"

#include <cstddef>
#include <filesystem>
#include <span>

namespace noosphere::models {

class MappedFile {
public:
    /// Maps `file` (MAP_PRIVATE, PROT_READ). NotFound when it does not exist, Io when it cannot be opened,
    /// is not a regular file or cannot be mapped. An empty file gives an empty span and no mapping.
    static Result<MappedFile> open(const std::filesystem::path &file);

    MappedFile() = default;
    ~MappedFile();
    MappedFile(MappedFile &&other) noexcept;
    MappedFile &operator=(MappedFile &&other) noexcept;
    MappedFile(const MappedFile &) = delete;
    MappedFile &operator=(const MappedFile &) = delete;

    // NOTE: if another process truncates the file while it is mapped, reading the lost pages raises SIGBUS;
    // model files are written under a temporary name and renamed, so a finished file never shrinks.
    std::span<const std::byte> bytes() const { return {static_cast<const std::byte *>(m_address), m_size}; }
    const std::filesystem::path &path() const { return m_path; }

private:
    MappedFile(void *address, std::size_t size, std::filesystem::path path);
    void unmap();

    void *m_address = nullptr;
    std::size_t m_size = 0;
    std::filesystem::path m_path;
};

}  // namespace noosphere::models
