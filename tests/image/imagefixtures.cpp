// Fixture bytes: PNG chunks with zlib CRCs and a deflated IDAT; JPEG and WebP headers by the specification's layout.
#include "imagefixtures.h"

#include <zlib.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>

#ifdef NOOSPHERE_TEST_HAVE_LIBJPEG
#include <jpeglib.h>
#endif

namespace noosphere::tests {
namespace {

void putBe32(Bytes &out, std::uint32_t v)
{
    for (int shift = 24; shift >= 0; shift -= 8)
        out.push_back(std::uint8_t(v >> shift));
}

void putLe32(Bytes &out, std::uint32_t v)
{
    for (int shift = 0; shift < 32; shift += 8)
        out.push_back(std::uint8_t(v >> shift));
}

void putChunk(Bytes &out, const char *type, const Bytes &data)
{
    putBe32(out, std::uint32_t(data.size()));
    Bytes typed(type, type + 4);
    typed.insert(typed.end(), data.begin(), data.end());
    out.insert(out.end(), typed.begin(), typed.end());
    putBe32(out, std::uint32_t(crc32(crc32(0, nullptr, 0), typed.data(), uInt(typed.size()))));
}

Bytes pngStart(std::uint32_t width, std::uint32_t height, int bitDepth, int colourType)
{
    Bytes png{0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    Bytes ihdr;
    putBe32(ihdr, width);
    putBe32(ihdr, height);
    ihdr.insert(ihdr.end(), {std::uint8_t(bitDepth), std::uint8_t(colourType), 0, 0, 0});
    putChunk(png, "IHDR", ihdr);
    return png;
}

}  // namespace

Bytes makePng(std::uint32_t width, std::uint32_t height, int bitDepth, int colourType, const Bytes &scanlines,
              const Bytes &palette)
{
    Bytes png = pngStart(width, height, bitDepth, colourType);
    if (colourType == 3)
        putChunk(png, "PLTE", palette);
    const std::size_t rowBytes = scanlines.size() / height;
    Bytes filtered;
    for (std::uint32_t y = 0; y < height; ++y) {
        filtered.push_back(0);
        filtered.insert(filtered.end(), scanlines.begin() + std::ptrdiff_t(y * rowBytes),
                        scanlines.begin() + std::ptrdiff_t((y + 1) * rowBytes));
    }
    uLongf size = compressBound(uLong(filtered.size()));
    Bytes deflated(size);
    compress(deflated.data(), &size, filtered.data(), uLong(filtered.size()));
    deflated.resize(size);
    putChunk(png, "IDAT", deflated);
    putChunk(png, "IEND", {});
    return png;
}

void resealPngChunk(Bytes &png, std::size_t typeAt, std::size_t length)
{
    const auto crc = std::uint32_t(crc32(crc32(0, nullptr, 0), png.data() + typeAt, uInt(4 + length)));
    for (int i = 0; i < 4; ++i)
        png[typeAt + 4 + length + std::size_t(i)] = std::uint8_t(crc >> (24 - 8 * i));
}

Bytes pngBomb(std::uint32_t width, std::uint32_t height)
{
    // A real IDAT of a few rows: a decoder that trusted IHDR would allocate the whole canvas first.
    Bytes png = pngStart(width, height, 8, 0);
    Bytes row(std::size_t(std::min<std::uint32_t>(width, 4096)) + 1, 0);
    uLongf size = compressBound(uLong(row.size()));
    Bytes deflated(size);
    compress(deflated.data(), &size, row.data(), uLong(row.size()));
    deflated.resize(size);
    putChunk(png, "IDAT", deflated);
    putChunk(png, "IEND", {});
    return png;
}

Bytes jpegBomb(std::uint16_t width, std::uint16_t height)
{
    // SOI, SOF0 (8-bit, 3 components), then SOS and EOI with no real tables: the header is all that counts.
    Bytes jpeg{0xFF, 0xD8, 0xFF, 0xC0, 0x00, 0x11, 0x08};
    jpeg.insert(jpeg.end(), {std::uint8_t(height >> 8), std::uint8_t(height), std::uint8_t(width >> 8),
                             std::uint8_t(width), 0x03, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1});
    jpeg.insert(jpeg.end(), {0xFF, 0xDA, 0x00, 0x0C, 0x03, 1, 0x00, 2, 0x11, 3, 0x11, 0x00, 0x3F, 0x00});
    jpeg.insert(jpeg.end(), {0x12, 0x34, 0xFF, 0xD9});
    return jpeg;
}

Bytes webpVp8xBomb(std::uint32_t width, std::uint32_t height)
{
    Bytes chunk{'V', 'P', '8', 'X'};
    putLe32(chunk, 10);
    chunk.insert(chunk.end(), {0x00, 0, 0, 0});
    for (const std::uint32_t v : {width - 1, height - 1})
        chunk.insert(chunk.end(), {std::uint8_t(v), std::uint8_t(v >> 8), std::uint8_t(v >> 16)});
    Bytes webp{'R', 'I', 'F', 'F'};
    putLe32(webp, std::uint32_t(4 + chunk.size()));
    webp.insert(webp.end(), {'W', 'E', 'B', 'P'});
    webp.insert(webp.end(), chunk.begin(), chunk.end());
    return webp;
}

Bytes webpFallingThroughToDicom()
{
    const std::string hex =
        "5249464616010000574542505650384c290100002f074001107fe1336400a43baf7873779feb1d4e23004022dc134724b100"
        "6bc4c00ce1ee5477b717ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff04000000000000"
        "00ffffffffffffffffffffffffffffffffffffffffffffff331600a04449434d94ee6e5b504e000000000000000000000000"
        "0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
        "0000000000000000000000000000000000000000000000074001107fe1336400a43baf7873779feb1d4e23004022dc134724"
        "b1006bc4c00ce1ee5477b717ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff0400000000"
        "000000ffffffffff4ee64250385038205a000106a208030022dc134724b100571bbf3000";
    Bytes bytes;
    for (std::size_t i = 0; i + 1 < hex.size(); i += 2)
        bytes.push_back(std::uint8_t(std::stoi(hex.substr(i, 2), nullptr, 16)));
    return bytes;
}

std::optional<Bytes> makeCmykJpeg(const cv::Mat &cmyk)
{
#ifdef NOOSPHERE_TEST_HAVE_LIBJPEG
    jpeg_compress_struct cinfo{};
    jpeg_error_mgr jerr{};
    cinfo.err = jpeg_std_error(&jerr);
    jpeg_create_compress(&cinfo);
    unsigned char *buffer = nullptr;
    unsigned long size = 0;
    jpeg_mem_dest(&cinfo, &buffer, &size);
    cinfo.image_width = JDIMENSION(cmyk.cols);
    cinfo.image_height = JDIMENSION(cmyk.rows);
    cinfo.input_components = 4;
    cinfo.in_color_space = JCS_CMYK;
    jpeg_set_defaults(&cinfo);  // writes the Adobe APP14 marker for CMYK
    jpeg_set_quality(&cinfo, 95, TRUE);
    jpeg_start_compress(&cinfo, TRUE);
    while (cinfo.next_scanline < cinfo.image_height) {
        JSAMPROW row = const_cast<JSAMPROW>(cmyk.ptr<std::uint8_t>(int(cinfo.next_scanline)));
        jpeg_write_scanlines(&cinfo, &row, 1);
    }
    jpeg_finish_compress(&cinfo);
    jpeg_destroy_compress(&cinfo);
    Bytes bytes(buffer, buffer + size);
    std::free(buffer);
    return bytes;
#else
    (void)cmyk;
    return std::nullopt;
#endif
}

}  // namespace noosphere::tests
