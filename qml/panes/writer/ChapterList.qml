// The manuscript's chapters: select, add, rename (F2 or double-click), reorder (drag the handle, or
// Alt+Up/Down), delete (Delete key; undo from the toast or Edit menu).
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Noosphere.Ui

Pane {
    id: root

    padding: 0

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        ToolBar {
            Layout.fillWidth: true
            RowLayout {
                anchors.fill: parent
                anchors.leftMargin: 12
                Label { text: qsTr("Chapters"); font.bold: true; Layout.fillWidth: true }
                ToolButton {
                    text: "+"
                    font.pixelSize: 20
                    enabled: !Studio.readOnly
                    onClicked: Studio.writer.addChapter()
                    ToolTip.visible: hovered
                    ToolTip.text: qsTr("Add a chapter after this one (Ctrl+Shift+N)")
                    Accessible.name: qsTr("Add chapter")
                }
            }
        }

        ListView {
            id: list
            objectName: "chapterList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: Studio.writer.chapters
            currentIndex: Studio.writer.currentIndex
            keyNavigationEnabled: true
            activeFocusOnTab: true
            boundsBehavior: Flickable.StopAtBounds
            ScrollBar.vertical: ScrollBar {}

            property int dropIndex: -1  // where a dragged chapter would land

            delegate: ChapterDelegate {
                width: list.width
                listView: list
            }

            Rectangle {  // drop marker while dragging
                visible: list.dropIndex >= 0
                width: list.width
                height: 2
                color: palette.highlight
                y: list.dropIndex * 44 - list.contentY
            }

            Keys.onPressed: (event) => {
                if (event.key === Qt.Key_Delete) {
                    Studio.writer.deleteChapter(currentIndex); event.accepted = true
                } else if (event.key === Qt.Key_F2) {
                    currentItem.startRename(); event.accepted = true
                } else if (event.modifiers & Qt.AltModifier && event.key === Qt.Key_Up) {
                    Studio.writer.moveChapter(currentIndex, currentIndex - 1); event.accepted = true
                } else if (event.modifiers & Qt.AltModifier && event.key === Qt.Key_Down) {
                    Studio.writer.moveChapter(currentIndex, currentIndex + 1); event.accepted = true
                }
            }
            onCurrentIndexChanged: Studio.writer.currentIndex = currentIndex
        }
    }

    Shortcut {
        sequence: "Ctrl+Shift+N"
        enabled: Studio.hasProject && !Studio.readOnly
        onActivated: Studio.writer.addChapter()
    }
}
