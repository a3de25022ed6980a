#include "bible/namesuggestionlistmodel.h"

namespace noosphere::ui {

using core::text::KindEvidence;

void NameSuggestionListModel::setCandidates(std::vector<core::text::NameCandidate> candidates)
{
    beginResetModel();
    m_candidates = std::move(candidates);
    endResetModel();
    Q_EMIT countChanged();
}

const core::text::NameCandidate *NameSuggestionListModel::candidate(int row) const
{
    return row >= 0 && row < int(m_candidates.size()) ? &m_candidates[std::size_t(row)] : nullptr;
}

void NameSuggestionListModel::remove(int row)
{
    if (!candidate(row))
        return;
    beginRemoveRows({}, row, row);
    m_candidates.erase(m_candidates.begin() + row);
    endRemoveRows();
    Q_EMIT countChanged();
}

int NameSuggestionListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_candidates.size());
}

QVariant NameSuggestionListModel::data(const QModelIndex &index, int role) const
{
    const auto *c = candidate(index.row());
    if (!index.isValid() || !c)
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return QString::fromStdString(c->name);
    case OccurrencesRole:
        return c->occurrences;
    case KindRole:
        return int(c->kind);
    case ReasonRole:
        switch (c->evidence) {
        case KindEvidence::FirstName:
            return tr("a first name; %n times", nullptr, c->occurrences);
        case KindEvidence::PlaceName:
            return tr("a place name; %n times", nullptr, c->occurrences);
        case KindEvidence::None:
            return tr("%n times", nullptr, c->occurrences);
        }
        return {};
    default:
        return {};
    }
}

QHash<int, QByteArray> NameSuggestionListModel::roleNames() const
{
    return {{NameRole, "name"}, {OccurrencesRole, "occurrences"}, {KindRole, "kind"}, {ReasonRole, "reason"}};
}

}  // namespace noosphere::ui
