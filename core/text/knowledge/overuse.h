// Overused words: content words that come back within a page far more often than English uses them, the echo a
// reader notices ("she glanced… glanced… glanced"). For each word, its busiest window of W words is compared
// with what English predicts for W words (commonness.h: WordNet tag rates; in a long text, the text's own rate
// if higher, so a novel's recurring subject is not an echo); the surprise is the Poisson -log P(count).
// Stop words, names (mostly capitalised), single ideographs and words under three letters are not judged.
#pragma once

#include "text/knowledge/commonness.h"
#include "text/knowledge/textwords.h"

#include <cstddef>
#include <string>
#include <vector>

namespace noosphere::core::text {

struct OveruseOptions {
    int windowWords = 500;   ///< about two pages of a paperback
    int minCount = 3;        ///< fewer uses in a window are never overuse
    double minRatio = 4.0;   ///< count at least this many times the expected count
    std::size_t limit = 20;  ///< the most surprising first
};

struct OverusedWord {
    std::string word;
    int countInWindow = 0;
    int totalCount = 0;
    double expectedInWindow = 0;
    double surprise = 0;           ///< -ln of the Poisson probability of countInWindow; the ranking
    std::size_t windowBegin = 0;   ///< byte offset of the window's first use of the word
    std::size_t windowEnd = 0;     ///< byte offset after its last use in that window
};

/// `englishText`: the text is mostly words the pronouncing dictionary knows, so English rates apply; otherwise
/// only the text's own rates do, and words making up over 0.5% of it count as its function words. Pure.
std::vector<OverusedWord> findOverusedWords(const TextWords &words, const Commonness &commonness, bool englishText,
                                            const OveruseOptions &options = {});

}  // namespace noosphere::core::text
