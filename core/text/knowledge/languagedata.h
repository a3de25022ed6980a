// The English data the Writer's sound and statistics tools share, loaded once: CMUdict (required), the stop
// words (required) and WordNet's tag counts (optional: without them rhymes and overuse fall back to a plainer
// order, and `warning` says which package would restore it).
#pragma once

#include "common/result.h"
#include "text/knowledge/commonness.h"
#include "text/knowledge/pronouncer.h"
#include "text/knowledge/stopwords.h"

#include <memory>
#include <string>

namespace noosphere::core::text {

struct LanguageData {
    std::shared_ptr<const Pronouncer> pronouncer;
    std::shared_ptr<const StopWords> stopWords;
    std::shared_ptr<const Commonness> commonness;
    std::string warning;  ///< one line when WordNet is missing, else empty

    /// ~150 ms here (CMUdict ~60 ms, WordNet ~60 ms). NotFound/Corrupt (naming the npm package) when CMUdict
    /// or the stop words are missing or damaged. Any thread; the result is immutable and shareable.
    static models::Result<LanguageData> load();
};

}  // namespace noosphere::core::text
