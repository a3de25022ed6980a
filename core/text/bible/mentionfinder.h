// Where the story bible's names come up in a text: whole-word occurrences of each entry's name and aliases, the
// longest one winning where they overlap ("Anne Elliot" over "Anne"). One matcher is built per set of entries and
// then scans any number of texts, word by word with a hash of first words, so a 5 MB chapter takes one pass.
#pragma once

#include "text/bible/bibleentry.h"

#include <cstddef>
#include <cstdint>
#include <memory>
#include <span>
#include <string_view>
#include <vector>

namespace noosphere::core::text {

struct Mention {
    std::int64_t entryId = 0;
    std::size_t byteBegin = 0;  // [byteBegin, byteEnd) in the scanned text's bytes
    std::size_t byteEnd = 0;
    std::size_t utf16Begin = 0;  // the same range in UTF-16 code units (an ill-formed byte counts as one U+FFFD)
    std::size_t utf16End = 0;
};

/// Rules, from the way writers use names:
/// - words are core::WordScanner's; a name matches whole words only ("Anne" not in "Annette"), and a possessive
///   ("Anne's", "Anne’s", "Jones'") still mentions it;
/// - a name with a capital letter matches case-sensitively ("Bath" is not "bath"); an all-lower-case one
///   ("mithril") also matches capitalised at a sentence start;
/// - the space between a name's words matches any run of white space, line breaks included;
/// - CJK names have no word boundaries: each ideograph or kana is a word, so "林黛玉" is found inside
///   "林黛玉笑道" as a substring.
class MentionFinder {
public:
    explicit MentionFinder(std::span<const BibleEntry> entries);
    ~MentionFinder();
    MentionFinder(MentionFinder &&) noexcept;
    MentionFinder &operator=(MentionFinder &&) noexcept;

    /// Mentions in `text` (UTF-8; ill-formed bytes separate words), in text order, never overlapping. Pure; any
    /// thread, also concurrently.
    std::vector<Mention> find(std::string_view text) const;
    bool isEmpty() const;

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

}  // namespace noosphere::core::text
