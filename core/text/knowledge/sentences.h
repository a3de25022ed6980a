// Sentences of a chapter with their positions, for the emotion arc and the Writer's cursor: ICU's sentence
// rules (UAX #29) with English abbreviation suppressions ("Mr. Darcy" stays one sentence), each paragraph break
// ending a sentence. Ranges come in UTF-8 bytes (the engine's text) and UTF-16 units (QString/QTextCursor).
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace noosphere::core::text {

/// [begin, end) of a piece of text, in bytes and in UTF-16 code units, without surrounding whitespace.
struct TextRange {
    std::size_t begin = 0;
    std::size_t end = 0;
    std::size_t utf16Begin = 0;
    std::size_t utf16End = 0;
};

/// The sentences of `text` (valid UTF-8 expected; an ill-formed byte counts as one U+FFFD unit) in order, blank
/// stretches skipped. Pure; any thread (each thread keeps its own ICU iterator). ~15 ms per MB.
std::vector<TextRange> splitSentences(std::string_view text);

}  // namespace noosphere::core::text
