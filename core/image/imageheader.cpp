// Header parsing for PNG (ISO 15948 §11.2.2 IHDR), JPEG (ITU T.81 §B.2 markers and frame header) and WebP (RIFF
// container; VP8 key-frame header, VP8L signature, VP8X canvas), bounds-checked on every read.
#include "imageheader.h"

#include <algorithm>
#include <array>
#include <optional>
#include <string>

#include <zlib.h>

namespace noosphere::core::image {
namespace {

using models::Error;
using models::ErrorCode;
using Bytes = std::span<const std::uint8_t>;

constexpr std::array<std::uint8_t, 8> kPngSignature{0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};

std::uint32_t be32(Bytes b, std::size_t at)
{
    return std::uint32_t(b[at]) << 24 | std::uint32_t(b[at + 1]) << 16 | std::uint32_t(b[at + 2]) << 8 | b[at + 3];
}
std::uint32_t be16(Bytes b, std::size_t at)
{
    return std::uint32_t(b[at]) << 8 | b[at + 1];
}
std::uint32_t le16(Bytes b, std::size_t at)
{
    return std::uint32_t(b[at]) | std::uint32_t(b[at + 1]) << 8;
}
std::uint32_t le24(Bytes b, std::size_t at)
{
    return le16(b, at) | std::uint32_t(b[at + 2]) << 16;
}
std::uint32_t le32(Bytes b, std::size_t at)
{
    return le24(b, at) | std::uint32_t(b[at + 3]) << 24;
}

bool startsWith(Bytes b, std::string_view text, std::size_t at = 0)
{
    if (b.size() < at + text.size())
        return false;
    for (std::size_t i = 0; i < text.size(); ++i)
        if (b[at + i] != std::uint8_t(text[i]))
            return false;
    return true;
}

Error truncated(std::string_view format)
{
    return {ErrorCode::Truncated, "the " + std::string(format) + " header is cut short"};
}
Error corrupt(std::string_view format, std::string_view why)
{
    return {ErrorCode::Corrupt, "corrupt " + std::string(format) + " header: " + std::string(why)};
}

models::Result<ImageHeader> pngHeader(Bytes b)
{
    // Signature, then IHDR must be the first chunk: length 13, "IHDR", width, height, depth, colour type, ...
    if (b.size() < 8 + 8 + 13)
        return truncated("PNG");
    if (be32(b, 8) != 13 || !startsWith(b, "IHDR", 12))
        return corrupt("PNG", "the first chunk is not a 13-byte IHDR");
    ImageHeader h{.format = ImageFormat::Png};
    const std::uint32_t width = be32(b, 16), height = be32(b, 20);
    if (width == 0 || height == 0 || width > 0x7FFFFFFFu || height > 0x7FFFFFFFu)
        return corrupt("PNG", "the width or height is 0 or above 2^31");
    h.width = int(width), h.height = int(height);
    h.bitsPerChannel = b[24];
    const int colourType = b[25];
    const int depth = h.bitsPerChannel;
    const bool depthOk = colourType == 0   ? (depth == 1 || depth == 2 || depth == 4 || depth == 8 || depth == 16)
                         : colourType == 3 ? (depth == 1 || depth == 2 || depth == 4 || depth == 8)
                                           : (depth == 8 || depth == 16);
    if ((colourType != 0 && colourType != 2 && colourType != 3 && colourType != 4 && colourType != 6) || !depthOk)
        return corrupt("PNG", "colour type " + std::to_string(colourType) + " with bit depth " + std::to_string(depth));
    h.channels = colourType == 0 ? 1 : colourType == 4 ? 2 : colourType == 6 ? 4 : 3;
    h.paletted = colourType == 3;
    return h;
}

bool isJpegSof(std::uint8_t marker)
{
    return marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
}

// Walks the marker segments of a JPEG up to its first SOS. Returns the offset just after the SOS segment, or an
// error; `sof` receives the frame header when one came first.
models::Result<std::size_t> walkJpeg(Bytes b, std::optional<ImageHeader> &sof)
{
    std::size_t at = 2;
    while (true) {
        if (at >= b.size())
            return truncated("JPEG");
        if (b[at] != 0xFF)
            return corrupt("JPEG", "no marker where one was expected");
        while (at < b.size() && b[at] == 0xFF)  // fill bytes may precede a marker
            ++at;
        if (at >= b.size())
            return truncated("JPEG");
        const std::uint8_t marker = b[at++];
        if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7))  // TEM, RSTn: no length
            continue;
        if (marker == 0xD8 || marker == 0xD9 || marker == 0x00)
            return corrupt("JPEG", "the image ends before its first scan");
        if (at + 2 > b.size())
            return truncated("JPEG");
        const std::size_t length = be16(b, at);
        if (length < 2)
            return corrupt("JPEG", "a segment length below 2");
        if (at + length > b.size())
            return truncated("JPEG");
        if (isJpegSof(marker) && !sof) {
            if (length < 8)
                return corrupt("JPEG", "a frame header shorter than 8 bytes");
            ImageHeader h{.format = ImageFormat::Jpeg};
            h.bitsPerChannel = b[at + 2];
            h.height = int(be16(b, at + 3));
            h.width = int(be16(b, at + 5));
            h.channels = b[at + 7];
            if (h.width == 0 || h.height == 0)  // a height of 0 defers it to a DNL marker, which nobody writes
                return corrupt("JPEG", "the width or height is 0");
            if (h.channels != 1 && h.channels != 3 && h.channels != 4)
                return corrupt("JPEG", std::to_string(h.channels) + " components");
            h.cmyk = h.channels == 4;
            sof = h;
        }
        at += length;
        if (marker == 0xDA)
            return at;
    }
}

