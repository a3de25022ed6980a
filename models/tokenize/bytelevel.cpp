// The byte ↔ character table of GPT-2's byte-level BPE, built once.
#include "tokenize/bytelevel.h"

#include "common/utf8.h"

#include <array>

namespace noosphere::models::bytelevel {

namespace {

struct Tables {
    std::array<char32_t, 256> charOfByte{};
    std::array<std::int16_t, 512> byteOfChar{};  // every mapped character is below U+0200; -1: not mapped

    Tables()
    {
        byteOfChar.fill(-1);
        // Printable Latin-1 bytes stand for themselves; the others (controls, space, soft hyphen…) are moved to
        // U+0100 upwards in byte order.
        const auto printable = [](int b) {
            return (b >= '!' && b <= '~') || (b >= 0xA1 && b <= 0xAC) || (b >= 0xAE && b <= 0xFF);
        };
        char32_t next = 256;
        for (int b = 0; b < 256; ++b) {
            const char32_t c = printable(b) ? char32_t(b) : next++;
            charOfByte[b] = c;
            byteOfChar[c] = static_cast<std::int16_t>(b);
        }
    }
};

const Tables &tables()
{
    static const Tables instance;
    return instance;
}

}  // namespace

char32_t charOf(std::uint8_t b)
{
    return tables().charOfByte[b];
}

std::optional<std::uint8_t> byteOf(char32_t c)
{
    if (c >= tables().byteOfChar.size() || tables().byteOfChar[c] < 0)
        return std::nullopt;
    return static_cast<std::uint8_t>(tables().byteOfChar[c]);
}

std::string toChars(std::string_view bytes)
{
    std::string out;
    out.reserve(bytes.size() * 2);
    for (const char b : bytes)
        utf8::append(out, charOf(static_cast<std::uint8_t>(b)));
    return out;
}

std::optional<std::string> toBytes(std::string_view chars)
{
    std::string out;
    out.reserve(chars.size());
    std::size_t pos = 0;
    while (pos < chars.size()) {
        const std::size_t n = utf8::sequenceLength(chars, pos);
        if (n == 0)
            return std::nullopt;
        const auto b = byteOf(utf8::decodeAt(chars, pos, n));
        if (!b)
            return std::nullopt;
        out.push_back(static_cast<char>(*b));
        pos += n;
    }
    return out;
}

}  // namespace noosphere::models::bytelevel
