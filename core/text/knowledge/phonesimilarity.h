// How alike two stretches of sound are, for near rhymes: a weighted edit distance in which a voicing partner
// (T/D) or a consonant of the same manner (T/K, M/N) costs less than an unrelated one, reduced vowels (AH/IH)
// swap cheaply, and a final S/Z/T/D may be added or dropped at half cost ("cat"/"cats").
#pragma once

#include "text/knowledge/phones.h"

#include <span>

namespace noosphere::core::text {

/// 0 (the same phone) to 1 (unrelated); stress ignored.
double substitutionCost(Phone a, Phone b);

/// 1 (the same sounds) to 0 (nothing alike): 1 - weighted edit distance / the longer length, clamped at 0. Two
/// empty stretches are alike (1).
double tailSimilarity(std::span<const PhoneCode> a, std::span<const PhoneCode> b);

}  // namespace noosphere::core::text
