#include "designgeometry.h"

#include "designmesh.h"

#include <QVector3D>

#include <cstring>

namespace noosphere::ui {

namespace {
constexpr int kStride = 6 * sizeof(float);  // position, normal
}

DesignGeometry::DesignGeometry(QQuick3DObject *parent)
    : QQuick3DGeometry(parent)
{
    // NOTE: even empty, the geometry needs its stride: the renderer divides by it (a zero stride is SIGFPE).
    setStride(kStride);
    setPrimitiveType(PrimitiveType::Triangles);
}

void DesignGeometry::setMesh(const QVariant &mesh)
{
    const auto design = mesh.value<DesignMesh>();
    const auto old = m_mesh.value<DesignMesh>();
    if (design.mesh == old.mesh && m_mesh.isValid() == mesh.isValid())
        return;
    m_mesh = mesh;
    clear();
    setStride(kStride);
    setPrimitiveType(PrimitiveType::Triangles);
    const auto *m = design.mesh.get();
    m_hasMesh = m && !m->indices.empty();
    if (m_hasMesh) {
        QByteArray vertices(qsizetype(m->positions.size()) * kStride, Qt::Uninitialized);
        auto *out = reinterpret_cast<float *>(vertices.data());
        for (size_t i = 0; i < m->positions.size(); ++i) {
            std::memcpy(out + 6 * i, m->positions[i].data(), 3 * sizeof(float));
            std::memcpy(out + 6 * i + 3, m->normals[i].data(), 3 * sizeof(float));
        }
        setVertexData(vertices);
        setIndexData(QByteArray(reinterpret_cast<const char *>(m->indices.data()),
                                qsizetype(m->indices.size() * sizeof(uint32_t))));
        addAttribute(Attribute::PositionSemantic, 0, Attribute::F32Type);
        addAttribute(Attribute::NormalSemantic, 3 * sizeof(float), Attribute::F32Type);
        addAttribute(Attribute::IndexSemantic, 0, Attribute::U32Type);
        const auto bounds = core::design::meshBounds(*m);
        setBounds({bounds.min[0], bounds.min[1], bounds.min[2]}, {bounds.max[0], bounds.max[1], bounds.max[2]});
    }
    update();
    Q_EMIT meshChanged();
}

}  // namespace noosphere::ui
