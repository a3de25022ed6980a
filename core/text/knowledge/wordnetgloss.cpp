// The gloss splitter: ';' separates parts, quotes mark examples, and the few glosses with unbalanced quotes
// still give every word back, in the definition or in an example.
#include "wordnetgloss.h"

namespace noosphere::core::text {

namespace {

std::string_view trimmed(std::string_view text)
{
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t'))
        text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t' || text.back() == '\r'))
        text.remove_suffix(1);
    return text;
}

// "\"the pleasures of the table\"- John Galsworthy" → "the pleasures of the table (John Galsworthy)".
std::string exampleText(std::string_view part)
{
    if (part.starts_with('"'))
        part.remove_prefix(1);
    const std::size_t close = part.rfind('"');
    std::string text(trimmed(close == std::string_view::npos ? part : part.substr(0, close)));
    std::string_view attribution = close == std::string_view::npos ? std::string_view() : trimmed(part.substr(close + 1));
    if (attribution.starts_with('-'))
        attribution = trimmed(attribution.substr(1));
    if (!attribution.empty())
        text += " (" + std::string(attribution) + ")";
    return text;
}

}  // namespace

SplitGloss splitGloss(std::string_view gloss)
{
    std::vector<std::string_view> parts;
    for (std::size_t start = 0;;) {
        const std::size_t end = gloss.find(';', start);
        parts.push_back(gloss.substr(start, end == std::string_view::npos ? end : end - start));
        if (end == std::string_view::npos)
            break;
        start = end + 1;
    }
    SplitGloss split;
    bool afterExample = false;
    for (std::size_t i = 0; i < parts.size(); ++i) {
        const std::string_view part = trimmed(parts[i]);
        if (part.empty())
            continue;
        if (part.front() == '"') {
            // An example with a ';' inside runs on to the part that closes its quote, unless a new one opens first.
            std::size_t last = i;
            if (part.find('"', 1) == std::string_view::npos)
                for (std::size_t j = i + 1; j < parts.size(); ++j) {
                    const std::string_view next = trimmed(parts[j]);
                    if (next.starts_with('"'))
                        break;
                    if (next.find('"') != std::string_view::npos) {
                        last = j;
                        break;
                    }
                }
            const char *begin = parts[i].data();
            const char *end = parts[last].data() + parts[last].size();
            split.examples.push_back(exampleText(trimmed(std::string_view(begin, std::size_t(end - begin)))));
            afterExample = true;
            i = last;
        } else if (afterExample && part.back() == '"') {
            split.examples.push_back(exampleText(part));
        } else {
            if (!split.definition.empty())
                split.definition += "; ";
            split.definition += part;
        }
    }
    return split;
}

}  // namespace noosphere::core::text
