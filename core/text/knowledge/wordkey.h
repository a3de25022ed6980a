// The one spelling under which words are looked up in the pronouncing dictionary and counted in text
// statistics: lower case, curly apostrophes straightened, so "Don’t", "DON'T" and "don't" are one word.
#pragma once

#include <string>
#include <string_view>

namespace noosphere::core::text {

/// `word` (UTF-8) in lower case (Unicode rules; ASCII without ICU), with ’ and ʼ as '. Pure, any thread.
std::string lookupKey(std::string_view word);

/// `key` with accents removed ("déjà" → "deja", "naïve" → "naive"), or an empty string when it has none.
std::string withoutAccents(std::string_view key);

/// Whether `word` is made of a-z, ' and - only, starting with a letter.
bool isPlainEnglishSpelling(std::string_view word);

}  // namespace noosphere::core::text
