// The novelist's pane: the chapter list beside a plain-text editor with find/replace, and the assistant's
// continuation cards on the right (Ctrl+Shift+A). Without a project it shows the start page.
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

            RowLayout {  // the editor, and beside it (never over its text) the assistant's toggle
                Layout.fillWidth: true
                Layout.fillHeight: true
                spacing: 0

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
                        Component.onCompleted: {
                            Studio.writer.attachDocument(editor.textDocument)
                            Assistant.attachDocument(editor.textDocument)
                        }
                        // With cards on show, Tab accepts the highlighted one, Esc dismisses them, Alt+Up/Down
                        // moves the highlight; otherwise the keys keep their usual meaning.
                        Keys.onTabPressed: (event) => {
                            event.accepted = Assistant.suggestions.count > 0
                            if (event.accepted)
                                Assistant.acceptCurrent()
                        }
                        Keys.onEscapePressed: (event) => {
                            event.accepted = Assistant.suggestions.count > 0
                            if (event.accepted)
                                Assistant.dismiss()
                        }
                        Keys.onPressed: (event) => {
                            // A huge paste (a whole manuscript) becomes chapters: the editor could not take it.
                            if (event.matches(StandardKey.Paste) && Studio.writer.pasteLargeClipboard()) {
                                event.accepted = true
                                return
                            }
                            if (Assistant.suggestions.count > 0 && event.modifiers === Qt.AltModifier
                                && (event.key === Qt.Key_Up || event.key === Qt.Key_Down)) {
                                Assistant.moveCurrent(event.key === Qt.Key_Up ? -1 : 1)
                                event.accepted = true
                            }
                        }
                    }
                }

                ColumnLayout {  // the side panels' toggles
                    Layout.alignment: Qt.AlignTop
                    spacing: 0
                    ToolButton {
                        objectName: "assistantToggle"
                        text: "✦"
                        font.pixelSize: 18
                        Accessible.name: qsTr("Assistant")
                        checkable: true
                        checked: Assistant.open
                        onToggled: Assistant.open = checked
                        ToolTip.visible: hovered
                        ToolTip.text: qsTr("Continuation suggestions beside the editor (Ctrl+Shift+A)")
                    }
                    ToolButton {
                        objectName: "conceptGraphToggle"
                        text: "⌬"
                        font.pixelSize: 18
                        Accessible.name: qsTr("Concept graph")
                        checkable: true
                        checked: Words.graphOpen
                        onToggled: Words.graphOpen = checked
                        ToolTip.visible: hovered
                        ToolTip.text: qsTr("Related words of the word at the cursor, as a graph (Ctrl+Shift+G)")
                    }
                    ToolButton {
                        objectName: "bibleToggle"
                        text: "☰"
                        font.pixelSize: 18
                        Accessible.name: qsTr("Story bible")
                        checkable: true
                        checked: Bible.open
                        onToggled: Bible.open = checked
                        ToolTip.visible: hovered
                        ToolTip.text: qsTr("Characters, places and lore the assistant reads (Ctrl+Shift+B)")
                    }
                    ToolButton {
                        objectName: "analysisToggle"
                        text: "∿"
                        font.pixelSize: 18
                        Accessible.name: qsTr("Analysis")
                        checkable: true
                        checked: Analysis.open
                        onToggled: Analysis.open = checked
                        ToolTip.visible: hovered
                        ToolTip.text: qsTr("Emotion arc, readability and repetition of the chapter (Ctrl+Shift+E)")
                    }
                }
            }
        }

        AssistantSidebar {
            visible: Assistant.open
            editor: editor
            SplitView.preferredWidth: 340
            SplitView.minimumWidth: 240
        }

        ConceptGraphPanel {
            visible: Words.graphOpen
            SplitView.preferredWidth: 440
            SplitView.minimumWidth: 280
        }

        BiblePanel {
            id: biblePanel
            visible: Bible.open
            SplitView.preferredWidth: 320
            SplitView.minimumWidth: 240
        }

        AnalysisPanel {
            visible: Analysis.open
            SplitView.preferredWidth: 380
            SplitView.minimumWidth: 280
        }
    }

    Binding {
        target: Assistant
        property: "cursorPosition"
        value: editor.cursorPosition
    }
    Connections {
        target: Assistant
        function onInserted(cursorPosition) { editor.cursorPosition = cursorPosition }
    }
    EditorWordTools {  // the word popup (right-click, double-click, Ctrl+Shift+T) and Ctrl+Shift+G
        editor: editor
        active: root.visible && Studio.hasProject && Studio.writer.currentIndex >= 0
    }
    Shortcut {
        sequence: "Ctrl+Space"
        enabled: root.visible && Studio.hasProject && Studio.writer.currentIndex >= 0
        onActivated: { Assistant.requestNow(); editor.forceActiveFocus() }
    }
    Shortcut {  // the story bible: opening it puts the keyboard in a new entry's name
        sequence: "Ctrl+Shift+B"
        enabled: root.visible && Studio.hasProject
        onActivated: {
            Bible.open = !Bible.open
            if (Bible.open)
                biblePanel.startNewEntry()
            else
                editor.forceActiveFocus()
        }
    }
    Binding {
        target: Analysis
        property: "cursorPosition"
        value: editor.cursorPosition
    }
    Connections {
        target: Analysis
        function onCursorRequested(position) {
            editor.cursorPosition = Math.min(position, editor.length)
            editor.forceActiveFocus()
        }
        function onSelectionRequested(start, end) {
            editor.select(start, end)
            editor.forceActiveFocus()
        }
    }
    Shortcut {
        sequence: "Ctrl+Shift+E"
        enabled: root.visible && Studio.hasProject
        onActivated: Analysis.open = !Analysis.open
    }
    Shortcut {
        sequence: "Ctrl+Shift+A"
        enabled: root.visible && Studio.hasProject
        onActivated: Assistant.open = !Assistant.open
    }
    Shortcut {
        sequence: "Ctrl+R"
        enabled: root.visible && Studio.hasProject && Assistant.open
        onActivated: Assistant.regenerate()
    }
}
