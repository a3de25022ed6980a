// A soft dark disc under a design, on the plane it stands on (z = 0 of its parent): a radial fall-off of alpha
// (ShadowTexture) on a flat square, so the design looks set down rather than floating over the photo.
import QtQuick
import QtQuick3D
import Noosphere.Ui

Model {
    id: shadow
    property real footprint: 100  // mm across
    source: "#Rectangle"          // 100 × 100 units in the xy plane, facing +z
    scale: Qt.vector3d(footprint * 1.4 / 100, footprint * 1.4 / 100, 1)
    materials: PrincipledMaterial {
        lighting: PrincipledMaterial.NoLighting
        baseColorMap: Texture { textureData: ShadowTexture {} }
        alphaMode: PrincipledMaterial.Blend
    }
}
