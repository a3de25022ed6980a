// The dictionaries behind the Writer's word tools, loaded once on the worker and then shared read-only with the UI
// thread: WordNet (senses, synonyms, the concept graph) and CMUdict (syllables, rhymes). Either may be missing;
// the other still works, and so does the editor.
#pragma once

#include "common/result.h"
#include "worker/canceltoken.h"
#include "worker/job.h"

#include <memory>
#include <optional>
#include <string>

namespace noosphere::core::text {
class Pronouncer;
class RhymeFinder;
class WordNet;
}  // namespace noosphere::core::text

namespace noosphere::ui {

/// Why a dictionary is not there: the engine's error code, its English detail, and the package that provides it.
struct DictionaryProblem {
    models::ErrorCode code = models::ErrorCode::NotFound;
    std::string detail;
    std::string package;  // "wordnet-base" (Debian) or an npm package name
    std::string where;    // the folder looked in
};

struct WordDictionaries {
    std::shared_ptr<const core::text::WordNet> wordnet;         // null when missing or damaged
    std::optional<DictionaryProblem> wordnetProblem;
    std::shared_ptr<const core::text::Pronouncer> pronouncer;   // null when CMUdict is missing or damaged
    std::shared_ptr<const core::text::RhymeFinder> rhymeFinder; // with pronouncer
    std::optional<DictionaryProblem> soundProblem;
    bool compiledWordNet = false;  // the WordNet index was compiled (first use, or the files changed)
};

/// Loads both on the calling thread (the worker): ~1 s the first time (WordNet's index is compiled into the cache
/// folder), ~0.2 s after. Reports progress by step; nullopt when cancelled between steps. Never throws for
/// missing data: that is a problem in the result.
std::optional<WordDictionaries> loadWordDictionaries(const core::CancelToken &cancel, const core::Progress &progress);

}  // namespace noosphere::ui
