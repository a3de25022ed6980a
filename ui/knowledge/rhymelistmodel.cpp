#include "knowledge/rhymelistmodel.h"

namespace noosphere::ui {

int RhymeListModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_rhymes.size()); }

QVariant RhymeListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RhymeRow &r = m_rhymes.at(index.row());
    switch (role) {
    case WordRole: return r.word;
    case GroupRole: return r.group;
    case KindRole: return r.kind;
    case NearRole: return r.near;
    case SyllablesRole: return r.syllables;
    default: return {};
    }
}

QHash<int, QByteArray> RhymeListModel::roleNames() const
{
    return {{WordRole, "word"}, {GroupRole, "group"}, {KindRole, "kind"}, {NearRole, "near"}, {SyllablesRole, "syllables"}};
}

void RhymeListModel::setRhymes(QList<RhymeRow> rhymes)
{
    const bool countChanges = rhymes.size() != m_rhymes.size();
    beginResetModel();
    m_rhymes = std::move(rhymes);
    m_current = m_rhymes.isEmpty() ? -1 : 0;
    endResetModel();
    if (countChanges)
        Q_EMIT countChanged();
    Q_EMIT currentChanged();
}

void RhymeListModel::setCurrentRow(int row)
{
    if (row < 0 || row >= m_rhymes.size() || row == m_current)
        return;
    m_current = row;
    Q_EMIT currentChanged();
}

QString RhymeListModel::currentWord() const
{
    return m_current >= 0 && m_current < m_rhymes.size() ? m_rhymes.at(m_current).word : QString();
}

}  // namespace noosphere::ui
