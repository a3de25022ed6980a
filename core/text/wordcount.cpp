#include "text/wordcount.h"

#include <unicode/uchar.h>

namespace noosphere::core {
namespace {

bool isCjk(char32_t c)
{
    return (c >= 0x3040 && c <= 0x30FF)      // Hiragana, Katakana
           || (c >= 0x31F0 && c <= 0x31FF)   // Katakana phonetic extensions
           || (c >= 0x3400 && c <= 0x4DBF)   // CJK Extension A
           || (c >= 0x4E00 && c <= 0x9FFF)   // CJK Unified Ideographs
           || (c >= 0xF900 && c <= 0xFAFF)   // CJK Compatibility Ideographs
           || (c >= 0x20000 && c <= 0x3134F);  // CJK Extensions B–G
}

bool isWordChar(char32_t c)
{
    const auto type = u_charType(UChar32(c));
    return u_isalnum(UChar32(c)) || type == U_NON_SPACING_MARK || type == U_COMBINING_SPACING_MARK;
}

bool joinsWords(char32_t c) { return c == U'\'' || c == U'\u2019' || c == U'-' || c == U'\u2010'; }

// Decodes the code point at `i` and advances past it; an invalid byte decodes as U+FFFD (a separator).
char32_t next(std::string_view s, std::size_t &i)
{
    const auto b0 = static_cast<unsigned char>(s[i]);
    if (b0 < 0x80) {  // the common case, first
        ++i;
        return b0;
    }
    const std::size_t n = (b0 & 0xE0) == 0xC0 ? 2 : (b0 & 0xF0) == 0xE0 ? 3 : (b0 & 0xF8) == 0xF0 ? 4 : 0;
    if (n == 0 || i + n > s.size()) {
        ++i;
        return U'\uFFFD';
    }
    char32_t c = b0 & (0x7F >> n);
    for (std::size_t k = 1; k < n; ++k) {
        const auto b = static_cast<unsigned char>(s[i + k]);
        if ((b & 0xC0) != 0x80) {
            ++i;
            return U'\uFFFD';
        }
        c = (c << 6) | (b & 0x3F);
    }
    i += n;
    return c;
}

// ASCII letters and digits without a call into ICU: most text is mostly ASCII.
bool isAsciiWordChar(char32_t c) { return (c | 0x20) - 'a' < 26 || c - '0' < 10; }

bool isLetterWordChar(char32_t c) { return c < 0x80 ? isAsciiWordChar(c) : !isCjk(c) && isWordChar(c); }

}  // namespace

bool WordScanner::next(WordSpan &word)
{
    while (m_pos < m_text.size()) {
        const std::size_t start = m_pos;
        const char32_t c = core::next(m_text, m_pos);
        if (c >= 0x80 && isCjk(c)) {
            word = {start, m_pos, true};
            return true;
        }
        if (!isLetterWordChar(c))
            continue;
        word = {start, m_pos, false};
        while (m_pos < m_text.size()) {
            std::size_t after = m_pos;
            const char32_t d = core::next(m_text, after);
            if (isLetterWordChar(d)) {
                word.end = m_pos = after;
                continue;
            }
            // An apostrophe or hyphen continues the word only if a letter follows: "don't", "well-known".
            if (!joinsWords(d) || after >= m_text.size())
                break;
            std::size_t afterNext = after;
            if (!isLetterWordChar(core::next(m_text, afterNext)))
                break;
            word.end = m_pos = afterNext;
        }
        return true;
    }
    return false;
}

std::int64_t countWords(std::string_view text)
{
    std::int64_t words = 0;
    WordScanner scanner(text);
    for (WordSpan word; scanner.next(word);)
        ++words;
    return words;
}

}  // namespace noosphere::core
