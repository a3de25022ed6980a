// Writer / Sketch / Design tabs; Ctrl+1..3 switch from anywhere.
import QtQuick
import QtQuick.Controls
import Noosphere.Ui

TabBar {
    id: root

    currentIndex: Studio.currentPane
    onCurrentIndexChanged: Studio.currentPane = currentIndex

    TabButton {
        text: qsTr("Writer")
        width: implicitWidth + 32
        ToolTip.visible: hovered
        ToolTip.text: qsTr("Draft chapters with an assistant (Ctrl+1)")
    }
    TabButton {
        text: qsTr("Sketch")
        width: implicitWidth + 32
        ToolTip.visible: hovered
        ToolTip.text: qsTr("Draw with AI suggestions (Ctrl+2)")
    }
    TabButton {
        text: qsTr("Design")
        width: implicitWidth + 32
        ToolTip.visible: hovered
        ToolTip.text: qsTr("Evolve 3D designs (Ctrl+3)")
    }

    Shortcut { sequence: "Ctrl+1"; context: Qt.ApplicationShortcut; onActivated: Studio.currentPane = Studio.WriterPane }
    Shortcut { sequence: "Ctrl+2"; context: Qt.ApplicationShortcut; onActivated: Studio.currentPane = Studio.SketchPane }
    Shortcut { sequence: "Ctrl+3"; context: Qt.ApplicationShortcut; onActivated: Studio.currentPane = Studio.DesignPane }
}
