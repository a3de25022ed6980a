// The novelist's pane: the chapter list beside a plain-text editor with find/replace. Without a project it
// shows the start page.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Noosphere.Ui

Item {
    id: root

    readonly property alias editor: editor
    readonly property alias findBar: findBar

    signal newRequested()
    signal openRequested()

    StartPage {
        anchors.fill: parent
        visible: !Studio.hasProject
        onNewRequested: root.newRequested()
        onOpenRequested: root.openRequested()
    }

    SplitView {
        anchors.fill: parent
        visible: Studio.hasProject

        ChapterList {
            SplitView.preferredWidth: 260
            SplitView.minimumWidth: 180
        }

        ColumnLayout {
            SplitView.fillWidth: true
            spacing: 0

            FindBar {
                id: findBar
                Layout.fillWidth: true
                editor: editor
            }

            Frame {
                Layout.fillWidth: true
                visible: Studio.writer.currentChapterIsLong
                Label {
                    width: parent.width
                    wrapMode: Text.Wrap
                    text: qsTr("This chapter has %L1 words. Typing stays quickest in chapters under 15,000 words: put the cursor where a new chapter should begin and press Ctrl+K to split it.").arg(Studio.writer.wordCount)
                }
            }

            ScrollView {
                id: scroller
                Layout.fillWidth: true
                Layout.fillHeight: true

                TextArea {
                    id: editor
                    objectName: "chapterEditor"
                    // A comfortable line length, centred, as writing tools do.
                    leftPadding: Math.max(32, (scroller.width - 760) / 2)
                    rightPadding: leftPadding
                    topPadding: 32
                    bottomPadding: 64
                    wrapMode: TextEdit.Wrap
                    textFormat: TextEdit.PlainText
                    font.pixelSize: 17
                    selectByMouse: true
                    persistentSelection: true
                    readOnly: Studio.writer.readOnly || Studio.writer.currentIndex < 0
                    placeholderText: Studio.writer.currentIndex < 0 ? qsTr("Add a chapter to start writing.")
                                                                    : qsTr("Write here…")
                    background: null
                    Component.onCompleted: Studio.writer.attachDocument(editor.textDocument)
                }
            }
        }
    }
}
