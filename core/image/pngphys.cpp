// pHYs splicing: chunks are length (4, big-endian), type (4), data, CRC-32 of type + data (ISO 15948 §5.3).
#include "pngphys.h"

#include <zlib.h>

#include <algorithm>
#include <array>
#include <cstring>

namespace noosphere::core::image {
namespace {

using models::Error;
using models::ErrorCode;

constexpr std::size_t kIhdrEnd = 8 + 4 + 4 + 13 + 4;  // signature, IHDR length, type, data, CRC

std::uint32_t be32(std::span<const std::uint8_t> b, std::size_t at)
{
    return std::uint32_t(b[at]) << 24 | std::uint32_t(b[at + 1]) << 16 | std::uint32_t(b[at + 2]) << 8 | b[at + 3];
}

void putBe32(std::vector<std::uint8_t> &out, std::uint32_t v)
{
    for (int shift = 24; shift >= 0; shift -= 8)
        out.push_back(std::uint8_t(v >> shift));
}

bool isType(std::span<const std::uint8_t> b, std::size_t at, const char *type)
{
    return std::memcmp(b.data() + at, type, 4) == 0;
}

bool startsWithIhdr(std::span<const std::uint8_t> png)
{
    static constexpr std::array<std::uint8_t, 8> signature{0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    return png.size() >= kIhdrEnd && std::equal(signature.begin(), signature.end(), png.begin()) &&
           be32(png, 8) == 13 && isType(png, 12, "IHDR");
}

}  // namespace

models::Result<std::vector<std::uint8_t>> withPngPixelsPerMetre(std::span<const std::uint8_t> png,
                                                                std::uint32_t pixelsPerMetre)
{
    if (!startsWithIhdr(png))
        return Error{ErrorCode::Corrupt, "not a PNG that starts with IHDR"};
    if (pixelsPerMetre == 0)
        return Error{ErrorCode::InvalidArgument, "a pixel density of 0"};
    std::vector<std::uint8_t> out(png.begin(), png.begin() + kIhdrEnd);
    // pHYs: x and y pixels per unit, then unit 1 (metre).
    std::vector<std::uint8_t> chunk{'p', 'H', 'Y', 's'};
    putBe32(chunk, pixelsPerMetre);
    putBe32(chunk, pixelsPerMetre);
    chunk.push_back(1);
    putBe32(out, 9);
    out.insert(out.end(), chunk.begin(), chunk.end());
    putBe32(out, std::uint32_t(crc32(crc32(0, nullptr, 0), chunk.data(), uInt(chunk.size()))));
    // The rest, chunk by chunk, without any earlier pHYs (a PNG may hold only one).
    for (std::size_t at = kIhdrEnd; at < png.size();) {
        if (at + 12 > png.size() || at + 12 + std::uint64_t(be32(png, at)) > png.size())
            return Error{ErrorCode::Corrupt, "a PNG chunk runs past the end of the data"};
        const std::size_t next = at + 12 + be32(png, at);
        if (!isType(png, at + 4, "pHYs"))
            out.insert(out.end(), png.begin() + std::ptrdiff_t(at), png.begin() + std::ptrdiff_t(next));
        at = next;
    }
    return out;
}

std::optional<std::uint32_t> pngPixelsPerMetre(std::span<const std::uint8_t> png)
{
    if (!startsWithIhdr(png))
        return std::nullopt;
    for (std::size_t at = 8; at + 12 <= png.size();) {
        const std::uint64_t next = at + 12 + std::uint64_t(be32(png, at));
        if (next > png.size())
            return std::nullopt;
        if (isType(png, at + 4, "pHYs") && be32(png, at) == 9 && png[at + 16] == 1)
            return be32(png, at + 8);
        if (isType(png, at + 4, "IDAT"))  // pHYs must come before the image data
            return std::nullopt;
        at = std::size_t(next);
    }
    return std::nullopt;
}

}  // namespace noosphere::core::image
