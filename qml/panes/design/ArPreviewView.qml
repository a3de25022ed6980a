// The AR-style preview: the selected design standing at real scale on a printed ArUco marker in a photo, seen
// through the photo's own camera (ArPreview.projection), with a soft contact shadow. Drag to slide it on the
// marker's plane, Shift+drag or the wheel to turn it. Without a marker: an orbit view (drag to orbit). Where a
// camera exists, "Use camera" shows its live frames instead of a photo, and the design follows the marker.
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Dialogs
import QtQuick.Layouts
import QtQuick3D
import QtQuick3D.Helpers
import QtMultimedia
import Noosphere.Ui

ColumnLayout {
    id: root
    spacing: 0

    property real slideX: 0   // mm along the marker's x
    property real slideY: 0
    property real turn: 0     // degrees about the marker's normal

    RowLayout {
        Layout.fillWidth: true
        Layout.margins: 8
        Button {
            objectName: "arOpenPhoto"
            text: qsTr("Open photo…")
            onClicked: photoDialog.open()
            ToolTip.visible: hovered
            ToolTip.text: qsTr("A photo with a printed marker in it (noosphere-cli marker print makes one)")
        }
        Button {
            objectName: "arCamera"
            text: ArCamera.active ? qsTr("Stop camera") : qsTr("Use camera")
            enabled: ArCamera.active || ArCamera.cameras.length > 0
            onClicked: ArCamera.active ? ArCamera.stop() : ArCamera.start(cameraChoice.currentIndex)
            ToolTip.visible: hovered
            ToolTip.text: ArCamera.cameras.length > 0
                          ? qsTr("Show the camera's view live, with the design standing on the marker")
                          : qsTr("No camera was found on this computer")
        }
        ComboBox {
            id: cameraChoice
            visible: ArCamera.cameras.length > 1
            model: ArCamera.cameras
            onActivated: if (ArCamera.active) ArCamera.start(currentIndex)
        }
        ToolButton {
            text: qsTr("Reset position")
            enabled: root.slideX !== 0 || root.slideY !== 0 || root.turn !== 0
            onClicked: { root.slideX = 0; root.slideY = 0; root.turn = 0 }
        }
        BusyIndicator { running: ArPreview.busy; implicitWidth: 28; implicitHeight: 28 }
        Label {
            objectName: "arStatus"
            Layout.fillWidth: true
            text: ArCamera.problem || ArPreview.status
                  || qsTr("Open a photo of a printed marker (%1, %2 mm) to see the design on it.")
                         .arg(ArPreview.dictionary).arg(ArPreview.markerSizeMm)
            wrapMode: Text.Wrap
            color: ArCamera.problem || ArPreview.problem ? Material.color(Material.Red) : Material.foreground
        }
    }

    Item {
        id: stage
        Layout.fillWidth: true
        Layout.fillHeight: true
        clip: true

        Image {
            id: photo
            objectName: "arPhoto"
            anchors.fill: parent
            source: ArPreview.photo
            fillMode: Image.PreserveAspectFit
            autoTransform: true
            asynchronous: true
            visible: ArPreview.markerFound && !ArPreview.live
        }

        // Made only while the camera runs: a VideoOutput builds its GStreamer sink when it is made, which costs
        // time and prints GStreamer's complaints at every start on a machine without a camera.
        Loader {
            id: live
            objectName: "arLive"
            anchors.fill: parent
            active: ArCamera.active
            visible: ArCamera.active && ArPreview.markerFound
            readonly property rect contentRect: item ? item.contentRect : Qt.rect(0, 0, 0, 0)
            sourceComponent: VideoOutput {
                id: video
                fillMode: VideoOutput.PreserveAspectFit
                Component.onCompleted: ArCamera.videoSink = video.videoSink
                Component.onDestruction: ArCamera.videoSink = null
            }
        }

        View3D {
            id: arView
            objectName: "arView3D"
            visible: ArPreview.markerFound
            // Exactly over the photo's (or the live frame's) painted rectangle: the projection is its camera.
            width: ArPreview.live ? live.contentRect.width : photo.paintedWidth
            height: ArPreview.live ? live.contentRect.height : photo.paintedHeight
            anchors.centerIn: parent
            environment: SceneEnvironment { backgroundMode: SceneEnvironment.Transparent }
            camera: arCamera

            CustomCamera {
                id: arCamera
                projection: ArPreview.projection
            }
            Node {  // the marker's frame: x right, y up as printed, z out of the paper
                position: ArPreview.markerPosition
                rotation: ArPreview.markerRotation
                DirectionalLight {
                    eulerRotation: Qt.vector3d(30, -25, 0)  // from above the paper, a little to the side
                    brightness: 1.2
                }
                DirectionalLight { eulerRotation: Qt.vector3d(-20, 150, 0); brightness: 0.4 }
                Node {
                    position: Qt.vector3d(root.slideX, root.slideY, 0)
                    eulerRotation.z: root.turn
                    Model {
                        objectName: "arDesign"
                        visible: arGeometry.hasMesh
                        geometry: DesignGeometry { id: arGeometry; mesh: Design.selectedMesh }
                        materials: DefaultMaterial { diffuseColor: "#e6ded3"; specularAmount: 0.15 }
                    }
                    ContactShadow {
                        z: 0.3
                        footprint: Math.max(Design.selectedSizeMm.x, Design.selectedSizeMm.y)
                    }
                }
            }
        }

        View3D {
            id: orbitView
            objectName: "arOrbitView"
            anchors.fill: parent
            visible: !ArPreview.markerFound
            environment: SceneEnvironment {
                clearColor: Material.theme === Material.Dark ? "#202124" : "#f3f1ee"
                backgroundMode: SceneEnvironment.Color
            }
            Node {
                id: orbitOrigin
                PerspectiveCamera {
                    id: orbitCamera
                    position: Qt.vector3d(0, 0, 3 * Math.max(Design.selectedSizeMm.x, Design.selectedSizeMm.y,
                                                             Design.selectedSizeMm.z, 10))
                    clipNear: 1
                    clipFar: 100000
                }
                eulerRotation.x: -20
            }
            DirectionalLight { eulerRotation: Qt.vector3d(-40, -30, 0); brightness: 1.1 }
            DirectionalLight { eulerRotation: Qt.vector3d(-10, 150, 0); brightness: 0.4 }
            Node {
                eulerRotation.x: -90  // the engine's z up is Quick 3D's y up
                position: Qt.vector3d(0, -Design.selectedSizeMm.z / 2, 0)
                Node {
                    position: Qt.vector3d(root.slideX, root.slideY, 0)
                    eulerRotation.z: root.turn
                    Model {
                        visible: orbitGeometry.hasMesh
                        geometry: DesignGeometry { id: orbitGeometry; mesh: Design.selectedMesh }
                        materials: DefaultMaterial { diffuseColor: "#e6ded3"; specularAmount: 0.15 }
                    }
                    ContactShadow {
                        z: 0.3
                        footprint: Math.max(Design.selectedSizeMm.x, Design.selectedSizeMm.y)
                    }
                }
            }
            OrbitCameraController {
                anchors.fill: parent
                origin: orbitOrigin
                camera: orbitCamera
            }
        }

        // Slide and turn on the marker's plane (the orbit view's own controller handles its drags).
        DragHandler {
            enabled: ArPreview.markerFound
            target: null
            property point last
            onActiveChanged: last = centroid.position
            onCentroidChanged: {
                if (!active) return
                const dx = centroid.position.x - last.x, dy = centroid.position.y - last.y
                last = centroid.position
                const mmPerPixel = ArPreview.distanceMm / Math.max(1, arView.width) * 0.9
                if (centroid.modifiers & Qt.ShiftModifier) {
                    root.turn += dx * 0.5
                } else {
                    root.slideX += dx * mmPerPixel
                    root.slideY -= dy * mmPerPixel
                }
            }
        }
        WheelHandler {
            enabled: ArPreview.markerFound
            onWheel: (event) => root.turn += event.angleDelta.y / 8
        }
    }

    FileDialog {
        id: photoDialog
        title: qsTr("Open a photo with a marker")
        nameFilters: [qsTr("Photos (*.jpg *.jpeg *.png *.webp)")]
        onAccepted: { ArCamera.stop(); ArPreview.openPhoto(selectedFile) }
    }
}
