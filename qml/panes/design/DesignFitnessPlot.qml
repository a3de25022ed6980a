// Best and mean rating per generation (the designer's stars where given, the studio's guesses elsewhere),
// so the designer sees whether the breeding is moving toward their taste.
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import Noosphere.Ui

Item {
    id: root
    objectName: "fitnessPlot"
    readonly property var best: Design.bestRatings
    readonly property var mean: Design.meanRatings
    readonly property int count: best.length
    implicitHeight: 110

    function xOf(i) { return count < 2 ? 28 + (width - 36) / 2 : 28 + i * (width - 36) / (count - 1) }
    function yOf(v) { return 6 + (5 - v) / 4 * (height - 26) }

    onBestChanged: canvas.requestPaint()
    onWidthChanged: canvas.requestPaint()

    Canvas {
        id: canvas
        anchors.fill: parent
        onPaint: {
            const ctx = getContext("2d")
            ctx.reset()
            ctx.strokeStyle = Qt.rgba(0.5, 0.5, 0.5, 0.3)
            for (let s = 1; s <= 5; ++s) {
                ctx.beginPath(); ctx.moveTo(24, root.yOf(s)); ctx.lineTo(width, root.yOf(s)); ctx.stroke()
            }
            const line = (values, colour) => {
                ctx.strokeStyle = colour
                ctx.fillStyle = colour
                ctx.lineWidth = 2
                ctx.beginPath()
                for (let i = 0; i < values.length; ++i)
                    i === 0 ? ctx.moveTo(root.xOf(i), root.yOf(values[i])) : ctx.lineTo(root.xOf(i), root.yOf(values[i]))
                ctx.stroke()
                for (let i = 0; i < values.length; ++i) {
                    ctx.beginPath(); ctx.arc(root.xOf(i), root.yOf(values[i]), 3, 0, 2 * Math.PI); ctx.fill()
                }
            }
            line(root.mean, Qt.rgba(0.5, 0.5, 0.5, 0.9))
            line(root.best, Material.accentColor)
        }
    }
    Label { x: 0; y: root.yOf(5) - height / 2; text: "5★"; font.pixelSize: 10; opacity: 0.6 }
    Label { x: 0; y: root.yOf(1) - height / 2; text: "1★"; font.pixelSize: 10; opacity: 0.6 }
    Row {
        anchors.bottom: parent.bottom
        anchors.right: parent.right
        spacing: 10
        Label { text: qsTr("best"); color: Material.accentColor; font.pixelSize: 11 }
        Label { text: qsTr("mean"); opacity: 0.7; font.pixelSize: 11 }
        Label { text: qsTr("generation →"); opacity: 0.6; font.pixelSize: 11 }
    }
}
