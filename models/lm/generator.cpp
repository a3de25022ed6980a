#include "lm/generator.h"

#include "common/utf8.h"
#include "lm/languagemodel.h"
#include "tokenize/tokenizer.h"

#include <algorithm>
#include <span>

namespace noosphere::models {

std::vector<std::int32_t> encodeDocument(const Tokenizer &tokenizer, const LmConfig &config, std::string_view text)
{
    std::vector<std::int32_t> ids;
    if (config.architecture == LmArchitecture::Llama)
        if (auto bos = config.bosId ? config.bosId : tokenizer.bosId())
            ids.push_back(*bos);
    const auto body = tokenizer.encode(text);
    ids.insert(ids.end(), body.begin(), body.end());
    return ids;
}

Result<GenerationResult> generate(LmSession &session, const Tokenizer &tokenizer, const GenerationRequest &request,
                                  const std::function<bool()> &cancelled, const TokenCallback &onToken)
{
    if (request.prompt.empty())
        return Error{ErrorCode::InvalidArgument, "the prompt is empty"};
    if (request.nAlternatives < 1 || request.nAlternatives != session.rows())
        return Error{ErrorCode::InvalidArgument, "the session has " + std::to_string(session.rows()) + " rows but " +
                                                     std::to_string(request.nAlternatives) +
                                                     " alternatives were asked for"};
    if (request.maxTokens < 1)
        return Error{ErrorCode::InvalidArgument, "max tokens must be at least 1"};

    GenerationResult result;
    // Leave room for the continuation: cut the prompt from the left, as a reader forgets the oldest text first.
    const int room = std::max(1, session.maxLength() - request.maxTokens);
    std::span<const std::int32_t> prompt(request.prompt);
    std::vector<std::int32_t> kept;
    if (int(prompt.size()) > room) {
        result.promptTokensDropped = int(prompt.size()) - room;
        const auto keep = std::size_t(std::clamp(request.keepTokens, 0, room - 1));
        kept.assign(prompt.begin(), prompt.begin() + std::ptrdiff_t(keep));
        kept.insert(kept.end(), prompt.begin() + std::ptrdiff_t(keep) + result.promptTokensDropped, prompt.end());
        prompt = kept;
    }
    auto logits = session.setPrompt(prompt);
    if (!logits.ok())
        return logits.error();
    result.promptTokensReused = session.reusedPromptTokens();

    const int k = request.nAlternatives;
    const auto nVocab = logits->size();
    std::vector<float> rows(nVocab * size_t(k));
    for (int r = 0; r < k; ++r)
        std::copy(logits->begin(), logits->end(), rows.begin() + std::ptrdiff_t(nVocab * size_t(r)));

    std::vector<Sampler> samplers;
    for (int r = 0; r < k; ++r)
        samplers.emplace_back(request.sampler, request.seed + std::uint64_t(r) * 0x9E3779B97F4A7C15ull);
    result.alternatives.resize(size_t(k));
    std::vector<std::vector<std::int32_t>> history(size_t(k), std::vector<std::int32_t>(prompt.begin(), prompt.end()));
    std::vector<std::string> bytes(static_cast<std::size_t>(k));
    std::vector<bool> done(static_cast<std::size_t>(k), false);
    std::vector<std::int32_t> next(static_cast<std::size_t>(k));

    for (int t = 0; t < request.maxTokens; ++t) {
        if (cancelled && cancelled()) {
            for (auto &a : result.alternatives)
                if (a.end == Alternative::End::MaxTokens)
                    a.end = Alternative::End::Cancelled;
            break;
        }
        for (int r = 0; r < k; ++r) {
            auto &alt = result.alternatives[size_t(r)];
            if (done[size_t(r)]) {
                next[size_t(r)] = history[size_t(r)].back();  // keeps the batch in step; its output is ignored
                continue;
            }
            const auto rowLogits = std::span<const float>(rows).subspan(nVocab * size_t(r), nVocab);
            const auto token = samplers[size_t(r)].sample(rowLogits, history[size_t(r)]);
            next[size_t(r)] = token.id;
            if (token.id == request.endOfText) {
                alt.end = Alternative::End::EndOfText;
                done[size_t(r)] = true;
                continue;
            }
            alt.ids.push_back(token.id);
            alt.logProbs.push_back(token.logProb);
            if (request.topAlternatives > 0)
                alt.topAlternatives.push_back(Sampler::topAlternatives(rowLogits, request.topAlternatives));
            history[size_t(r)].push_back(token.id);
            auto &text = bytes[size_t(r)];
            const std::size_t before = text.size();
            text += tokenizer.tokenBytes(token.id);
            for (const auto &stop : request.stopStrings) {
                // Only a match that ends in the new bytes is new: search from where one could start.
                const std::size_t from = before >= stop.size() ? before - stop.size() + 1 : 0;
                if (const auto at = text.find(stop, from); !stop.empty() && at != std::string::npos) {
                    text.resize(at);
                    alt.end = Alternative::End::Stop;
                    done[size_t(r)] = true;
                }
            }
            if (onToken)
                onToken(r, token.id,
                        utf8::toValid(
                            std::string_view(bytes[size_t(r)]).substr(0, utf8::completePrefix(bytes[size_t(r)]))));
        }
        if (std::all_of(done.begin(), done.end(), [](bool d) { return d; }) || t + 1 == request.maxTokens)
            break;
        if (session.length() >= session.maxLength()) {
            for (int r = 0; r < k; ++r)
                if (!done[size_t(r)])
                    result.alternatives[size_t(r)].end = Alternative::End::ContextFull;
            break;
        }
        auto stepped = session.step(next);
        if (!stepped.ok())
            return stepped.error();
        rows = std::move(stepped).value();
    }

    for (int r = 0; r < k; ++r) {
        auto &alt = result.alternatives[size_t(r)];
        alt.text = tokenizer.decode(alt.ids);
        if (alt.end == Alternative::End::Stop)  // cut at the stop string, as it was found in the bytes
            alt.text = utf8::toValid(bytes[size_t(r)]);
        double sum = 0;
        for (float lp : alt.logProbs)
            sum += lp;
        alt.meanLogProb = alt.logProbs.empty() ? 0 : sum / double(alt.logProbs.size());
    }
    return result;
}

}  // namespace noosphere::models