models::Result<ImageHeader> jpegHeader(Bytes b)
{
    std::optional<ImageHeader> sof;
    auto scan = walkJpeg(b, sof);
    if (sof)  // the frame header is all the size check needs, even when the file breaks off after it
        return *sof;
    if (!scan.ok())
        return scan.error();
    return corrupt("JPEG", "a scan before any frame header");
}

models::Result<ImageHeader> webpHeader(Bytes b)
{
    // "RIFF" size "WEBP", then the first chunk: fourcc, size, payload.
    if (b.size() < 12 + 8)
        return truncated("WebP");
    ImageHeader h{.format = ImageFormat::WebP, .channels = 3};
    const std::size_t payload = 20, payloadSize = le32(b, 16);
    if (startsWith(b, "VP8 ", 12)) {
        if (b.size() < payload + 10)
            return truncated("WebP");
        if ((b[payload] & 1) != 0 || b[payload + 3] != 0x9D || b[payload + 4] != 0x01 || b[payload + 5] != 0x2A)
            return corrupt("WebP", "no VP8 key frame");
        h.width = int(le16(b, payload + 6) & 0x3FFF);
        h.height = int(le16(b, payload + 8) & 0x3FFF);
    } else if (startsWith(b, "VP8L", 12)) {
        if (b.size() < payload + 5)
            return truncated("WebP");
        const std::uint32_t bits = le32(b, payload + 1);
        if (b[payload] != 0x2F || (bits >> 29) != 0)
            return corrupt("WebP", "a bad VP8L signature or version");
        h.width = int((bits & 0x3FFF) + 1);
        h.height = int(((bits >> 14) & 0x3FFF) + 1);
        h.channels = (bits >> 28) & 1 ? 4 : 3;
    } else if (startsWith(b, "VP8X", 12)) {
        if (payloadSize < 10 || b.size() < payload + 10)
            return truncated("WebP");
        const std::uint8_t flags = b[payload];
        h.animated = (flags & 0x02) != 0;
        h.channels = (flags & 0x10) != 0 ? 4 : 3;
        h.width = int(le24(b, payload + 4) + 1);  // up to 2^24 each: the pixel limit, not int, bounds the product
        h.height = int(le24(b, payload + 7) + 1);
    } else {
        return corrupt("WebP", "the first chunk is not VP8, VP8L or VP8X");
    }
    if (h.width == 0 || h.height == 0)
        return corrupt("WebP", "the width or height is 0");
    return h;
}

}  // namespace

std::string_view imageFormatName(ImageFormat format)
{
    switch (format) {
    case ImageFormat::Png:
        return "PNG";
    case ImageFormat::Jpeg:
        return "JPEG";
    case ImageFormat::WebP:
        return "WebP";
    }
    return "image";
}

models::Result<ImageHeader> readImageHeader(Bytes bytes)
{
    if (bytes.empty())
        return Error{ErrorCode::EmptyFile, "the image is empty (0 bytes)"};
    const std::size_t pngPrefix = std::min(bytes.size(), kPngSignature.size());
    if (std::equal(kPngSignature.begin(), kPngSignature.begin() + std::ptrdiff_t(pngPrefix), bytes.begin()))
        return pngPrefix < 8 ? models::Result<ImageHeader>(truncated("PNG")) : pngHeader(bytes);
    if (bytes[0] == 0xFF && (bytes.size() < 2 || bytes[1] == 0xD8) && (bytes.size() < 3 || bytes[2] == 0xFF))
        return bytes.size() < 3 ? models::Result<ImageHeader>(truncated("JPEG")) : jpegHeader(bytes);
    if (startsWith(bytes, "RIFF") && (bytes.size() < 12 || startsWith(bytes, "WEBP", 8)))
        return bytes.size() < 12 ? models::Result<ImageHeader>(truncated("WebP")) : webpHeader(bytes);
    return Error{ErrorCode::InvalidArgument, "not a PNG, JPEG or WebP image"};
}

models::Result<void> checkStructure(Bytes b, ImageFormat format)
{
    const std::string name(imageFormatName(format));
    const Error cut{ErrorCode::Truncated, "the " + name + " is cut short (its end is missing)"};
    switch (format) {
    case ImageFormat::Png:
        // Walk the chunks (length, type, data, CRC of type + data) until IEND.
        for (std::size_t at = 8; at + 12 <= b.size();) {
            const std::uint64_t next = at + 12 + std::uint64_t(be32(b, at));
            if (next > b.size())
                return cut;
            const std::size_t crcAt = std::size_t(next) - 4;
            if (crc32(0, b.data() + at + 4, uInt(crcAt - at - 4)) != be32(b, crcAt))
                return Error{ErrorCode::Corrupt,
                             "the PNG is damaged (a checksum does not match in its " +
                                 std::string(b.begin() + std::ptrdiff_t(at + 4), b.begin() + std::ptrdiff_t(at + 8)) +
                                 " chunk)"};
            if (startsWith(b, "IEND", at + 4))
                return {};
            at = std::size_t(next);
        }
        return cut;
    case ImageFormat::Jpeg: {
        // After the first SOS, entropy-coded data stuffs every 0xFF byte (FF 00), so FF D9 there is the real EOI.
        std::optional<ImageHeader> sof;
        const auto scan = walkJpeg(b, sof);
        if (!scan.ok())
            return scan.error();
        for (std::size_t at = scan.value(); at + 1 < b.size(); ++at)
            if (b[at] == 0xFF && b[at + 1] == 0xD9)
                return {};
        return cut;
    }
    case ImageFormat::WebP:
        if (b.size() >= 8 && std::uint64_t(le32(b, 4)) + 8 <= b.size())
            return {};
        return cut;
    }
    return cut;
}

}  // namespace noosphere::core::image
