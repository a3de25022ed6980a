// How much of a text is dialogue: the characters between quotation marks over all characters (whitespace and
// the marks themselves not counted). Straight "…", curly “…”, German „…“, French «…», CJK 「…」『…』, and
// curly single ‘…’ where ’ is not an apostrophe (a letter follows it: "don’t"). A paragraph end closes a quote
// left open, as novels open each paragraph of a long speech again.
#pragma once

#include <cstdint>
#include <string_view>

namespace noosphere::core::text {

struct DialogueShare {
    std::int64_t quotedCharacters = 0;
    std::int64_t characters = 0;
    double share = 0;  ///< quotedCharacters / characters, 0 for an empty text
};

/// `text` is UTF-8 (ill-formed bytes count as characters outside any quote). Pure, any thread.
DialogueShare measureDialogue(std::string_view text);

}  // namespace noosphere::core::text
