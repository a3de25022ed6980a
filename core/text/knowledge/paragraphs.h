// Where paragraphs end in a plain text, which decides where a sentence or a quotation must end: texts that
// separate paragraphs by blank lines wrap their lines (Project Gutenberg files do, at ~70 columns), so a
// single line break there is a space; texts without blank lines put one paragraph on each line.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace noosphere::core::text {

/// Whether some line of `text` is empty or blank: then blank lines, not line breaks, end paragraphs.
bool separatesParagraphsByBlankLines(std::string_view text);

/// The number of paragraphs (stretches of text between paragraph ends that hold something but whitespace).
std::int64_t countParagraphs(std::string_view text);

/// `text` with each line break inside a paragraph turned into a space, byte for byte (positions stay valid):
/// what a sentence splitter that ends sentences at every line break should see.
std::string joinWrappedLines(std::string_view text);

}  // namespace noosphere::core::text
