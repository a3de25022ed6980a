#include "text/bible/lorebook.h"

#include "text/bible/mentionfinder.h"

#include <algorithm>
#include <unordered_map>

namespace noosphere::core::text {

namespace {

std::string_view kindLabel(BibleKind kind)
{
    switch (kind) {
    case BibleKind::Character:
        return "Character";
    case BibleKind::Place:
        return "Place";
    case BibleKind::Item:
        return "Item";
    case BibleKind::Lore:
        return "Lore";
    }
    return "Character";
}

// `text` on one line: line breaks and runs of white space become one space, and the ends are trimmed.
std::string oneLine(std::string_view text)
{
    std::string line;
    for (const char c : text) {
        const bool space = c == ' ' || (c >= '\t' && c <= '\r');
        if (!space)
            line.push_back(c);
        else if (!line.empty() && line.back() != ' ')
            line.push_back(' ');
    }
    while (!line.empty() && line.back() == ' ')
        line.pop_back();
    return line;
}

// The start of the last `nChars` code points of `text`, never inside a character.
std::size_t lastCharsStart(std::string_view text, std::size_t nChars)
{
    std::size_t at = text.size();
    for (std::size_t counted = 0; at > 0 && counted < nChars; ++counted) {
        --at;
        while (at > 0 && (static_cast<unsigned char>(text[at]) & 0xC0) == 0x80)
            --at;
    }
    return at;
}

}  // namespace

std::string loreLine(const BibleEntry &entry)
{
    std::string line = "[" + std::string(kindLabel(entry.kind)) + ": " + oneLine(entry.name);
    std::string aliases;
    for (const std::string &alias : entry.aliases)
        if (const std::string cleaned = oneLine(alias); !cleaned.empty())
            aliases += (aliases.empty() ? "" : ", ") + cleaned;
    if (!aliases.empty())
        line += " (" + aliases + ")";
    if (const std::string notes = oneLine(entry.notes); !notes.empty())
        line += " \xE2\x80\x94 " + notes;  // an em dash
    return line + "]";
}

LorebookSelection selectLore(std::span<const BibleEntry> entries, std::string_view textBeforeCursor,
                             const LorebookOptions &options)
{
    LorebookSelection selection;
    if (entries.empty() || options.tokenBudget <= 0)
        return selection;
    const std::string_view recent = textBeforeCursor.substr(lastCharsStart(textBeforeCursor, options.recentChars));
    const auto mentions = MentionFinder(entries).find(recent);

    // Each entry's last mention: later mentions overwrite earlier ones.
    std::unordered_map<std::int64_t, std::size_t> lastMention;
    for (const Mention &mention : mentions)
        lastMention[mention.entryId] = mention.byteEnd;
    std::vector<const BibleEntry *> mentioned;
    for (const BibleEntry &entry : entries)
        if (lastMention.contains(entry.id))
            mentioned.push_back(&entry);
    std::stable_sort(mentioned.begin(), mentioned.end(), [&](const BibleEntry *a, const BibleEntry *b) {
        return lastMention[a->id] > lastMention[b->id];
    });

    const auto tokensOf = [&](std::string_view piece) {
        if (options.countTokens)
            return options.countTokens(piece);
        const int perToken = std::max(1, options.bytesPerToken);
        return int((piece.size() + std::size_t(perToken) - 1) / std::size_t(perToken));
    };
    for (const BibleEntry *entry : mentioned) {
        const std::string line = loreLine(*entry) + "\n";
        const int nTokens = tokensOf(line);
        if (selection.nTokens + nTokens > options.tokenBudget)
            continue;  // left out whole; a shorter entry may still fit
        selection.block += line;
        selection.nTokens += nTokens;
        selection.entryIds.push_back(entry->id);
        selection.names.push_back(entry->name);
    }
    return selection;
}

}  // namespace noosphere::core::text
