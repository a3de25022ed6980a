// Normalizer, pre-tokenizer and decoder configurations → their classes, with Hugging Face's defaults (Metaspace:
// replacement "▁", split true, add_prefix_space → prepend_scheme "always"; ByteLevel: use_regex true).
#include "tokenize/pipelinejson.h"

namespace noosphere::models {

namespace {

PreTokenizer::Behavior behavior(const JsonFields &fields, const Json &config)
{
    using B = PreTokenizer::Behavior;
    const std::string b = fields.string(config, "behavior", "the Split pre-tokenizer", "Isolated");
    if (b == "Removed")
        return B::Removed;
    if (b == "Isolated")
        return B::Isolated;
    if (b == "MergedWithPrevious")
        return B::MergedWithPrevious;
    if (b == "MergedWithNext")
        return B::MergedWithNext;
    if (b == "Contiguous")
        return B::Contiguous;
    fields.bad("the Split pre-tokenizer's behavior \"" + b + "\" is unknown");
}

std::string replacement(const JsonFields &fields, const Json &config, const char *where)
{
    std::string r = fields.string(config, "replacement", where, "\xE2\x96\x81");  // U+2581 ▁
    if (r.empty())
        fields.bad(std::string(where) + "'s replacement is empty");
    return r;
}

PreTokenizer::PrependScheme prependScheme(const JsonFields &fields, const Json &config, const char *where)
{
    using S = PreTokenizer::PrependScheme;
    if (config.contains("prepend_scheme") && !config["prepend_scheme"].is_null()) {
        const std::string s = fields.string(config, "prepend_scheme", where);
        if (s == "always")
            return S::Always;
        if (s == "first")
            return S::First;
        if (s == "never")
            return S::Never;
        fields.bad(std::string(where) + "'s prepend_scheme \"" + s + "\" is unknown");
    }
    return fields.flag(config, "add_prefix_space", where, true) ? S::Always : S::Never;
}

int count(const JsonFields &fields, const Json &config, const char *key)
{
    const auto it = config.find(key);
    if (it == config.end() || it->is_null())
        return 0;
    if (!it->is_number_integer() || it->get<std::int64_t>() < 0 || it->get<std::int64_t>() > 1000)
        fields.bad(std::string("the Strip decoder's \"") + key + "\" is not a small count");
    return int(it->get<std::int64_t>());
}

}  // namespace

void readNormalizer(const JsonFields &fields, const Json &config, Normalizer &out, int depth)
{
    if (config.is_null())
        return;
    if (depth > kMaxJsonNesting)
        fields.bad("the normalizer nests too deeply");
    const std::string t = fields.type(config, "the normalizer");
    if (t == "Sequence") {
        const Json &list = fields.member(config, "normalizers", "the normalizer Sequence");
        if (!list.is_array())
            fields.bad("the normalizer Sequence's \"normalizers\" is not a list");
        for (const Json &item : list)
            readNormalizer(fields, item, out, depth + 1);
    } else if (t == "Prepend") {
        out.addPrepend(fields.string(config, "prepend", "the Prepend normalizer"));
    } else if (t == "Replace") {
        const Json &p = fields.member(config, "pattern", "the Replace normalizer");
        std::string content = fields.string(config, "content", "the Replace normalizer");
        if (p.is_object() && p.contains("String") && p["String"].is_string())
            out.addReplace(std::nullopt, p["String"].get<std::string>(), std::move(content));
        else
            out.addReplace(fields.pattern(config, "the Replace normalizer"), {}, std::move(content));
    } else if (t == "NFC") {
        out.addUnicodeForm(Normalizer::Form::Nfc);
    } else if (t == "NFD") {
        out.addUnicodeForm(Normalizer::Form::Nfd);
    } else if (t == "NFKC") {
        out.addUnicodeForm(Normalizer::Form::Nfkc);
    } else if (t == "NFKD") {
        out.addUnicodeForm(Normalizer::Form::Nfkd);
    } else if (t == "Lowercase") {
        out.addLowercase();
    } else {
        fields.unsupported("uses the normalizer \"" + t + "\"");
    }
}

void readPreTokenizer(const JsonFields &fields, const Json &config, PreTokenizer &out, int depth)
{
    if (config.is_null())
        return;
    if (depth > kMaxJsonNesting)
        fields.bad("the pre-tokenizer nests too deeply");
    const std::string t = fields.type(config, "the pre-tokenizer");
    // The model maps bytes to GPT-2's alphabet after all splitting, so nothing may split after ByteLevel.
    if (out.hasByteLevel() && t != "Sequence" && t != "ByteLevel")
        fields.unsupported("has a " + t + " pre-tokenizer after ByteLevel");
    if (t == "Sequence") {
        const Json &list = fields.member(config, "pretokenizers", "the pre-tokenizer Sequence");
        if (!list.is_array())
            fields.bad("the pre-tokenizer Sequence's \"pretokenizers\" is not a list");
        for (const Json &item : list)
            readPreTokenizer(fields, item, out, depth + 1);
    } else if (t == "Split") {
        if (fields.flag(config, "invert", "the Split pre-tokenizer", false))
            fields.unsupported("has an inverted Split pre-tokenizer");
        out.addSplit(fields.pattern(config, "the Split pre-tokenizer"), behavior(fields, config));
    } else if (t == "ByteLevel") {
        if (out.hasMetaspace())
            fields.unsupported("mixes the ByteLevel and Metaspace pre-tokenizers");
        std::optional<IcuRegex> gpt2;
        if (fields.flag(config, "use_regex", "the ByteLevel pre-tokenizer", true)) {
            std::string error;
            gpt2 = IcuRegex::compile(kGpt2Pattern, false, error);
        }
        out.addByteLevel(fields.flag(config, "add_prefix_space", "the ByteLevel pre-tokenizer", false),
                         std::move(gpt2));
    } else if (t == "Metaspace") {
        const char *where = "the Metaspace pre-tokenizer";
        out.addMetaspace(replacement(fields, config, where), prependScheme(fields, config, where),
                         fields.flag(config, "split", where, true));
    } else if (t == "Digits") {
        std::string error;
        const bool individual = fields.flag(config, "individual_digits", "the Digits pre-tokenizer", false);
        out.addSplit(*IcuRegex::compile(individual ? "\\p{N}" : "\\p{N}+", false, error),
                     PreTokenizer::Behavior::Isolated);
    } else {
        fields.unsupported("uses the pre-tokenizer \"" + t + "\"");
    }
}

void readDecoder(const JsonFields &fields, const Json &config, Decoder &out, int depth)
{
    if (config.is_null())
        return;
    if (depth > kMaxJsonNesting)
        fields.bad("the decoder nests too deeply");
    const std::string t = fields.type(config, "the decoder");
    if (t == "Sequence") {
        const Json &list = fields.member(config, "decoders", "the decoder Sequence");
        if (!list.is_array())
            fields.bad("the decoder Sequence's \"decoders\" is not a list");
        for (const Json &item : list)
            readDecoder(fields, item, out, depth + 1);
    } else if (t == "ByteLevel") {
        out.addByteLevel();
    } else if (t == "Replace") {
        const Json &p = fields.member(config, "pattern", "the Replace decoder");
        if (!p.is_object() || !p.contains("String") || !p["String"].is_string())
            fields.unsupported("has a Replace decoder with a regex");
        out.addReplace(p["String"].get<std::string>(), fields.string(config, "content", "the Replace decoder"));
    } else if (t == "ByteFallback") {
        out.addByteFallback();
    } else if (t == "Fuse") {
        out.addFuse();
    } else if (t == "Strip") {
        out.addStrip(fields.string(config, "content", "the Strip decoder", " "), count(fields, config, "start"),
                     count(fields, config, "stop"));
    } else if (t == "Metaspace") {
        const char *where = "the Metaspace decoder";
        out.addMetaspace(replacement(fields, config, where),
                         prependScheme(fields, config, where) != PreTokenizer::PrependScheme::Never);
    } else {
        fields.unsupported("uses the decoder \"" + t + "\"");
    }
}

}  // namespace noosphere::models
