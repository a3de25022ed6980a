// Every sentence of a text with its VADER scores (and AFINN's on request): what the emotion arc is made of and
// what `noosphere-cli text sentiment` prints.
#pragma once

#include "text/knowledge/afinn.h"
#include "text/knowledge/sentences.h"
#include "text/knowledge/vader.h"

#include <optional>
#include <string_view>
#include <vector>

namespace noosphere::core::text {

struct SentenceSentiment {
    TextRange range;
    VaderScores vader;
    std::optional<AfinnScore> afinn;  ///< set when an AFINN lexicon was given
};

/// Splits `text` (UTF-8; ill-formed bytes read as U+FFFD, ranges stay in the caller's bytes) into sentences and
/// scores each. Pure, any thread; ~0.2 s per MB.
std::vector<SentenceSentiment> scoreSentences(std::string_view text, const VaderLexicon &vader,
                                              const AfinnLexicon *afinn = nullptr);

}  // namespace noosphere::core::text
