// A pronunciation for a word the dictionary lacks (an invented name, a coinage), by analogy with the words it
// has: a known stem plus an ending ("filmed" = "film" + D), else the spelling cut into the fewest dictionary
// words of three letters or more ("zarnathor" → "zar" + "na" + "thor"), the letters between them read by
// letter-to-sound rules. Syllables and rhymes then work for
// "Zarnathor" as for "Thor"; callers mark the result as guessed.
#pragma once

#include "text/knowledge/phones.h"
#include "text/knowledge/pronouncingdictionary.h"

#include <string_view>
#include <vector>

namespace noosphere::core::text {

/// The guessed phones of `word` (lower-case a-z; anything else is skipped), with one primary stress; empty when
/// nothing can be read (no letters). Pure, any thread; ~11 µs a word here.
std::vector<PhoneCode> guessPronunciation(const PronouncingDictionary &dictionary, std::string_view word);

}  // namespace noosphere::core::text
