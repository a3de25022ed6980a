// Pictures crossing between Qt and the engine: QImage (what Qt draws, decodes from camera frames) and
// core::image::Image (plain 8-bit rows the Qt-free engine reads). Both copy; any thread.
#pragma once

#include "image/image.h"

#include <QImage>

namespace noosphere::ui {

/// `image` in the engine's `format` (BGR drops alpha; RGBA keeps it). A null image gives an empty one.
core::image::Image toEngineImage(const QImage &image, core::image::PixelFormat format);

/// The engine's picture as a QImage of its own pixels.
QImage toQImage(const core::image::Image &picture);

}  // namespace noosphere::ui
