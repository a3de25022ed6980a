// The designer's pane: a toolbar (family, generation and going back, next generation, a new run), the 4×4 grid
// of turning variants or the AR-style preview of the selected one, and beside it the selected variant (stars, genes, export), the Pareto plot and the
// ratings per generation. Keys: 1–5 rate the selected variant, arrows move the selection, N breeds the next
// generation, Ctrl+Shift+E exports (Ctrl+E exports the manuscript, from the File menu).
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Dialogs
import QtQuick.Layouts
import Noosphere.Ui

FocusScope {
    id: pane
    objectName: "designPane"
    focus: visible

    // The evolution starts when the pane is first shown (also when the studio opens on it).
    readonly property bool current: Studio.currentPane === Studio.DesignPane
    onCurrentChanged: if (current) { Design.ensureStarted(); grid.forceActiveFocus() }
    Component.onCompleted: if (current) Design.ensureStarted()

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        ToolBar {
            Layout.fillWidth: true
            Material.elevation: 0
            RowLayout {
                anchors.fill: parent
                anchors.leftMargin: 8
                anchors.rightMargin: 8
                ComboBox {
                    id: familyPicker
                    objectName: "designFamily"
                    Layout.preferredWidth: 280
                    model: Design.families
                    textRole: "name"
                    valueRole: "id"
                    Component.onCompleted: currentIndex = indexOfValue(Design.family)
                    onActivated: Design.family = currentValue
                    Connections {  // a family set elsewhere (a reopened project, tests) shows here too
                        target: Design
                        function onFamilyChanged() { familyPicker.currentIndex = familyPicker.indexOfValue(Design.family) }
                    }
                    ToolTip.visible: hovered
                    ToolTip.text: Design.families[currentIndex] ? Design.families[currentIndex].description : ""
                }
                Label {
                    objectName: "designGeneration"
                    text: qsTr("Generation %1").arg(Design.generation + 1)
                    Layout.leftMargin: 12
                }
                ToolButton {
                    objectName: "designBack"
                    text: qsTr("◀ Back")
                    enabled: Design.generation > 0 && !Design.busy
                    onClicked: Design.goBack(Design.generation - 1)
                    ToolTip.visible: hovered
                    ToolTip.text: qsTr("Go back to the generation before, as it was")
                }
                Button {
                    objectName: "designNext"
                    text: qsTr("Next generation")
                    highlighted: true
                    enabled: !Design.busy
                    onClicked: Design.nextGeneration()
                    ToolTip.visible: hovered
                    ToolTip.text: qsTr("Breed the next 16 from your ratings and the computed objectives (N)")
                }
                ToolButton {
                    text: qsTr("New run")
                    enabled: !Design.busy
                    onClicked: Design.restart()
                    ToolTip.visible: hovered
                    ToolTip.text: qsTr("Start again from 16 new random designs; your ratings still count")
                }
                BusyIndicator {
                    running: Design.busy
                    implicitWidth: 32
                    implicitHeight: 32
                }
                Item { Layout.fillWidth: true }
                TabBar {
                    id: viewTabs
                    objectName: "designViewTabs"
                    Material.background: "transparent"
                    Material.foreground: "white"
                    Material.accent: "white"
                    TabButton { text: qsTr("Variants"); width: implicitWidth }
                    TabButton { objectName: "arTab"; text: qsTr("AR preview"); width: implicitWidth }
                }
                Label {
                    text: qsTr("%n rating(s) so far", "", Design.ratingCount)
                    opacity: 0.7
                }
            }
        }

        Label {
            objectName: "designProblem"
            visible: Design.problem.length > 0
            Layout.fillWidth: true
            Layout.margins: 8
            text: Design.problem
            color: Material.color(Material.Red)
            wrapMode: Text.Wrap
        }

        SplitView {
            Layout.fillWidth: true
            Layout.fillHeight: true

            StackLayout {
                SplitView.fillWidth: true
                SplitView.minimumWidth: 400
                currentIndex: viewTabs.currentIndex

                DesignGrid {
                    id: grid
                    objectName: "designGrid"
                    focus: true
                    Keys.onPressed: (event) => {
                        const i = Design.selectedIndex
                        if (event.key >= Qt.Key_1 && event.key <= Qt.Key_5) {
                            Design.rate(i, event.key - Qt.Key_0)
                        } else if (event.key === Qt.Key_Right) {
                            Design.select(Math.min(15, i + 1))
                        } else if (event.key === Qt.Key_Left) {
                            Design.select(Math.max(0, i - 1))
                        } else if (event.key === Qt.Key_Down) {
                            Design.select(Math.min(15, i + 4))
                        } else if (event.key === Qt.Key_Up) {
                            Design.select(Math.max(0, i - 4))
                        } else if (event.key === Qt.Key_N && !Design.busy) {
                            Design.nextGeneration()
                        } else {
                            return
                        }
                        event.accepted = true
                    }
                    TapHandler { onTapped: grid.forceActiveFocus() }
                }

                ArPreviewView {
                    objectName: "arPreview"
                }
            }

            ColumnLayout {
                SplitView.preferredWidth: 340
                SplitView.minimumWidth: 280
                spacing: 6

                Label {
                    Layout.margins: 8
                    Layout.bottomMargin: 0
                    text: qsTr("Variant %1").arg(Design.selectedIndex + 1)
                    font.bold: true
                }
                RowLayout {
                    Layout.leftMargin: 8
                    Layout.rightMargin: 8
                    Button {
                        objectName: "designExport"
                        text: qsTr("Export…")
                        enabled: Design.selectedIndex >= 0
                        onClicked: exportDialog.open()
                        ToolTip.visible: hovered
                        ToolTip.text: qsTr("Save this variant as glTF (.glb), OBJ or STL for printing or other tools (Ctrl+Shift+E)")
                    }
                    Button {
                        objectName: "designRefine"
                        text: qsTr("Refine")
                        enabled: Design.selectedIndex >= 0 && !Design.busy
                        onClicked: Design.refineSelected()
                        ToolTip.visible: hovered
                        ToolTip.text: qsTr("Polish this variant a little: less material and overhang, more stability (particle swarm; locked genes stay)")
                    }
                    Label {
                        Layout.fillWidth: true
                        text: Design.lastExport ? qsTr("Saved %1").arg(Design.lastExport.split("/").pop()) : ""
                        elide: Text.ElideMiddle
                        opacity: 0.7
                    }
                }
                DesignGeneList {
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    Layout.leftMargin: 8
                    Layout.minimumHeight: 160
                }
                DesignParetoPlot {
                    Layout.fillWidth: true
                    Layout.preferredHeight: 210
                    Layout.margins: 8
                }
                DesignFitnessPlot {
                    Layout.fillWidth: true
                    Layout.margins: 8
                }
            }
        }
    }

    Shortcut {
        sequence: "Ctrl+Shift+E"
        enabled: pane.visible && Design.selectedIndex >= 0
        onActivated: exportDialog.open()
    }

    FileDialog {
        id: exportDialog
        title: qsTr("Export the design")
        fileMode: FileDialog.SaveFile
        defaultSuffix: "glb"
        nameFilters: [qsTr("Binary glTF (*.glb)"), qsTr("Wavefront OBJ (*.obj)"), qsTr("STL for printing (*.stl)")]
        onAccepted: Design.exportSelected(selectedFile)
    }

    Dialog {
        id: exportError
        property alias text: exportErrorText.text
        title: qsTr("The design was not saved")
        anchors.centerIn: parent
        standardButtons: Dialog.Ok
        modal: true
        Label { id: exportErrorText; wrapMode: Text.Wrap; width: 360 }
    }
    Connections {
        target: Design
        function onExportFailed(message) { exportError.text = message; exportError.open() }
    }
}
