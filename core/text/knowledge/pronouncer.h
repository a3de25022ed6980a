// How a word sounds, for every tool that needs it (syllables, rhymes, readability): the pronouncing dictionary
// first (with accents folded, hyphenated parts and possessives read part by part), else a guess by analogy,
// marked as guessed so that the UI and the CLI can say so.
#pragma once

#include "common/result.h"
#include "text/knowledge/phones.h"
#include "text/knowledge/pronouncingdictionary.h"

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace noosphere::core::text {

/// The pronunciations of one word; the first is the most common. Empty when the word has no letters that can be
/// read (digits, Chinese, Cyrillic).
struct WordPronunciations {
    std::string key;  ///< the word as looked up (wordkey.h)
    std::vector<std::vector<PhoneCode>> variants;
    bool guessed = false;  ///< not (entirely) from the dictionary
};

class Pronouncer {
public:
    /// Loads CMUdict (PronouncingDictionary::load: NotFound names the npm package).
    static models::Result<Pronouncer> load();
    explicit Pronouncer(std::shared_ptr<const PronouncingDictionary> dictionary);

    /// Pure, any thread. `word` is UTF-8 in any case ("Zarnathor", "don’t", "Mother-in-law's").
    WordPronunciations pronounce(std::string_view word) const;
    /// The number of syllables of the first pronunciation (guessed where needed); 0 when it cannot be read.
    int syllables(std::string_view word) const;

    const PronouncingDictionary &dictionary() const { return *m_dictionary; }

private:
    std::vector<std::vector<PhoneCode>> lookUp(std::string_view key) const;
    WordPronunciations pronounceKey(std::string key, int depth) const;

    std::shared_ptr<const PronouncingDictionary> m_dictionary;
};

}  // namespace noosphere::core::text
