// The JSON forms of the assistant's feedback: the inputs of each offered continuation (generated_items.inputs),
// the detail of a token pick (ratings.detail) and one line of the preference export. One place owns the keys.
#pragma once

#include "store/preferences.h"

#include <optional>
#include <string>

namespace noosphere::core {

/// generated_items.inputs of alternative `index` of `batch`: prompt, its SHA-256, the context window, the
/// sampler settings, the device and what the card looked like (tokens, mean log-prob, why it ended).
std::string continuationInputsJson(const ContinuationBatch &batch, std::size_t index);
/// The prompt stored in an inputs JSON ("" when it has none or is not JSON).
std::string promptFromInputsJson(const std::string &inputsJson);

/// ratings.detail of a token pick, and back (nullopt when the text is not such a detail).
std::string tokenPickDetailJson(const TokenPick &pick);
std::optional<TokenPick> tokenPickFromDetailJson(const std::string &detailJson);

/// One JSON object on one line, without the newline: prompt, chosen, rejected, then the provenance (source,
/// item and batch ids, chapter, model version with name, hash and path, seed, the item's inputs, when rated).
std::string preferencePairJson(const PreferencePair &pair);

}  // namespace noosphere::core
