#include "gan/imagetensor.h"

#include <cmath>
#include <cstring>
#include <numbers>

namespace noosphere::models::gan {

at::Tensor toNetworkImages(const std::vector<const RgbaImage *> &images, const at::TensorOptions &options)
{
    const auto n = std::int64_t(images.size());
    const int h = images.empty() ? 0 : images.front()->height, w = images.empty() ? 0 : images.front()->width;
    auto bytes = at::empty({n, h, w, 4}, at::kByte);
    for (std::int64_t i = 0; i < n; ++i)
        std::memcpy(bytes[i].data_ptr(), images[std::size_t(i)]->rgba.data(), std::size_t(h) * w * 4);
    auto x = bytes.to(at::kFloat).div_(255).permute({0, 3, 1, 2});  // (N, 4, H, W) in [0, 1]
    auto alpha = x.narrow(1, 3, 1);
    x = at::cat({x.narrow(1, 0, 3) * alpha, alpha}, 1);
    return (x * 2 - 1).contiguous().to(options);
}

std::vector<RgbaImage> fromNetworkImages(const at::Tensor &images)
{
    auto x = ((images.detach().to(at::kCPU, at::kFloat) + 1) * 0.5).clamp(0, 1);
    auto alpha = x.narrow(1, 3, 1);
    auto rgb = at::where(alpha > 1.0 / 512, x.narrow(1, 0, 3) / alpha.clamp_min(1.0 / 512), at::zeros_like(alpha))
                   .clamp(0, 1);
    auto bytes = at::cat({rgb, alpha}, 1).mul(255).round().to(at::kByte).permute({0, 2, 3, 1}).contiguous();
    std::vector<RgbaImage> out;
    const int h = int(bytes.size(1)), w = int(bytes.size(2));
    for (std::int64_t i = 0; i < bytes.size(0); ++i) {
        RgbaImage image{w, h, std::vector<std::uint8_t>(std::size_t(h) * w * 4)};
        std::memcpy(image.rgba.data(), bytes[i].data_ptr(), image.rgba.size());
        out.push_back(std::move(image));
    }
    return out;
}

std::vector<float> seededNormals(std::uint64_t seed, int count)
{
    std::uint64_t state = seed;
    const auto next = [&state] {  // SplitMix64
        std::uint64_t z = (state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    };
    const auto uniform = [&] { return (double(next() >> 11) + 0.5) * 0x1.0p-53; };  // (0, 1)
    std::vector<float> out(std::size_t(std::max(0, count)));
    for (std::size_t i = 0; i < out.size(); i += 2) {
        const double r = std::sqrt(-2 * std::log(uniform())), angle = 2 * std::numbers::pi * uniform();
        out[i] = float(r * std::cos(angle));
        if (i + 1 < out.size())
            out[i + 1] = float(r * std::sin(angle));
    }
    return out;
}

at::Tensor latentTensor(const GanLatent &latent, const at::TensorOptions &options)
{
    return at::tensor(latent.wPlus, at::kFloat).view({1, latent.styles, latent.wDim}).to(options);
}

GanLatent latentFrom(const at::Tensor &wPlus, std::uint64_t seed, double psi, const char *operation)
{
    auto cpu = wPlus.detach().to(at::kCPU, at::kFloat).contiguous();
    GanLatent latent;
    latent.styles = int(cpu.size(-2));
    latent.wDim = int(cpu.size(-1));
    latent.wPlus.assign(cpu.data_ptr<float>(), cpu.data_ptr<float>() + cpu.numel());
    latent.seed = seed;
    latent.psi = psi;
    latent.operation = operation;
    return latent;
}

}  // namespace noosphere::models::gan
