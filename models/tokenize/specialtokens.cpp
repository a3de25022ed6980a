// BOS/EOS resolution. tokenizer_config.json is what transformers reads; the fallbacks cover folders without one.
#include "tokenize/specialtokens.h"

#include "tokenize/loaderror.h"

#include <nlohmann/json.hpp>

#include <array>

namespace noosphere::models {

namespace {

using Json = nlohmann::json;

// bos_token is a string, {"content": …} (an AddedToken), or null.
std::optional<std::optional<std::string>> tokenName(const Json &config, const char *key)
{
    const auto it = config.find(key);
    if (it == config.end())
        return std::nullopt;
    if (it->is_string())
        return std::optional<std::string>(it->get<std::string>());
    if (it->is_object()) {
        const auto content = it->find("content");
        if (content != it->end() && content->is_string())
            return std::optional<std::string>(content->get<std::string>());
    }
    return std::optional<std::string>();
}

std::optional<std::int32_t> firstKnown(const TokenizerParts &parts, std::initializer_list<std::string_view> names)
{
    for (const std::string_view name : names)
        if (auto id = tokenId(parts, name))
            return id;
    return std::nullopt;
}

std::optional<std::int32_t> resolve(const TokenizerParts &parts, const std::optional<std::optional<std::string>> &name)
{
    if (!name || !*name)
        return std::nullopt;
    return tokenId(parts, **name);
}

}  // namespace

SpecialTokenNames readTokenizerConfig(const std::filesystem::path &folder)
{
    const std::filesystem::path path = folder / "tokenizer_config.json";
    std::error_code ec;
    if (!std::filesystem::is_regular_file(path, ec))
        return {};
    const std::string text = readWholeFile(path);
    const Json config = Json::parse(text, nullptr, false);
    if (config.is_discarded() || !config.is_object())
        failLoad(ErrorCode::BadModelFile, path.string() + " is not a JSON object.");
    return {tokenName(config, "bos_token"), tokenName(config, "eos_token")};
}

void resolveBosEos(TokenizerParts &parts, const SpecialTokenNames &config, const SpecialTokenNames &fromTemplate)
{
    if (config.bos)
        parts.bosId = resolve(parts, config.bos);
    else if (fromTemplate.bos)
        parts.bosId = resolve(parts, fromTemplate.bos);
    else
        parts.bosId = firstKnown(parts, {"<s>", "<|begin_of_text|>", "<|endoftext|>"});

    if (config.eos)
        parts.eosId = resolve(parts, config.eos);
    else if (fromTemplate.eos)
        parts.eosId = resolve(parts, fromTemplate.eos);
    else
        parts.eosId = firstKnown(parts, {"</s>", "<|end_of_text|>", "<|endoftext|>"});
}

}  // namespace noosphere::models
