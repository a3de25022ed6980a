#include "assistant/tokenchoicelistmodel.h"

#include <algorithm>
#include <cmath>

namespace noosphere::ui {

QString visibleTokenText(const std::string &text)
{
    QString shown = QString::fromStdString(text);
    shown.replace(QLatin1Char('\n'), QChar(0x21B5)).replace(QLatin1Char('\t'), QChar(0x2192));
    if (shown.startsWith(QLatin1Char(' ')))
        shown.replace(0, 1, QChar(0x2423));
    if (shown.size() > 1 && shown.endsWith(QLatin1Char(' ')))
        shown.replace(shown.size() - 1, 1, QChar(0x2423));
    return shown;
}

TokenChoiceListModel::TokenChoiceListModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

int TokenChoiceListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_choices.size());
}

QVariant TokenChoiceListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_choices.size()))
        return {};
    const TokenOption &option = m_choices[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case TextRole:
        return visibleTokenText(option.text);
    case ProbabilityRole:
        return std::exp(double(option.logProb));
    case DrawnRole:
        return option.id == m_drawnId;
    }
    return {};
}

QHash<int, QByteArray> TokenChoiceListModel::roleNames() const
{
    return {{TextRole, "token"}, {ProbabilityRole, "probability"}, {DrawnRole, "drawn"}};
}

QString TokenChoiceListModel::drawnText() const
{
    for (const auto &option : m_choices)
        if (option.id == m_drawnId)
            return visibleTokenText(option.text);
    return {};
}

void TokenChoiceListModel::show(int cardRow, int tokenIndex, const GeneratedToken &token)
{
    beginResetModel();
    m_choices = token.alternatives;
    m_drawnId = token.id;
    // A sampled token may be outside the top few: list it too, so the view always shows what was written.
    if (std::none_of(m_choices.begin(), m_choices.end(), [&](const TokenOption &o) { return o.id == token.id; }))
        m_choices.push_back({token.id, token.logProb, token.piece});
    m_cardRow = cardRow;
    m_tokenIndex = tokenIndex;
    endResetModel();
    Q_EMIT countChanged();
}

void TokenChoiceListModel::clear()
{
    if (m_choices.empty() && m_cardRow < 0)
        return;
    beginResetModel();
    m_choices.clear();
    m_cardRow = m_tokenIndex = -1;
    endResetModel();
    Q_EMIT countChanged();
}

const TokenOption *TokenChoiceListModel::choice(int row) const
{
    return row >= 0 && row < int(m_choices.size()) ? &m_choices[size_t(row)] : nullptr;
}

}  // namespace noosphere::ui
