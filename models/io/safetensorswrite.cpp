// Writing safetensors as the reference implementation does (compact JSON header padded with spaces to a multiple
// of 8 bytes, data packed in header order), under "<file>.partial" renamed into place once complete and synced.
#include "io/safetensors.h"

#include "io/safetensorsparse.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace noosphere::models {

namespace {

std::string quoted(const std::filesystem::path &file) { return "'" + file.string() + "'"; }

// JSON text of a string or map; strict, so a name that is not UTF-8 throws instead of writing a bad header.
template <typename T> std::string jsonText(const T &value)
{
    return nlohmann::json(value).dump(-1, ' ', false, nlohmann::json::error_handler_t::strict);
}

Result<std::string> buildHeader(const std::filesystem::path &file, const std::vector<const TensorToWrite *> &order,
                                const std::map<std::string, std::string> &metadata)
{
    std::string header = "{";
    try {
        if (!metadata.empty())
            header += "\"__metadata__\":" + jsonText(metadata) + ",";
        std::uint64_t offset = 0;
        for (const auto *tensor : order) {
            std::string shape;
            for (const auto dim : tensor->shape)
                shape += (shape.empty() ? "" : ",") + std::to_string(dim);
            const std::uint64_t end = offset + tensor->bytes.size();
            header += jsonText(tensor->name) + ":{\"dtype\":\"" + std::string(dtypeName(tensor->dtype)) +
                      "\",\"shape\":[" + shape + "],\"data_offsets\":[" + std::to_string(offset) + "," +
                      std::to_string(end) + "]},";
            offset = end;
        }
    } catch (const nlohmann::json::exception &) {
        return Error{ErrorCode::InvalidArgument,
                     "cannot write " + quoted(file) + ": a tensor name or metadata text is not valid UTF-8"};
    }
    if (header.back() == ',')
        header.pop_back();
    header += "}";
    header.append((8 - header.size() % 8) % 8, ' ');
    if (header.size() > SafetensorsFile::kMaxHeaderBytes)
        return Error{ErrorCode::InvalidArgument, "cannot write " + quoted(file) + ": its header would take " +
                                                     std::to_string(header.size()) +
                                                     " bytes, more than readers accept"};
    return header;
}

// Tensors in name order, each checked: a unique name and as many bytes as its shape and dtype call for.
Result<std::vector<const TensorToWrite *>> checkTensors(const std::filesystem::path &file,
                                                        std::span<const TensorToWrite> tensors)
{
    std::vector<const TensorToWrite *> order;
    for (const auto &tensor : tensors)
        order.push_back(&tensor);
    std::sort(order.begin(), order.end(), [](auto *a, auto *b) { return a->name < b->name; });
    for (std::size_t i = 0; i < order.size(); ++i) {
        const auto &tensor = *order[i];
        const auto fail = [&](const std::string &why) {
            return Error{ErrorCode::InvalidArgument,
                         "cannot write " + quoted(file) + ": tensor '" + tensor.name + "' " + why};
        };
        if (tensor.name == "__metadata__")
            return fail("has the name the format reserves for metadata");
        if (i > 0 && order[i - 1]->name == tensor.name)
            return fail("is given twice");
        const auto count = checkedElementCount(tensor.shape);
        std::uint64_t bytes = 0;
        if (!count || __builtin_mul_overflow(std::uint64_t(*count), dtypeSize(tensor.dtype), &bytes))
            return fail("has a shape with a negative dimension, more than " + std::to_string(kMaxRank) +
                        " dimensions or too many elements");
        if (bytes != tensor.bytes.size())
            return fail("has " + std::to_string(tensor.bytes.size()) + " bytes where its shape and dtype need " +
                        std::to_string(bytes));
    }
    return order;
}

bool writeAll(int fd, const void *data, std::size_t size)
{
    const char *p = static_cast<const char *>(data);
    while (size > 0) {
        const ssize_t written = ::write(fd, p, std::min<std::size_t>(size, std::size_t(1) << 30));
        if (written < 0 && errno == EINTR)
            continue;
        if (written <= 0)
            return false;
        p += written;
        size -= std::size_t(written);
    }
    return true;
}

// Makes the rename itself durable; a failure here loses nothing already written, so it is not reported.
void syncFolder(const std::filesystem::path &folder)
{
    const int fd = ::open(folder.empty() ? "." : folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}

}  // namespace

Result<void> writeSafetensors(const std::filesystem::path &file, std::span<const TensorToWrite> tensors,
                              const std::map<std::string, std::string> &metadata)
{
    auto order = checkTensors(file, tensors);
    if (!order)
        return order.error();
    auto header = buildHeader(file, order.value(), metadata);
    if (!header)
        return header.error();

    unsigned char size[8];
    for (int i = 0; i < 8; ++i)  // little-endian, whatever the host
        size[i] = static_cast<unsigned char>(std::uint64_t(header->size()) >> (8 * i));

    const std::filesystem::path partial = file.string() + ".partial";
    const int fd = ::open(partial.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0)
        return Error{ErrorCode::Io, "cannot write " + quoted(file) + ": " + std::strerror(errno)};
    int failure = 0;  // the first errno on the way
    const auto step = [&](bool done) {
        if (!done && failure == 0)
            failure = errno != 0 ? errno : EIO;
    };
    errno = 0;
    step(writeAll(fd, size, sizeof size) && writeAll(fd, header->data(), header->size()));
    for (const auto *tensor : order.value())
        if (failure == 0)
            step(writeAll(fd, tensor->bytes.data(), tensor->bytes.size()));
    if (failure == 0)
        step(::fsync(fd) == 0);
    step(::close(fd) == 0);
    if (failure == 0)
        step(::rename(partial.c_str(), file.c_str()) == 0);
    if (failure != 0) {
        ::unlink(partial.c_str());
        return Error{ErrorCode::Io, "cannot write " + quoted(file) + ": " + std::strerror(failure)};
    }
    syncFolder(file.parent_path());
    return {};
}

}  // namespace noosphere::models
