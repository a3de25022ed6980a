// The Pareto plot: this generation's variants (filled) and the parents kept (hollow) on two objectives the
// designer picks, the front of those two joined by a line, the selected variant ringed. A click on a variant's
// point selects it in the grid.
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Noosphere.Ui

ColumnLayout {
    id: root
    spacing: 4

    function axisIndex(id) {
        for (let i = 0; i < Design.plotAxes.length; ++i)
            if (Design.plotAxes[i].id === id) return i
        return 0
    }
    function axisText(id) {
        const axis = Design.plotAxes[axisIndex(id)]
        return axis ? axis.label + (axis.unit ? " (" + axis.unit + ")" : "") : ""
    }
    function number(v) { return Math.abs(v) >= 1000 ? v.toFixed(0) : v.toPrecision(3) }

    RowLayout {
        Layout.fillWidth: true
        Label { text: qsTr("Y"); opacity: 0.7 }
        ComboBox {
            objectName: "paretoYAxis"
            Layout.fillWidth: true
            model: Design.plotAxes
            textRole: "label"
            currentIndex: root.axisIndex(Design.plotY)
            onActivated: (i) => Design.plotY = Design.plotAxes[i].id
        }
        Label { text: qsTr("X"); opacity: 0.7 }
        ComboBox {
            objectName: "paretoXAxis"
            Layout.fillWidth: true
            model: Design.plotAxes
            textRole: "label"
            currentIndex: root.axisIndex(Design.plotX)
            onActivated: (i) => Design.plotX = Design.plotAxes[i].id
        }
    }

    Item {
        id: plot
        objectName: "paretoPlot"
        Layout.fillWidth: true
        Layout.fillHeight: true
        Layout.minimumHeight: 140

        readonly property var points: Design.paretoPoints
        readonly property real pad: 28
        property real minX: 0
        property real maxX: 1
        property real minY: 0
        property real maxY: 1

        function xOf(v) { return pad + (v - minX) / Math.max(maxX - minX, 1e-9) * (width - pad - 8) }
        function yOf(v) { return height - pad - (v - minY) / Math.max(maxY - minY, 1e-9) * (height - pad - 8) }

        onPointsChanged: {
            if (points.length === 0) return
            let x0 = Infinity, x1 = -Infinity, y0 = Infinity, y1 = -Infinity
            for (const p of points) {
                x0 = Math.min(x0, p.x); x1 = Math.max(x1, p.x); y0 = Math.min(y0, p.y); y1 = Math.max(y1, p.y)
            }
            const mx = (x1 - x0) * 0.08 || 1, my = (y1 - y0) * 0.08 || 1
            // A margin around the points, but no negative axis for quantities that cannot be negative.
            minX = x0 >= 0 ? Math.max(0, x0 - mx) : x0 - mx; maxX = x1 + mx
            minY = y0 >= 0 ? Math.max(0, y0 - my) : y0 - my; maxY = y1 + my
            canvas.requestPaint()
        }
        onWidthChanged: canvas.requestPaint()
        onHeightChanged: canvas.requestPaint()
        Connections { target: Design; function onSelectionChanged() { canvas.requestPaint() } }

        Canvas {
            id: canvas
            anchors.fill: parent
            onPaint: {
                const ctx = getContext("2d")
                ctx.reset()
                ctx.strokeStyle = Qt.rgba(0.5, 0.5, 0.5, 0.5)
                ctx.beginPath()
                ctx.moveTo(plot.pad, 4); ctx.lineTo(plot.pad, height - plot.pad); ctx.lineTo(width - 4, height - plot.pad)
                ctx.stroke()
                const front = plot.points.filter(p => p.front).sort((a, b) => a.x - b.x)
                ctx.strokeStyle = Material.accentColor
                ctx.lineWidth = 1.5
                ctx.beginPath()
                front.forEach((p, i) => i === 0 ? ctx.moveTo(plot.xOf(p.x), plot.yOf(p.y)) : ctx.lineTo(plot.xOf(p.x), plot.yOf(p.y)))
                ctx.stroke()
                for (const p of plot.points) {
                    ctx.beginPath()
                    ctx.arc(plot.xOf(p.x), plot.yOf(p.y), p.current ? 4 : 3.5, 0, 2 * Math.PI)
                    if (p.current) {
                        ctx.fillStyle = p.front ? Material.accentColor : Qt.rgba(0.5, 0.5, 0.5, 0.8)
                        ctx.fill()
                    } else {
                        ctx.strokeStyle = Qt.rgba(0.5, 0.5, 0.5, 0.7)
                        ctx.lineWidth = 1
                        ctx.stroke()
                    }
                    if (p.current && p.index === Design.selectedIndex) {
                        ctx.beginPath()
                        ctx.arc(plot.xOf(p.x), plot.yOf(p.y), 8, 0, 2 * Math.PI)
                        ctx.strokeStyle = Material.color(Material.Pink)
                        ctx.lineWidth = 2
                        ctx.stroke()
                    }
                }
            }
        }
        Label { x: plot.pad + 2; y: 0; font.pixelSize: 10; opacity: 0.6; text: root.number(plot.maxY) }
        Label { x: plot.pad + 2; y: plot.height - plot.pad - height; font.pixelSize: 10; opacity: 0.6; text: root.number(plot.minY) }
        Label { x: plot.pad; y: plot.height - plot.pad + 2; font.pixelSize: 10; opacity: 0.6; text: root.number(plot.minX) }
        Label { anchors.right: parent.right; y: plot.height - plot.pad + 2; font.pixelSize: 10; opacity: 0.6; text: root.number(plot.maxX) }

        Label {  // the x axis's name, under its middle
            anchors.horizontalCenter: parent.horizontalCenter
            y: plot.height - plot.pad + 2
            font.pixelSize: 10
            opacity: 0.7
            text: root.axisText(Design.plotX) + " →"
        }
        Label {  // the y axis's name, beside its top
            x: plot.pad + 40
            y: 0
            font.pixelSize: 10
            opacity: 0.7
            text: "↑ " + root.axisText(Design.plotY)
        }

        MouseArea {
            anchors.fill: parent
            onClicked: (mouse) => {
                let best = -1, bestDistance = 12
                for (const p of plot.points) {
                    const d = Math.hypot(plot.xOf(p.x) - mouse.x, plot.yOf(p.y) - mouse.y)
                    if (p.current && d < bestDistance) { best = p.index; bestDistance = d }
                }
                if (best >= 0) Design.select(best)
            }
        }
    }
}
