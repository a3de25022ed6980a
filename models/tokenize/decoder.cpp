// Decoder steps as Hugging Face's decoders/*.rs define them (Metaspace's first-token rule as tokenizers.js: one
// leading space is removed, the one the pre-tokenizer added).
#include "tokenize/decoder.h"

#include "tokenize/bytelevel.h"

#include <charconv>

namespace noosphere::models {

namespace {

std::string replaceAll(std::string_view text, std::string_view from, std::string_view to)
{
    if (from.empty())
        return std::string(text);
    std::string out;
    out.reserve(text.size());
    std::size_t pos = 0;
    for (std::size_t hit = text.find(from); hit != std::string_view::npos; hit = text.find(from, pos)) {
        out.append(text.substr(pos, hit - pos));
        out.append(to);
        pos = hit + from.size();
    }
    out.append(text.substr(pos));
    return out;
}

// "<0xNN>" → the byte, else -1.
int fallbackByte(std::string_view token)
{
    if (token.size() != 6 || !token.starts_with("<0x") || token.back() != '>')
        return -1;
    unsigned value = 0;
    const auto [end, ec] = std::from_chars(token.data() + 3, token.data() + 5, value, 16);
    if (ec != std::errc() || end != token.data() + 5)
        return -1;
    return int(value);
}

}  // namespace

void Decoder::addByteLevel()
{
    m_steps.push_back({.kind = Kind::ByteLevel});
}

void Decoder::addReplace(std::string literal, std::string content)
{
    m_steps.push_back({.kind = Kind::Replace, .pattern = std::move(literal), .content = std::move(content)});
}

void Decoder::addByteFallback()
{
    m_steps.push_back({.kind = Kind::ByteFallback});
}

void Decoder::addFuse()
{
    m_steps.push_back({.kind = Kind::Fuse});
}

void Decoder::addStrip(std::string content, int start, int stop)
{
    m_steps.push_back({.kind = Kind::Strip, .pattern = std::move(content), .start = start, .stop = stop});
}

void Decoder::addMetaspace(std::string replacement, bool stripFirst)
{
    m_steps.push_back({.kind = Kind::Metaspace, .pattern = std::move(replacement), .stripFirst = stripFirst});
}

std::string Decoder::decode(std::vector<Piece> pieces, bool wholeText) const
{
    if (m_steps.empty()) {
        // No decoder: Hugging Face joins the tokens with spaces.
        std::string joined;
        for (std::size_t i = 0; i < pieces.size(); ++i)
            joined += (i ? " " : "") + pieces[i].text;
        return joined;
    }
    for (const Step &step : m_steps) {
        switch (step.kind) {
        case Kind::ByteLevel:
            for (Piece &p : pieces) {
                if (p.added)
                    continue;
                // A token with a character outside the byte alphabet is kept as its own UTF-8 (Hugging Face).
                if (auto raw = bytelevel::toBytes(p.text))
                    p.text = std::move(*raw);
            }
            break;
        case Kind::Replace:
            for (Piece &p : pieces)
                p.text = replaceAll(p.text, step.pattern, step.content);
            break;
        case Kind::ByteFallback: {
            // Runs of <0xNN> become their bytes; the final repair turns ill-formed runs into U+FFFD.
            std::vector<Piece> out;
            out.reserve(pieces.size());
            bool inRun = false;
            for (Piece &p : pieces) {
                const int byte = p.added ? -1 : fallbackByte(p.text);
                if (byte < 0) {
                    out.push_back(std::move(p));
                    inRun = false;
                    continue;
                }
                if (!inRun)
                    out.push_back({});
                out.back().text.push_back(char(byte));
                inRun = true;
            }
            pieces = std::move(out);
            break;
        }
        case Kind::Fuse: {
            Piece fused;
            for (const Piece &p : pieces)
                fused.text += p.text;
            pieces.assign(1, std::move(fused));
            break;
        }
        case Kind::Strip:
            if (!wholeText || step.pattern.empty())
                break;
            for (Piece &p : pieces) {
                std::string_view t = p.text;
                for (int i = 0; i < step.start && t.starts_with(step.pattern); ++i)
                    t.remove_prefix(step.pattern.size());
                for (int i = 0; i < step.stop && t.ends_with(step.pattern); ++i)
                    t.remove_suffix(step.pattern.size());
                p.text = std::string(t);
            }
            break;
        case Kind::Metaspace:
            for (std::size_t i = 0; i < pieces.size(); ++i) {
                pieces[i].text = replaceAll(pieces[i].text, step.pattern, " ");
                if (i == 0 && wholeText && step.stripFirst && pieces[i].text.starts_with(' '))
                    pieces[i].text.erase(0, 1);
            }
            break;
        }
    }
    std::string out;
    for (const Piece &p : pieces)
        out += p.text;
    return out;
}

}  // namespace noosphere::models
