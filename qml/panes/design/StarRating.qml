// Five stars: the given rating filled, or the guess shown faintly; a click gives that many stars.
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material

Row {
    id: root
    property int value: 0       // 0: not rated
    property real guess: 0      // shown faintly while not rated
    property int pixelSize: 18
    signal rated(int stars)

    Repeater {
        model: 5
        delegate: Label {
            required property int index
            text: "★"
            font.pixelSize: root.pixelSize
            color: root.value > 0 ? (index < root.value ? Material.color(Material.Amber) : Qt.rgba(0.5, 0.5, 0.5, 0.35))
                                  : (index < Math.round(root.guess) ? Qt.rgba(1.0, 0.76, 0.03, 0.35)
                                                                    : Qt.rgba(0.5, 0.5, 0.5, 0.25))
            MouseArea {
                anchors.fill: parent
                cursorShape: Qt.PointingHandCursor
                onClicked: root.rated(index + 1)
            }
        }
    }
}
