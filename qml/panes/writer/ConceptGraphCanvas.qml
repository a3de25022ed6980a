// The concept graph drawn: lines coloured by relation under rounded boxes of words, at the positions and sizes
// Words.graph computed (the layout guarantees that no two boxes overlap). A click on a box walks on to its word.
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import Noosphere.Ui

Item {
    id: root

    // One colour per Words.graph link kind: sense, synonym, opposite, broader, narrower, part of, has part,
    // similar, related form, other.
    function colourOf(group) {
        switch (group) {
        case 1: return Material.color(Material.Teal)
        case 2: return Material.color(Material.Red)
        case 3: return Material.color(Material.Blue)
        case 4: return Material.color(Material.Cyan)
        case 5: return Material.color(Material.Green)
        case 6: return Material.color(Material.LightGreen, Material.Shade700)
        case 7: return Material.color(Material.Orange)
        case 8: return Material.color(Material.Purple)
        case 9: return Material.color(Material.Brown)
        default: return Material.color(Material.Grey)
        }
    }

    width: Words.graph.contentWidth
    height: Words.graph.contentHeight

    Repeater {
        model: Words.graph.edges
        delegate: Rectangle {
            required property real startX
            required property real startY
            required property real length
            required property real angle
            required property int group
            x: startX
            y: startY - height / 2
            width: length
            height: 2
            transformOrigin: Item.Left
            rotation: angle
            color: root.colourOf(group)
            opacity: 0.8
            antialiasing: true
        }
    }

    Repeater {
        model: Words.graph
        delegate: Rectangle {
            id: node
            required property int index
            required property string label
            required property string tooltip
            required property string walkTo
            required property int kind
            required property int group
            required property real boxLeft
            required property real boxTop
            required property real boxWidth
            required property real boxHeight
            readonly property color tone: root.colourOf(group)

            objectName: "conceptNode"
            x: boxLeft
            y: boxTop
            width: boxWidth
            height: boxHeight
            radius: 8
            color: kind === 0 ? Material.accentColor
                 : Qt.tint(Material.background, Qt.rgba(tone.r, tone.g, tone.b, hover.hovered && walkTo ? 0.35 : 0.18))
            border.color: kind === 0 ? Material.accentColor : tone
            border.width: kind === 1 ? 1 : 1.5

            Label {
                anchors.fill: parent
                anchors.leftMargin: 6
                anchors.rightMargin: 6
                horizontalAlignment: Text.AlignHCenter
                verticalAlignment: Text.AlignVCenter
                elide: Text.ElideRight
                text: node.label
                font.family: Words.graph.font.family
                font.pixelSize: Words.graph.font.pixelSize
                font.bold: node.kind === 0
                font.italic: node.kind === 1
                color: node.kind === 0 ? "white" : palette.text
            }
            HoverHandler {
                id: hover
                cursorShape: node.walkTo.length > 0 && node.kind !== 0 ? Qt.PointingHandCursor : Qt.ArrowCursor
            }
            TapHandler { onTapped: Words.graph.walk(node.index) }
            ToolTip.visible: hover.hovered && node.tooltip.length > 0
            ToolTip.delay: 300
            ToolTip.text: node.tooltip
            Accessible.role: Accessible.Button
            Accessible.name: node.label
        }
    }
}
