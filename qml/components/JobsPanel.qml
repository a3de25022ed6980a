// The jobs area: shows itself while jobs run (or when pinned from the status bar) and lists each one.
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Noosphere.Ui

Pane {
    id: root

    property bool pinned: false

    width: 380
    height: Math.min(list.contentHeight + heading.height + 32, 360)
    visible: pinned || Studio.jobs.count > 0
    padding: 12
    z: 5
    Material.elevation: 8

    ColumnLayout {
        anchors.fill: parent
        spacing: 8

        RowLayout {
            id: heading
            Layout.fillWidth: true
            Label { text: qsTr("Jobs"); font.bold: true; Layout.fillWidth: true }
            Button {
                text: qsTr("Cancel all")
                flat: true
                visible: Studio.jobs.activeCount > 1
                onClicked: Studio.jobs.cancelAll()
            }
            ToolButton { text: "✕"; onClicked: root.pinned = false; visible: root.pinned; Accessible.name: qsTr("Hide jobs") }
        }
        Label {
            visible: Studio.jobs.count === 0
            text: qsTr("Nothing is running. Model work appears here with its progress.")
            wrapMode: Text.Wrap
            Layout.fillWidth: true
            opacity: 0.7
        }
        ListView {
            id: list
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: 6
            model: Studio.jobs
            delegate: JobDelegate { width: list.width }
        }
    }
}
