#include "text/bible/namecandidates.h"

#include "text/bible/mentionfinder.h"
#include "text/bible/namelists.h"
#include "text/bible/nametext.h"
#include "text/knowledge/stopwords.h"
#include "text/knowledge/wordkey.h"
#include "text/wordcount.h"
#include "tokenize/stringmap.h"

#include <algorithm>
#include <array>

namespace noosphere::core::text {

namespace {

// Titles that start a name ("Lady Russell") but are no name alone, and whose abbreviation's full stop ("Mr.")
// ends no sentence.
constexpr std::array<std::string_view, 24> kTitles = {
    "Mr",  "Mrs",     "Ms",   "Miss",  "Dr",       "Sir",    "Lady",  "Lord",  "Captain", "Capt", "Colonel", "Col",
    "Admiral", "General", "Saint", "St", "Mt", "Mount", "King", "Queen", "Prince", "Princess", "Aunt", "Uncle"};

bool isTitle(std::string_view word) { return std::find(kTitles.begin(), kTitles.end(), word) != kTitles.end(); }

// "CHAPTER", "THE END": headings and shouting, not names. One letter ("I", "A") is no name either.
bool isAllCapitals(std::string_view word) { return word.size() > 1 && !hasLowercase(word); }

// Whether a word after `gap` starts a sentence or a line: the gap holds a line break or a sentence's end.
bool startsSentence(std::string_view gap, std::string_view previousWord)
{
    if (gap.find('\n') != gap.npos)
        return true;
    for (std::string_view end : {".", "!", "?", "\xE2\x80\xA6" /* … */, "\xE3\x80\x82" /* 。 */})
        if (gap.find(end) != gap.npos)
            return !(end == "." && isTitle(previousWord) && gap.starts_with("."));
    return false;
}

struct Occurrence {
    std::size_t begin = 0;
    std::size_t end = 0;
    bool atSentenceStart = false;
    bool pairsWithPrevious = false;  // the previous occurrence and this one read as one name ("Lady Russell")
};

struct Count {
    int total = 0;
    int inSentence = 0;  // not at a sentence's start
};

}  // namespace

std::vector<NameCandidate> findNameCandidates(std::string_view text, std::span<const BibleEntry> known,
                                              const NameLists &names, const StopWords *stopWords,
                                              const NameCandidateOptions &options)
{
    const auto mentions = MentionFinder(known).find(text);
    models::StringMap<char> knownNames;
    for (const BibleEntry &entry : known) {
        knownNames.emplace(entry.name, 0);
        for (const std::string &alias : entry.aliases)
            knownNames.emplace(alias, 0);
    }
    const auto isStopWord = [&](std::string_view word) { return stopWords && stopWords->contains(lookupKey(word)); };

    // Pass 1: every capitalised word outside a known mention, with whether it starts a sentence.
    std::vector<Occurrence> occurrences;
    WordScanner scanner(text);
    WordSpan word;
    std::size_t previousEnd = 0;
    std::string_view previousWord;
    bool previousWasCapitalised = false;
    auto mention = mentions.begin();
    while (scanner.next(word)) {
        const std::string_view spelt = text.substr(word.begin, word.end - word.begin);
        const std::string_view gap = text.substr(previousEnd, word.begin - previousEnd);
        const bool atStart = previousEnd == 0 || startsSentence(gap, previousWord);
        while (mention != mentions.end() && mention->byteEnd <= word.begin)
            ++mention;
        const bool insideMention = mention != mentions.end() && mention->byteBegin <= word.begin;
        const bool capitalised = !word.ideograph && !insideMention && startsWithCapital(spelt);
        if (capitalised) {
            const bool pairs = previousWasCapitalised && !atStart &&
                               (gap == " " || (gap == ". " && isTitle(previousWord)));
            occurrences.push_back({word.begin, word.end, atStart, pairs});
        }
        previousWasCapitalised = capitalised;
        previousEnd = word.end;
        previousWord = spelt;
    }

    const auto spelling = [&](const Occurrence &o) { return text.substr(o.begin, o.end - o.begin); };
    const auto usable = [&](std::string_view w) { return !isStopWord(w) && !isAllCapitals(w); };
    // Pass 2: pairs. Pass 3: single words outside the pairs that qualified.
    models::StringMap<Count> pairs;
    for (std::size_t i = 1; i < occurrences.size(); ++i) {
        if (!occurrences[i].pairsWithPrevious || !usable(spelling(occurrences[i - 1])) ||
            !usable(spelling(occurrences[i])) || isTitle(spelling(occurrences[i])))
            continue;
        Count &count = pairs[std::string(text.substr(occurrences[i - 1].begin, occurrences[i].end -
                                                                                 occurrences[i - 1].begin))];
        ++count.total;
        count.inSentence += occurrences[i - 1].atSentenceStart ? 0 : 1;
    }
    const auto qualifies = [&](std::string_view name, const Count &count) {
        return count.total >= options.minOccurrences && count.inSentence > 0 && !knownNames.contains(name);
    };
    const auto pairAt = [&](std::size_t i) {  // the qualifying pair ending at occurrence i, if any
        if (i == 0 || i >= occurrences.size() || !occurrences[i].pairsWithPrevious)
            return false;
        const auto it = pairs.find(text.substr(occurrences[i - 1].begin, occurrences[i].end - occurrences[i - 1].begin));
        return it != pairs.end() && qualifies(it->first, it->second);
    };
    models::StringMap<Count> singles;
    for (std::size_t i = 0; i < occurrences.size(); ++i) {
        const std::string_view w = spelling(occurrences[i]);
        if (pairAt(i) || pairAt(i + 1) || !usable(w) || isTitle(w))
            continue;
        Count &count = singles[std::string(w)];
        ++count.total;
        count.inSentence += occurrences[i].atSentenceStart ? 0 : 1;
    }

    std::vector<NameCandidate> candidates;
    for (const auto *counts : {&pairs, &singles})
        for (const auto &[name, count] : *counts) {
            if (!qualifies(name, count))
                continue;
            NameCandidate candidate{.name = name, .occurrences = count.total};
            const std::string_view first = std::string_view(name).substr(0, name.find(' '));
            if (names.isFirstName(first)) {
                candidate.evidence = KindEvidence::FirstName;
            } else if (names.isPlaceName(name)) {
                candidate.kind = BibleKind::Place;
                candidate.evidence = KindEvidence::PlaceName;
            }
            candidates.push_back(std::move(candidate));
        }
    std::sort(candidates.begin(), candidates.end(), [](const NameCandidate &a, const NameCandidate &b) {
        return a.occurrences != b.occurrences ? a.occurrences > b.occurrences : a.name < b.name;
    });
    if (candidates.size() > options.maxCandidates)
        candidates.resize(options.maxCandidates);
    return candidates;
}

}  // namespace noosphere::core::text
