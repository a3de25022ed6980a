#include "text/knowledge/wordfrequency.h"

#include "text/knowledge/datafiles.h"

#include <algorithm>
#include <charconv>
#include <fstream>
#include <iterator>

namespace noosphere::core::text {

namespace {

// NOTE: morphy's detachment rules (WordNet's morphy(7WN)), each for one part of speech: the base must be a
// lemma of that part ("moring" is not "more" + -ing, since "more" is no verb). The WordNet tools of issue #7 have
// the full morphy; this is what frequency needs.
enum PartOfSpeech : std::uint8_t { kNoun = 1, kVerb = 2, kAdjective = 4, kAdverb = 8 };
struct Detachment {
    std::string_view suffix;
    std::string_view replacement;
    std::uint8_t partOfSpeech;
};
constexpr Detachment kDetachments[] = {
    {"s", "", kNoun},      {"ses", "s", kNoun},  {"xes", "x", kNoun},      {"zes", "z", kNoun},
    {"ches", "ch", kNoun}, {"shes", "sh", kNoun}, {"men", "man", kNoun},   {"ies", "y", kNoun},
    {"s", "", kVerb},      {"ies", "y", kVerb},  {"es", "e", kVerb},       {"es", "", kVerb},
    {"ed", "e", kVerb},    {"ed", "", kVerb},    {"ing", "e", kVerb},      {"ing", "", kVerb},
    {"er", "", kAdjective}, {"est", "", kAdjective}, {"er", "e", kAdjective}, {"est", "e", kAdjective},
};

models::Error missing(const std::filesystem::path &file, std::string_view why)
{
    return models::Error{models::ErrorCode::NotFound, "Cannot read " + file.string() + " (" + std::string(why)
                                                          + "): install the Debian package wordnet-base"};
}

models::Result<std::string> readWhole(const std::filesystem::path &file)
{
    std::ifstream in(file, std::ios::binary);
    if (!in)
        return missing(file, "cannot open it");
    std::string text{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    if (in.bad())
        return missing(file, "read error");
    return text;
}

// Calls `line(view)` for each line of `text`.
template <typename F> void forEachLine(std::string_view text, F &&line)
{
    for (std::size_t pos = 0; pos < text.size();) {
        std::size_t end = text.find('\n', pos);
        if (end == std::string_view::npos)
            end = text.size();
        line(text.substr(pos, end - pos));
        pos = end + 1;
    }
}

std::string_view firstField(std::string_view line) { return line.substr(0, line.find(' ')); }

}  // namespace

models::Result<WordFrequency> WordFrequency::load() { return loadDir(wordnetDir()); }

models::Result<WordFrequency> WordFrequency::loadDir(const std::filesystem::path &dir)
{
    WordFrequency frequency;
    // Lemmas first (a lemma that was never tagged still is a word), then the tag counts.
    constexpr std::pair<const char *, std::uint8_t> kParts[] = {
        {"noun", kNoun}, {"verb", kVerb}, {"adj", kAdjective}, {"adv", kAdverb}};
    for (const auto &[pos, partBit] : kParts) {
        const std::uint8_t bit = partBit;  // a lambda may not capture a structured binding before C++20's P1091 (clang 14)
        auto index = readWhole(dir / (std::string("index.") + pos));
        if (!index)
            return index.error();
        forEachLine(index.value(), [&](std::string_view line) {
            const std::string_view lemma = firstField(line);
            if (!line.starts_with(' ') && lemma.find('_') == std::string_view::npos)
                frequency.m_lemmas[std::string(lemma)].partsOfSpeech |= bit;
        });
        auto exceptions = readWhole(dir / (std::string(pos) + ".exc"));
        if (!exceptions)
            return exceptions.error();
        forEachLine(exceptions.value(), [&](std::string_view line) {
            const std::size_t space = line.find(' ');
            if (space != std::string_view::npos)
                frequency.m_irregular.try_emplace(std::string(line.substr(0, space)),
                                                  std::string(firstField(line.substr(space + 1))));
        });
    }
    const auto cntlist = dir / "cntlist.rev";
    auto counts = readWhole(cntlist);
    if (!counts)
        return counts.error();
    // "sense_key sense_number tag_count", the sense key starting "lemma%".
    forEachLine(counts.value(), [&](std::string_view line) {
        const std::size_t percent = line.find('%');
        const std::size_t lastSpace = line.rfind(' ');
        if (percent == std::string_view::npos || lastSpace == std::string_view::npos || lastSpace < percent)
            return;
        std::uint32_t count = 0;
        const std::string_view digits = line.substr(lastSpace + 1);
        if (std::from_chars(digits.data(), digits.data() + digits.size(), count).ec != std::errc())
            return;
        frequency.m_totalTags += count;
        const std::string_view lemma = line.substr(0, percent);
        if (lemma.find('_') == std::string_view::npos)
            frequency.m_lemmas[std::string(lemma)].tags += count;
    });
    if (frequency.m_totalTags == 0)
        return missing(cntlist, "no tag counts in it");
    return frequency;
}

std::vector<std::string> WordFrequency::candidateLemmas(std::string_view key) const
{
    std::vector<std::string> lemmas{std::string(key)};
    if (key.ends_with("'s"))
        key.remove_suffix(2);
    if (const auto irregular = m_irregular.find(key); irregular != m_irregular.end())
        lemmas.push_back(irregular->second);
    for (const Detachment &rule : kDetachments) {
        if (key.size() <= rule.suffix.size() + 1 || !key.ends_with(rule.suffix))
            continue;
        std::string base = std::string(key.substr(0, key.size() - rule.suffix.size())) + std::string(rule.replacement);
        const auto it = m_lemmas.find(base);
        if (it != m_lemmas.end() && (it->second.partsOfSpeech & rule.partOfSpeech) != 0)
            lemmas.push_back(std::move(base));
    }
    return lemmas;
}

std::uint32_t WordFrequency::tagCount(std::string_view key) const
{
    std::uint32_t best = 0;
    for (const std::string &lemma : candidateLemmas(key)) {
        if (const auto it = m_lemmas.find(lemma); it != m_lemmas.end()) {
            if (lemma == key && it->second.tags > 0)
                return it->second.tags;  // the word itself was tagged: its own count, not a guess at a base
            best = std::max(best, it->second.tags);
        }
    }
    return best;
}

bool WordFrequency::isKnown(std::string_view key) const
{
    for (const std::string &lemma : candidateLemmas(key))
        if (m_lemmas.contains(lemma))
            return true;
    return false;
}

}  // namespace noosphere::core::text
