#include "imagegrid.h"

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cstring>
#include <fstream>

namespace noosphere::core::image {

models::Result<Image> tileImages(const std::vector<Image> &pictures, int columns, int gap)
{
    using models::Error, models::ErrorCode;
    if (pictures.empty() || columns < 1 || gap < 0)
        return Error{ErrorCode::InvalidArgument, "no pictures to lay out"};
    const auto &first = pictures.front();
    for (const auto &p : pictures) {
        if (p.width != first.width || p.height != first.height || p.format != PixelFormat::Rgba8)
            return Error{ErrorCode::InvalidArgument, "the pictures of a grid must be RGBA of one size"};
    }
    const int count = int(pictures.size()), cols = std::min(columns, count), rows = (count + cols - 1) / cols;
    Image sheet{.width = cols * first.width + (cols - 1) * gap,
                .height = rows * first.height + (rows - 1) * gap,
                .format = PixelFormat::Rgba8};
    sheet.pixels.assign(sheet.rowBytes() * std::size_t(sheet.height), 0);
    for (int i = 0; i < count; ++i) {
        const int x = (i % cols) * (first.width + gap), y = (i / cols) * (first.height + gap);
        for (int row = 0; row < first.height; ++row)
            std::memcpy(sheet.pixels.data() + std::size_t(y + row) * sheet.rowBytes() + std::size_t(x) * 4,
                        pictures[std::size_t(i)].pixels.data() + std::size_t(row) * first.rowBytes(), first.rowBytes());
    }
    return sheet;
}

models::Result<void> writePng(const Image &picture, const std::filesystem::path &file)
{
    using models::Error, models::ErrorCode;
    if (picture.empty())
        return Error{ErrorCode::InvalidArgument, "an empty picture cannot be written"};
    const cv::Mat view(picture.height, picture.width, CV_8UC(picture.channels()),
                       const_cast<std::uint8_t *>(picture.pixels.data()));
    cv::Mat bgr;
    if (picture.format == PixelFormat::Rgba8)
        cv::cvtColor(view, bgr, cv::COLOR_RGBA2BGRA);
    else
        bgr = view;
    std::vector<std::uint8_t> png;
    if (!cv::imencode(".png", bgr, png))
        return Error{ErrorCode::Io, "cannot encode " + file.string() + " as PNG"};
    const auto temporary = std::filesystem::path(file.string() + ".part");
    {
        std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
        out.write(reinterpret_cast<const char *>(png.data()), std::streamsize(png.size()));
        if (!out)
            return Error{ErrorCode::Io, "cannot write " + file.string()};
    }
    std::error_code ec;
    std::filesystem::rename(temporary, file, ec);
    if (ec)
        return Error{ErrorCode::Io, "cannot write " + file.string() + ": " + ec.message()};
    return {};
}

}  // namespace noosphere::core::image
