// UTF-8 validation and lossy repair (Unicode 15, §3.9 "U+FFFD substitution of maximal subparts").
#include "common/utf8.h"

#include <algorithm>

namespace noosphere::models::utf8 {

namespace {

// Number of bytes after a lead byte, and the range its first continuation byte must lie in (which excludes
// overlong forms, surrogates and code points above U+10FFFF). need == 0: not a valid lead byte.
struct LeadInfo {
    int need = 0;
    unsigned char low = 0x80;
    unsigned char high = 0xBF;
};

LeadInfo leadInfo(unsigned char b)
{
    if (b >= 0xC2 && b <= 0xDF)
        return {1, 0x80, 0xBF};
    if (b == 0xE0)
        return {2, 0xA0, 0xBF};
    if (b == 0xED)
        return {2, 0x80, 0x9F};
    if (b >= 0xE1 && b <= 0xEF)
        return {2, 0x80, 0xBF};
    if (b == 0xF0)
        return {3, 0x90, 0xBF};
    if (b >= 0xF1 && b <= 0xF3)
        return {3, 0x80, 0xBF};
    if (b == 0xF4)
        return {3, 0x80, 0x8F};
    return {};
}

// Bytes of the longest prefix of a well-formed sequence at pos (≥ 1 for any byte): the whole sequence when
// well-formed, else the maximal subpart that one U+FFFD replaces.
std::size_t prefixLength(std::string_view text, std::size_t pos, bool &complete)
{
    const auto b = static_cast<unsigned char>(text[pos]);
    complete = false;
    if (b < 0x80) {
        complete = true;
        return 1;
    }
    const LeadInfo info = leadInfo(b);
    if (info.need == 0)
        return 1;
    std::size_t n = 1;
    for (int i = 0; i < info.need; ++i) {
        if (pos + n >= text.size())
            return n;
        const auto c = static_cast<unsigned char>(text[pos + n]);
        const unsigned char low = i == 0 ? info.low : 0x80;
        const unsigned char high = i == 0 ? info.high : 0xBF;
        if (c < low || c > high)
            return n;
        ++n;
    }
    complete = true;
    return n;
}

}  // namespace

std::size_t sequenceLength(std::string_view text, std::size_t pos)
{
    if (pos >= text.size())
        return 0;
    bool complete = false;
    const std::size_t n = prefixLength(text, pos, complete);
    return complete ? n : 0;
}

bool isValid(std::string_view text)
{
    std::size_t pos = 0;
    while (pos < text.size()) {
        // ASCII runs dominate real text; skip them without the table walk.
        if (static_cast<unsigned char>(text[pos]) < 0x80) {
            ++pos;
            continue;
        }
        const std::size_t n = sequenceLength(text, pos);
        if (n == 0)
            return false;
        pos += n;
    }
    return true;
}

std::string toValid(std::string_view text)
{
    std::string out;
    out.reserve(text.size());
    std::size_t pos = 0;
    while (pos < text.size()) {
        bool complete = false;
        const std::size_t n = prefixLength(text, pos, complete);
        if (complete)
            out.append(text.substr(pos, n));
        else
            out.append(kReplacement);
        pos += n;
    }
    return out;
}

char32_t decodeAt(std::string_view text, std::size_t pos, std::size_t length)
{
    const auto byte = [&](std::size_t i) { return static_cast<char32_t>(static_cast<unsigned char>(text[pos + i])); };
    switch (length) {
    case 1:
        return byte(0);
    case 2:
        return ((byte(0) & 0x1F) << 6) | (byte(1) & 0x3F);
    case 3:
        return ((byte(0) & 0x0F) << 12) | ((byte(1) & 0x3F) << 6) | (byte(2) & 0x3F);
    default:
        return ((byte(0) & 0x07) << 18) | ((byte(1) & 0x3F) << 12) | ((byte(2) & 0x3F) << 6) | (byte(3) & 0x3F);
    }
}

void append(std::string &out, char32_t cp)
{
    if (cp < 0x80) {
        out.push_back(static_cast<char>(cp));
    } else if (cp < 0x800) {
        out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
        out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else {
        out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    }
}

std::size_t completePrefix(std::string_view text)
{
    // Walk back over continuation bytes to the last lead byte; drop it if its sequence is not yet whole.
    const std::size_t n = text.size();
    for (std::size_t back = 1; back <= std::min<std::size_t>(4, n); ++back) {
        const auto c = static_cast<unsigned char>(text[n - back]);
        if ((c & 0xC0) == 0x80)
            continue;
        const std::size_t need = c < 0x80 ? 1 : (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : (c & 0xF8) == 0xF0 ? 4 : 1;
        return back >= need ? n : n - back;
    }
    return n;
}

}  // namespace noosphere::models::utf8
