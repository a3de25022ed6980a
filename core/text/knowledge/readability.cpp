#include "text/knowledge/readability.h"

#include "common/utf8.h"
#include "text/knowledge/syllables.h"

#include <algorithm>
#include <string_view>

namespace noosphere::core::text {

namespace {

bool isVowelLetter(char32_t c)
{
    // Latin (with the accented vowels of Latin-1), Greek, Cyrillic.
    constexpr std::u32string_view kVowels = U"aeiouyàáâãäåæèéêëìíîïòóôõöøùúûüýÿœāēīōūăĕĭŏŭąęįų"
                                            U"αεηιουωάέήίόύώϊϋ"
                                            U"аеёиоуыэюяіїєу";
    return kVowels.find(c) != std::u32string_view::npos;
}

int estimateSyllables(std::string_view key)
{
    int groups = 0;
    bool inVowels = false;
    for (std::size_t i = 0; i < key.size();) {
        std::size_t length = models::utf8::sequenceLength(key, i);
        const char32_t c = length == 0 ? U'\uFFFD' : models::utf8::decodeAt(key, i, length);
        i += std::max<std::size_t>(length, 1);
        if (c >= U'0' && c <= U'9') {
            ++groups;
            inVowels = false;
            continue;
        }
        const bool vowel = isVowelLetter(c);
        if (vowel && !inVowels)
            ++groups;
        inVowels = vowel;
    }
    return std::max(groups, 1);
}

}  // namespace

Readability computeReadability(std::int64_t nWords, std::int64_t nSentences, std::int64_t nSyllables)
{
    Readability r;
    if (nWords <= 0 || nSentences <= 0)
        return r;
    r.wordsPerSentence = double(nWords) / double(nSentences);
    r.syllablesPerWord = double(nSyllables) / double(nWords);
    r.fleschReadingEase = 206.835 - 1.015 * r.wordsPerSentence - 84.6 * r.syllablesPerWord;
    r.fleschKincaidGrade = 0.39 * r.wordsPerSentence + 11.8 * r.syllablesPerWord - 15.59;
    return r;
}

WordSyllables syllablesOfWord(const Pronouncer &pronouncer, std::string_view key, bool ideograph)
{
    if (ideograph)
        return {1, SyllableSource::Estimated};  // a Chinese character is one syllable; a kana one mora
    const WordPronunciations pronounced = pronouncer.pronounce(key);
    if (!pronounced.variants.empty()) {
        const int n = countSyllables(pronounced.variants.front());
        if (n > 0)
            return {n, pronounced.guessed ? SyllableSource::Guessed : SyllableSource::Dictionary};
    }
    return {estimateSyllables(key), SyllableSource::Estimated};
}

}  // namespace noosphere::core::text
