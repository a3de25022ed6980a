// The words of a text, found once by the product's word definition (text/wordcount.h) and interned, for every
// statistic that walks them (syllables, sentence lengths, overuse, repeated phrases): ~1M tokens for 5 MB.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace noosphere::core::text {

/// One occurrence of a word.
struct TextToken {
    std::size_t begin = 0;  ///< bytes
    std::size_t end = 0;
    std::uint32_t wordId = 0;  ///< index into TextWords::vocabulary
    bool breakBefore = false;  ///< a sentence or clause ends between it and the previous token (. ! ? ; : …, a blank line)
    bool capitalized = false;  ///< starts with an upper-case letter
};

/// One distinct word, under its lookupKey() (wordkey.h).
struct TextWord {
    std::string key;
    std::uint32_t count = 0;
    std::uint32_t capitalizedCount = 0;
    bool ideograph = false;  ///< a single CJK ideograph or kana
};

struct TextWords {
    std::vector<TextToken> tokens;
    std::vector<TextWord> vocabulary;
};

/// `text` is UTF-8 (ill-formed bytes separate words). Pure, any thread.
TextWords collectWords(std::string_view text);

}  // namespace noosphere::core::text
