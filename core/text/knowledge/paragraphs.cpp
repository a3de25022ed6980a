#include "text/knowledge/paragraphs.h"

namespace noosphere::core::text {

namespace {

bool isBlank(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v'; }

// Calls `line(begin, end, blank)` for each line of `text` (without its '\n').
template <typename F> void forEachLine(std::string_view text, F &&line)
{
    for (std::size_t pos = 0; pos <= text.size();) {
        std::size_t end = text.find('\n', pos);
        if (end == std::string_view::npos)
            end = text.size();
        bool blank = true;
        for (std::size_t i = pos; i < end && blank; ++i)
            blank = isBlank(text[i]);
        line(pos, end, blank);
        pos = end + 1;
    }
}

}  // namespace

bool separatesParagraphsByBlankLines(std::string_view text)
{
    bool seenText = false;
    bool blankAfterText = false;
    bool found = false;
    forEachLine(text, [&](std::size_t, std::size_t, bool blank) {
        if (found)
            return;
        if (!blank && blankAfterText)
            found = true;  // a blank line between two lines of text (leading and trailing ones do not count)
        if (!blank)
            seenText = true;
        else if (seenText)
            blankAfterText = true;
    });
    return found;
}

std::int64_t countParagraphs(std::string_view text)
{
    const bool byBlankLines = separatesParagraphsByBlankLines(text);
    std::int64_t paragraphs = 0;
    bool inParagraph = false;
    forEachLine(text, [&](std::size_t, std::size_t, bool blank) {
        if (!blank && !inParagraph)
            ++paragraphs;
        inParagraph = !blank && byBlankLines;
    });
    return paragraphs;
}

std::string joinWrappedLines(std::string_view text)
{
    std::string joined(text);
    if (!separatesParagraphsByBlankLines(text))
        return joined;
    bool previousBlank = true;
    forEachLine(text, [&](std::size_t begin, std::size_t end, bool blank) {
        // The break before this line joins it to the previous one when both hold text.
        if (begin > 0 && !blank && !previousBlank) {
            joined[begin - 1] = ' ';
            if (begin >= 2 && joined[begin - 2] == '\r')
                joined[begin - 2] = ' ';
        }
        previousBlank = blank;
        (void)end;
    });
    return joined;
}

}  // namespace noosphere::core::text
