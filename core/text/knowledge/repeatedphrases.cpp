#include "text/knowledge/repeatedphrases.h"

#include <algorithm>
#include <limits>

namespace noosphere::core::text {

namespace {

// Quoted phrases are cut after this many words.
constexpr int kMaxQuotedWords = 12;
constexpr std::uint32_t kNone = std::numeric_limits<std::uint32_t>::max();

std::uint64_t mix(std::uint64_t h, std::uint32_t id)
{
    h ^= id + 0x9E3779B97F4A7C15ull + (h << 6) + (h >> 2);
    return h * 0xBF58476D1CE4E5B9ull;
}

// One distinct phrase of the current length.
struct PhraseGroup {
    int count = 0;
    int nearRepeats = 0;
    std::uint32_t closestGap = std::numeric_limits<std::uint32_t>::max();
    std::uint32_t firstRepeated = kNone;  // token index of the earlier use in its first near repeat
    int extraWords = 0;                   // a repeated passage: words beyond the phrase length
};

std::string quote(std::string_view text, const TextWords &words, std::size_t first, int nWords)
{
    const int shown = std::min(nWords, kMaxQuotedWords);
    const std::size_t begin = words.tokens[first].begin;
    const std::size_t end = words.tokens[first + std::size_t(shown) - 1].end;
    std::string phrase(text.substr(begin, end - begin));
    std::replace_if(phrase.begin(), phrase.end(), [](char c) { return c == '\n' || c == '\r' || c == '\t'; }, ' ');
    return shown < nWords ? phrase + " …" : phrase;
}

}  // namespace

std::vector<RepeatedPhrase> findRepeatedPhrases(std::string_view text, const TextWords &words,
                                                const StopWords *stopWords, const RepeatedPhraseOptions &options)
{
    const std::size_t nTokens = words.tokens.size();
    const std::size_t window = std::size_t(std::max(options.windowWords, 1));
    std::vector<RepeatedPhrase> found;
    if (options.minWords < 1 || options.maxWords < options.minWords)
        return found;

    // runEnd[i]: the first token after i that starts a new sentence or clause (a phrase must end before it).
    std::vector<std::size_t> runEnd(nTokens + 1, nTokens);
    for (std::size_t i = nTokens; i-- > 0;)
        runEnd[i] = i + 1 < nTokens && words.tokens[i + 1].breakBefore ? i + 1 : runEnd[i + 1];
    std::vector<bool> isContent(words.vocabulary.size());
    for (std::size_t w = 0; w < words.vocabulary.size(); ++w)
        isContent[w] = !(stopWords && stopWords->contains(words.vocabulary[w].key));
    std::vector<bool> covered(nTokens, false);  // tokens inside a longer phrase already found repeated

    for (int n = options.maxWords; n >= options.minWords; --n) {
        const std::size_t length = std::size_t(n);
        // Every phrase of n words by its hash, sorted so that the uses of one phrase lie together in order.
        std::vector<std::pair<std::uint64_t, std::uint32_t>> uses;
        for (std::size_t p = 0; p + length <= nTokens; ++p) {
            if (p + length > runEnd[p])
                continue;
            bool hasContent = false, allCovered = true;
            std::uint64_t h = length;
            for (std::size_t k = p; k < p + length; ++k) {
                h = mix(h, words.tokens[k].wordId);
                hasContent = hasContent || isContent[words.tokens[k].wordId];
                allCovered = allCovered && covered[k];
            }
            if (hasContent && !allCovered)
                uses.emplace_back(h, std::uint32_t(p));
        }
        std::sort(uses.begin(), uses.end());

        // partner[p]: the use this one repeats within the window (not overlapping it), or kNone.
        std::vector<std::uint32_t> partner(nTokens, kNone), groupOf(nTokens, kNone);
        std::vector<PhraseGroup> groups;
        for (std::size_t i = 0; i < uses.size();) {
            std::size_t j = i;
            while (j < uses.size() && uses[j].first == uses[i].first)
                ++j;
            if (j - i >= 2) {
                const auto group = std::uint32_t(groups.size());
                groups.push_back({int(j - i)});
                std::uint32_t previous = uses[i].second;
                groupOf[previous] = group;
                for (std::size_t k = i + 1; k < j; ++k) {
                    const std::uint32_t pos = uses[k].second;
                    groupOf[pos] = group;
                    if (pos - previous < length)
                        continue;  // overlapping itself ("very very very very"): not a repeat
                    if (pos - previous <= window)
                        partner[pos] = previous;
                    previous = pos;
                }
            }
            i = j;
        }

        // In text order: count near repeats, joining consecutive ones at the same distance into one passage.
        std::uint32_t passageStart = kNone;
        for (std::size_t p = 0; p < nTokens; ++p) {
            if (partner[p] == kNone)
                continue;
            PhraseGroup &group = groups[groupOf[p]];
            const bool continuesPassage = n == options.maxWords && p > 0 && partner[p - 1] != kNone
                                          && partner[p - 1] + 1 == partner[p] && passageStart != kNone;
            if (continuesPassage) {
                PhraseGroup &head = groups[groupOf[passageStart]];
                head.extraWords = std::max(head.extraWords, int(p - passageStart));
            } else {
                passageStart = std::uint32_t(p);
                ++group.nearRepeats;
                group.closestGap = std::min(group.closestGap, std::uint32_t(p - partner[p]));
                if (group.firstRepeated == kNone)
                    group.firstRepeated = partner[p];
            }
            // Cover both uses, so that the shorter phrases inside them are not reported again.
            std::fill_n(covered.begin() + std::ptrdiff_t(p), length, true);
            std::fill_n(covered.begin() + std::ptrdiff_t(partner[p]), length, true);
        }
        for (const PhraseGroup &group : groups) {
            if (group.nearRepeats == 0)
                continue;  // never repeated nearby, or only inside a longer passage
            const int nWords = n + group.extraWords;
            found.push_back({quote(text, words, group.firstRepeated, nWords), nWords, group.count, group.nearRepeats,
                             int(group.closestGap), words.tokens[group.firstRepeated].begin});
        }
    }
    std::sort(found.begin(), found.end(), [](const RepeatedPhrase &a, const RepeatedPhrase &b) {
        if (a.nearRepeats != b.nearRepeats)
            return a.nearRepeats > b.nearRepeats;
        if (a.nWords != b.nWords)
            return a.nWords > b.nWords;
        return a.firstBegin < b.firstBegin;
    });
    if (found.size() > options.limit)
        found.resize(options.limit);
    return found;
}

}  // namespace noosphere::core::text
