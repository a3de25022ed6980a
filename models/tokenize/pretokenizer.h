// The pre-tokenizers of a tokenizer.json (Split, ByteLevel, Metaspace, Digits, Sequence): they cut normalized text
// into the words that BPE merges within. Byte-level words stay raw bytes here; the BPE model maps them.
#pragma once

#include "tokenize/icuregex.h"

#include <deque>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace noosphere::models {

// GPT-2's pre-tokenizer pattern (openai/gpt-2 encoder.py), also ByteLevel's default (use_regex true).
inline constexpr std::string_view kGpt2Pattern =
    R"('s|'t|'re|'ve|'m|'ll|'d| ?\p{L}+| ?\p{N}+| ?[^\s\p{L}\p{N}]+|\s+(?!\S)|\s+)";

class PreTokenizer {
public:
    // What Split does with the pattern's matches (Hugging Face SplitDelimiterBehavior).
    enum class Behavior { Removed, Isolated, MergedWithPrevious, MergedWithNext, Contiguous };
    enum class PrependScheme { Always, First, Never };

    void addSplit(IcuRegex pattern, Behavior behavior);
    /// ByteLevel: optional prefix space, then a split by `pattern` (GPT-2's, when use_regex) if given. The byte →
    /// character mapping itself is left to the BPE model, which works on raw bytes.
    void addByteLevel(bool addPrefixSpace, std::optional<IcuRegex> pattern);
    void addMetaspace(std::string replacement, PrependScheme scheme, bool split);

    bool hasByteLevel() const { return m_hasByteLevel; }
    bool hasMetaspace() const { return m_hasMetaspace; }
    bool empty() const { return m_steps.empty(); }

    /// Appends the words of `text` to `words`; new strings (prefixes, replacements) live in `arena`.
    /// `atTextStart`: `text` begins the whole input (Metaspace's prepend_scheme "first").
    void split(std::string_view text, bool atTextStart, std::vector<std::string_view> &words,
               std::deque<std::string> &arena) const;

private:
    enum class Kind { Split, ByteLevel, Metaspace };
    struct Step {
        Kind kind = Kind::Split;
        std::optional<IcuRegex> pattern;  // Split; ByteLevel with use_regex
        Behavior behavior = Behavior::Isolated;
        bool addPrefixSpace = false;
        std::string replacement;  // Metaspace
        PrependScheme scheme = PrependScheme::Always;
        bool metaspaceSplit = false;
    };
    void apply(const Step &step, std::string_view piece, bool first, std::vector<std::string_view> &out,
               std::deque<std::string> &arena) const;

    std::vector<Step> m_steps;
    bool m_hasByteLevel = false;
    bool m_hasMetaspace = false;
};

}  // namespace noosphere::models
