// A built design mesh as a QML-passable value: the Design pane's list model hands it to DesignGeometry
// without QML looking inside (an opaque QVariant), and without copying the triangles.
#pragma once

#include "design/mesh.h"

#include <QMetaType>

#include <memory>

namespace noosphere::ui {

struct DesignMesh {
    std::shared_ptr<const core::design::Mesh> mesh;
};

}  // namespace noosphere::ui

Q_DECLARE_METATYPE(noosphere::ui::DesignMesh)
