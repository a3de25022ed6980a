#include "writer/textcounter.h"

#include <QList>
#include <QTextBoundaryFinder>

namespace noosphere::ui {
namespace {

// Scripts written without spaces between words: each character is counted as a word.
bool isCjk(char32_t c)
{
    return (c >= 0x3040 && c <= 0x30FF)      // Hiragana, Katakana
           || (c >= 0x3400 && c <= 0x4DBF)   // CJK Extension A
           || (c >= 0x4E00 && c <= 0x9FFF)   // CJK Unified Ideographs
           || (c >= 0xF900 && c <= 0xFAFF)   // CJK Compatibility Ideographs
           || (c >= 0x20000 && c <= 0x3134F) // CJK Extensions B–G
           || (c >= 0x31F0 && c <= 0x31FF);  // Katakana phonetic extensions
}

bool isWordChar(char32_t c)
{
    const QChar::Category cat = QChar::category(c);
    return QChar::isLetterOrNumber(c) || cat == QChar::Mark_NonSpacing || cat == QChar::Mark_SpacingCombining;
}

bool joinsWords(char32_t c) { return c == U'\'' || c == U'\u2019' || c == U'-' || c == U'\u2010'; }

}  // namespace

TextCounts countText(const QString &text)
{
    TextCounts counts;
    QTextBoundaryFinder graphemes(QTextBoundaryFinder::Grapheme, text);
    bool inWord = false;
    bool pendingJoiner = false;  // an apostrophe or hyphen that continues a word only if a letter follows
    qsizetype start = 0;
    for (qsizetype end = graphemes.toNextBoundary(); end != -1; end = graphemes.toNextBoundary()) {
        ++counts.characters;
        const char32_t first = QStringView(text).mid(start, end - start).toUcs4().value(0);
        start = end;
        if (isCjk(first)) {
            ++counts.words;
            inWord = pendingJoiner = false;
        } else if (isWordChar(first)) {
            if (!inWord)
                ++counts.words;
            inWord = true;
            pendingJoiner = false;
        } else if (inWord && joinsWords(first) && !pendingJoiner) {
            pendingJoiner = true;  // stay in the word: "don't", "well-known"
        } else {
            inWord = pendingJoiner = false;
        }
    }
    return counts;
}

}  // namespace noosphere::ui
