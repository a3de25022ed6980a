// The 4×4 grid of variants: one View3D (one render pass for all sixteen, which software OpenGL needs) with an
// orthographic camera whose units are pixels, each variant scaled to fit its cell and turning slowly; 2D
// overlays per cell draw the selection, the stars, the surrogate's guess and the "rate me" mark.
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick3D
import Noosphere.Ui

Item {
    id: root

    property real spin: 0
    readonly property real cellWidth: width / 4
    readonly property real cellHeight: height / 4

    NumberAnimation on spin {
        from: 0
        to: 360
        duration: 24000
        loops: Animation.Infinite
        running: root.visible
    }

    View3D {
        id: view
        objectName: "designView3D"
        anchors.fill: parent
        // Drawn straight into the window, under the 2D cells: no offscreen texture to fill and copy each frame,
        // which software OpenGL feels.
        renderMode: View3D.Offscreen
        environment: SceneEnvironment {
            clearColor: Material.theme === Material.Dark ? "#202124" : "#f3f1ee"
            backgroundMode: SceneEnvironment.Color
        }

        OrthographicCamera {
            position: Qt.vector3d(0, 0, 2000)
            clipFar: 5000
        }
        DirectionalLight {
            eulerRotation: Qt.vector3d(-35, -40, 0)
            brightness: 1.1
            castsShadow: false
        }
        DirectionalLight {
            eulerRotation: Qt.vector3d(-10, 150, 0)
            brightness: 0.45
        }
        DirectionalLight {  // from the viewer: no side falls to black
            brightness: 0.35
        }

        Repeater3D {
            model: Design.variants
            delegate: Node {
                id: cell
                required property int index
                required property var mesh
                required property vector3d sizeMm
                required property vector3d centreMm
                required property int rating
                readonly property real reach: Math.max(Math.hypot(sizeMm.x, sizeMm.y), sizeMm.z, 1)
                readonly property real fit: 0.66 * Math.min(root.cellWidth, root.cellHeight) / reach

                x: (index % 4 + 0.5) * root.cellWidth - root.width / 2
                y: root.height / 2 - (Math.floor(index / 4) + 0.5) * root.cellHeight + 8
                eulerRotation.x: 18  // seen a little from above

                Node {
                    eulerRotation.y: root.spin + cell.index * 22.5
                    Model {
                        objectName: "designVariantModel"
                        visible: cellGeometry.hasMesh
                        geometry: DesignGeometry { id: cellGeometry; mesh: cell.mesh }
                        eulerRotation.x: -90  // the engine's z up is Quick 3D's y up
                        scale: Qt.vector3d(cell.fit, cell.fit, cell.fit)
                        position: Qt.vector3d(-cell.centreMm.x * cell.fit, -cell.centreMm.z * cell.fit,
                                              cell.centreMm.y * cell.fit)
                        // NOTE: DefaultMaterial, not PrincipledMaterial: under Xvfb's software OpenGL the grid
                        // draws at ~37 frames/s with it and ~19 with the PBR one (measured on 2 busy cores).
                        materials: DefaultMaterial {
                            diffuseColor: cell.rating >= 4 ? "#d9b98c" : cell.rating > 0 && cell.rating <= 2 ? "#a9a4a0" : "#e6ded3"
                            specularAmount: 0.15
                        }
                    }
                }
            }
        }
    }

    Grid {
        anchors.fill: parent
        columns: 4
        Repeater {
            model: Design.variants
            delegate: DesignGridCell {
                width: root.cellWidth
                height: root.cellHeight
            }
        }
    }
}
