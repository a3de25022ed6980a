// The Design grid's 16 variants for QML: each one's mesh (for DesignGeometry), its size and centre (to fit
// it in its cell), the designer's stars, the surrogate's predicted rating and doubt, whether it is one the
// studio asks to have rated, and its computed objectives.
#pragma once

#include "designengine.h"

#include <QAbstractListModel>

#include <set>
#include <vector>

namespace noosphere::ui {

class DesignVariantListModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role {
        MeshRole = Qt::UserRole + 1,
        SizeRole,      // QVector3D, mm (x, y, z with z up)
        CentreRole,    // QVector3D, mm
        RatingRole,    // 0 when not rated, else 1–5
        PredictedRole,  // the surrogate's rating (1–5 scale)
        PredictedSdRole,
        SuggestedRole,  // one of the few the studio asks the designer to rate
        EditedRole,
        ObjectivesRole,  // QVariantMap: objective id → value in its spec's unit
    };
    using QAbstractListModel::QAbstractListModel;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setVariants(std::vector<DesignVariantView> variants, const std::vector<size_t> &suggested);
    const std::vector<DesignVariantView> &variants() const { return m_variants; }

private:
    std::vector<DesignVariantView> m_variants;
    std::set<size_t> m_suggested;
};

/// The objectives of a variant as QML reads them (id → value in the spec's unit).
QVariantMap objectivesMap(const core::design::Objectives &objectives);

}  // namespace noosphere::ui
