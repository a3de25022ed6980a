// One cell's 2D overlay on the grid: a frame when selected, a mark when the studio asks for this rating, the
// stars (click to rate), the surrogate's guess when unrated, and the size. A click selects.
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import Noosphere.Ui

Item {
    id: cell
    required property int index
    required property int rating
    required property real predicted
    required property real predictedSd
    required property bool suggested
    required property bool edited
    required property vector3d sizeMm
    readonly property bool selected: Design.selectedIndex === index

    objectName: "designCell" + index

    MouseArea {
        anchors.fill: parent
        onClicked: { Design.select(cell.index); cell.forceActiveFocus() }
    }

    Rectangle {
        anchors.fill: parent
        anchors.margins: 3
        color: "transparent"
        radius: 6
        border.width: cell.selected ? 3 : 1
        border.color: cell.selected ? Material.accentColor : Qt.rgba(0.5, 0.5, 0.5, 0.25)
    }

    Label {
        visible: cell.suggested && cell.rating === 0
        anchors.top: parent.top
        anchors.left: parent.left
        anchors.margins: 8
        text: qsTr("Rate me")
        font.pixelSize: 11
        color: Material.color(Material.Orange)
        ToolTip.visible: suggestedHover.hovered
        ToolTip.text: qsTr("Rating this one teaches the studio the most about your taste")
        HoverHandler { id: suggestedHover }
    }

    Label {
        anchors.top: parent.top
        anchors.right: parent.right
        anchors.margins: 8
        font.pixelSize: 11
        opacity: 0.65
        text: (cell.edited ? "✎ " : "") + qsTr("%1 × %2 mm").arg(Math.round(Math.max(cell.sizeMm.x, cell.sizeMm.y)))
                                                        .arg(Math.round(cell.sizeMm.z))
    }

    Row {
        anchors.bottom: parent.bottom
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.bottomMargin: 6
        spacing: 6
        StarRating {
            objectName: "designStars" + cell.index
            value: cell.rating
            guess: cell.predicted
            onRated: (stars) => { Design.select(cell.index); Design.rate(cell.index, stars) }
        }
        Label {
            visible: cell.rating === 0 && Design.ratingCount > 0
            anchors.verticalCenter: parent.verticalCenter
            font.pixelSize: 11
            opacity: 0.65
            text: qsTr("≈%1 ±%2").arg(cell.predicted.toFixed(1)).arg(cell.predictedSd.toFixed(1))
            ToolTip.visible: guessHover.hovered
            ToolTip.text: qsTr("The studio's guess of your rating, and how unsure it is")
            HoverHandler { id: guessHover }
        }
    }
}
