// One ranking of how common a word is, shared by rhymes (common rhymes first) and overuse (what a page of
// English is expected to hold): WordNet's tag count, with stop words and unknown words placed sensibly, since
// SemCor tags no function words and CMUdict is full of surnames.
#pragma once

#include "text/knowledge/stopwords.h"
#include "text/knowledge/wordfrequency.h"

#include <memory>
#include <string_view>

namespace noosphere::core::text {

class Commonness {
public:
    /// Either source may be null (its data not installed): the ranking then falls back as score() says.
    Commonness(std::shared_ptr<const WordFrequency> frequency, std::shared_ptr<const StopWords> stopWords);

    /// Higher is more common. The WordNet tag count of the word (or of its base form: "cats" as "cat"); a stop
    /// word counts at least kStopWordTags (SemCor never tags "that", which is common); +0.5 for a word WordNet
    /// knows at all, so an untagged dictionary word ("gnat") outranks a name ("Pratt"). Pure, any thread.
    double score(std::string_view key) const;

    /// The expected share of `key` among the words of running English (for overuse): tags over all tags, with
    /// a floor of one tag, and stop words treated as very common. 0 when WordNet is not installed.
    double expectedRate(std::string_view key) const;

    bool isStopWord(std::string_view key) const { return m_stopWords && m_stopWords->contains(key); }
    bool hasFrequencies() const { return m_frequency != nullptr; }

    // A stop word's tag count when SemCor has less: about that of "night" (167), a common content word.
    static constexpr double kStopWordTags = 150;

private:
    std::shared_ptr<const WordFrequency> m_frequency;
    std::shared_ptr<const StopWords> m_stopWords;
};

}  // namespace noosphere::core::text
