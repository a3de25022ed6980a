// WordNet's lemmatiser, morphy (morph.c of WordNet 3.0): the exception lists first ("geese" → "goose"), then the
// detachment rules of each part of speech ("-ches" → "-ch"), keeping only forms that WordNet lists; verb phrases
// ("ran away") and collocations are handled word by word, as wn does. The index supplies both lists.
#pragma once

#include "wordnetindex.h"

#include <string>
#include <string_view>
#include <vector>

namespace noosphere::core::text {

/// wn's search form of a query: ASCII lower case, spaces as underscores ("Ice cream" → "ice_cream").
std::string wordNetSearchForm(std::string_view word);

/// The spellings wn tries for one search form (getindex in search.c): as given, '_' → '-', '-' → '_', without
/// '_' and '-', without '.'; each one only when it differs from the form as given.
std::vector<std::string> wordNetSpellings(std::string_view searchForm);

/// Whether WordNet lists `searchForm` in `pos` under any of its spellings (is_defined in search.c).
bool isWordNetLemma(const WordNetIndex &index, std::string_view searchForm, PartOfSpeech pos);

/// The base forms of `searchForm` in `pos` that differ from it, in morphy's order (morphstr): "geese" → goose;
/// "better" (adj) → good, well; "ran away" → run_away. Empty when the form is a lemma only as it stands or is
/// unknown. Pure, any thread.
std::vector<std::string> morphyBaseForms(const WordNetIndex &index, std::string_view searchForm, PartOfSpeech pos);

}  // namespace noosphere::core::text
