// The string handling of npm vader-sentiment 1.1.3 (SentiText and its helpers), reproduced with JavaScript's
// semantics so that scores match the JS port exactly: \s is JavaScript's whitespace set, lengths count UTF-16
// code units, punctuation is ASCII only, lower-casing is String.prototype.toLowerCase (full Unicode mapping).
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace noosphere::core::text::vader {

/// SentiText.words_and_emoticons: `text` (valid UTF-8) split at each whitespace character; tokens of one UTF-16
/// unit dropped; a token that is a known word with one leading or trailing PUNC_LIST item ("good!!", "'tis")
/// becomes the bare word. Emoticons and contractions stay whole.
std::vector<std::string> wordsAndEmoticons(std::string_view text);

/// JavaScript's toLowerCase (locale-independent full case mapping, final sigma included).
std::string toLowerJs(std::string_view text);

/// vader's is_upper_python: no ASCII a–z and at least one ASCII A–Z (":)WORD" is upper, ":)" is not).
bool isUpperPython(std::string_view word);

/// Whether `c` is in JavaScript's \s (WhiteSpace and LineTerminator; U+0085 is not).
bool isJsWhitespace(char32_t c);

}  // namespace noosphere::core::text::vader
