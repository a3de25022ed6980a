#include "assistant/suggestionlistmodel.h"

#include "text/wordcount.h"

#include <algorithm>

namespace noosphere::ui {

QString cardMarkup(const GeneratedCard &card, const QColor &color)
{
    const QString link = QStringLiteral("<a href=\"t%1\" style=\"text-decoration: none; color: %2\">%3</a>");
    // pre-wrap keeps the model's spaces and line breaks, which rich text would otherwise collapse.
    QString markup = QStringLiteral("<span style=\"white-space: pre-wrap\">");
    for (std::size_t t = 0; t < card.tokens.size(); ++t) {
        const auto &piece = card.tokens[t].piece;
        if (piece.empty())
            continue;
        markup += link.arg(t).arg(color.name(), QString::fromStdString(piece).toHtmlEscaped());
    }
    return markup + QStringLiteral("</span>");
}

SuggestionListModel::SuggestionListModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

int SuggestionListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant SuggestionListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_rows.size()))
        return {};
    const Row &row = m_rows[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case TextRole:
        return row.text;
    case MarkupRole:
        return row.card
                   ? cardMarkup(*row.card, m_textColor)
                   : QStringLiteral("<span style=\"white-space: pre-wrap\">%1</span>").arg(row.text.toHtmlEscaped());
    case WordCountRole:
        return qint64(core::countWords(row.text.toStdString()));
    case TokenCountRole:
        return row.card ? int(row.card->tokens.size()) : 0;
    case MeanLogProbRole:
        return row.card ? row.card->meanLogProb : 0.0;
    case FinishedRole:
        return row.card.has_value();
    case CurrentRole:
        return index.row() == m_current;
    }
    return {};
}

QHash<int, QByteArray> SuggestionListModel::roleNames() const
{
    return {{TextRole, "text"},
            {MarkupRole, "markup"},
            {WordCountRole, "wordCount"},
            {TokenCountRole, "tokenCount"},
            {MeanLogProbRole, "meanLogProb"},
            {FinishedRole, "finished"},
            {CurrentRole, "current"}};
}

void SuggestionListModel::setCurrentRow(int row)
{
    row = m_rows.empty() ? 0 : std::clamp(row, 0, int(m_rows.size()) - 1);
    if (row == m_current)
        return;
    const int before = m_current;
    m_current = row;
    if (before < int(m_rows.size()))
        Q_EMIT dataChanged(index(before), index(before), {CurrentRole});
    if (row < int(m_rows.size()))
        Q_EMIT dataChanged(index(row), index(row), {CurrentRole});
    Q_EMIT currentRowChanged();
}

void SuggestionListModel::setTextColor(const QColor &color)
{
    if (color == m_textColor)
        return;
    m_textColor = color;
    if (!m_rows.empty())
        Q_EMIT dataChanged(index(0), index(int(m_rows.size()) - 1), {MarkupRole});
    Q_EMIT textColorChanged();
}

void SuggestionListModel::resetRows(std::vector<Row> rows)
{
    const bool countChanges = rows.size() != m_rows.size();
    const bool wasFinished = isFinished();
    beginResetModel();
    m_rows = std::move(rows);
    m_current = 0;
    endResetModel();
    if (countChanges)
        Q_EMIT countChanged();
    if (wasFinished != isFinished())
        Q_EMIT finishedChanged();
    Q_EMIT currentRowChanged();
}

void SuggestionListModel::startStreaming(int n)
{
    resetRows(std::vector<Row>(size_t(std::max(0, n))));
}

void SuggestionListModel::setStreamingTexts(const QStringList &texts)
{
    for (int r = 0; r < int(m_rows.size()) && r < texts.size(); ++r) {
        if (m_rows[size_t(r)].card || m_rows[size_t(r)].text == texts[r])
            continue;
        m_rows[size_t(r)].text = texts[r];
        Q_EMIT dataChanged(index(r), index(r), {TextRole, MarkupRole, WordCountRole});
    }
}

void SuggestionListModel::finish(const std::vector<GeneratedCard> &cards)
{
    std::vector<Row> rows;
    for (const auto &card : cards)
        rows.push_back({QString::fromStdString(card.text), card});
    const int current = m_current;
    if (rows.size() == m_rows.size()) {  // in place, so the view keeps its delegates (no flicker)
        const bool wasFinished = isFinished();
        m_rows = std::move(rows);
        if (!m_rows.empty())
            Q_EMIT dataChanged(index(0), index(int(m_rows.size()) - 1));
        if (!wasFinished)
            Q_EMIT finishedChanged();
        return;
    }
    resetRows(std::move(rows));
    setCurrentRow(current);
}

void SuggestionListModel::clear()
{
    if (!m_rows.empty())
        resetRows({});
}

const GeneratedCard *SuggestionListModel::card(int row) const
{
    if (row < 0 || row >= int(m_rows.size()) || !m_rows[size_t(row)].card)
        return nullptr;
    return &*m_rows[size_t(row)].card;
}

}  // namespace noosphere::ui
