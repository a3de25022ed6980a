// One chapter row: a drag handle, the title (edited in place) and its word count; a context menu.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Noosphere.Ui

ItemDelegate {
    id: root

    required property int index
    required property string title
    required property var words
    required property ListView listView

    function startRename() {
        renameField.text = root.title
        renameField.visible = true
        renameField.selectAll()
        renameField.forceActiveFocus()
    }

    height: 44
    highlighted: ListView.isCurrentItem
    onClicked: { listView.currentIndex = index; listView.forceActiveFocus() }
    onDoubleClicked: startRename()

    contentItem: RowLayout {
        spacing: 8
        Label {
            text: "⋮⋮"
            opacity: 0.45
            Accessible.name: qsTr("Drag to reorder")
            MouseArea {
                anchors.fill: parent
                anchors.margins: -6
                cursorShape: Qt.SizeVerCursor
                enabled: !Studio.readOnly
                onPositionChanged: (mouse) => {
                    const p = mapToItem(root.listView.contentItem, mouse.x, mouse.y)
                    const target = root.listView.indexAt(10, p.y)
                    root.listView.dropIndex = target < 0 ? (p.y < 0 ? 0 : root.listView.count - 1) : target
                }
                onReleased: {
                    if (root.listView.dropIndex >= 0)
                        Studio.writer.moveChapter(root.index, root.listView.dropIndex)
                    root.listView.dropIndex = -1
                }
            }
        }
        Label {
            text: root.title
            elide: Text.ElideRight
            visible: !renameField.visible
            Layout.fillWidth: true
        }
        TextField {
            id: renameField
            visible: false
            Layout.fillWidth: true
            onAccepted: { Studio.writer.renameChapter(root.index, text); visible = false; root.listView.forceActiveFocus() }
            onActiveFocusChanged: if (!activeFocus) visible = false
            Keys.onEscapePressed: { visible = false; root.listView.forceActiveFocus() }
        }
        Label {
            text: root.words >= 0 ? qsTr("%L1").arg(root.words) : ""
            opacity: 0.55
            font.pixelSize: 12
        }
    }

    TapHandler {
        acceptedButtons: Qt.RightButton
        onTapped: contextMenu.popup()
    }

    Menu {
        id: contextMenu
        MenuItem { text: qsTr("Rename"); enabled: !Studio.readOnly; onTriggered: root.startRename() }
        MenuItem { text: qsTr("Move Up"); enabled: !Studio.readOnly && root.index > 0; onTriggered: Studio.writer.moveChapter(root.index, root.index - 1) }
        MenuItem { text: qsTr("Move Down"); enabled: !Studio.readOnly && root.index < root.listView.count - 1; onTriggered: Studio.writer.moveChapter(root.index, root.index + 1) }
        MenuSeparator {}
        MenuItem { text: qsTr("Delete"); enabled: !Studio.readOnly; onTriggered: Studio.writer.deleteChapter(root.index) }
    }
}
