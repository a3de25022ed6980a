// Sentences hard to read, for the readability marks in the editor: very long ones, and ones whose own
// Flesch–Kincaid grade is high (long words in a sentence of some length). Found on the worker with the same
// sentence splitter as the emotion arc and the same syllable counts as the chapter's readability.
#pragma once

#include "text/knowledge/pronouncer.h"
#include "text/knowledge/sentences.h"

#include <string_view>
#include <vector>

namespace noosphere::ui {

struct HardSentenceRules {
    int maxWords = 35;        ///< more words than this is long, whatever the words
    double maxGrade = 14;     ///< a sentence's own FK grade above this is hard (college-level prose)…
    int minWordsForGrade = 10;  ///< …once it has this many words: a short line of long words is not a problem
};

struct HardSentence {
    core::text::TextRange range;
    int nWords = 0;
    double grade = 0;  ///< the sentence's Flesch–Kincaid grade
};

/// The hard sentences of `text` (UTF-8), in order. Pure, any thread; ~0.5 s for 5 MB here.
std::vector<HardSentence> findHardSentences(std::string_view text, const core::text::Pronouncer &pronouncer,
                                            const HardSentenceRules &rules = {});

}  // namespace noosphere::ui
