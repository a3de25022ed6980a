// The shape of a style GAN: what config.json beside the weights says. Torch-free, so the CLI, the UI and the
// model card can read it without LibTorch.
#pragma once

#include "common/result.h"

#include <filesystem>
#include <string>
#include <vector>

namespace noosphere::models::gan {

struct GanConfig {
    int resolution = 64;      // square, a power of two ≥ 8
    int imageChannels = 4;    // RGBA, premultiplied inside the networks
    int zDim = 128;           // latent z
    int wDim = 128;           // style space w
    int mappingLayers = 4;    // z → w
    double mappingLrMultiplier = 0.01;
    int maxChannels = 128;    // feature maps at 4 × 4 and 8 × 8
    int channelBase = 1024;   // feature maps at resolution r: min(maxChannels, channelBase / r)

    /// Feature maps of the synthesis and discriminator blocks at `res` (4, 8, …, resolution).
    int channelsAt(int res) const;
    /// 4, 8, …, resolution.
    std::vector<int> resolutions() const;
    /// Styles the synthesis network takes (w+ rows): one per convolution, plus one for the last toRGBA.
    int styleCount() const;
    /// InvalidArgument naming the field when the numbers make no network.
    Result<void> check() const;
};

std::string ganConfigJson(const GanConfig &config);
Result<GanConfig> parseGanConfig(const std::string &json, const std::string &fileForMessages);
Result<GanConfig> readGanConfig(const std::filesystem::path &file);

}  // namespace noosphere::models::gan
