// Names the writer uses but has not put in the story bible yet: capitalised words and pairs of them ("Wentworth",
// "Lady Russell") that recur, not only where any word is capitalised (a sentence's start), offered as new
// entries with a guess of what they name.
#pragma once

#include "text/bible/bibleentry.h"

#include <cstddef>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace noosphere::core::text {

class NameLists;
class StopWords;

/// What the kind guess rests on.
enum class KindEvidence { FirstName, PlaceName, None };

struct NameCandidate {
    std::string name;
    int occurrences = 0;
    BibleKind kind = BibleKind::Character;  // the guess: a name of unknown kind is offered as a character
    KindEvidence evidence = KindEvidence::None;
};

struct NameCandidateOptions {
    int minOccurrences = 3;
    std::size_t maxCandidates = 30;
};

/// Candidates in `text` (UTF-8), most frequent first. Left out: words only ever seen at a sentence's or line's
/// start, stop words ("The", "But"; `stopWords` may be null), titles alone ("Mr", "Lady"), words in capitals
/// ("CHAPTER"), and whatever `known` entries already name (their mentions are skipped, so "Elliot" inside a
/// known "Anne Elliot" does not count). A pair counts as one name and its words then count only outside it.
/// Pure; any thread.
std::vector<NameCandidate> findNameCandidates(std::string_view text, std::span<const BibleEntry> known,
                                              const NameLists &names, const StopWords *stopWords,
                                              const NameCandidateOptions &options = {});

}  // namespace noosphere::core::text
