// Reading and writing safetensors (https://huggingface.co/docs/safetensors): an 8-byte little-endian header
// size, a JSON header naming each tensor's dtype, shape and byte range, then the raw data. The reader maps
// the file and checks every range, shape and dtype against the file before anything is used. Torch-free.
#pragma once

#include "common/result.h"

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <map>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace noosphere::models {

enum class DType { F32, F16, BF16 };

/// Bytes per element.
std::size_t dtypeSize(DType dtype);
std::string_view dtypeName(DType dtype);  // "F32", "F16", "BF16" as in the file

/// A tensor inside a mapped file: valid while the SafetensorsFile (or Set) that produced it lives.
struct TensorView {
    std::string name;
    DType dtype = DType::F32;
    std::vector<std::int64_t> shape;
    std::span<const std::byte> bytes;  // exactly product(shape) * dtypeSize(dtype) bytes, little-endian
    std::int64_t elementCount() const;
};

class SafetensorsFile {
public:
    /// Largest header accepted; real headers are well under 1 MiB.
    static constexpr std::uint64_t kMaxHeaderBytes = 100u << 20;

    /// Maps and validates the whole file. ErrorCode::BadModelFile (truncated, malformed JSON, ranges out of
    /// the file, overlapping, shape × dtype ≠ range size) or UnsupportedModel (a dtype other than F32/F16/BF16);
    /// the detail names the file and the tensor.
    static Result<SafetensorsFile> open(const std::filesystem::path &file);

    ~SafetensorsFile();
    SafetensorsFile(SafetensorsFile &&) noexcept;
    SafetensorsFile &operator=(SafetensorsFile &&) noexcept;

    const std::filesystem::path &path() const;
    const std::vector<TensorView> &tensors() const;  // in file order
    const TensorView *find(std::string_view name) const;
    const std::map<std::string, std::string> &metadata() const;  // the "__metadata__" object

private:
    struct Impl;
    explicit SafetensorsFile(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
};

/// A model's weights: `model.safetensors`, or shards listed by `model.safetensors.index.json`, in one folder.
class SafetensorsSet {
public:
    static Result<SafetensorsSet> openFolder(const std::filesystem::path &folder);

    ~SafetensorsSet();
    SafetensorsSet(SafetensorsSet &&) noexcept;
    SafetensorsSet &operator=(SafetensorsSet &&) noexcept;

    const TensorView *find(std::string_view name) const;
    std::vector<std::string> names() const;  // sorted
    std::uint64_t totalBytes() const;

private:
    struct Impl;
    explicit SafetensorsSet(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
};

struct TensorToWrite {
    std::string name;
    DType dtype = DType::F32;
    std::vector<std::int64_t> shape;
    std::span<const std::byte> bytes;
};

/// Writes a safetensors file (via a temporary name, renamed into place when complete).
Result<void> writeSafetensors(const std::filesystem::path &file, std::span<const TensorToWrite> tensors,
                              const std::map<std::string, std::string> &metadata = {});

}  // namespace noosphere::models
