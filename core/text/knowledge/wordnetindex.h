// The compiled WordNet index, used in place: mapped (or held) whole, validated once in full when opened, then read
// through unchecked accessors. Validation bounds every count, offset and length, so that no query can read
// outside the file, whatever bytes it holds.
#pragma once

#include "common/result.h"
#include "io/mappedfile.h"
#include "wordnetformat.h"
#include "wordnettypes.h"

#include <cstring>
#include <filesystem>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

namespace noosphere::core::text {

class WordNetIndex {
public:
    /// Maps `file` and validates it. NotFound when it does not exist; Corrupt (with the first fault) when it is not
    /// an index of this version or any table is out of bounds or out of order.
    static models::Result<WordNetIndex> open(const std::filesystem::path &file);
    /// The same, over bytes held in memory (a freshly compiled index, a test, the fuzzer).
    static models::Result<WordNetIndex> fromBytes(std::vector<std::byte> bytes);

    WordNetIndex(WordNetIndex &&) noexcept = default;
    WordNetIndex &operator=(WordNetIndex &&) noexcept = default;

    const wnformat::Header &header() const { return m_header; }
    std::size_t fileBytes() const { return m_bytes.size(); }

    std::uint32_t synsetCount() const { return count(wnformat::kSynsets); }
    std::uint32_t lemmaCount() const { return count(wnformat::kLemmas); }
    wnformat::SynsetRecord synset(std::uint32_t i) const { return record<wnformat::SynsetRecord>(wnformat::kSynsets, i); }
    wnformat::WordRecord word(std::uint32_t i) const { return record<wnformat::WordRecord>(wnformat::kWords, i); }
    wnformat::PointerRecord pointer(std::uint32_t i) const
    {
        return record<wnformat::PointerRecord>(wnformat::kPointers, i);
    }
    wnformat::LemmaRecord lemma(std::uint32_t i) const { return record<wnformat::LemmaRecord>(wnformat::kLemmas, i); }
    std::uint32_t senseSynset(std::uint32_t i) const { return record<std::uint32_t>(wnformat::kSenses, i); }
    std::string_view text(wnformat::StringRef ref) const
    {
        return {reinterpret_cast<const char *>(m_bytes.data() + m_header.sections[wnformat::kStrings].offset + ref.offset),
                ref.length};
    }
    static PartOfSpeech partOfSpeech(const wnformat::SynsetRecord &s) { return PartOfSpeech(s.posFlags & wnformat::kPosMask); }

    /// The index entry of `lemma` (lower case, '_' for spaces) in `pos`, by binary search.
    std::optional<wnformat::LemmaRecord> findLemma(std::string_view lemma, PartOfSpeech pos) const;
    /// The base forms that pos's exception list gives for `inflected` ("geese" → "goose"), in file order.
    std::vector<std::string_view> exceptionBases(std::string_view inflected, PartOfSpeech pos) const;

private:
    WordNetIndex(std::span<const std::byte> bytes, const wnformat::Header &header, models::MappedFile mapped,
                 std::vector<std::byte> owned);
    static models::Result<WordNetIndex> validateAndWrap(std::span<const std::byte> bytes, models::MappedFile mapped,
                                                        std::vector<std::byte> owned);

    std::uint32_t count(wnformat::Section section) const { return std::uint32_t(m_header.sections[section].count); }
    // memcpy: the tables are 8-aligned in the file, but a held buffer need not be, and it keeps the reads defined.
    template <typename T> T record(wnformat::Section section, std::uint32_t i) const
    {
        T value;
        std::memcpy(&value, m_bytes.data() + m_header.sections[section].offset + std::size_t(i) * sizeof(T), sizeof(T));
        return value;
    }

    models::MappedFile m_mapped;
    std::vector<std::byte> m_owned;
    std::span<const std::byte> m_bytes;  // into m_mapped or m_owned
    wnformat::Header m_header{};
};

}  // namespace noosphere::core::text
