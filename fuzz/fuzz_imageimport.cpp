// libFuzzer target for image import (core/image/imageimport.h): arbitrary bytes as a PNG, JPEG or WebP must give a
// clean Result (never a crash, hang, over-allocation or sanitizer report), and an image that decodes must have
// exactly the pixels its size says. A decoded picture is then framed as a sketch and traced (gan project and gan
// follow-score take any picture), and the pHYs splicer of printed markers runs over the same bytes.
#include "image/imageheader.h"
#include "image/imageimport.h"
#include "image/pngphys.h"
#include "image/sketchframe.h"
#include "image/sketchtrace.h"

#include <zlib.h>

#include <cstdint>
#include <cstdlib>
#include <span>
#include <vector>

namespace {

using namespace noosphere::core::image;

// A small limit keeps each run fast; the limit's check itself is what is being fuzzed.
constexpr std::int64_t kFuzzMaxPixels = 1 << 20;

void decodeBoth(std::span<const std::uint8_t> bytes)
{
    for (const PixelFormat format : {PixelFormat::Bgr8, PixelFormat::Rgba8}) {
        auto image = decodeImage(bytes, {.format = format, .maxPixels = kFuzzMaxPixels});
        if (image.ok() && (image->empty() || image->pixels.size() != image->rowBytes() * std::size_t(image->height) ||
                           std::int64_t(image->width) * image->height > kFuzzMaxPixels))
            std::abort();
        if (image.ok() && format == PixelFormat::Rgba8) {
            if (const auto framed = frameSketch(*image, 16)) {
                if (framed->picture.pixels.size() != 16 * 16 * 4 || framed->mask.size() != 16 * 16)
                    std::abort();
                for (const float m : framed->mask)
                    if (!(m >= 0 && m <= 1))
                        std::abort();
            }
            const auto traced = traceOutlines(*image);
            if (traced.pixels.size() != image->pixels.size())
                std::abort();
        }
    }
}

std::uint32_t be32(const std::vector<std::uint8_t> &b, std::size_t at)
{
    return std::uint32_t(b[at]) << 24 | std::uint32_t(b[at + 1]) << 16 | std::uint32_t(b[at + 2]) << 8 | b[at + 3];
}

// The input with every PNG chunk CRC made right, so that mutations reach libpng rather than the CRC check.
std::vector<std::uint8_t> resealedPng(std::span<const std::uint8_t> bytes)
{
    std::vector<std::uint8_t> png(bytes.begin(), bytes.end());
    for (std::size_t at = 8; at + 12 <= png.size();) {
        const std::uint64_t next = at + 12 + std::uint64_t(be32(png, at));
        if (next > png.size())
            break;
        const std::size_t crcAt = std::size_t(next) - 4;
        const auto crc = std::uint32_t(crc32(0, png.data() + at + 4, uInt(crcAt - at - 4)));
        for (int i = 0; i < 4; ++i)
            png[crcAt + std::size_t(i)] = std::uint8_t(crc >> (24 - 8 * i));
        at = std::size_t(next);
    }
    return png;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::span<const std::uint8_t> bytes(data, size);
    auto header = readImageHeader(bytes);
    if (header.ok())
        (void)checkStructure(bytes, header->format);
    decodeBoth(bytes);
    if (header.ok() && header->format == ImageFormat::Png)
        decodeBoth(resealedPng(bytes));
    if (auto spliced = withPngPixelsPerMetre(bytes, 11811); spliced.ok())
        if (pngPixelsPerMetre(spliced.value()) != 11811u)
            std::abort();
    return 0;
}
