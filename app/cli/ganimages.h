// The CLI's bridge between core's decoded pictures and the style GAN's: both are plain RGBA bytes, but models/
// does not depend on core, so the verbs convert here.
#pragma once

#include "gan/ganlatent.h"
#include "image/image.h"

#include <vector>

namespace noosphere::cli {

inline models::gan::RgbaImage toGanImage(const core::image::Image &picture)
{
    return {picture.width, picture.height, picture.pixels};  // callers pass RGBA (PixelFormat::Rgba8)
}

inline core::image::Image fromGanImage(const models::gan::RgbaImage &picture)
{
    return {.width = picture.width, .height = picture.height, .format = core::image::PixelFormat::Rgba8,
            .pixels = picture.rgba};
}

inline std::vector<core::image::Image> fromGanImages(const std::vector<models::gan::RgbaImage> &pictures)
{
    std::vector<core::image::Image> out;
    out.reserve(pictures.size());
    for (const auto &p : pictures)
        out.push_back(fromGanImage(p));
    return out;
}

}  // namespace noosphere::cli
