#include "assistant/feedbackrecorder.h"

#include <QCryptographicHash>

namespace noosphere::ui {

core::ContinuationBatch continuationBatch(const SuggestionBatch &batch)
{
    const GenerationOutput &output = *batch.output;
    core::ContinuationBatch stored;
    stored.model = {batch.model.name, batch.model.fileHash, batch.model.folder};
    stored.chapterId = batch.chapterId;
    stored.prompt = output.prompt;
    stored.promptSha256 = QCryptographicHash::hash(QByteArray::fromStdString(output.prompt), QCryptographicHash::Sha256)
                              .toHex()
                              .toStdString();
    stored.promptTokens = output.promptTokens;
    stored.promptTokensDropped = output.promptTokensDropped;
    stored.contextWindow = batch.model.contextWindow;
    for (const auto &token : batch.input.head)
        stored.headText += token.piece;
    stored.sampler = batch.input.sampler;
    stored.maxTokens = batch.input.maxTokens;
    stored.seed = batch.input.seed;
    stored.device = batch.model.cuda ? "cuda" : "cpu";
    for (const auto &card : output.cards)
        stored.alternatives.push_back({card.text, int(card.tokens.size()), card.meanLogProb, card.end});
    stored.bibleEntryIds = output.bibleEntryIds;
    stored.bibleNames = output.bibleNames;
    return stored;
}

QString FeedbackRecorder::setProject(const QString &path, bool readOnly)
{
    m_store.reset();
    if (path.isEmpty() || readOnly)
        return {};
    auto opened = core::PreferenceStore::open(path.toStdString());
    if (!opened)
        return QString::fromStdString(opened.error().detail);
    m_store.emplace(std::move(opened).value());
    return {};
}

QString FeedbackRecorder::store(SuggestionBatch &batch)
{
    if (batch.stored)
        return {};
    if (!batch.output)
        return QStringLiteral("the suggestions are not finished");
    auto stored = m_store->storeBatch(continuationBatch(batch));
    if (!stored)
        return QString::fromStdString(stored.error().detail);
    batch.stored = std::move(stored).value();
    return {};
}

QString FeedbackRecorder::record(SuggestionBatch &batch, std::span<const int> rows, core::FeedbackKind kind)
{
    if (!m_store)
        return {};
    if (auto error = store(batch); !error.isEmpty())
        return error;
    for (const int row : rows) {
        if (row < 0 || row >= int(batch.stored->itemIds.size()))
            continue;
        if (auto rated = m_store->rate(batch.stored->itemIds[size_t(row)], kind); !rated)
            return QString::fromStdString(rated.error().detail);
    }
    return {};
}

QString FeedbackRecorder::recordTokenPick(SuggestionBatch &batch, int row, const core::TokenPick &pick)
{
    if (!m_store)
        return {};
    if (auto error = store(batch); !error.isEmpty())
        return error;
    if (row < 0 || row >= int(batch.stored->itemIds.size()))
        return {};
    auto rated = m_store->rateTokenPick(batch.stored->itemIds[size_t(row)], pick);
    return rated ? QString() : QString::fromStdString(rated.error().detail);
}

}  // namespace noosphere::ui
