#include "designgenelistmodel.h"

#include "designtexts.h"

namespace noosphere::ui {

int DesignGeneListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_family ? 0 : int(m_family->genes.size());
}

QVariant DesignGeneListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const size_t row = size_t(index.row());
    const auto &gene = m_family->genes[row];
    switch (role) {
    case GeneIdRole: return QString::fromStdString(gene.id);
    case LabelRole: return designText(gene.label);
    case DescriptionRole: return designText(gene.description);
    case MinimumRole: return gene.min;
    case MaximumRole: return gene.max;
    case ValueRole: return row < m_values.size() ? m_values[row] : gene.defaultValue;
    case UnitRole: return designUnitSuffix(gene.unit);
    case IntegerRole: return gene.integer;
    case LockedRole: return row < m_locked.size() && m_locked[row];
    default: return {};
    }
}

QHash<int, QByteArray> DesignGeneListModel::roleNames() const
{
    return {{GeneIdRole, "geneId"}, {LabelRole, "label"},   {DescriptionRole, "description"},
            {MinimumRole, "minimum"}, {MaximumRole, "maximum"}, {ValueRole, "value"},
            {UnitRole, "unit"},     {IntegerRole, "integer"}, {LockedRole, "locked"}};
}

void DesignGeneListModel::setGenes(const core::design::Family *family, std::vector<double> values,
                                   std::vector<bool> locked)
{
    const bool sameFamily = family == m_family;
    if (!sameFamily)
        beginResetModel();
    m_family = family;
    m_values = std::move(values);
    m_locked = std::move(locked);
    if (sameFamily) {
        if (rowCount() > 0)
            Q_EMIT dataChanged(index(0), index(rowCount() - 1), {ValueRole, LockedRole});
    } else {
        endResetModel();
    }
}

}  // namespace noosphere::ui
