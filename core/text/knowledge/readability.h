// Flesch reading ease and Flesch–Kincaid grade, with syllables from the pronouncing dictionary (guessed for
// words it lacks) rather than vowel-counting heuristics. Both formulas are for English: the share of words the
// dictionary knows says how far to trust them for a given text.
#pragma once

#include "text/knowledge/pronouncer.h"

#include <cstdint>
#include <string_view>

namespace noosphere::core::text {

struct Readability {
    double fleschReadingEase = 0;   ///< 206.835 - 1.015 words/sentence - 84.6 syllables/word; higher is easier
    double fleschKincaidGrade = 0;  ///< 0.39 words/sentence + 11.8 syllables/word - 15.59; a US school grade
    double wordsPerSentence = 0;
    double syllablesPerWord = 0;
};

/// Both scores from counts; zeros when there are no words or sentences.
Readability computeReadability(std::int64_t nWords, std::int64_t nSentences, std::int64_t nSyllables);

/// How a word's syllables were counted.
enum class SyllableSource { Dictionary, Guessed, Estimated };

struct WordSyllables {
    int nSyllables = 0;
    SyllableSource source = SyllableSource::Estimated;
};

/// Syllables of one word (a lookupKey()): the dictionary's first pronunciation, else a guessed one (Latin
/// letters), else an estimate: one per CJK ideograph or kana, one per vowel group in Latin, Greek and Cyrillic
/// spellings, one per digit, and at least one for any word.
WordSyllables syllablesOfWord(const Pronouncer &pronouncer, std::string_view key, bool ideograph);

}  // namespace noosphere::core::text
