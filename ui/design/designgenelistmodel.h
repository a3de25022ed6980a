// The selected variant's genes for the Design pane's sliders: label, range, unit, value, and whether the
// designer locked it (the GA then never changes it).
#pragma once

#include "design/family.h"

#include <QAbstractListModel>

#include <vector>

namespace noosphere::ui {

class DesignGeneListModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role {
        GeneIdRole = Qt::UserRole + 1,
        LabelRole,
        DescriptionRole,
        MinimumRole,
        MaximumRole,
        ValueRole,
        UnitRole,
        IntegerRole,
        LockedRole,
    };
    using QAbstractListModel::QAbstractListModel;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setGenes(const core::design::Family *family, std::vector<double> values, std::vector<bool> locked);
    const std::vector<double> &values() const { return m_values; }

private:
    const core::design::Family *m_family = nullptr;
    std::vector<double> m_values;
    std::vector<bool> m_locked;
};

}  // namespace noosphere::ui
