// Words as a novelist counts them, one definition for the whole product (status bar, chapter list, CLI, text
// statistics): each CJK ideograph or kana is a word (those scripts put no spaces between words, and word
// processors count so); other words are runs of letters, digits and combining marks, joined by an inner
// apostrophe or hyphen.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace noosphere::core {

/// `text` is UTF-8; invalid bytes count as separators. Pure function, any thread.
std::int64_t countWords(std::string_view text);

/// One word of a text: [begin, end) in bytes; `ideograph` for a single CJK ideograph or kana.
struct WordSpan {
    std::size_t begin = 0;
    std::size_t end = 0;
    bool ideograph = false;
};

/// The words countWords() counts, one at a time and in order, without allocating (a 5 MB text is ~1M words).
class WordScanner {
public:
    explicit WordScanner(std::string_view text) : m_text(text) {}
    /// Fills `word` with the next word and returns true, or returns false at the end of the text.
    bool next(WordSpan &word);

private:
    std::string_view m_text;
    std::size_t m_pos = 0;
};

}  // namespace noosphere::core
