#include "knowledge/conceptedgelistmodel.h"

namespace noosphere::ui {

int ConceptEdgeListModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_edges.size()); }

QVariant ConceptEdgeListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ConceptEdgeRow &e = m_edges.at(index.row());
    switch (role) {
    case XRole: return e.x;
    case YRole: return e.y;
    case LengthRole: return e.length;
    case AngleRole: return e.angleDegrees;
    case GroupRole: return e.group;
    case LabelRole: return e.label;
    default: return {};
    }
}

QHash<int, QByteArray> ConceptEdgeListModel::roleNames() const
{
    return {{XRole, "startX"}, {YRole, "startY"}, {LengthRole, "length"},
            {AngleRole, "angle"}, {GroupRole, "group"}, {LabelRole, "label"}};
}

void ConceptEdgeListModel::setEdges(QList<ConceptEdgeRow> edges)
{
    const bool countChanges = edges.size() != m_edges.size();
    beginResetModel();
    m_edges = std::move(edges);
    endResetModel();
    if (countChanges)
        Q_EMIT countChanged();
}

}  // namespace noosphere::ui
