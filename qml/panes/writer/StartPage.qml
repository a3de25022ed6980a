// Shown when no project is open: start a new work, open one, or pick a recent one.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Noosphere.Ui

Item {
    id: root

    signal newRequested()
    signal openRequested()

    ColumnLayout {
        anchors.centerIn: parent
        width: Math.min(520, root.width - 64)
        spacing: 14

        Image {
            source: "qrc:/Noosphere/resources/noosphere.svg"
            sourceSize: Qt.size(96, 96)
            Layout.alignment: Qt.AlignHCenter
        }
        Label {
            text: qsTr("Welcome to Noosphere")
            font.pixelSize: 28
            Layout.alignment: Qt.AlignHCenter
        }
        Label {
            text: qsTr("Each work is one file. Everything you type is saved within a second.")
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignHCenter
            opacity: 0.75
            Layout.fillWidth: true
        }
        RowLayout {
            Layout.alignment: Qt.AlignHCenter
            spacing: 12
            Button { text: qsTr("New Project…"); highlighted: true; onClicked: root.newRequested() }
            Button { text: qsTr("Open…"); onClicked: root.openRequested() }
        }
        Label {
            text: qsTr("Recent")
            font.bold: true
            visible: Studio.recentFiles.count > 0
            Layout.topMargin: 16
        }
        // NOTE: a Column around the Repeater, not the Repeater straight in the ColumnLayout: Qt 6.4's layout
        // crashed (SIGSEGV in QGridLayoutItem::effectiveMaxSize) when opening a project reset the recent files while
        // the window was laying out, as the Repeater's delegates went away under it.
        Column {
            Layout.fillWidth: true
            Repeater {
                model: Studio.recentFiles
                delegate: ItemDelegate {
                    required property string name
                    required property string path
                    width: parent ? parent.width : 0
                    text: name
                    ToolTip.visible: hovered
                    ToolTip.text: path
                    onClicked: Studio.openProject(path, false)
                }
            }
        }
    }
}
