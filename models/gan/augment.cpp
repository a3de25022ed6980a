#include "gan/augment.h"

namespace noosphere::models::gan {
namespace {

// Colour changes act on the premultiplied colour, the brightness in proportion to the opacity so that
// transparency stays transparent. Nothing is clamped: a clamp would hide from the discriminator every colour the
// generator got wrong (brighter than its opacity, or negative), and with it the gradient that corrects it. The
// first default-GAN run had that clamp and learned rainbow fringes wherever the opacity was low.
at::Tensor colour(const at::Tensor &x)
{
    const auto n = x.size(0);
    auto rgb = (x.narrow(1, 0, 3) + 1) * 0.5, alpha = (x.narrow(1, 3, 1) + 1) * 0.5;
    const auto o = x.options();
    rgb = rgb + (at::rand({n, 1, 1, 1}, o) - 0.5) * alpha;  // brightness
    auto mean = rgb.mean(1, true);
    rgb = (rgb - mean) * (at::rand({n, 1, 1, 1}, o) * 2) + mean;  // saturation
    mean = rgb.mean({1, 2, 3}, true);
    rgb = (rgb - mean) * (at::rand({n, 1, 1, 1}, o) + 0.5) + mean;  // contrast
    return at::cat({rgb * 2 - 1, x.narrow(1, 3, 1)}, 1);
}

// Shifts every picture by its own whole-pixel offset, filling with transparency, by indexing into a padded
// copy (as the reference implementation does), which keeps gradients exact.
at::Tensor translate(const at::Tensor &x)
{
    const auto n = x.size(0), h = x.size(2), w = x.size(3);
    const auto shift = h / 8;
    const auto io = x.options().dtype(at::kLong);
    auto dy = at::randint(-shift, shift + 1, {n, 1, 1}, io), dx = at::randint(-shift, shift + 1, {n, 1, 1}, io);
    auto rows = (at::arange(h, io).view({1, h, 1}) + dy + 1).clamp(0, h + 1);
    auto cols = (at::arange(w, io).view({1, 1, w}) + dx + 1).clamp(0, w + 1);
    auto batch = at::arange(n, io).view({n, 1, 1});
    auto padded = at::constant_pad_nd(x + 1, {1, 1, 1, 1}, 0).permute({0, 2, 3, 1});  // (N, H+2, W+2, C)
    auto moved = at::index(padded, {batch, rows.expand({n, h, w}), cols.expand({n, h, w})});  // (N, H, W, C)
    return moved.permute({0, 3, 1, 2}) - 1;
}

at::Tensor cutout(const at::Tensor &x)
{
    const auto n = x.size(0), h = x.size(2), w = x.size(3);
    const auto io = x.options().dtype(at::kLong);
    const auto ch = h / 2, cw = w / 2;
    auto top = at::randint(0, h - ch + 1, {n, 1, 1}, io), left = at::randint(0, w - cw + 1, {n, 1, 1}, io);
    auto rows = at::arange(h, io).view({1, h, 1}), cols = at::arange(w, io).view({1, 1, w});
    auto inside = (rows >= top) & (rows < top + ch) & (cols >= left) & (cols < left + cw);  // (N, H, W)
    auto keep = (~inside).unsqueeze(1).to(x.scalar_type());
    return (x + 1) * keep - 1;
}

}  // namespace

at::Tensor diffAugment(const at::Tensor &images)
{
    return cutout(translate(colour(images)));
}

}  // namespace noosphere::models::gan
