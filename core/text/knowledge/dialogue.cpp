#include "text/knowledge/dialogue.h"

#include "common/utf8.h"
#include "text/knowledge/paragraphs.h"

#include <unicode/uchar.h>

namespace noosphere::core::text {

namespace {

// The mark that closes a quotation opened by `opener`, or 0 when `c` opens none.
char32_t closerOf(char32_t opener)
{
    switch (opener) {
    case U'"': return U'"';
    case U'\u201C': return U'\u201D';  // “ ”
    case U'\u201E': return U'\u201C';  // „ “
    case U'\u00AB': return U'\u00BB';  // « »
    case U'\u300C': return U'\u300D';  // 「 」
    case U'\u300E': return U'\u300F';  // 『 』
    case U'\u2018': return U'\u2019';  // ‘ ’
    default: return 0;
    }
}

bool isQuoteMark(char32_t c)
{
    return c == U'"' || (c >= U'\u2018' && c <= U'\u201F') || c == U'\u00AB' || c == U'\u00BB'
           || (c >= U'\u300C' && c <= U'\u300F');
}

bool isLetter(char32_t c) { return c < 0x80 ? ((c | 0x20) - 'a' < 26 || c - '0' < 10) : u_isalnum(UChar32(c)); }

class Reader {
public:
    explicit Reader(std::string_view text) : m_text(text) {}
    bool atEnd() const { return m_pos >= m_text.size(); }
    std::size_t pos() const { return m_pos; }
    char32_t next()
    {
        const std::size_t length = models::utf8::sequenceLength(m_text, m_pos);
        if (length == 0) {
            ++m_pos;
            return U'\uFFFD';
        }
        const char32_t c = models::utf8::decodeAt(m_text, m_pos, length);
        m_pos += length;
        return c;
    }
    char32_t peek() const
    {
        if (atEnd())
            return 0;
        Reader copy = *this;
        return copy.next();
    }

private:
    std::string_view m_text;
    std::size_t m_pos = 0;
};

}  // namespace

DialogueShare measureDialogue(std::string_view text)
{
    DialogueShare result;
    const bool byBlankLines = separatesParagraphsByBlankLines(text);
    char32_t closer = 0;  // of the open quotation, 0 outside
    char32_t previous = U' ';
    int newlinesInRow = 0;
    for (Reader reader(text); !reader.atEnd();) {
        const char32_t c = reader.next();
        if (c == U'\n') {
            ++newlinesInRow;
            if (!byBlankLines || newlinesInRow >= 2)
                closer = 0;  // a paragraph ends
        } else if (c != U'\r' && c != U' ' && c != U'\t') {
            newlinesInRow = 0;
        }
        const char32_t before = previous;
        previous = c;
        if (isQuoteMark(c)) {
            if (closer != 0 && c == closer) {
                // ’ followed by a letter is an apostrophe inside the quotation ("don’t"), not its end.
                if (c != U'\u2019' || !isLetter(reader.peek()))
                    closer = 0;
                continue;
            }
            if (closer == 0 && closerOf(c) != 0 && !(c == U'\u2018' && isLetter(before))) {
                closer = closerOf(c);
                continue;
            }
            if (c != U'\u2019')  // an apostrophe is part of its word; other stray marks are not text
                continue;
        }
        if (u_isUWhiteSpace(UChar32(c)))
            continue;
        ++result.characters;
        if (closer != 0)
            ++result.quotedCharacters;
    }
    result.share = result.characters == 0 ? 0.0 : double(result.quotedCharacters) / double(result.characters);
    return result;
}

}  // namespace noosphere::core::text
