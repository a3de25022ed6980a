#include "imageconversion.h"

#include <cstring>

namespace noosphere::ui {

using core::image::PixelFormat;

core::image::Image toEngineImage(const QImage &image, PixelFormat format)
{
    const QImage converted =
        image.convertToFormat(format == PixelFormat::Bgr8 ? QImage::Format_BGR888 : QImage::Format_RGBA8888);
    if (converted.isNull())
        return {};
    core::image::Image picture{.width = converted.width(), .height = converted.height(), .format = format};
    picture.pixels.resize(picture.rowBytes() * size_t(picture.height));
    for (int y = 0; y < picture.height; ++y)  // QImage pads its rows to 4 bytes; the engine's are packed
        std::memcpy(picture.pixels.data() + picture.rowBytes() * size_t(y), converted.constScanLine(y),
                    picture.rowBytes());
    return picture;
}

QImage toQImage(const core::image::Image &picture)
{
    const auto format = picture.format == PixelFormat::Bgr8 ? QImage::Format_BGR888 : QImage::Format_RGBA8888;
    return QImage(picture.pixels.data(), picture.width, picture.height, int(picture.rowBytes()), format).copy();
}

}  // namespace noosphere::ui
