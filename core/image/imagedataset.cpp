#include "imagedataset.h"

#include "imageimport.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cctype>
#include <string>
#include <system_error>

namespace noosphere::core::image {
namespace {

bool isImageFile(const std::filesystem::path &file)
{
    std::string extension = file.extension().string();
    std::transform(extension.begin(), extension.end(), extension.begin(),
                   [](unsigned char c) { return char(std::tolower(c)); });
    return extension == ".png" || extension == ".jpg" || extension == ".jpeg" || extension == ".webp";
}

// `picture` (RGBA) fitted into a transparent size × size square, centred, in proportion.
Image fitted(const Image &picture, int size)
{
    if (picture.width == size && picture.height == size)
        return picture;
    const cv::Mat source(picture.height, picture.width, CV_8UC4, const_cast<std::uint8_t *>(picture.pixels.data()));
    const double scale = double(size) / std::max(picture.width, picture.height);
    const int width = std::max(1, int(picture.width * scale + 0.5)), height = std::max(1, int(picture.height * scale + 0.5));
    cv::Mat resized;
    cv::resize(source, resized, cv::Size(width, height), 0, 0, scale < 1 ? cv::INTER_AREA : cv::INTER_CUBIC);
    Image square{.width = size, .height = size, .format = PixelFormat::Rgba8};
    square.pixels.assign(square.rowBytes() * size_t(size), 0);
    cv::Mat target(size, size, CV_8UC4, square.pixels.data());
    resized.copyTo(target(cv::Rect((size - width) / 2, (size - height) / 2, width, height)));
    return square;
}

}  // namespace

std::vector<std::filesystem::path> evenlySpread(const std::vector<std::filesystem::path> &files, int count)
{
    const std::size_t n = std::min(files.size(), std::size_t(std::max(count, 0)));
    std::vector<std::filesystem::path> chosen;
    chosen.reserve(n);
    for (std::size_t i = 0; i < n; ++i)
        chosen.push_back(files[i * files.size() / n]);
    return chosen;
}

models::Result<ImageDatasetFiles> listImageDataset(const std::filesystem::path &folder, int heldOutEvery)
{
    if (heldOutEvery < 2)
        return models::Error{models::ErrorCode::InvalidArgument, "every held-out image needs at least one to train on"};
    std::error_code ec;
    if (!std::filesystem::is_directory(folder, ec))
        return models::Error{models::ErrorCode::NotFound, "'" + folder.string() + "' is not a folder"};
    std::vector<std::filesystem::path> files;
    for (const auto &entry : std::filesystem::directory_iterator(folder, ec))
        if (entry.is_regular_file(ec) && isImageFile(entry.path()))
            files.push_back(entry.path());
    if (ec)
        return models::Error{models::ErrorCode::Io, "'" + folder.string() + "' cannot be listed: " + ec.message()};
    if (files.empty())
        return models::Error{models::ErrorCode::InvalidArgument, "'" + folder.string() + "' has no PNG, JPEG or WebP file"};
    std::sort(files.begin(), files.end());
    ImageDatasetFiles dataset;
    for (size_t i = 0; i < files.size(); ++i)
        (i % size_t(heldOutEvery) == size_t(heldOutEvery) - 1 ? dataset.heldOut : dataset.training).push_back(files[i]);
    return dataset;
}

models::Result<std::vector<Image>> loadRgbaImages(const std::vector<std::filesystem::path> &files, int size)
{
    if (size < 1 || size > 4096)
        return models::Error{models::ErrorCode::InvalidArgument, "a training image is 1 to 4096 pixels across"};
    std::vector<Image> images;
    images.reserve(files.size());
    for (const auto &file : files) {
        auto picture = importImage(file, {.format = PixelFormat::Rgba8});
        if (!picture)
            return picture.error();
        images.push_back(fitted(picture.value(), size));
    }
    return images;
}

}  // namespace noosphere::core::image
