// The concept graph's lines, from box centre to box centre (the boxes are drawn over them), given as a start, a
// length and an angle so that a view draws each as one rotated rectangle, with no geometry of its own.
#pragma once

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

namespace noosphere::ui {

struct ConceptEdgeRow {
    double x = 0;  // start, in the graph's pixels
    double y = 0;
    double length = 0;
    double angleDegrees = 0;  // clockwise from +x, as Item.rotation turns
    int group = 0;            // core::text::ConceptLink, for the colour
    QString label;            // translated relation, for accessibility and tooltips
};

class ConceptEdgeListModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("owned by the concept graph")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
public:
    enum Role { XRole = Qt::UserRole + 1, YRole, LengthRole, AngleRole, GroupRole, LabelRole };

    using QAbstractListModel::QAbstractListModel;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setEdges(QList<ConceptEdgeRow> edges);

Q_SIGNALS:
    void countChanged();

private:
    QList<ConceptEdgeRow> m_edges;
};

}  // namespace noosphere::ui
