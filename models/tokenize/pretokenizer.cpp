// Pre-tokenizer steps with the semantics of Hugging Face tokenizers (pre_tokenizers/split.rs, byte_level.rs,
// metaspace.rs and normalizer.rs's SplitDelimiterBehavior), each applied to every piece the previous one made.
#include "tokenize/pretokenizer.h"

#include <algorithm>
#include <utility>

namespace noosphere::models {

namespace {

using Range = std::pair<std::size_t, std::size_t>;

// Turns the matches of a delimiter into pieces of `text` the way SplitDelimiterBehavior does.
void splitAround(std::string_view text, const std::vector<Range> &matches, PreTokenizer::Behavior behavior,
                 std::vector<std::string_view> &out)
{
    using Behavior = PreTokenizer::Behavior;
    // Gaps and matches in order, all non-empty.
    std::vector<std::pair<Range, bool>> segments;
    std::size_t pos = 0;
    for (const Range &m : matches) {
        if (m.first > pos)
            segments.push_back({{pos, m.first}, false});
        segments.push_back({m, true});
        pos = m.second;
    }
    if (pos < text.size())
        segments.push_back({{pos, text.size()}, false});

    std::vector<Range> pieces;
    switch (behavior) {
    case Behavior::Removed:
        for (const auto &[range, isMatch] : segments)
            if (!isMatch)
                pieces.push_back(range);
        break;
    case Behavior::Isolated:
        for (const auto &segment : segments)
            pieces.push_back(segment.first);
        break;
    case Behavior::MergedWithPrevious: {
        bool previousMatch = false;
        for (const auto &[range, isMatch] : segments) {
            if (isMatch && !previousMatch && !pieces.empty())
                pieces.back().second = range.second;
            else
                pieces.push_back(range);
            previousMatch = isMatch;
        }
        break;
    }
    case Behavior::MergedWithNext: {
        bool previousMatch = false;
        for (auto it = segments.rbegin(); it != segments.rend(); ++it) {
            const auto &[range, isMatch] = *it;
            if (isMatch && !previousMatch && !pieces.empty())
                pieces.back().first = range.first;
            else
                pieces.push_back(range);
            previousMatch = isMatch;
        }
        std::reverse(pieces.begin(), pieces.end());
        break;
    }
    case Behavior::Contiguous: {
        bool previousMatch = false;
        for (const auto &[range, isMatch] : segments) {
            if (isMatch == previousMatch && !pieces.empty())
                pieces.back().second = range.second;
            else
                pieces.push_back(range);
            previousMatch = isMatch;
        }
        break;
    }
    }
    for (const Range &r : pieces)
        out.push_back(text.substr(r.first, r.second - r.first));
}

std::vector<Range> findLiteral(std::string_view text, std::string_view literal)
{
    std::vector<Range> matches;
    if (literal.empty())
        return matches;
    for (std::size_t hit = text.find(literal); hit != std::string_view::npos;
         hit = text.find(literal, hit + literal.size()))
        matches.emplace_back(hit, hit + literal.size());
    return matches;
}

std::string replaceAll(std::string_view text, char from, std::string_view to)
{
    std::string out;
    out.reserve(text.size() + 8);
    for (const char c : text) {
        if (c == from)
            out.append(to);
        else
            out.push_back(c);
    }
    return out;
}

}  // namespace

void PreTokenizer::addSplit(IcuRegex pattern, Behavior behavior)
{
    m_steps.push_back({.kind = Kind::Split, .pattern = std::move(pattern), .behavior = behavior});
}

void PreTokenizer::addByteLevel(bool addPrefixSpace, std::optional<IcuRegex> pattern)
{
    m_hasByteLevel = true;
    m_steps.push_back({.kind = Kind::ByteLevel, .pattern = std::move(pattern), .addPrefixSpace = addPrefixSpace});
}

void PreTokenizer::addMetaspace(std::string replacement, PrependScheme scheme, bool split)
{
    m_hasMetaspace = true;
    m_steps.push_back(
        {.kind = Kind::Metaspace, .replacement = std::move(replacement), .scheme = scheme, .metaspaceSplit = split});
}

void PreTokenizer::apply(const Step &step, std::string_view piece, bool first, std::vector<std::string_view> &out,
                         std::deque<std::string> &arena) const
{
    switch (step.kind) {
    case Kind::Split:
        splitAround(piece, step.pattern->findAll(piece), step.behavior, out);
        return;
    case Kind::ByteLevel:
        if (step.addPrefixSpace && !piece.starts_with(' '))
            piece = arena.emplace_back(" " + std::string(piece));
        if (step.pattern)
            splitAround(piece, step.pattern->findAll(piece), Behavior::Isolated, out);
        else
            out.push_back(piece);
        return;
    case Kind::Metaspace: {
        std::string replaced = replaceAll(piece, ' ', step.replacement);
        // "first" prepends only to the piece that begins the input (Hugging Face checks its original offset 0).
        const bool prepend = step.scheme == PrependScheme::Always || (step.scheme == PrependScheme::First && first);
        if (prepend && !std::string_view(replaced).starts_with(step.replacement))
            replaced.insert(0, step.replacement);
        const std::string_view stored = arena.emplace_back(std::move(replaced));
        if (step.metaspaceSplit)
            splitAround(stored, findLiteral(stored, step.replacement), Behavior::MergedWithNext, out);
        else
            out.push_back(stored);
        return;
    }
    }
}

void PreTokenizer::split(std::string_view text, bool atTextStart, std::vector<std::string_view> &words,
                         std::deque<std::string> &arena) const
{
    if (text.empty())
        return;
    if (m_steps.empty()) {
        words.push_back(text);
        return;
    }
    std::vector<std::string_view> pieces{text};
    std::vector<std::string_view> next;
    for (const Step &step : m_steps) {
        next.clear();
        for (std::size_t i = 0; i < pieces.size(); ++i)
            apply(step, pieces[i], atTextStart && i == 0, next, arena);
        std::swap(pieces, next);
    }
    for (const std::string_view piece : pieces)
        if (!piece.empty())
            words.push_back(piece);
}

}  // namespace noosphere::models
