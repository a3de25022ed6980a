// How common an English word is, for ranking rhymes and judging overuse. CMUdict has no frequencies, so this
// reads WordNet 3.0's sense-tag counts (Debian wordnet-base, cntlist.rev: how often each sense was tagged in
// the SemCor corpus, ~259k tags), summed per lemma, and knows WordNet's lemmas (index.*) and irregular forms
// (*.exc) so that "cats", "sat" and "happier" count as "cat", "sit" and "happy".
#pragma once

#include "common/result.h"
#include "tokenize/stringmap.h"

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace noosphere::core::text {

class WordFrequency {
public:
    static constexpr std::string_view kPackage = "wordnet-base";

    /// From wordnetDir() (datafiles.h). NotFound names the Debian package when cntlist.rev is missing.
    static models::Result<WordFrequency> load();
    static models::Result<WordFrequency> loadDir(const std::filesystem::path &dir);

    /// SemCor tags of `key` (a lookupKey()) as a lemma, else of its likeliest base form; 0 when never tagged.
    std::uint32_t tagCount(std::string_view key) const;
    /// Whether WordNet lists `key` or a base form of it as a lemma (a dictionary word rather than a name).
    bool isKnown(std::string_view key) const;
    /// All tags counted, for rates (a count over this).
    std::uint64_t totalTags() const { return m_totalTags; }

private:
    /// `key` itself, then its base forms by WordNet's exception lists and morphy's suffix rules ("ies" → "y")
    /// where the base is a lemma of the rule's part of speech.
    std::vector<std::string> candidateLemmas(std::string_view key) const;

    struct Lemma {
        std::uint32_t tags = 0;            // SemCor tags over all its senses (often 0)
        std::uint8_t partsOfSpeech = 0;    // a bit per index file that lists it
    };
    models::StringMap<Lemma> m_lemmas;  // every single-word lemma
    models::StringMap<std::string> m_irregular;    // "sat" → "sit", "mice" → "mouse"
    std::uint64_t m_totalTags = 0;
};

}  // namespace noosphere::core::text
