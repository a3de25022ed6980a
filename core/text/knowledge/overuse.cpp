#include "text/knowledge/overuse.h"

#include <algorithm>
#include <cmath>

namespace noosphere::core::text {

namespace {

// Texts at least this many windows long have rates of their own worth trusting.
constexpr double kOwnRateWindows = 4;
// A word this share of a non-English text is one of its function words.
constexpr double kFunctionWordShare = 0.005;
// Words capitalised this often are names (sentence starts account for the rest).
constexpr double kNameCapitalShare = 0.7;
// A rate floor for words WordNet never tagged: about one in a million words of running English.
constexpr double kMinEnglishRate = 1e-6;

int codePoints(std::string_view s)
{
    return int(std::count_if(s.begin(), s.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

bool hasLetter(std::string_view s)
{
    return std::any_of(s.begin(), s.end(), [](char c) {
        const auto b = static_cast<unsigned char>(c);
        return b >= 0x80 || ((b | 0x20) >= 'a' && (b | 0x20) <= 'z');
    });
}

bool isJudged(const TextWord &word, const Commonness &commonness)
{
    return !word.ideograph && codePoints(word.key) >= 3 && hasLetter(word.key) && !commonness.isStopWord(word.key)
           && double(word.capitalizedCount) < kNameCapitalShare * double(word.count);
}

// -ln P(X = k) for X ~ Poisson(lambda).
double poissonSurprise(int k, double lambda) { return lambda - k * std::log(lambda) + std::lgamma(k + 1.0); }

}  // namespace

std::vector<OverusedWord> findOverusedWords(const TextWords &words, const Commonness &commonness, bool englishText,
                                            const OveruseOptions &options)
{
    const std::size_t nTokens = words.tokens.size();
    if (nTokens == 0 || options.windowWords <= 0)
        return {};
    const std::size_t window = std::min<std::size_t>(std::size_t(options.windowWords), nTokens);
    const bool trustOwnRates = double(nTokens) >= kOwnRateWindows * double(options.windowWords);

    // Positions of each word's uses, grouped by word (a counting sort: one array for the whole text).
    std::vector<std::uint32_t> start(words.vocabulary.size() + 1, 0);
    for (const TextToken &token : words.tokens)
        ++start[token.wordId + 1];
    for (std::size_t w = 0; w < words.vocabulary.size(); ++w)
        start[w + 1] += start[w];
    std::vector<std::uint32_t> positions(nTokens);
    {
        std::vector<std::uint32_t> fill(start.begin(), start.end() - 1);
        for (std::size_t i = 0; i < nTokens; ++i)
            positions[fill[words.tokens[i].wordId]++] = std::uint32_t(i);
    }

    std::vector<OverusedWord> found;
    for (std::size_t w = 0; w < words.vocabulary.size(); ++w) {
        const TextWord &word = words.vocabulary[w];
        if (int(word.count) < options.minCount || !isJudged(word, commonness))
            continue;
        const double ownRate = double(word.count) / double(nTokens);
        if (!englishText && ownRate > kFunctionWordShare)
            continue;
        double rate = englishText ? std::max(commonness.expectedRate(word.key), kMinEnglishRate) : kMinEnglishRate;
        if (trustOwnRates)
            rate = std::max(rate, ownRate);
        const double expected = rate * double(window);

        // The busiest window: two pointers over this word's positions.
        const std::uint32_t *p = positions.data() + start[w];
        const std::size_t n = start[w + 1] - start[w];
        int bestCount = 0;
        std::size_t bestFirst = 0, bestLast = 0;
        for (std::size_t first = 0, last = 0; last < n; ++last) {
            while (p[last] - p[first] >= window)
                ++first;
            if (int(last - first + 1) > bestCount) {
                bestCount = int(last - first + 1);
                bestFirst = first;
                bestLast = last;
            }
        }
        if (bestCount < options.minCount || double(bestCount) < options.minRatio * expected)
            continue;
        found.push_back({word.key, bestCount, int(word.count), expected, poissonSurprise(bestCount, expected),
                         words.tokens[p[bestFirst]].begin, words.tokens[p[bestLast]].end});
    }
    std::sort(found.begin(), found.end(), [](const OverusedWord &a, const OverusedWord &b) {
        return a.surprise != b.surprise ? a.surprise > b.surprise : a.word < b.word;
    });
    if (found.size() > options.limit)
        found.resize(options.limit);
    return found;
}

}  // namespace noosphere::core::text
