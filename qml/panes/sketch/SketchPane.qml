// The artist's pane: a toolbar (pen, brush, eraser, size, colour, undo and redo, a reference picture and its
// opacity, zoom, export), the canvas, and beside it the palette of the reference (or of the drawing) and the
// style GAN's suggestions (SuggestionsPanel.qml). Keys: P pen, B brush, E eraser, [ and ] size,
// Ctrl+Z undo, Ctrl+Shift+Z or Ctrl+Y redo, Ctrl+0 fit, Ctrl+Alt+0 actual size, Ctrl+Shift+E export (Ctrl+1–3
// switch panes and Ctrl+E exports the manuscript everywhere); Ctrl+wheel zooms,
// the wheel or a middle-button drag pans.
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Dialogs
import QtQuick.Layouts
import Noosphere.Ui

FocusScope {
    id: pane
    objectName: "sketchPane"
    focus: visible

    readonly property bool current: Studio.currentPane === Studio.SketchPane

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        ToolBar {
            Layout.fillWidth: true
            Material.elevation: 0
            Material.accent: "#ffd54f"  // the checked tool and the sliders, visible on the bar's colour
            RowLayout {
                anchors.fill: parent
                anchors.leftMargin: 8
                anchors.rightMargin: 8
                ButtonGroup { id: tools }
                Repeater {
                    model: [
                        { tool: "pen", label: qsTr("Pen"), tip: qsTr("A hard line that follows the pen's pressure (P)") },
                        { tool: "brush", label: qsTr("Brush"), tip: qsTr("A wide, half-transparent stroke (B)") },
                        { tool: "eraser", label: qsTr("Eraser"), tip: qsTr("Clears strokes, showing the reference below (E)") }
                    ]
                    delegate: ToolButton {
                        required property var modelData
                        objectName: "sketchTool_" + modelData.tool
                        text: modelData.label
                        checkable: true
                        checked: Sketch.tool === modelData.tool
                        ButtonGroup.group: tools
                        onClicked: Sketch.tool = modelData.tool
                        ToolTip.visible: hovered
                        ToolTip.text: modelData.tip
                    }
                }
                Label { text: qsTr("Size"); Layout.leftMargin: 8 }
                Slider {
                    objectName: "sketchSize"
                    Layout.preferredWidth: 120
                    from: 1
                    to: 80
                    value: Sketch.brushSize
                    onMoved: Sketch.brushSize = value
                }
                Label { text: qsTr("%1 px").arg(Math.round(Sketch.brushSize)); Layout.preferredWidth: 44 }
                Rectangle {
                    objectName: "sketchColour"
                    implicitWidth: 28
                    implicitHeight: 28
                    radius: 14
                    color: Sketch.colour
                    border.color: Material.foreground
                    border.width: 1
                    TapHandler { onTapped: colourDialog.open() }
                    HoverHandler { id: colourHover }
                    ToolTip.visible: colourHover.hovered
                    ToolTip.text: qsTr("Colour")
                }
                ToolSeparator {}
                ToolButton {
                    objectName: "sketchUndo"
                    text: qsTr("Undo")
                    enabled: Sketch.canUndo
                    onClicked: Sketch.undo()
                    ToolTip.visible: hovered
                    ToolTip.text: qsTr("Take back the last stroke (Ctrl+Z)")
                }
                ToolButton {
                    objectName: "sketchRedo"
                    text: qsTr("Redo")
                    enabled: Sketch.canRedo
                    onClicked: Sketch.redo()
                    ToolTip.visible: hovered
                    ToolTip.text: qsTr("Put the stroke back (Ctrl+Shift+Z)")
                }
                ToolSeparator {}
                ToolButton {
                    text: qsTr("Reference…")
                    onClicked: referenceDialog.open()
                    ToolTip.visible: hovered
                    ToolTip.text: qsTr("A picture under the drawing to trace or follow (PNG, JPEG, WebP)")
                }
                Slider {
                    objectName: "sketchReferenceOpacity"
                    visible: Sketch.hasReference
                    Layout.preferredWidth: 100
                    from: 0
                    to: 1
                    value: Sketch.referenceOpacity
                    onMoved: Sketch.referenceOpacity = value
                    ToolTip.visible: hovered
                    ToolTip.text: qsTr("The reference's opacity")
                }
                ToolButton {
                    visible: Sketch.hasReference
                    text: "✕"
                    onClicked: Sketch.clearReference()
                    ToolTip.visible: hovered
                    ToolTip.text: qsTr("Remove the reference picture")
                }
                Item { Layout.fillWidth: true }
                BusyIndicator { running: Sketch.busy; implicitWidth: 28; implicitHeight: 28 }
                ToolButton {
                    text: qsTr("Fit")
                    onClicked: viewport.fit()
                    ToolTip.visible: hovered
                    ToolTip.text: qsTr("The whole canvas in view (Ctrl+0)")
                }
                Label { objectName: "sketchZoom"; text: qsTr("%1%").arg(Math.round(viewport.zoom * 100)) }
                ToolButton {
                    objectName: "sketchExport"
                    text: qsTr("Export PNG…")
                    onClicked: exportDialog.open()
                    ToolTip.visible: hovered
                    ToolTip.text: qsTr("The drawing on white, at the canvas's size (Ctrl+Shift+E)")
                }
            }
        }

        Label {
            objectName: "sketchProblem"
            visible: text.length > 0
            Layout.fillWidth: true
            Layout.margins: 8
            text: Sketch.problem || Sketch.notice
            color: Sketch.problem ? Material.color(Material.Red) : Material.foreground
            wrapMode: Text.Wrap
            TapHandler { onTapped: Sketch.dismissProblem() }
        }

        SplitView {
            Layout.fillWidth: true
            Layout.fillHeight: true

            Item {
                id: viewport
                objectName: "sketchViewport"
                SplitView.fillWidth: true
                clip: true

                property real zoom: 1
                property bool moved: false  // zoomed or panned by hand: a resize then leaves the view alone
                function fit() {
                    moved = false
                    zoom = Math.max(0.05, Math.min((width - 24) / Sketch.canvasWidth, (height - 24) / Sketch.canvasHeight))
                    canvas.x = (width - canvas.width) / 2
                    canvas.y = (height - canvas.height) / 2
                }
                // Zooms keeping the canvas point under (px, py) where it is.
                function zoomAt(factor, px, py) {
                    moved = true
                    // The canvas is painted at its zoomed size: at most 4096 px across keeps its texture ≤ 64 MB.
                    const most = Math.min(16, 4096 / Math.max(Sketch.canvasWidth, Sketch.canvasHeight))
                    const next = Math.max(0.05, Math.min(most, zoom * factor))
                    const cx = (px - canvas.x) / zoom, cy = (py - canvas.y) / zoom
                    zoom = next
                    canvas.x = px - cx * zoom
                    canvas.y = py - cy * zoom
                }
                onWidthChanged: if (!moved) fit()
                onHeightChanged: if (!moved) fit()
                Connections {
                    target: Sketch
                    function onCanvasChanged() { viewport.fit() }
                }

                Rectangle { anchors.fill: parent; color: Material.theme === Material.Dark ? "#2a2a2e" : "#d8d6d2" }

                SketchCanvas {
                    id: canvas
                    objectName: "sketchCanvas"
                    sketch: Sketch
                    width: Sketch.canvasWidth * viewport.zoom
                    height: Sketch.canvasHeight * viewport.zoom

                    PointHandler {
                        id: pen
                        acceptedButtons: Qt.LeftButton
                        acceptedDevices: PointerDevice.Mouse | PointerDevice.Stylus | PointerDevice.TouchScreen
                        // A mouse reports no pressure (0 or 1 depending on the platform): it draws at full.
                        function pressureOf(p) {
                            return p.device.type === PointerDevice.Stylus ? p.pressure : 1
                        }
                        onActiveChanged: {
                            if (active)
                                Sketch.beginStroke(point.position.x / viewport.zoom, point.position.y / viewport.zoom,
                                                   pressureOf(point))
                            else
                                Sketch.endStroke()
                        }
                        onPointChanged: if (active) Sketch.extendStroke(point.position.x / viewport.zoom,
                                                                        point.position.y / viewport.zoom, pressureOf(point))
                    }
                }

                DragHandler {  // pan with the middle button
                    target: canvas
                    acceptedButtons: Qt.MiddleButton
                    onActiveChanged: if (active) viewport.moved = true
                }
                WheelHandler {
                    acceptedModifiers: Qt.ControlModifier
                    onWheel: (event) => viewport.zoomAt(Math.pow(1.0015, event.angleDelta.y), point.position.x,
                                                        point.position.y)
                }
                WheelHandler {
                    acceptedModifiers: Qt.NoModifier
                    onWheel: (event) => {
                        viewport.moved = true
                        canvas.x += event.angleDelta.x / 2
                        canvas.y += event.angleDelta.y / 2
                    }
                }
            }

            ScrollView {
                id: side
                SplitView.preferredWidth: 300
                SplitView.minimumWidth: 220
                ColumnLayout {
                    width: side.availableWidth
                    spacing: 8

                    Label { text: qsTr("Palette"); font.bold: true; Layout.margins: 8; Layout.bottomMargin: 0 }
                    Button {
                        objectName: "sketchTakePalette"
                        Layout.leftMargin: 8
                        text: Sketch.hasReference ? qsTr("Take the reference's palette") : qsTr("Take the drawing's palette")
                        enabled: !Sketch.busy && (Sketch.hasReference || Sketch.strokeCount > 0)
                        onClicked: Sketch.takePalette()
                    }
                    Flow {
                        objectName: "sketchPalette"
                        Layout.fillWidth: true
                        Layout.leftMargin: 8
                        Layout.rightMargin: 8
                        spacing: 6
                        Repeater {
                            model: Sketch.palette
                            delegate: Rectangle {
                                required property var modelData
                                width: 44
                                height: 44
                                radius: 6
                                color: modelData.colour
                                border.color: Material.foreground
                                border.width: Qt.colorEqual(Sketch.colour, modelData.colour) ? 3 : 1
                                Label {
                                    anchors.bottom: parent.bottom
                                    anchors.horizontalCenter: parent.horizontalCenter
                                    text: Math.round(modelData.share * 100) + "%"
                                    font.pixelSize: 10
                                    color: Qt.colorEqual(modelData.colour, "black") || modelData.colour.hslLightness < 0.5 ? "white" : "black"
                                }
                                TapHandler { onTapped: Sketch.colour = modelData.colour }
                            }
                        }
                    }

                    SuggestionsPanel {
                        Layout.fillWidth: true
                        shown: pane.current
                    }
                }
            }
        }
    }

    Shortcut { sequences: [StandardKey.Undo]; enabled: pane.current; onActivated: Sketch.undo() }
    Shortcut { sequences: ["Ctrl+Shift+Z", "Ctrl+Y"]; enabled: pane.current; onActivated: Sketch.redo() }
    Shortcut { sequence: "P"; enabled: pane.current; onActivated: Sketch.tool = "pen" }
    Shortcut { sequence: "B"; enabled: pane.current; onActivated: Sketch.tool = "brush" }
    Shortcut { sequence: "E"; enabled: pane.current; onActivated: Sketch.tool = "eraser" }
    Shortcut { sequence: "["; enabled: pane.current; onActivated: Sketch.brushSize = Sketch.brushSize / 1.25 }
    Shortcut { sequence: "]"; enabled: pane.current; onActivated: Sketch.brushSize = Sketch.brushSize * 1.25 }
    Shortcut { sequence: "Ctrl+0"; enabled: pane.current; onActivated: viewport.fit() }
    Shortcut {
        sequence: "Ctrl+Alt+0"
        enabled: pane.current
        onActivated: viewport.zoomAt(1 / viewport.zoom, viewport.width / 2, viewport.height / 2)
    }
    Shortcut { sequence: "Ctrl+Shift+E"; enabled: pane.current; onActivated: exportDialog.open() }

    ColorDialog {
        id: colourDialog
        title: qsTr("Brush colour")
        selectedColor: Sketch.colour
        onAccepted: Sketch.colour = selectedColor
    }
    FileDialog {
        id: referenceDialog
        title: qsTr("Open a reference picture")
        nameFilters: [qsTr("Pictures (*.png *.jpg *.jpeg *.webp)")]
        onAccepted: Sketch.openReference(selectedFile)
    }
    FileDialog {
        id: exportDialog
        title: qsTr("Export the sketch")
        fileMode: FileDialog.SaveFile
        defaultSuffix: "png"
        nameFilters: [qsTr("PNG pictures (*.png)")]
        onAccepted: Sketch.exportPng(selectedFile)
    }
    MessageDialog {
        id: exportFailed
        title: qsTr("The sketch was not exported")
        buttons: MessageDialog.Ok
    }
    Connections {
        target: Sketch
        function onExported(file, error) {
            if (error) {
                exportFailed.text = error
                exportFailed.open()
            }
        }
    }
}
