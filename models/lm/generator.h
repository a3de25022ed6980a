// K alternative continuations of one prompt, decoded together in one batch that shares the prompt's prefill,
// streamed token by token and cancellable between tokens. Torch-free: it drives an LmSession.
#pragma once

#include "common/result.h"
#include "lm/sampler.h"

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace noosphere::models {

class LmSession;
class Tokenizer;
struct LmConfig;

/// Tokenizes `text` as the start of a document for this model: Llama-family models were trained with BOS
/// before every document (the config's id, else the tokenizer's), GPT-2 without.
std::vector<std::int32_t> encodeDocument(const Tokenizer &tokenizer, const LmConfig &config, std::string_view text);

struct GenerationRequest {
    std::vector<std::int32_t> prompt;  // already tokenized (with BOS if the model wants one)
    int nAlternatives = 3;
    int maxTokens = 48;
    SamplerSettings sampler;
    std::uint64_t seed = 0;                // alternative k uses the stream seed + k: same seed, same texts
    std::vector<std::string> stopStrings;  // a row stops at the first of these (not included in its text)
    std::int32_t endOfText = -1;           // this id ends a row; -1 = none
    int topAlternatives = 0;               // > 0: record the n most likely tokens at each generated position
    int keepTokens = 0;  // leading prompt tokens never cut when the prompt is too long (BOS), as llama.cpp's n_keep
};

struct Alternative {
    std::vector<std::int32_t> ids;
    std::vector<float> logProbs;  // per token, under the model's own distribution
    std::string text;             // decoded; invalid UTF-8 shown as U+FFFD
    double meanLogProb = 0;
    enum class End { MaxTokens, Stop, EndOfText, Cancelled, ContextFull } end = End::MaxTokens;
    // Per token, when GenerationRequest::topAlternatives > 0: the most likely tokens at that position under the
    // model's own distribution, most likely first (the token view offers them in place of the one drawn).
    std::vector<std::vector<SampledToken>> topAlternatives;
};

struct GenerationResult {
    std::vector<Alternative> alternatives;
    int promptTokensDropped = 0;  // cut from the left to fit the context window
    int promptTokensReused = 0;   // taken from the session's stable-prefix cache
};

/// Called after every decoded token of row `row`, with the row's text so far: valid UTF-8 (bytes that cannot be
/// text shown as U+FFFD), holding back a character whose bytes are not all there yet.
using TokenCallback = std::function<void(int row, std::int32_t id, const std::string &textSoFar)>;

/// Runs on the caller's thread (the worker). `cancelled` is polled between tokens; on cancel the result holds
/// what was generated so far, each row ending Cancelled.
Result<GenerationResult> generate(LmSession &session, const Tokenizer &tokenizer, const GenerationRequest &request,
                                  const std::function<bool()> &cancelled = {}, const TokenCallback &onToken = {});

}  // namespace noosphere::models
