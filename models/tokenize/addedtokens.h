// Added tokens (special or not) that are cut out of the text before the model sees it: leftmost match first, the
// longest where several start at the same place, as Hugging Face's AddedVocabulary does.
#pragma once

#include "tokenize/stringmap.h"

#include <array>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace noosphere::models {

struct AddedToken {
    std::string content;
    std::int32_t id = 0;
    bool special = false;
    bool normalized = false;  // matched in normalized text (after the normalizer), else in the raw input
    bool lstrip = false;      // swallows the whitespace before it
    bool rstrip = false;      // swallows the whitespace after it
};

class AddedTokens {
public:
    enum class Pass { Raw, Normalized };

    /// `hasNormalizer`: whether tokens marked normalized wait for the normalized text (else all match the raw
    /// input). Normalized tokens must already hold their normalized content.
    void build(std::vector<AddedToken> tokens, bool hasNormalizer);

    /// Walks `text`: `onText(piece, offset)` for the stretches between matches, `onToken(id)` for each match.
    /// Special tokens match only when `parseSpecial`; other added tokens always match.
    void split(std::string_view text, Pass pass, bool parseSpecial,
               const std::function<void(std::string_view, std::size_t)> &onText,
               const std::function<void(std::int32_t)> &onToken) const;

    const std::vector<AddedToken> &tokens() const { return m_tokens; }
    const AddedToken *find(std::int32_t id) const;
    const AddedToken *find(std::string_view content) const;

private:
    struct Matcher {
        std::vector<std::size_t> byLength;  // indexes into m_tokens, longest first
        std::array<bool, 256> firstByte{};  // a token may start with this byte
    };
    const Matcher &matcher(Pass pass, bool parseSpecial) const;

    std::vector<AddedToken> m_tokens;
    std::unordered_map<std::int32_t, std::size_t> m_byId;
    StringMap<std::size_t> m_byContent;
    std::array<Matcher, 4> m_matchers;  // [pass][parseSpecial]
};

}  // namespace noosphere::models
