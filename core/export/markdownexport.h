// The manuscript as Markdown and as plain text: the text as the writer typed it, a heading line per chapter.
#pragma once

#include "export/manuscript.h"

#include <string>

namespace noosphere::core {

/// "# <heading>" per chapter (chapterHeading()), a blank line, then its body as written, ending in a newline.
std::string markdownText(const Manuscript &manuscript);
/// As markdownText() without the "# ", and two blank lines between chapters: for any text editor or reader.
std::string plainText(const Manuscript &manuscript);

}  // namespace noosphere::core
