// The BPE model: a vocabulary and ranked merges, applied within one pre-tokenized word at a time with Hugging
// Face's rules (lowest rank first, leftmost on ties; byte fallback to <0xNN>; unknown token; ignore_merges).
#pragma once

#include "tokenize/stringmap.h"

#include <array>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace noosphere::models {

class BpeModel {
public:
    struct Options {
        bool byteLevel = false;     // words are raw bytes and the vocabulary is spelt in GPT-2's byte alphabet
        bool byteFallback = false;  // a character outside the vocabulary becomes its <0xNN> byte tokens
        bool ignoreMerges = false;  // a word that is itself a token is not merged (Llama 3)
        bool fuseUnk = false;       // consecutive unknown characters become one unknown token
        std::optional<std::string> unkToken;
    };

    BpeModel();
    ~BpeModel();
    BpeModel(BpeModel &&) noexcept;
    BpeModel &operator=(BpeModel &&) noexcept;

    /// Builds the tables. `vocab`: token as spelt in the file → id (ids ≥ 0); `merges` in rank order. Returns ""
    /// or a sentence fragment saying what is wrong (a merge naming a token that is not in the vocabulary…).
    std::string build(StringMap<std::int32_t> vocab, const std::vector<std::pair<std::string, std::string>> &merges,
                      const Options &options);

    /// Lets encodeWord() cut words before each `marker` that follows another character, when no token of the
    /// vocabulary spans such a place (so the ids cannot change). For metaspace tokenizers, whose "word" is the whole
    /// text: the pieces repeat, and the cache makes them cheap. Returns whether the vocabulary allows it.
    bool enableSplitBefore(std::string marker);

    /// Appends the ids of one word (raw bytes when byte-level, else UTF-8). Thread-safe.
    void encodeWord(std::string_view word, std::vector<std::int32_t> &ids) const;

    std::optional<std::int32_t> idOf(std::string_view token) const;
    /// id → the token as spelt in the file; "" where no token has that id.
    const std::vector<std::string> &tokens() const { return m_tokens; }
    const Options &options() const { return m_options; }

private:
    struct Merge {
        std::uint32_t rank = 0;
        std::int32_t id = 0;  // the merged token
    };
    struct Cache;

    static std::uint64_t pairKey(std::int32_t a, std::int32_t b)
    {
        return (std::uint64_t(std::uint32_t(a)) << 32) | std::uint32_t(b);
    }
    void initialSymbols(std::string_view word, std::vector<std::int32_t> &symbols) const;
    void appendUnknown(std::string_view character, std::vector<std::int32_t> &symbols, bool &lastWasUnk) const;
    void merge(std::vector<std::int32_t> &symbols) const;
    void encodeCached(std::string_view word, std::vector<std::int32_t> &ids) const;

    Options m_options;
    StringMap<std::int32_t> m_vocab;     // as spelt in the file
    StringMap<std::int32_t> m_rawVocab;  // byte-level only: raw bytes → id, for ignore_merges
    std::vector<std::string> m_tokens;
    std::unordered_map<std::uint64_t, Merge> m_merges;
    std::array<std::int32_t, 256> m_byteIds{};      // byte-level: id of each byte's character; -1 if absent
    std::array<std::int32_t, 256> m_fallbackIds{};  // id of <0xNN>; -1 if absent
    std::unordered_map<char32_t, std::int32_t> m_charIds;
    std::optional<std::int32_t> m_unkId;
    std::string m_splitMarker;  // empty: words are merged whole
    std::unique_ptr<Cache> m_cache;
};

}  // namespace noosphere::models
