#include "designvariantlistmodel.h"

#include <QVector3D>

namespace noosphere::ui {

QVariantMap objectivesMap(const core::design::Objectives &objectives)
{
    QVariantMap map;
    for (const auto &spec : core::design::objectiveSpecs())
        map.insert(QString::fromStdString(spec.id), core::design::objectiveValue(objectives, spec.id));
    return map;
}

int DesignVariantListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_variants.size());
}

QVariant DesignVariantListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const DesignVariantView &v = m_variants[size_t(index.row())];
    const auto &bounds = v.bounds;
    switch (role) {
    case MeshRole: return QVariant::fromValue(v.mesh);
    case SizeRole:
        return QVector3D(bounds.max[0] - bounds.min[0], bounds.max[1] - bounds.min[1], bounds.max[2] - bounds.min[2]);
    case CentreRole:
        return QVector3D((bounds.max[0] + bounds.min[0]) / 2, (bounds.max[1] + bounds.min[1]) / 2,
                         (bounds.max[2] + bounds.min[2]) / 2);
    case RatingRole: return v.rating ? int(*v.rating) : 0;
    case PredictedRole: return v.predicted.mean;
    case PredictedSdRole: return v.predicted.sd;
    case SuggestedRole: return m_suggested.contains(size_t(index.row()));
    case EditedRole: return v.edited;
    case ObjectivesRole: return objectivesMap(v.objectives);
    default: return {};
    }
}

QHash<int, QByteArray> DesignVariantListModel::roleNames() const
{
    return {{MeshRole, "mesh"},         {SizeRole, "sizeMm"},       {CentreRole, "centreMm"},
            {RatingRole, "rating"},     {PredictedRole, "predicted"}, {PredictedSdRole, "predictedSd"},
            {SuggestedRole, "suggested"}, {EditedRole, "edited"},     {ObjectivesRole, "objectives"}};
}

void DesignVariantListModel::setVariants(std::vector<DesignVariantView> variants, const std::vector<size_t> &suggested)
{
    const bool sameCount = variants.size() == m_variants.size();
    if (!sameCount)
        beginResetModel();
    m_variants = std::move(variants);
    m_suggested = {suggested.begin(), suggested.end()};
    if (sameCount) {
        if (!m_variants.empty())
            Q_EMIT dataChanged(index(0), index(rowCount() - 1));
    } else {
        endResetModel();
    }
}

}  // namespace noosphere::ui
