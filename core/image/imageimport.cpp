// The import facade: header checks first (size, truncation), then OpenCV's decoders, then normalisation to 8-bit
// BGR or RGBA. cv::Exception stops here.
#include "imageimport.h"

#include "cvimage.h"
#include "webpdecode.h"

#include <opencv2/imgcodecs.hpp>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <string>

namespace noosphere::core::image {
namespace {

using models::Error;
using models::ErrorCode;

std::string quoted(const std::filesystem::path &file)
{
    return "'" + file.string() + "'";
}

std::string megapixels(std::int64_t pixels)
{
    char text[32];
    std::snprintf(text, sizeof text, "%.1f", double(pixels) / 1e6);
    return text;
}

// Which decoder flags give the layout we normalise from: JPEG as colour, so that libjpeg converts CMYK/YCCK to
// BGR and EXIF orientation is applied; PNG unchanged, so that alpha and 16 bits survive to be handled here.
int decodeFlags(const ImageHeader &header)
{
    return header.format == ImageFormat::Jpeg ? cv::IMREAD_COLOR : cv::IMREAD_UNCHANGED;
}

}  // namespace

models::Result<Image> decodeImage(std::span<const std::uint8_t> bytes, const ImportOptions &options)
{
    auto header = readImageHeader(bytes);
    if (!header)
        return header.error();
    const ImageHeader &h = header.value();
    const std::string name(imageFormatName(h.format));
    // NOTE: OpenCV has its own guard (environment CV_IO_MAX_IMAGE_PIXELS, default 2^30 pixels), checked only once
    // the decoder has parsed the header; ours is smaller and comes first, from our own parse.
    if (h.pixelCount() > options.maxPixels)
        return Error{ErrorCode::InvalidArgument, "the " + name + " declares " + std::to_string(h.width) + " x " +
                                                     std::to_string(h.height) + " pixels (" +
                                                     megapixels(h.pixelCount()) + " MP), above the limit of " +
                                                     megapixels(options.maxPixels) + " MP"};
    if (h.animated)
        return Error{ErrorCode::InvalidArgument, "animated WebP images are not supported"};
    if (auto structure = checkStructure(bytes, h.format); !structure)
        return structure.error();

    cv::Mat decoded;
    try {
        if (h.format == ImageFormat::WebP) {
            auto webp = decodeWebp(bytes, options.maxPixels);
            if (!webp)
                return webp.error();
            decoded = std::move(webp.value());
        } else {
            // PNG and JPEG: the signature checked above makes OpenCV's own decoder the one it picks.
            const cv::Mat encoded(1, int(bytes.size()), CV_8UC1, const_cast<std::uint8_t *>(bytes.data()));
            decoded = cv::imdecode(encoded, decodeFlags(h));
        }
    } catch (const cv::Exception &e) {
        return Error{ErrorCode::Corrupt, "the " + name + " could not be decoded: " + e.err};
    }
    if (decoded.empty())
        return Error{ErrorCode::Corrupt, "the " + name + " data is damaged and could not be decoded"};
    if (decoded.depth() == CV_16U)
        decoded.convertTo(decoded, CV_8U, 1.0 / 257.0);  // 65535 -> 255, rounded
    if (decoded.depth() != CV_8U || (decoded.channels() != 1 && decoded.channels() != 3 && decoded.channels() != 4))
        return Error{ErrorCode::Corrupt, "the " + name + " decoded to an unexpected pixel layout"};
    try {
        return fromMat(decoded, options.format);
    } catch (const cv::Exception &e) {
        return Error{ErrorCode::Corrupt, "the " + name + " could not be converted: " + e.err};
    }
}

models::Result<std::vector<std::uint8_t>> readImageFile(const std::filesystem::path &file)
{
    std::error_code ec;
    const auto status = std::filesystem::status(file, ec);
    if (!std::filesystem::exists(status))
        return Error{ErrorCode::NotFound, quoted(file) + " does not exist"};
    if (std::filesystem::is_directory(status))
        return Error{ErrorCode::IsDirectory, quoted(file) + " is a folder, not an image"};
    const auto size = std::filesystem::file_size(file, ec);
    if (ec)
        return Error{ErrorCode::Io, "cannot read " + quoted(file) + ": " + ec.message()};
    if (size > kMaxImageFileBytes)
        return Error{ErrorCode::Io, quoted(file) + " is larger than " + std::to_string(kMaxImageFileBytes >> 20) +
                                        " MB, too large for an image"};
    std::ifstream in(file, std::ios::binary);
    std::vector<std::uint8_t> bytes(size);
    if (!in || !in.read(reinterpret_cast<char *>(bytes.data()), std::streamsize(size)))
        return Error{ErrorCode::Io, "cannot read " + quoted(file) + ": " + std::strerror(errno)};
    return bytes;
}

models::Result<Image> importImage(const std::filesystem::path &file, const ImportOptions &options)
{
    auto bytes = readImageFile(file);
    if (!bytes)
        return bytes.error();
    auto image = decodeImage(bytes.value(), options);
    if (!image)
        return Error{image.error().code, quoted(file) + ": " + image.error().detail};
    return image;
}

}  // namespace noosphere::core::image
