// Small facts about names shared by the bible's matcher and its name suggestions.
#pragma once

#include <string>
#include <string_view>

namespace noosphere::core::text {

/// Whether `text` (UTF-8) has an upper- or title-case letter: such names are matched case-sensitively.
bool hasCapital(std::string_view text);
/// Whether `text` has a lower-case letter.
bool hasLowercase(std::string_view text);
/// Whether the first character of `word` is an upper- or title-case letter.
bool startsWithCapital(std::string_view word);
/// `gap` (the text between two words of a name) with each run of white space, line breaks included, as one ' '.
std::string collapsedGap(std::string_view gap);

}  // namespace noosphere::core::text
