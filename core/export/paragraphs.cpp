// splitParagraphs(): one paragraph per non-blank line.
#include "export/paragraphs.h"

namespace noosphere::core {

namespace {

// Spaces around a paragraph: ASCII blanks and the ideographic space U+3000, with which Chinese text indents
// paragraphs by hand (the formats indent by style instead).
constexpr std::string_view kIdeographicSpace = "\xE3\x80\x80";

std::string_view trimmedLine(std::string_view line)
{
    for (bool changed = true; changed && !line.empty();) {
        changed = false;
        if (line.front() == ' ' || line.front() == '\t') {
            line.remove_prefix(1);
            changed = true;
        } else if (line.starts_with(kIdeographicSpace)) {
            line.remove_prefix(kIdeographicSpace.size());
            changed = true;
        }
        if (!line.empty() && (line.back() == ' ' || line.back() == '\t')) {
            line.remove_suffix(1);
            changed = true;
        } else if (line.ends_with(kIdeographicSpace)) {
            line.remove_suffix(kIdeographicSpace.size());
            changed = true;
        }
    }
    return line;
}

}  // namespace

std::vector<std::string_view> splitParagraphs(std::string_view body)
{
    std::vector<std::string_view> paragraphs;
    std::size_t start = 0;
    while (start < body.size()) {
        std::size_t end = body.find_first_of("\r\n", start);
        if (end == std::string_view::npos)
            end = body.size();
        const std::string_view line = trimmedLine(body.substr(start, end - start));
        if (!line.empty())
            paragraphs.push_back(line);
        start = end + 1;
        if (end + 1 < body.size() && body[end] == '\r' && body[end + 1] == '\n')
            ++start;  // CRLF is one break
    }
    return paragraphs;
}

}  // namespace noosphere::core
