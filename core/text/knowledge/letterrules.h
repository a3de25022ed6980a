// Letter-to-sound rules for the letters of an unknown word that no dictionary word covers (the guesser's last
// resort): English spelling conventions (digraphs, c/g before e/i/y, a silent final e lengthening the vowel
// before it, -le, -ed, -es), enough for a plausible syllable count and ending, not a faithful transcription.
#pragma once

#include "text/knowledge/phones.h"

#include <cstddef>
#include <string_view>
#include <vector>

namespace noosphere::core::text {

/// Phones for the letters [begin, end) of `word` (lower-case a-z only), with the whole word as context (a final
/// silent e, the letter after the span). Vowels come unstressed. Pure, any thread.
std::vector<PhoneCode> soundOutLetters(std::string_view word, std::size_t begin, std::size_t end);

/// Whether a boundary between word[at - 1] and word[at] would split a two-letter spelling of one sound ("th",
/// "ee"), so that the guesser avoids cutting a word there.
bool splitsDigraph(std::string_view word, std::size_t at);

}  // namespace noosphere::core::text
