// The writing assistant's model as the worker holds it: the loaded LanguageModel, its tokenizer and one decoding
// session (whose KV cache keeps the chapter's stable prefix between requests). Every call runs on the worker
// thread; the UI only keeps a shared_ptr to hand to jobs and never calls in. Torch-free header.
#pragma once

#include "common/result.h"
#include "lm/languagemodel.h"
#include "lm/sampler.h"
#include "text/bible/bibleentry.h"
#include "tokenize/tokenizer.h"

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace noosphere::ui {

/// What the studio records about a loaded model (its provenance) and shows about it.
struct LoadedModelInfo {
    std::string name;       // the folder's name
    std::string folder;     // absolute path
    std::string fileHash;   // SHA-256 of the weights, lower-case hex
    int contextWindow = 0;  // tokens
    std::int64_t parameters = 0;
    bool cuda = false;
};

/// A token the model could have written at one position, with its text for display.
struct TokenOption {
    std::int32_t id = 0;
    float logProb = 0;
    std::string text;  // valid UTF-8 (a partial character shown as U+FFFD)
};

/// One generated token of a card: what it shows and what else the model considered there.
struct GeneratedToken {
    std::int32_t id = 0;
    float logProb = 0;
    std::string piece;  // the text this token shows; "" when its bytes complete a character in a later token
    std::vector<TokenOption> alternatives;  // the model's top choices here, most likely first
};

struct GeneratedCard {
    std::vector<GeneratedToken> tokens;  // the head (fixed by a token pick) first, then the new tokens
    std::string text;                    // the pieces joined: what accepting the card inserts
    double meanLogProb = 0;
    std::string end;  // "max_tokens", "stop", "end_of_text", "cancelled", "context_full"
};

struct GenerationInput {
    std::string promptText;            // the chapter before the cursor, already cut to fit (see promptwindow.h)
    std::vector<GeneratedToken> head;  // tokens every card starts with (a token pick), appended to the prompt
    int nAlternatives = 3;
    int maxTokens = 32;
    models::SamplerSettings sampler;
    std::uint64_t seed = 0;
    int topAlternatives = 5;  // the token view's choices per position
    // The story bible: the entries mentioned near the cursor lead the prompt (text/bible/lorebook.h), within this
    // many tokens, and are never cut to fit (they are kept like BOS).
    std::vector<core::text::BibleEntry> bible;
    int bibleBudgetTokens = 0;
};

struct GenerationOutput {
    std::string prompt;  // the prompt as the model read it (decoded from the tokens kept), for provenance
    int promptTokens = 0;
    int promptTokensDropped = 0;
    std::vector<GeneratedCard> cards;
    std::vector<std::int64_t> bibleEntryIds;  // the story-bible entries that led the prompt, in its order
    std::vector<std::string> bibleNames;
};

class LmHost {
public:
    /// Loads the tokenizer and weights of `folder` (replacing any model held) and hashes the weights. `progress`
    /// gets [0, 1]; `cancelled` is polled. Errors as LanguageModel::load and Tokenizer::loadFolder.
    models::Result<LoadedModelInfo> load(const std::string &folder, const models::LmLoadOptions &options,
                                         const std::function<void(double)> &progress,
                                         const std::function<bool()> &cancelled);
    bool isLoaded() const { return m_model.has_value(); }
    /// Drops the model (frees its memory) on the calling thread: the worker.
    void unload();

    /// K continuations of the input. `onText(row, text)` streams each row's text so far (head included). A
    /// cancel returns what was made so far.
    models::Result<GenerationOutput> generate(const GenerationInput &input, const std::function<bool()> &cancelled,
                                              const std::function<void(int, const std::string &)> &onText);

private:
    /// BOS, the bible block, then the chapter; `keepTokens` gets how many lead tokens must never be cut.
    std::vector<std::int32_t> encodePrompt(const GenerationInput &input, const std::string &bibleBlock,
                                           int &keepTokens) const;
    GeneratedCard describe(const std::vector<GeneratedToken> &head, const std::vector<std::int32_t> &ids,
                           const std::vector<float> &logProbs,
                           const std::vector<std::vector<models::SampledToken>> &top) const;
    std::string optionText(std::int32_t id) const;

    std::optional<models::LanguageModel> m_model;
    std::optional<models::Tokenizer> m_tokenizer;
    std::unique_ptr<models::LmSession> m_session;  // declared after m_model: destroyed before it
};

}  // namespace noosphere::ui
