// Statistics a writer reads off a chapter or a manuscript: sentence and word counts, sentence lengths and their
// spread, readability (readability.h), dialogue share (dialogue.h), overused words (overuse.h) and repeated
// phrases (repeatedphrases.h). One pass over the words serves them all; a 5 MB text takes about a second here.
#pragma once

#include "text/knowledge/dialogue.h"
#include "text/knowledge/languagedata.h"
#include "text/knowledge/overuse.h"
#include "text/knowledge/readability.h"
#include "text/knowledge/repeatedphrases.h"

#include <cstdint>
#include <string_view>
#include <vector>

namespace noosphere::core::text {

/// Words per sentence.
struct SentenceLengths {
    double mean = 0;
    double stdev = 0;  ///< population standard deviation: how varied the rhythm is
    int shortest = 0;
    int p10 = 0;  ///< a tenth of the sentences are this short or shorter
    int median = 0;
    int p90 = 0;
    int longest = 0;
};

struct TextStats {
    std::int64_t nWords = 0;  ///< as text/wordcount.h counts them
    std::int64_t nSentences = 0;  ///< holding at least one word
    std::int64_t nParagraphs = 0;
    std::int64_t nSyllables = 0;
    std::int64_t nDistinctWords = 0;
    SentenceLengths sentenceLength;
    Readability readability;
    double dictionaryShare = 0;  ///< of the words, those CMUdict knows: below ~0.5 the text is not English
    std::int64_t nGuessedWords = 0;  ///< words whose syllables were guessed (names, coinages)
    DialogueShare dialogue;
    std::vector<OverusedWord> overused;
    std::vector<RepeatedPhrase> repeatedPhrases;
    bool repairedUtf8 = false;  ///< the text had ill-formed UTF-8, read as U+FFFD
};

struct TextStatsOptions {
    OveruseOptions overuse;
    RepeatedPhraseOptions phrases;
};

/// Any bytes: ill-formed UTF-8 is replaced (and reported), never trusted. Pure, any thread; allocates ~40 bytes
/// per word.
TextStats computeTextStats(std::string_view text, const LanguageData &data, const TextStatsOptions &options = {});

}  // namespace noosphere::core::text
