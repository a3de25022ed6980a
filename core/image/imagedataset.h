// Pictures for training the style GAN: the image files of a folder (e.g. npm emoji-datasource-google's
// img/google/64), split reproducibly into training and held-out images, and loaded as 8-bit RGBA of one size
// (alpha kept: emoji and icons are cut-outs). Loading goes through importImage, so a damaged file is named
// rather than trained on.
#pragma once

#include "common/result.h"
#include "image.h"

#include <filesystem>
#include <vector>

namespace noosphere::core::image {

struct ImageDatasetFiles {
    std::vector<std::filesystem::path> training;
    std::vector<std::filesystem::path> heldOut;  // for scoring the trained model, never trained on
};

/// The PNG, JPEG and WebP files directly in `folder`, sorted by name; every `heldOutEvery`-th one (the last of
/// each run of that many) is held out. NotFound when the folder is missing, InvalidArgument when it has no image
/// or `heldOutEvery` < 2.
models::Result<ImageDatasetFiles> listImageDataset(const std::filesystem::path &folder, int heldOutEvery = 10);

/// At most `count` of `files`, spread evenly over the list (all of them when `count` ≥ their number), in order.
std::vector<std::filesystem::path> evenlySpread(const std::vector<std::filesystem::path> &files, int count);

/// Each file as RGBA `size` × `size` (resized with area averaging when it is another size, kept in proportion
/// on a transparent square). The first file that cannot be read fails the whole load, naming it.
models::Result<std::vector<Image>> loadRgbaImages(const std::vector<std::filesystem::path> &files, int size);

}  // namespace noosphere::core::image
