// vocab.json + merges.txt as GPT-2 (and Hugging Face's GPT2Tokenizer) read them: merges.txt may open with a
// "#version" line; every other non-empty line is two tokens separated by one space.
#include "tokenize/gpt2files.h"

#include "tokenize/loaderror.h"
#include "tokenize/specialtokens.h"

#include <nlohmann/json.hpp>

namespace noosphere::models {

namespace {

using Json = nlohmann::json;

constexpr std::string_view kEndOfText = "<|endoftext|>";

StringMap<std::int32_t> readVocab(const std::filesystem::path &path)
{
    const Json vocab = Json::parse(readWholeFile(path), nullptr, false);
    if (vocab.is_discarded() || !vocab.is_object())
        failLoad(ErrorCode::BadModelFile, path.string() + " is not a JSON object of token → id.");
    StringMap<std::int32_t> entries;
    entries.reserve(vocab.size());
    const std::int64_t limit = std::int64_t(vocab.size()) + (1 << 20);
    for (const auto &[token, id] : vocab.items()) {
        if (!id.is_number_integer() || id.get<std::int64_t>() < 0 || id.get<std::int64_t>() >= limit)
            failLoad(ErrorCode::BadModelFile,
                     path.string() + ": the id of \"" + token + "\" is not a non-negative integer in range.");
        entries.emplace(token, std::int32_t(id.get<std::int64_t>()));
    }
    return entries;
}

std::vector<std::pair<std::string, std::string>> readMerges(const std::filesystem::path &path)
{
    const std::string text = readWholeFile(path);
    std::vector<std::pair<std::string, std::string>> merges;
    std::size_t lineNumber = 0;
    std::size_t pos = 0;
    while (pos < text.size()) {
        std::size_t end = text.find('\n', pos);
        if (end == std::string::npos)
            end = text.size();
        std::string_view line(text.data() + pos, end - pos);
        pos = end + 1;
        ++lineNumber;
        if (line.ends_with('\r'))
            line.remove_suffix(1);
        if (line.empty() || (lineNumber == 1 && line.starts_with("#version")))
            continue;
        const std::size_t space = line.find(' ');
        if (space == std::string_view::npos || line.find(' ', space + 1) != std::string_view::npos)
            failLoad(ErrorCode::BadModelFile,
                     path.string() + ": line " + std::to_string(lineNumber) + " is not two tokens.");
        merges.emplace_back(std::string(line.substr(0, space)), std::string(line.substr(space + 1)));
    }
    return merges;
}

}  // namespace

std::unique_ptr<TokenizerParts> loadGpt2Files(const std::filesystem::path &folder)
{
    const std::filesystem::path vocabPath = folder / "vocab.json";
    const std::filesystem::path mergesPath = folder / "merges.txt";
    auto parts = std::make_unique<TokenizerParts>();
    parts->kind = "gpt2-bpe";

    std::string error;
    parts->preTokenizer.addByteLevel(false, IcuRegex::compile(kGpt2Pattern, false, error));
    parts->decoder.addByteLevel();

    BpeModel::Options options;
    options.byteLevel = true;
    const auto merges = readMerges(mergesPath);
    if (const std::string problem = parts->model.build(readVocab(vocabPath), merges, options); !problem.empty())
        failLoad(ErrorCode::BadModelFile, mergesPath.string() + ": " + problem + ".");

    std::vector<AddedToken> added;
    if (const auto id = parts->model.idOf(kEndOfText))
        added.push_back({.content = std::string(kEndOfText), .id = *id, .special = true});
    parts->added.build(std::move(added), false);
    parts->vocabSize = std::int32_t(parts->model.tokens().size());
    parts->rawBytesInput = true;
    resolveBosEos(*parts, readTokenizerConfig(folder), {});
    return parts;
}

}  // namespace noosphere::models
