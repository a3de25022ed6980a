// tokenizer.json → TokenizerParts: the BPE model, the added tokens and BOS/EOS here, the normalizer, pre-tokenizer
// and decoder in pipelinejson.cpp. Field names and defaults follow the serde definitions of Hugging Face tokenizers
// (models/bpe/serialization.rs, tokenizer/added_vocabulary.rs…); anything else is refused with the field named.
#include "tokenize/tokenizerjson.h"

#include "tokenize/jsonfields.h"
#include "tokenize/loaderror.h"
#include "tokenize/pipelinejson.h"
#include "tokenize/specialtokens.h"

namespace noosphere::models {

namespace {

// Ids may leave gaps, but not so many that the id → token table becomes huge.
constexpr std::int64_t kMaxIdGap = 1 << 20;

std::vector<AddedToken> readAddedTokens(const JsonFields &fields, const Json &root)
{
    std::vector<AddedToken> tokens;
    const auto it = root.find("added_tokens");
    if (it == root.end() || it->is_null())
        return tokens;
    if (!it->is_array())
        fields.bad("\"added_tokens\" is not a list");
    for (const Json &t : *it) {
        if (!t.is_object())
            fields.bad("an added token is not an object");
        AddedToken token;
        const Json &id = fields.member(t, "id", "an added token");
        if (!id.is_number_integer() || id.get<std::int64_t>() < 0 || id.get<std::int64_t>() > INT32_MAX)
            fields.bad("an added token's id is not a non-negative integer");
        token.id = std::int32_t(id.get<std::int64_t>());
        token.content = fields.string(t, "content", "an added token");
        token.special = fields.flag(t, "special", "an added token", false);
        token.normalized = fields.flag(t, "normalized", "an added token", !token.special);
        token.lstrip = fields.flag(t, "lstrip", "an added token", false);
        token.rstrip = fields.flag(t, "rstrip", "an added token", false);
        tokens.push_back(std::move(token));
    }
    return tokens;
}

// The model: only BPE. Fills parts.model; byteLevel comes from the pre-tokenizer.
void readModel(const JsonFields &fields, const Json &root, bool byteLevel, BpeModel &out)
{
    const Json &m = fields.member(root, "model", "the file");
    if (!m.is_object())
        fields.bad("\"model\" is not an object");
    std::string t = fields.string(m, "type", "the model");
    if (t.empty() && m.contains("merges"))
        t = "BPE";  // files from before models carried a type
    if (t != "BPE")
        failLoad(ErrorCode::UnsupportedModel, fields.file() + " holds a " + (t.empty() ? "untyped" : t) +
                                                  " model; only BPE tokenizers are supported.");
    if (!fields.string(m, "continuing_subword_prefix", "the model").empty() ||
        !fields.string(m, "end_of_word_suffix", "the model").empty())
        fields.unsupported("uses BPE subword prefixes or suffixes");

    const Json &vocab = fields.member(m, "vocab", "the model");
    if (!vocab.is_object())
        fields.bad("the model's vocab is not an object of token → id");
    const std::int64_t limit = std::int64_t(vocab.size()) + kMaxIdGap;
    StringMap<std::int32_t> entries;
    entries.reserve(vocab.size());
    for (const auto &[token, id] : vocab.items()) {
        if (!id.is_number_integer() || id.get<std::int64_t>() < 0 || id.get<std::int64_t>() >= limit)
            fields.bad("the id of \"" + token + "\" in the vocab is not a non-negative integer in range");
        entries.emplace(token, std::int32_t(id.get<std::int64_t>()));
    }

    const Json &list = fields.member(m, "merges", "the model");
    if (!list.is_array())
        fields.bad("the model's merges are not a list");
    std::vector<std::pair<std::string, std::string>> merges;
    merges.reserve(list.size());
    for (const Json &merge : list) {
        // "a b" (tokenizers < 0.20) or ["a", "b"].
        if (merge.is_string()) {
            const std::string s = merge.get<std::string>();
            const std::size_t space = s.find(' ');
            if (space == std::string::npos || s.find(' ', space + 1) != std::string::npos)
                fields.bad("merge " + std::to_string(merges.size()) + " (\"" + s + "\") is not two tokens");
            merges.emplace_back(s.substr(0, space), s.substr(space + 1));
        } else if (merge.is_array() && merge.size() == 2 && merge[0].is_string() && merge[1].is_string()) {
            merges.emplace_back(merge[0].get<std::string>(), merge[1].get<std::string>());
        } else {
            fields.bad("merge " + std::to_string(merges.size()) + " is neither \"a b\" nor [\"a\", \"b\"]");
        }
    }

    BpeModel::Options options;
    options.byteLevel = byteLevel;
    options.byteFallback = fields.flag(m, "byte_fallback", "the model", false);
    options.ignoreMerges = fields.flag(m, "ignore_merges", "the model", false);
    options.fuseUnk = fields.flag(m, "fuse_unk", "the model", false);
    if (const std::string unk = fields.string(m, "unk_token", "the model"); !unk.empty())
        options.unkToken = unk;
    if (const std::string problem = out.build(std::move(entries), merges, options); !problem.empty())
        fields.bad(problem);
}

// BOS/EOS named by a TemplateProcessing (or Roberta/Bert processing) post-processor, possibly in a Sequence.
void readTemplateNames(const Json &config, SpecialTokenNames &names, int depth)
{
    if (!config.is_object() || depth > kMaxJsonNesting)
        return;
    const std::string t = config.value("type", "");
    if (t == "Sequence" && config.contains("processors") && config["processors"].is_array()) {
        for (const Json &p : config["processors"])
            readTemplateNames(p, names, depth + 1);
    } else if (t == "TemplateProcessing" && config.contains("single") && config["single"].is_array()) {
        bool seenSequence = false;
        for (const Json &item : config["single"]) {
            if (!item.is_object())
                continue;
            if (item.contains("Sequence")) {
                seenSequence = true;
            } else if (item.contains("SpecialToken") && item["SpecialToken"].is_object() &&
                       item["SpecialToken"].contains("id") && item["SpecialToken"]["id"].is_string()) {
                const std::string name = item["SpecialToken"]["id"].get<std::string>();
                if (!seenSequence && !names.bos)
                    names.bos = name;
                if (seenSequence)
                    names.eos = name;
            }
        }
        // A template that adds no BOS says so: the usual names must not put one back.
        if (!names.bos)
            names.bos = std::optional<std::string>();
    } else if (t == "RobertaProcessing" || t == "BertProcessing") {
        if (config.contains("cls") && config["cls"].is_array() && !config["cls"].empty() &&
            config["cls"][0].is_string())
            names.bos = config["cls"][0].get<std::string>();
        if (config.contains("sep") && config["sep"].is_array() && !config["sep"].empty() &&
            config["sep"][0].is_string())
            names.eos = config["sep"][0].get<std::string>();
    }
}

}  // namespace

std::unique_ptr<TokenizerParts> loadTokenizerJson(const std::filesystem::path &folder)
{
    const std::filesystem::path path = folder / "tokenizer.json";
    const JsonFields fields(path);
    const std::string text = readWholeFile(path);
    Json root;
    try {
        root = Json::parse(text);
    } catch (const Json::exception &e) {
        fields.bad(std::string("not valid JSON (") + e.what() + ")");
    }
    if (!root.is_object())
        fields.bad("not a JSON object");

    auto parts = std::make_unique<TokenizerParts>();
    try {
        readNormalizer(fields, root.value("normalizer", Json()), parts->normalizer);
        readPreTokenizer(fields, root.value("pre_tokenizer", Json()), parts->preTokenizer);
        readDecoder(fields, root.value("decoder", Json()), parts->decoder);
        const bool byteLevel = parts->preTokenizer.hasByteLevel();
        readModel(fields, root, byteLevel, parts->model);
        // Metaspace tokenizers hand the model whole texts; where the vocabulary allows, it cuts them before "▁".
        if (!byteLevel)
            parts->model.enableSplitBefore("\xE2\x96\x81");

        std::vector<AddedToken> added = readAddedTokens(fields, root);
        const std::int64_t limit = std::int64_t(parts->model.tokens().size() + added.size()) + kMaxIdGap;
        std::int32_t vocabSize = std::int32_t(parts->model.tokens().size());
        for (AddedToken &token : added) {
            if (token.id >= limit)
                fields.bad("the id of added token \"" + token.content + "\" is out of range");
            vocabSize = std::max(vocabSize, token.id + 1);
            // Normalized tokens are matched in normalized text, so their content is normalized too (as HF does).
            if (token.normalized && !parts->normalizer.empty())
                token.content = parts->normalizer.normalize(token.content);
        }
        parts->added.build(std::move(added), !parts->normalizer.empty());
        parts->vocabSize = vocabSize;

        parts->kind =
            byteLevel ? "byte-level-bpe"
            : parts->preTokenizer.hasMetaspace() || parts->model.options().byteFallback || !parts->normalizer.empty()
                ? "metaspace-bpe"
                : "bpe";
        parts->rawBytesInput = byteLevel && !parts->normalizer.needsValidUtf8();

        SpecialTokenNames fromTemplate;
        readTemplateNames(root.value("post_processor", Json()), fromTemplate, 0);
        resolveBosEos(*parts, readTokenizerConfig(folder), fromTemplate);
    } catch (const Json::exception &e) {
        fields.bad(std::string("unexpected JSON structure (") + e.what() + ")");
    }
    return parts;
}

}  // namespace noosphere::models
