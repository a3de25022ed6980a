// Syllables and stress read off a pronunciation: one syllable per vowel phone, its stress digit in order
// ("banana" B AH0 N AE1 N AH0 → 3 syllables, "010"), as verse writers count and scan lines.
#pragma once

#include "text/knowledge/phones.h"

#include <optional>
#include <span>
#include <string>

namespace noosphere::core::text {

int countSyllables(std::span<const PhoneCode> phones);

/// One digit per syllable: 1 primary, 2 secondary, 0 unstressed.
std::string stressPattern(std::span<const PhoneCode> phones);

/// Where a rhyme starts: the last vowel with primary or secondary stress (as verse rhymes "dinosaur" with
/// "door"), else the last vowel; nullopt without a vowel.
std::optional<std::size_t> rhymeStart(std::span<const PhoneCode> phones);

}  // namespace noosphere::core::text
