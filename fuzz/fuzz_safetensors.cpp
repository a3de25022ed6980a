// libFuzzer target for the safetensors reader: arbitrary bytes must give a clean Result (never a read outside the
// input, a crash, a hang or a sanitizer report), and a file that parses must survive a write → read round trip.
#include "io/safetensorsparse.h"

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <unistd.h>

namespace {

using namespace noosphere::models;

// Writes what was parsed and reads it back: the writer must accept everything the reader accepts, and give it
// back unchanged.
void roundTrip(const ParsedHeader &parsed)
{
    // /dev/shm where there is one: the writer fsyncs, which costs milliseconds on a disk.
    static const std::filesystem::path file =
        (std::filesystem::is_directory("/dev/shm") ? std::filesystem::path("/dev/shm")
                                                   : std::filesystem::temp_directory_path()) /
        ("noosphere-fuzz-" + std::to_string(::getpid()) + ".safetensors");
    std::vector<TensorToWrite> tensors;
    for (const auto &view : parsed.tensors)
        tensors.push_back({view.name, view.dtype, view.shape, view.bytes});
    if (!writeSafetensors(file, tensors, parsed.metadata).ok())
        std::abort();
    auto again = SafetensorsFile::open(file);
    if (!again.ok() || again->metadata() != parsed.metadata || again->tensors().size() != parsed.tensors.size())
        std::abort();
    for (const auto &view : parsed.tensors) {
        const TensorView *copy = again->find(view.name);
        if (!copy || copy->dtype != view.dtype || copy->shape != view.shape ||
            !std::equal(copy->bytes.begin(), copy->bytes.end(), view.bytes.begin(), view.bytes.end()))
            std::abort();
    }
    std::error_code ignored;
    std::filesystem::remove(file, ignored);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::span<const std::byte> whole(reinterpret_cast<const std::byte *>(data), size);
    const auto parsed = parseSafetensors(whole, "fuzz.safetensors");
    if (!parsed.ok()) {
        const auto &detail = parsed.error().detail;
        if (detail.find("'fuzz.safetensors'") == std::string::npos || detail.find('\n') != std::string::npos)
            std::abort();  // every detail is one line naming the file
        return 0;
    }
    // Every view lies inside the input and is exactly as long as its shape and dtype say; ASan checks the reads.
    unsigned checksum = 0;
    for (const auto &view : parsed->tensors) {
        if (view.bytes.data() < whole.data() || view.bytes.data() + view.bytes.size() > whole.data() + whole.size() ||
            view.elementCount() < 0 || std::uint64_t(view.elementCount()) * dtypeSize(view.dtype) != view.bytes.size())
            std::abort();
        for (const std::byte b : view.bytes)
            checksum += std::to_integer<unsigned>(b);
    }
    static volatile unsigned sink;
    sink = checksum;
    roundTrip(parsed.value());
    return 0;
}
