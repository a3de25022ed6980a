// DiffAugment (Zhao et al. 2020): colour, translation and cutout applied to every picture the discriminator
// sees, real or generated, as differentiable tensor operations, so that a few thousand training pictures do
// not let it memorise them. Pictures are premultiplied RGBA in [-1, 1]; -1 everywhere is transparent.
// Internal header: only models/gan includes it.
#pragma once

#include <ATen/ATen.h>

namespace noosphere::models::gan {

/// A random colour change (brightness, saturation, contrast of the colour channels), translation by up to an
/// eighth of the side, and a cutout of half the side, each drawn per picture from the global generator.
at::Tensor diffAugment(const at::Tensor &images);

}  // namespace noosphere::models::gan
