// The selected variant's genes as sliders with their units; a release sets the gene (the mesh follows on the
// worker), the lock holds it at this value for the breeding to come.
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Noosphere.Ui

ListView {
    id: list
    objectName: "designGeneList"
    clip: true
    spacing: 0
    model: Design.genes
    ScrollBar.vertical: ScrollBar {}

    delegate: ColumnLayout {
        id: gene
        required property int index
        required property string label
        required property string description
        required property real minimum
        required property real maximum
        required property real value
        required property string unit
        required property bool integer
        required property bool locked
        width: list.width - 12
        spacing: 0

        RowLayout {
            Layout.fillWidth: true
            Label {
                Layout.fillWidth: true
                text: gene.label
                elide: Text.ElideRight
                ToolTip.visible: labelHover.hovered
                ToolTip.text: gene.description
                HoverHandler { id: labelHover }
            }
            Label {
                text: (gene.integer ? Math.round(slider.value) : slider.value.toFixed(slider.value >= 100 ? 0 : 1))
                      + gene.unit  // with its space where it needs one: " mm", "°"
                opacity: 0.75
            }
            ToolButton {
                objectName: "lockGene" + gene.index
                text: gene.locked ? "🔒" : "🔓"
                checkable: true
                checked: gene.locked
                implicitWidth: 36
                implicitHeight: 30
                ToolTip.visible: hovered
                ToolTip.text: gene.locked ? qsTr("Locked: the breeding keeps this value. Click to free it.")
                                          : qsTr("Lock this gene at its value for the generations to come")
                onToggled: Design.setGeneLocked(gene.index, checked)
            }
        }
        Slider {
            id: slider
            objectName: "geneSlider" + gene.index
            Layout.fillWidth: true
            Layout.topMargin: -10
            from: gene.minimum
            to: gene.maximum
            value: gene.value
            stepSize: gene.integer ? 1 : 0
            snapMode: gene.integer ? Slider.SnapAlways : Slider.NoSnap
            onPressedChanged: if (!pressed && value !== gene.value) Design.setGene(gene.index, value)
            Keys.onReleased: (event) => { if (!event.isAutoRepeat && value !== gene.value) Design.setGene(gene.index, value) }
        }
    }
}
