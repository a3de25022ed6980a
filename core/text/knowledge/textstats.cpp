#include "text/knowledge/textstats.h"

#include "common/utf8.h"
#include "text/knowledge/paragraphs.h"
#include "text/knowledge/sentences.h"
#include "text/knowledge/textwords.h"

#include <algorithm>
#include <cmath>
#include <string>

namespace noosphere::core::text {

namespace {

// Dictionary coverage above which a text counts as English for overuse baselines.
constexpr double kEnglishDictionaryShare = 0.5;

// The value below which `fraction` of the sorted values lie (nearest rank).
int percentile(const std::vector<int> &sorted, double fraction)
{
    const auto rank = std::size_t(std::ceil(fraction * double(sorted.size())));
    return sorted[std::min(sorted.size() - 1, rank == 0 ? 0 : rank - 1)];
}

SentenceLengths summarize(std::vector<int> lengths)
{
    SentenceLengths s;
    if (lengths.empty())
        return s;
    std::sort(lengths.begin(), lengths.end());
    double sum = 0, sumSquares = 0;
    for (const int n : lengths) {
        sum += n;
        sumSquares += double(n) * n;
    }
    const double count = double(lengths.size());
    s.mean = sum / count;
    s.stdev = std::sqrt(std::max(0.0, sumSquares / count - s.mean * s.mean));
    s.shortest = lengths.front();
    s.longest = lengths.back();
    s.p10 = percentile(lengths, 0.1);
    s.median = percentile(lengths, 0.5);
    s.p90 = percentile(lengths, 0.9);
    return s;
}

// Words per sentence: each word belongs to the sentence its first byte lies in; sentences without words
// ("* * *") are left out.
std::vector<int> wordsPerSentence(std::string_view text, const TextWords &words)
{
    const std::string joined = joinWrappedLines(text);
    const std::vector<TextRange> sentences = splitSentences(joined);
    std::vector<int> lengths;
    std::size_t t = 0;
    for (const TextRange &sentence : sentences) {
        while (t < words.tokens.size() && words.tokens[t].begin < sentence.begin)
            ++t;  // words between sentences (none expected): not counted in any
        int n = 0;
        for (; t < words.tokens.size() && words.tokens[t].begin < sentence.end; ++t)
            ++n;
        if (n > 0)
            lengths.push_back(n);
    }
    return lengths;
}

}  // namespace

TextStats computeTextStats(std::string_view text, const LanguageData &data, const TextStatsOptions &options)
{
    TextStats stats;
    std::string repaired;
    if (!models::utf8::isValid(text)) {
        repaired = models::utf8::toValid(text);
        text = repaired;
        stats.repairedUtf8 = true;
    }
    const TextWords words = collectWords(text);
    stats.nWords = std::int64_t(words.tokens.size());
    stats.nDistinctWords = std::int64_t(words.vocabulary.size());
    stats.nParagraphs = countParagraphs(text);

    std::int64_t inDictionary = 0;
    for (const TextWord &word : words.vocabulary) {
        const WordSyllables syllables = syllablesOfWord(*data.pronouncer, word.key, word.ideograph);
        stats.nSyllables += std::int64_t(syllables.nSyllables) * word.count;
        if (syllables.source == SyllableSource::Dictionary)
            inDictionary += word.count;
        else if (syllables.source == SyllableSource::Guessed)
            stats.nGuessedWords += word.count;
    }
    stats.dictionaryShare = stats.nWords == 0 ? 0.0 : double(inDictionary) / double(stats.nWords);

    const std::vector<int> lengths = wordsPerSentence(text, words);
    stats.nSentences = std::int64_t(lengths.size());
    stats.sentenceLength = summarize(lengths);
    stats.readability = computeReadability(stats.nWords, stats.nSentences, stats.nSyllables);
    stats.dialogue = measureDialogue(text);
    const bool english = stats.dictionaryShare >= kEnglishDictionaryShare;
    stats.overused = findOverusedWords(words, *data.commonness, english, options.overuse);
    stats.repeatedPhrases = findRepeatedPhrases(text, words, data.stopWords.get(), options.phrases);
    return stats;
}

}  // namespace noosphere::core::text
