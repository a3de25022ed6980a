#include "gan/ganconfig.h"

#include <nlohmann/json.hpp>

#include <bit>
#include <cstdint>
#include <fstream>
#include <sstream>

namespace noosphere::models::gan {

int GanConfig::channelsAt(int res) const
{
    return std::min(maxChannels, channelBase / res);
}

std::vector<int> GanConfig::resolutions() const
{
    std::vector<int> out;
    for (int res = 4; res <= resolution; res *= 2)
        out.push_back(res);
    return out;
}

int GanConfig::styleCount() const
{
    // 4 × 4: one convolution; every later block: two (the first upsamples). The last toRGBA takes one more.
    return 1 + 2 * (int(resolutions().size()) - 1) + 1;
}

Result<void> GanConfig::check() const
{
    const auto bad = [](const std::string &what) { return Error{ErrorCode::InvalidArgument, what}; };
    if (resolution < 8 || resolution > 1024 || !std::has_single_bit(unsigned(resolution)))
        return bad("resolution must be a power of two from 8 to 1024, not " + std::to_string(resolution));
    if (imageChannels != 3 && imageChannels != 4)
        return bad("image_channels must be 3 (RGB) or 4 (RGBA), not " + std::to_string(imageChannels));
    if (zDim < 2 || zDim > 4096 || wDim < 2 || wDim > 4096)
        return bad("z_dim and w_dim must be from 2 to 4096");
    if (mappingLayers < 1 || mappingLayers > 16)
        return bad("mapping_layers must be from 1 to 16, not " + std::to_string(mappingLayers));
    if (!(mappingLrMultiplier > 0 && mappingLrMultiplier <= 1))
        return bad("mapping_lr_multiplier must be in (0, 1]");
    if (maxChannels < 1 || maxChannels > 2048 || channelBase < resolution || channelBase > (1 << 20))
        return bad("max_channels must be from 1 to 2048 and channel_base at least the resolution");
    return {};
}

std::string ganConfigJson(const GanConfig &c)
{
    const nlohmann::json j = {{"model_type", "noosphere-stylegan2"},
                              {"resolution", c.resolution},
                              {"image_channels", c.imageChannels},
                              {"z_dim", c.zDim},
                              {"w_dim", c.wDim},
                              {"mapping_layers", c.mappingLayers},
                              {"mapping_lr_multiplier", c.mappingLrMultiplier},
                              {"max_channels", c.maxChannels},
                              {"channel_base", c.channelBase}};
    return j.dump(2) + "\n";
}

Result<GanConfig> parseGanConfig(const std::string &json, const std::string &fileForMessages)
{
    const auto j = nlohmann::json::parse(json, nullptr, /*allow_exceptions=*/false);
    if (j.is_discarded() || !j.is_object())
        return Error{ErrorCode::BadModelFile, fileForMessages + " is not a JSON object"};
    const auto type = j.find("model_type");
    if (type == j.end() || !type->is_string() || type->get<std::string>() != "noosphere-stylegan2")
        return Error{ErrorCode::UnsupportedModel,
                     fileForMessages + " does not describe a Noosphere style GAN (model_type \"noosphere-stylegan2\")"};
    GanConfig c;
    std::string missing;
    const auto integer = [&](const char *name, int &field) {
        const auto found = j.find(name);
        if (found != j.end() && found->is_number_integer() && found->get<std::int64_t>() >= 0 &&
            found->get<std::int64_t>() <= (1 << 20))
            field = int(found->get<std::int64_t>());
        else if (missing.empty())
            missing = name;
    };
    integer("resolution", c.resolution);
    integer("image_channels", c.imageChannels);
    integer("z_dim", c.zDim);
    integer("w_dim", c.wDim);
    integer("mapping_layers", c.mappingLayers);
    integer("max_channels", c.maxChannels);
    integer("channel_base", c.channelBase);
    const auto lr = j.find("mapping_lr_multiplier");
    if (lr != j.end() && lr->is_number())
        c.mappingLrMultiplier = lr->get<double>();
    else if (missing.empty())
        missing = "mapping_lr_multiplier";
    if (!missing.empty())
        return Error{ErrorCode::BadModelFile, fileForMessages + ": \"" + missing + "\" is missing or not a number in range"};
    if (auto ok = c.check(); !ok)
        return Error{ErrorCode::BadModelFile, fileForMessages + ": " + ok.error().detail};
    return c;
}

Result<GanConfig> readGanConfig(const std::filesystem::path &file)
{
    std::ifstream in(file, std::ios::binary);
    if (!in)
        return Error{ErrorCode::NotFound, "cannot open " + file.string()};
    std::stringstream text;
    text << in.rdbuf();
    return parseGanConfig(text.str(), file.string());
}

}  // namespace noosphere::models::gan
