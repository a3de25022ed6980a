#include "assistant/lmhost.h"

#include "engine/filehash.h"

#include "common/utf8.h"
#include "lm/generator.h"
#include "text/bible/lorebook.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <span>

namespace noosphere::ui {

using models::Error;
using models::ErrorCode;

namespace {

// How much of a load's progress bar the weights take; hashing them takes the rest.
constexpr double kLoadShare = 0.8;
// Hashing reads this much between cancel checks and progress reports.

// The weight files the provenance hash covers: model.safetensors, or every shard of a sharded folder.
QStringList weightFiles(const QString &folder)
{
    const QDir dir(folder);
    if (dir.exists(QStringLiteral("model.safetensors")))
        return {dir.filePath(QStringLiteral("model.safetensors"))};
    QStringList files;
    for (const QString &name : dir.entryList({QStringLiteral("*.safetensors")}, QDir::Files, QDir::Name))
        files << dir.filePath(name);
    return files;
}

// A card shows what accepting it puts in the editor, whose document turns CR and the Unicode line and paragraph
// separators into line breaks; one character each, so token offsets stay put.
std::string asEditorText(std::string text)
{
    for (std::string_view separator : {"\r", "\u2028", "\u2029"}) {
        for (auto at = text.find(separator); at != std::string::npos; at = text.find(separator, at + 1))
            text.replace(at, separator.size(), "\n");
    }
    return text;
}

const char *endName(models::Alternative::End end)
{
    using End = models::Alternative::End;
    switch (end) {
    case End::MaxTokens:
        return "max_tokens";
    case End::Stop:
        return "stop";
    case End::EndOfText:
        return "end_of_text";
    case End::Cancelled:
        return "cancelled";
    case End::ContextFull:
        return "context_full";
    }
    return "max_tokens";
}

}  // namespace

models::Result<LoadedModelInfo> LmHost::load(const std::string &folder, const models::LmLoadOptions &options,
                                             const std::function<void(double)> &progress,
                                             const std::function<bool()> &cancelled)
{
    unload();  // the old model's memory goes before the new one arrives
    auto tokenizer = models::Tokenizer::loadFolder(folder);
    if (!tokenizer)
        return tokenizer.error();
    auto model = models::LanguageModel::load(folder, options, [&](double fraction) {
        progress(kLoadShare * fraction);
        return !cancelled();
    });
    if (!model)
        return model.error();
    if (tokenizer->vocabSize() > model->config().nVocab)
        return Error{ErrorCode::BadModelFile,
                     "the tokenizer in '" + folder + "' has " + std::to_string(tokenizer->vocabSize()) +
                         " tokens but the model only " + std::to_string(model->config().nVocab)};
    const QString qFolder = QFileInfo(QString::fromStdString(folder)).absoluteFilePath();
    auto hash = sha256OfFiles(
        weightFiles(qFolder), [&](double fraction) { progress(kLoadShare + (1 - kLoadShare) * fraction); }, cancelled);
    if (!hash)
        return hash.error();

    LoadedModelInfo info{.name = QFileInfo(qFolder).fileName().toStdString(),
                         .folder = qFolder.toStdString(),
                         .fileHash = hash.value(),
                         .contextWindow = model->config().nContext,
                         .parameters = model->parameterCount(),
                         .cuda = options.device == models::DeviceKind::Cuda};
    m_model.emplace(std::move(model).value());
    m_tokenizer.emplace(std::move(tokenizer).value());
    return info;
}

void LmHost::unload()
{
    m_session.reset();
    m_model.reset();
    m_tokenizer.reset();
}

std::vector<std::int32_t> LmHost::encodePrompt(const GenerationInput &input, const std::string &bibleBlock,
                                              int &keepTokens) const
{
    // The document marker (BOS) leads every prompt, a cut one too: our models saw it before every training window,
    // and llama.cpp keeps it the same way when it shifts the context. The story bible's lines follow it and are
    // kept too: when the chapter is too long, its oldest words go, never the bible.
    auto ids = models::encodeDocument(*m_tokenizer, m_model->config(), bibleBlock);
    keepTokens = int(ids.size());
    const auto chapter = m_tokenizer->encode(input.promptText);
    ids.insert(ids.end(), chapter.begin(), chapter.end());
    if (ids.empty() && input.head.empty()) {
        // An empty chapter of a model without BOS: start from GPT-2's end-of-text.
        const auto &config = m_model->config();
        if (auto end = config.eosId ? config.eosId : m_tokenizer->eosId())
            ids.push_back(*end);
    }
    return ids;
}

std::string LmHost::optionText(std::int32_t id) const
{
    return models::utf8::toValid(m_tokenizer->tokenBytes(id));
}

GeneratedCard LmHost::describe(const std::vector<GeneratedToken> &head, const std::vector<std::int32_t> &ids,
                               const std::vector<float> &logProbs,
                               const std::vector<std::vector<models::SampledToken>> &top) const
{
    GeneratedCard card;
    card.tokens = head;
    for (std::size_t t = 0; t < ids.size(); ++t) {
        GeneratedToken token{.id = ids[t], .logProb = logProbs[t]};
        bool drawnListed = false;
        if (t < top.size())
            for (const auto &option : top[t]) {
                token.alternatives.push_back({option.id, option.logProb, optionText(option.id)});
                drawnListed = drawnListed || option.id == ids[t];
            }
        if (t < top.size() && !drawnListed)  // sampled from outside the top few: the view still shows it
            token.alternatives.push_back({ids[t], logProbs[t], optionText(ids[t])});
        card.tokens.push_back(std::move(token));
    }
    // A character may span tokens (byte-level and byte-fallback vocabularies): its text goes to the first one.
    std::string pending;
    std::size_t owner = 0;
    double sum = 0;
    for (std::size_t t = 0; t < card.tokens.size(); ++t) {
        auto &token = card.tokens[t];
        sum += token.logProb;
        token.piece.clear();
        if (pending.empty())
            owner = t;
        pending += m_tokenizer->tokenBytes(token.id);
        if (models::utf8::completePrefix(pending) == pending.size()) {
            card.tokens[owner].piece = models::utf8::toValid(pending);
            pending.clear();
        }
    }
    if (!pending.empty())
        card.tokens[owner].piece = models::utf8::toValid(pending);  // cut mid-character: shown as U+FFFD
    for (auto &token : card.tokens) {
        token.piece = asEditorText(token.piece);
        card.text += token.piece;
    }
    card.meanLogProb = card.tokens.empty() ? 0 : sum / double(card.tokens.size());
    return card;
}

models::Result<GenerationOutput> LmHost::generate(const GenerationInput &input, const std::function<bool()> &cancelled,
                                                  const std::function<void(int, const std::string &)> &onText)
{
    if (!m_model || !m_tokenizer)
        return Error{ErrorCode::InvalidArgument, "no language model is loaded"};
    if (!m_session || m_session->rows() != input.nAlternatives) {
        m_session.reset();  // its KV cache goes before the next one is allocated
        auto session = m_model->newSession(input.nAlternatives);
        if (!session)
            return session.error();
        m_session = std::move(session).value();
    }
    core::text::LorebookOptions lore{.tokenBudget = input.bibleBudgetTokens};
    lore.countTokens = [this](std::string_view text) { return int(m_tokenizer->encode(text).size()); };
    const auto bible = core::text::selectLore(input.bible, input.promptText, lore);
    int keepTokens = 0;
    const auto base = encodePrompt(input, bible.block, keepTokens);
    auto prompt = base;
    std::string headText;
    for (const auto &token : input.head) {
        prompt.push_back(token.id);
        headText += token.piece;
    }
    if (prompt.empty())
        return Error{ErrorCode::InvalidArgument, "there is nothing to continue yet"};

    models::GenerationRequest request{.prompt = prompt,
                                      .nAlternatives = input.nAlternatives,
                                      .maxTokens =
                                          std::clamp(input.maxTokens, 1, std::max(1, m_session->maxLength() / 2)),
                                      .sampler = input.sampler,
                                      .seed = input.seed,
                                      .endOfText = m_model->config().eosId.value_or(m_tokenizer->eosId().value_or(-1)),
                                      .topAlternatives = input.topAlternatives,
                                      .keepTokens = keepTokens};
    auto result =
        models::generate(*m_session, *m_tokenizer, request, cancelled,
                         [&](int row, std::int32_t, const std::string &text) { onText(row, headText + text); });
    if (!result)
        return result.error();

    GenerationOutput output;
    const int keptFromBase = std::max(0, int(base.size()) - result->promptTokensDropped);
    output.promptTokens = keptFromBase;
    output.promptTokensDropped = result->promptTokensDropped;
    // The prompt as written when the model read all of it (no BOS text in it); else the bible and the part of the
    // chapter it kept.
    const auto start = std::min(base.size(), std::size_t(keepTokens + result->promptTokensDropped));
    output.prompt = bible.block + (result->promptTokensDropped == 0
                                       ? input.promptText
                                       : m_tokenizer->decode(std::span(base).subspan(start)));
    output.bibleEntryIds = bible.entryIds;
    output.bibleNames = bible.names;
    for (const auto &alt : result->alternatives) {
        auto card = describe(input.head, alt.ids, alt.logProbs, alt.topAlternatives);
        card.end = endName(alt.end);
        output.cards.push_back(std::move(card));
    }
    return output;
}

}  // namespace noosphere::ui
