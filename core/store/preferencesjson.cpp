// JSON of the assistant's feedback (nlohmann_json). Texts may hold invalid UTF-8 from a paste or a model: they
// are dumped with invalid bytes replaced (U+FFFD), so an export line is always valid JSON.
#include "store/preferencesjson.h"

#include <nlohmann/json.hpp>

namespace noosphere::core {

using json = nlohmann::ordered_json;  // keys in the order written: prompt, chosen, rejected first

namespace {

std::string dumped(const json &value)
{
    return value.dump(-1, ' ', false, json::error_handler_t::replace);
}

json samplerJson(const models::SamplerSettings &s)
{
    return {{"temperature", s.temperature},
            {"top_k", s.topK},
            {"top_p", s.topP},
            {"min_p", s.minP},
            {"repetition_penalty", s.repetitionPenalty},
            {"repetition_window", s.repetitionWindow}};
}

json parsedOrNull(const std::string &text)
{
    return json::parse(text, nullptr, false);  // discarded (is_discarded()) rather than throwing
}

}  // namespace

// The story-bible entries the prompt began with: [{"id", "name"}], empty when none was mentioned.
json bibleJson(const ContinuationBatch &batch)
{
    json entries = json::array();
    for (std::size_t i = 0; i < batch.bibleEntryIds.size(); ++i)
        entries.push_back({{"id", batch.bibleEntryIds[i]},
                           {"name", i < batch.bibleNames.size() ? batch.bibleNames[i] : std::string()}});
    return entries;
}

std::string continuationInputsJson(const ContinuationBatch &batch, std::size_t index)
{
    const OfferedContinuation &card = batch.alternatives.at(index);
    const json inputs = {
        {"prompt", batch.prompt},
        {"prompt_sha256", batch.promptSha256},
        {"prompt_tokens", batch.promptTokens},
        {"prompt_tokens_dropped", batch.promptTokensDropped},
        {"context_window", batch.contextWindow},
        {"head_text", batch.headText},
        {"sampler", samplerJson(batch.sampler)},
        {"max_tokens", batch.maxTokens},
        {"alternative", index},
        {"n_alternatives", batch.alternatives.size()},
        {"device", batch.device},
        {"n_tokens", card.nTokens},
        {"mean_logprob", card.meanLogProb},
        {"end", card.end},
        {"bible", bibleJson(batch)},
    };
    return dumped(inputs);
}

std::string promptFromInputsJson(const std::string &inputsJson)
{
    const json inputs = parsedOrNull(inputsJson);
    if (!inputs.is_object() || !inputs.contains("prompt") || !inputs["prompt"].is_string())
        return {};
    return inputs["prompt"].get<std::string>();
}

std::string tokenPickDetailJson(const TokenPick &pick)
{
    return dumped(
        {{"position", pick.position},
         {"text_before", pick.textBefore},
         {"original", {{"id", pick.originalId}, {"text", pick.originalText}, {"logprob", pick.originalLogProb}}},
         {"picked", {{"id", pick.pickedId}, {"text", pick.pickedText}, {"logprob", pick.pickedLogProb}}}});
}

std::optional<TokenPick> tokenPickFromDetailJson(const std::string &detailJson)
{
    const json detail = parsedOrNull(detailJson);
    try {
        TokenPick pick;
        pick.position = detail.at("position").get<int>();
        pick.textBefore = detail.at("text_before").get<std::string>();
        pick.originalId = detail.at("original").at("id").get<std::int32_t>();
        pick.originalText = detail.at("original").at("text").get<std::string>();
        pick.originalLogProb = detail.at("original").at("logprob").get<float>();
        pick.pickedId = detail.at("picked").at("id").get<std::int32_t>();
        pick.pickedText = detail.at("picked").at("text").get<std::string>();
        pick.pickedLogProb = detail.at("picked").at("logprob").get<float>();
        return pick;
    } catch (const json::exception &) {
        return std::nullopt;  // not a token pick's detail (or damaged): the pair is left out
    }
}

std::string preferencePairJson(const PreferencePair &pair)
{
    json inputs = parsedOrNull(pair.inputsJson);
    if (inputs.is_object())
        inputs.erase("prompt");  // already the line's own "prompt" (for a token pick, without the card's words)
    else
        inputs = json::object();
    const auto idOrNull = [](const std::optional<std::int64_t> &id) { return id ? json(*id) : json(nullptr); };
    const json line = {
        {"prompt", pair.prompt},
        {"chosen", pair.chosen},
        {"rejected", pair.rejected},
        {"source", pair.source},
        {"chosen_item_id", idOrNull(pair.chosenItemId)},
        {"rejected_item_id", pair.rejectedItemId},
        {"batch_id", pair.batchId},
        {"chapter_id", idOrNull(pair.chapterId)},
        {"model",
         {{"version_id", idOrNull(pair.modelVersionId)},
          {"name", pair.model.name},
          {"file_hash", pair.model.fileHash},
          {"path", pair.model.path}}},
        {"seed", pair.seed},
        {"inputs", inputs},
        {"rated_at_ms", pair.ratedAtMs},
    };
    return dumped(line);
}

}  // namespace noosphere::core
