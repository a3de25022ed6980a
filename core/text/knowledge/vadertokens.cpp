#include "text/knowledge/vadertokens.h"

#include "common/utf8.h"

#include <unicode/locid.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <array>
#include <unordered_set>

namespace noosphere::core::text::vader {

namespace {

// PUNC_LIST: what may lead or trail a word and still be stripped from it.
constexpr std::array<std::string_view, 17> kPuncList = {".",  "!",   "?",  ",",   ";",   ":",   "-",    "'",   "\"",
                                                        "!!", "!!!", "??", "???", "?!?", "!?!", "?!?!", "!?!?"};

// REGEX_REMOVE_PUNCTUATION: Python's string.punctuation, ASCII only.
bool isAsciiPunctuation(unsigned char c)
{
    return (c >= '!' && c <= '/') || (c >= ':' && c <= '@') || (c >= '[' && c <= '`') || (c >= '{' && c <= '~');
}

// Calls `onToken(token)` for each piece of `text` between whitespace characters whose UTF-16 length exceeds 1
// (JS: text.split(/\s/).filter(t => t.length > 1)).
template <typename OnToken> void splitJs(std::string_view text, OnToken onToken)
{
    std::size_t start = 0;
    std::size_t utf16Units = 0;
    for (std::size_t pos = 0; pos < text.size();) {
        const std::size_t n = std::max<std::size_t>(1, models::utf8::sequenceLength(text, pos));
        const char32_t c = models::utf8::decodeAt(text, pos, n);
        if (isJsWhitespace(c)) {
            if (utf16Units > 1)
                onToken(text.substr(start, pos - start));
            start = pos + n;
            utf16Units = 0;
        } else {
            utf16Units += c >= 0x10000 ? 2 : 1;
        }
        pos += n;
    }
    if (utf16Units > 1)
        onToken(text.substr(start));
}

}  // namespace

bool isJsWhitespace(char32_t c)
{
    // TAB, LF, VT, FF, CR, then the Zs category, LS, PS and the BOM.
    return (c >= 0x09 && c <= 0x0D) || c == 0x20 || c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) ||
           c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x3000 || c == 0xFEFF;
}

std::vector<std::string> wordsAndEmoticons(std::string_view text)
{
    // get_words_plus_punc: the words of the text with all ASCII punctuation removed.
    std::string noPunctuation;
    noPunctuation.reserve(text.size());
    for (const char c : text)
        if (!isAsciiPunctuation(static_cast<unsigned char>(c)))
            noPunctuation.push_back(c);
    std::unordered_set<std::string_view> words;
    splitJs(noPunctuation, [&](std::string_view w) { words.insert(w); });

    // NOTE: the JS builds a dictionary of every PUNC_LIST item before and after every word; since words hold no
    // ASCII punctuation, a token splits into (item, word) in at most one way, so looking it up here is the same.
    const auto bareWord = [&](std::string_view token) -> std::string_view {
        for (const std::string_view p : kPuncList) {
            if (token.size() <= p.size())
                continue;
            if (token.starts_with(p) && words.contains(token.substr(p.size())))
                return token.substr(p.size());
            if (token.ends_with(p) && words.contains(token.substr(0, token.size() - p.size())))
                return token.substr(0, token.size() - p.size());
        }
        return token;
    };
    std::vector<std::string> tokens;
    splitJs(text, [&](std::string_view token) { tokens.emplace_back(bareWord(token)); });
    return tokens;
}

std::string toLowerJs(std::string_view text)
{
    std::string lower(text);
    if (std::all_of(text.begin(), text.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; })) {
        for (char &c : lower)
            if (c >= 'A' && c <= 'Z')
                c = static_cast<char>(c - 'A' + 'a');
        return lower;
    }
    lower.clear();
    icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), static_cast<int32_t>(text.size())))
        .toLower(icu::Locale::getRoot())
        .toUTF8String(lower);
    return lower;
}

bool isUpperPython(std::string_view word)
{
    bool anyUpper = false;
    for (const char c : word) {
        if (c >= 'a' && c <= 'z')
            return false;
        anyUpper = anyUpper || (c >= 'A' && c <= 'Z');
    }
    return anyUpper;
}

}  // namespace noosphere::core::text::vader
