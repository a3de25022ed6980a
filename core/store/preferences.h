// The writing assistant's feedback in the project file: each batch of continuations it offered (generated_items
// sharing a batch_id, with the prompt, sampler and seed that made them), the model version that wrote them, what
// the writer did with them (ratings), and the preference pairs (prompt, chosen, rejected) fine-tuning reads back.
#pragma once

#include "common/result.h"
#include "lm/sampler.h"
#include "store/projectstore.h"

#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace noosphere::core {

/// The model that wrote a batch; one model_versions row (kind 'lm') per file hash and path.
struct ModelIdentity {
    std::string name;      // what the writer picked, e.g. the folder's name
    std::string fileHash;  // SHA-256 of the weights (model.safetensors), lower-case hex
    std::string path;      // the model folder
};

/// One card of a batch, as it was shown.
struct OfferedContinuation {
    std::string text;  // what accepting it inserts, UTF-8
    int nTokens = 0;
    double meanLogProb = 0;  // the model's own average log-probability of its tokens
    std::string end;         // why it ended: "max_tokens", "stop", "end_of_text", "cancelled", "context_full"
};

/// Continuations offered together for one prompt: the siblings of an accepted one are its rejected pairs.
struct ContinuationBatch {
    ModelIdentity model;
    std::int64_t chapterId = 0;   // 0 = none
    std::string prompt;           // the text the model continued, as it read it (after cutting to fit)
    std::string promptSha256;     // of `prompt`'s bytes, lower-case hex
    int promptTokens = 0;         // tokens the model read
    int promptTokensDropped = 0;  // cut from the left to fit the context window
    int contextWindow = 0;        // the model's context length, tokens
    std::string headText;         // words every card starts with (fixed by a token pick); part of each text
    models::SamplerSettings sampler;
    int maxTokens = 0;
    std::uint64_t seed = 0;  // card k came from the generator's stream for this seed and row k
    std::string device;      // "cpu" or "cuda"
    std::vector<OfferedContinuation> alternatives;
    // Story-bible entries whose lines led the prompt (inside `prompt`), most recently mentioned first.
    std::vector<std::int64_t> bibleEntryIds;
    std::vector<std::string> bibleNames;
};

struct StoredBatch {
    std::int64_t batchId = 0;
    std::vector<std::int64_t> itemIds;  // one per alternative, in order
};

enum class FeedbackKind { Accept, Reject, Dismiss, Regenerate, TokenPick };

/// A word swapped in the token view: at `position` (a token index into the card) the writer preferred
/// `picked` to the token the model had drawn.
struct TokenPick {
    int position = 0;
    std::string textBefore;  // the card's text before the position: the prompt of this token-level preference
    std::int32_t originalId = 0;
    std::string originalText;
    float originalLogProb = 0;
    std::int32_t pickedId = 0;
    std::string pickedText;
    float pickedLogProb = 0;
};

/// One (prompt, chosen, rejected) line of the preference export, with where it came from.
struct PreferencePair {
    std::string
        source;  // "accept" (an accepted card over a sibling) or "token_pick" (a picked token over the drawn one)
    std::string prompt, chosen, rejected;
    std::optional<std::int64_t> chosenItemId;  // none for a token pick: the picked token was never a card
    std::int64_t rejectedItemId = 0;
    std::int64_t batchId = 0;
    std::optional<std::int64_t> chapterId;
    std::optional<std::int64_t> modelVersionId;
    ModelIdentity model;
    std::string inputsJson;  // the generated item's inputs: prompt hash, context window, sampler, ...
    std::uint64_t seed = 0;
    std::int64_t ratedAtMs = 0;
};

class PreferenceStore {
public:
    /// Opens its own connection to `project`, a file ProjectStore::open accepted (and migrated) in this
    /// process. NOTE: a second connection rather than ProjectStore's, which keeps its connection private;
    /// SQLite shares locks between connections of one process. Thread: the caller's, as ProjectStore.
    static Result<PreferenceStore> open(const std::filesystem::path &project, OpenMode mode = OpenMode::ReadWrite);

    ~PreferenceStore();
    PreferenceStore(PreferenceStore &&) noexcept;
    PreferenceStore &operator=(PreferenceStore &&) noexcept;

    /// Writes the batch's items in one transaction: the model version (found or added), one generated_item per
    /// alternative, sharing batch_id = the first item's id. ReadOnly on a read-only store.
    Result<StoredBatch> storeBatch(const ContinuationBatch &batch);
    /// Rates one stored item (value 1). `detailJson` must be a JSON object.
    Result<void> rate(std::int64_t itemId, FeedbackKind kind, const std::string &detailJson = "{}");
    Result<void> rateTokenPick(std::int64_t itemId, const TokenPick &pick);

    /// Every preference pair, oldest rating first: each accepted card against each sibling not accepted (and
    /// not identical), and each token pick against the drawn token.
    Result<std::vector<PreferencePair>> preferencePairs() const;
    /// How many ratings of `kind` the project holds (for the studio's tests and the CLI's summary).
    Result<int> ratingCount(FeedbackKind kind) const;

private:
    struct Impl;
    explicit PreferenceStore(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
};

/// The name of a kind as the ratings table stores it ("accept", "token_pick", ...).
std::string feedbackKindName(FeedbackKind kind);

}  // namespace noosphere::core
