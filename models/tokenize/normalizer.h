// The normalizers of a tokenizer.json that BPE language models use (Prepend, Replace, NFC/NFD/NFKC/NFKD,
// Lowercase, Sequence), applied in file order to each stretch of text between added tokens.
#pragma once

#include "tokenize/icuregex.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace noosphere::models {

class Normalizer {
public:
    enum class Form { Nfc, Nfd, Nfkc, Nfkd };

    void addPrepend(std::string text);
    /// Replaces each match of `pattern` (or each occurrence of `literal` when pattern is empty) by `content`.
    void addReplace(std::optional<IcuRegex> pattern, std::string literal, std::string content);
    void addUnicodeForm(Form form);
    void addLowercase();

    bool empty() const { return m_steps.empty(); }
    /// Whether a step works on code points, so that ill-formed input must first become U+FFFD.
    bool needsValidUtf8() const { return m_needsValidUtf8; }
    std::string normalize(std::string_view text) const;

private:
    enum class Kind { Prepend, Replace, UnicodeForm, Lowercase };
    struct Step {
        Kind kind = Kind::Prepend;
        std::string text;     // Prepend: the prefix; Replace: the literal pattern
        std::string content;  // Replace: the replacement
        std::optional<IcuRegex> regex;
        Form form = Form::Nfc;
    };
    std::vector<Step> m_steps;
    bool m_needsValidUtf8 = false;
};

}  // namespace noosphere::models
