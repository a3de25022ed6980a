// A design's triangle mesh as Quick 3D geometry: positions and normals interleaved, 32-bit indices, bounds.
// Millimetres with z up, as the engine builds them; the view turns z up into Quick 3D's y up.
#pragma once

#include <QQuick3DGeometry>
#include <QVariant>
#include <QtQml/qqmlregistration.h>

namespace noosphere::ui {

class DesignGeometry : public QQuick3DGeometry {
    Q_OBJECT
    QML_NAMED_ELEMENT(DesignGeometry)
    /// A DesignMesh from DesignVariantListModel's `mesh` role (an empty QVariant clears the geometry).
    Q_PROPERTY(QVariant mesh READ mesh WRITE setMesh NOTIFY meshChanged)
    /// Whether there are triangles to draw. NOTE: a Model with empty custom geometry can crash Qt 6.4's
    /// renderer; views hide their Model while this is false.
    Q_PROPERTY(bool hasMesh READ hasMesh NOTIFY meshChanged)
public:
    explicit DesignGeometry(QQuick3DObject *parent = nullptr);

    QVariant mesh() const { return m_mesh; }
    void setMesh(const QVariant &mesh);
    bool hasMesh() const { return m_hasMesh; }

Q_SIGNALS:
    void meshChanged();

private:
    QVariant m_mesh;
    bool m_hasMesh = false;
};

}  // namespace noosphere::ui
