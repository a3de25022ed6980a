#include "knowledge/pronunciationlistmodel.h"

namespace noosphere::ui {

int PronunciationListModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_rows.size()); }

QVariant PronunciationListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PronunciationRow &r = m_rows.at(index.row());
    switch (role) {
    case SyllablesRole: return r.syllables;
    case StressRole: return r.stress;
    case PhonesRole: return r.phones;
    default: return {};
    }
}

QHash<int, QByteArray> PronunciationListModel::roleNames() const
{
    return {{SyllablesRole, "syllables"}, {StressRole, "stress"}, {PhonesRole, "phones"}};
}

void PronunciationListModel::setPronunciations(QList<PronunciationRow> rows)
{
    const bool countChanges = rows.size() != m_rows.size();
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
    if (countChanges)
        Q_EMIT countChanged();
}

}  // namespace noosphere::ui
