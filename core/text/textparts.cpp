#include "text/textparts.h"

#include "text/wordcount.h"

namespace noosphere::core {
namespace {

// Where a part that may hold `[0, limit)` of `rest` should end: after the last blank line, else the last line
// break, else the last space before `limit`; `limit` itself when there is none.
std::size_t cutBefore(std::string_view rest, std::size_t limit)
{
    const auto window = rest.substr(0, limit);
    for (std::string_view separator : {"\n\n", "\n", " "}) {
        const auto at = window.rfind(separator);
        if (at != std::string_view::npos && at > 0)
            return at + separator.size();
    }
    return limit;
}

// A UTF-8 boundary at or before `at`, so no part ends inside a character.
std::size_t characterBoundary(std::string_view text, std::size_t at)
{
    while (at > 0 && at < text.size() && (static_cast<unsigned char>(text[at]) & 0xC0) == 0x80)
        --at;
    return at;
}

}  // namespace

std::vector<std::string> splitIntoParts(std::string_view text, std::int64_t maxWords)
{
    std::vector<std::string> parts;
    while (!text.empty()) {
        // Only a short rest is counted whole: counting the whole rest every time would be quadratic.
        const auto budget = static_cast<std::size_t>(maxWords) * 6;
        if (text.size() <= budget && countWords(text) <= maxWords) {
            parts.emplace_back(text);
            break;
        }
        // Shrink a byte budget until the part's words fit; English averages ~6 bytes a word.
        auto limit = std::min(text.size(), budget);
        std::size_t cut = cutBefore(text, characterBoundary(text, limit));
        while (countWords(text.substr(0, cut)) > maxWords && cut > 1) {
            limit = characterBoundary(text, cut * 9 / 10);
            cut = cutBefore(text, limit == 0 ? 1 : limit);
        }
        cut = std::max<std::size_t>(cut, 1);
        parts.emplace_back(text.substr(0, cut));
        text.remove_prefix(cut);
    }
    return parts;
}

}  // namespace noosphere::core
