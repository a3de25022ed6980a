// Contact sheets and PNG files for generated pictures: the GAN's sample grids, the CLI's suggestions.
#pragma once

#include "common/result.h"
#include "image.h"

#include <filesystem>
#include <vector>

namespace noosphere::core::image {

/// RGBA pictures of one size laid out `columns` to a row with `gap` transparent pixels between them.
/// InvalidArgument when the list is empty or sizes differ.
models::Result<Image> tileImages(const std::vector<Image> &pictures, int columns, int gap = 2);

/// Writes an RGBA or BGR picture as PNG (via a temporary name, renamed into place). Io naming the file.
models::Result<void> writePng(const Image &picture, const std::filesystem::path &file);

}  // namespace noosphere::core::image
