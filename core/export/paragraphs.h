// How a chapter's plain text becomes paragraphs in the formats that have them (EPUB, PDF): the Writer's editor
// makes a paragraph with Enter, so every line that holds text is one paragraph, and blank lines only separate.
#pragma once

#include <string_view>
#include <vector>

namespace noosphere::core {

/// The paragraphs of `body`: each line (ended by LF, CRLF or CR) without the spaces, tabs and ideographic spaces
/// around it, skipping lines that are then empty. The views point into `body`.
std::vector<std::string_view> splitParagraphs(std::string_view body);

}  // namespace noosphere::core
