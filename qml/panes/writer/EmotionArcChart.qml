// The emotion arc drawn: the smoothed VADER compound of each sentence from -1 (bottom) to +1 (top) around a zero
// line, chapter boundaries as faint verticals (manuscript view), the sentence under the cursor as a dot. A click
// or a drag picks the sentence under the pointer (pointPicked). Qt Charts' QML needs a QApplication, which the
// studio does not make, so this is a Canvas.
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material

Item {
    id: root

    property var values: []        // smoothed compounds, one per sentence
    property var boundaries: []    // indices where a chapter starts (manuscript view)
    property int marked: -1        // the sentence under the cursor
    readonly property int count: values.length
    signal pointPicked(int index)

    function xOf(i) { return count < 2 ? width / 2 : 32 + i * (width - 40) / (count - 1) }
    function yOf(v) { return 8 + (1 - v) / 2 * (height - 16) }
    function indexAt(x) {
        if (count < 2) return count - 1
        return Math.max(0, Math.min(count - 1, Math.round((x - 32) * (count - 1) / (width - 40))))
    }

    onValuesChanged: canvas.requestPaint()
    onBoundariesChanged: canvas.requestPaint()
    onWidthChanged: canvas.requestPaint()
    onHeightChanged: canvas.requestPaint()

    Label { x: 0; y: root.yOf(0) - height / 2; text: "0"; opacity: 0.6; font.pixelSize: 11 }
    Label { x: 32; y: 0; text: qsTr("positive"); opacity: 0.6; font.pixelSize: 11 }
    Label { x: 32; y: root.height - height; text: qsTr("negative"); opacity: 0.6; font.pixelSize: 11 }
    Label {
        anchors.right: parent.right
        y: root.height - height
        visible: root.count > 1
        text: qsTr("%L1 sentences →").arg(root.count)
        opacity: 0.6
        font.pixelSize: 11
    }

    Canvas {
        id: canvas
        anchors.fill: parent
        onPaint: {
            const ctx = getContext("2d")
            ctx.reset()
            ctx.strokeStyle = Qt.rgba(0.5, 0.5, 0.5, 0.5)
            ctx.lineWidth = 1
            ctx.beginPath()  // the zero line
            ctx.moveTo(24, root.yOf(0))
            ctx.lineTo(width, root.yOf(0))
            ctx.stroke()
            ctx.strokeStyle = Qt.rgba(0.5, 0.5, 0.5, 0.25)
            for (const start of root.boundaries) {
                if (start <= 0) continue
                ctx.beginPath()
                ctx.moveTo(root.xOf(start), 4)
                ctx.lineTo(root.xOf(start), height - 4)
                ctx.stroke()
            }
            if (root.count === 0) return
            ctx.strokeStyle = Material.accentColor
            ctx.lineWidth = 2
            ctx.beginPath()
            for (let i = 0; i < root.count; ++i) {
                const x = root.xOf(i), y = root.yOf(root.values[i])
                i === 0 ? ctx.moveTo(x, y) : ctx.lineTo(x, y)
            }
            ctx.stroke()
        }
    }

    Rectangle {  // the sentence under the cursor
        objectName: "emotionArcMarker"
        visible: root.marked >= 0 && root.marked < root.count
        width: 10
        height: 10
        radius: 5
        color: Material.color(Material.Pink)
        border.color: "white"
        x: visible ? root.xOf(root.marked) - width / 2 : 0
        y: visible ? root.yOf(root.values[root.marked]) - height / 2 : 0
    }

    MouseArea {
        anchors.fill: parent
        cursorShape: Qt.PointingHandCursor
        onPressed: (mouse) => root.pointPicked(root.indexAt(mouse.x))
        onPositionChanged: (mouse) => { if (pressed) root.pointPicked(root.indexAt(mouse.x)) }
    }
}
