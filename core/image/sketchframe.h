// A drawing as a style GAN's sketch target: the ink framed in a square (emoji fill their frame), scaled to the
// model's resolution, and where the ink is. The Sketch pane and `noosphere-cli gan project` both frame this way,
// so the same drawing gets the same suggestions from either.
#pragma once

#include "image.h"

#include <optional>
#include <vector>

namespace noosphere::core::image {

struct FramedSketch {
    Image picture;             // size × size RGBA, straight alpha; transparent where nothing was drawn
    std::vector<float> mask;   // size², 0…1: how much ink covers each pixel
    int left = 0, top = 0, side = 0;  // the framed square in the drawing's pixels (may reach past its edges)
};

/// Frames the ink of an RGBA `drawing`. Ink is what is not fully transparent; in a drawing without any
/// transparency (a sketch exported on white, a scan) it is every pixel that differs clearly from the colour of
/// the top-left corner (the paper). std::nullopt when there is no ink.
std::optional<FramedSketch> frameSketch(const Image &drawing, int size);

}  // namespace noosphere::core::image
