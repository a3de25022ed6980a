// VADER sentence sentiment (Hutto & Gilbert 2014) ported rule for rule from npm vader-sentiment 1.1.3, the
// reference that tests/data/knowledge/sentiment-ref.json records: boosters and dampeners, negation ("never so",
// "least"), "but", ALL-CAPS emphasis, "!" and "?" amplification, "kind of", idioms, normalisation with alpha 15,
// and the JS rounding of the result. The JS port has no emoji table: an emoji scores as an unknown word.
#pragma once

#include "text/knowledge/vaderlexicon.h"

#include <string_view>

namespace noosphere::core::text {

/// polarity_scores: the shares of positive, neutral and negative weight (rounded to 3 decimals, summing to
/// about 1) and the normalised sum in [-1, 1] (rounded to 4 decimals). All 0 for text without words.
struct VaderScores {
    double neg = 0;
    double neu = 0;
    double pos = 0;
    double compound = 0;
};

/// Scores one sentence (UTF-8; ill-formed bytes are read as U+FFFD). Pure, any thread; ~1 µs per word.
VaderScores vaderPolarityScores(const VaderLexicon &lexicon, std::string_view sentence);

/// JavaScript's parseFloat(x.toFixed(digits)): rounds half away from zero on the exact binary value (C's
/// printf rounds exact ties to even), so 0.0625 becomes 0.063 as in the JS port.
double roundLikeJsToFixed(double x, int digits);

}  // namespace noosphere::core::text
