// Rhymes for verse writers, from the pronouncing dictionary. A rhyme starts at the last stressed vowel
// (syllables.h: rhymeStart). Perfect: the same phones from there on after different consonants starting the
// syllable ("cat"/"hat", "light"/"flight"). Near, in tiers: identical (same onset too: "light"/"delight"), slant (same vowel, similar ending by
// phonesimilarity.h ≥ 0.6: "cat"/"cap"), assonance (same vowel and syllable count, other consonants:
// "light"/"time"), consonance (another vowel, the same ending: "light"/"late"). Within a kind, commoner words
// (commonness.h) come first. Each rhyme carries its syllable count so lines can be filled to a metre.
#pragma once

#include "text/knowledge/commonness.h"
#include "text/knowledge/pronouncer.h"

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace noosphere::core::text {

enum class RhymeKind { Perfect, Identical, Slant, Assonance, Consonance };

/// "perfect", "identical", "slant", "assonance", "consonance".
std::string_view rhymeKindName(RhymeKind kind);

struct Rhyme {
    std::string word;
    RhymeKind kind = RhymeKind::Perfect;
    double similarity = 1;   ///< of the endings from the stressed vowel on, 0..1 (phonesimilarity.h)
    int nSyllables = 0;      ///< of the pronunciation that rhymes
    std::string phones;      ///< that pronunciation, "HH AE1 T"
    double commonness = 0;   ///< Commonness::score: the ranking within a kind
};

struct RhymeOptions {
    bool near = false;       ///< also near rhymes
    int nSyllables = 0;      ///< only rhymes of this many syllables; 0 for any
    std::size_t limit = 30;  ///< at most this many perfect and this many near rhymes
};

struct RhymeResult {
    std::string word;                         ///< as looked up (lower case)
    bool guessed = false;                     ///< the word's pronunciation is a guess (pronouncer.h)
    std::vector<std::string> pronunciations;  ///< of the word, formatted
    std::vector<Rhyme> perfect;
    std::vector<Rhyme> near;                  ///< empty unless RhymeOptions::near
};

class RhymeFinder {
public:
    RhymeFinder(std::shared_ptr<const Pronouncer> pronouncer, std::shared_ptr<const Commonness> commonness);

    /// Scans the whole dictionary (15–40 ms here): no index to build or keep. An empty result (no pronunciations) for a
    /// word that cannot be read (digits, other scripts). Pure, any thread.
    RhymeResult find(std::string_view word, const RhymeOptions &options) const;

private:
    std::shared_ptr<const Pronouncer> m_pronouncer;
    std::shared_ptr<const Commonness> m_commonness;
};

}  // namespace noosphere::core::text
