// The word tools in the chapter editor: a right-click menu ("Look up “word”", cut, copy, paste), a double-click
// on a word, or Ctrl+Shift+T opens the word popup there; Ctrl+Shift+G shows or hides the concept graph, which
// follows the word under the cursor. Kept apart from WriterPane so that the pane only places it.
import QtQuick
import QtQuick.Controls
import Noosphere.Ui

Item {
    id: root

    required property TextArea editor
    property bool active: true  // the pane is on show with a chapter open
    readonly property alias popup: popup

    // Looks up the selection, else the word at the cursor, and opens the popup below it.
    function lookUp() {
        if (!Words.lookUpInEditor(editor.selectionStart, editor.selectionEnd, editor.cursorPosition))
            return false
        const from = editor.selectionStart !== editor.selectionEnd ? editor.selectionStart : editor.cursorPosition
        popup.openBelow(editor.positionToRectangle(from))
        return true
    }
    // The word at `position` (a right-click), moving the cursor there unless it falls in the selection.
    function placeCursor(position) {
        if (position < editor.selectionStart || position > editor.selectionEnd || editor.selectionStart === editor.selectionEnd)
            editor.cursorPosition = position
    }

    WordPopup { id: popup; editor: root.editor }

    Item {  // over the editor, so that its pointer handlers see the editor's clicks first
        parent: root.editor
        anchors.fill: parent
        MouseArea {
            anchors.fill: parent
            acceptedButtons: Qt.RightButton
            cursorShape: Qt.IBeamCursor
            onClicked: (mouse) => {
                root.placeCursor(root.editor.positionAt(mouse.x, mouse.y))
                menu.lookUpText = root.editor.selectedText.length > 0 ? root.editor.selectedText
                                                                       : Words.wordInEditorAt(root.editor.cursorPosition)
                menu.popup()
            }
        }
    }

    Connections {  // a double-click selects a word (the editor's own doing) and looks it up; a TapHandler over
        target: root.editor  // the editor would keep a plain click from focusing it
        property real lastRelease: 0
        property point lastPoint
        function onReleased(event) {
            const now = Date.now()
            const near = Math.abs(event.x - lastPoint.x) < 6 && Math.abs(event.y - lastPoint.y) < 6
            const doubleClick = near && now - lastRelease < Qt.styleHints.mouseDoubleClickInterval
            lastRelease = doubleClick ? 0 : now
            lastPoint = Qt.point(event.x, event.y)
            if (doubleClick && root.active)
                Qt.callLater(() => { if (root.editor.selectedText.length > 0) root.lookUp() })
        }
    }

    Menu {
        id: menu
        property string lookUpText
        objectName: "editorContextMenu"
        MenuItem {
            objectName: "lookUpMenuItem"
            text: menu.lookUpText.length > 0 && menu.lookUpText.length <= 40
                  ? qsTr("Look up “%1”").arg(menu.lookUpText) : qsTr("Look up the word")
            onTriggered: root.lookUp()
        }
        MenuSeparator {}
        MenuItem { text: qsTr("Cut"); enabled: root.editor.selectedText.length > 0 && !root.editor.readOnly; onTriggered: root.editor.cut() }
        MenuItem { text: qsTr("Copy"); enabled: root.editor.selectedText.length > 0; onTriggered: root.editor.copy() }
        MenuItem { text: qsTr("Paste"); enabled: root.editor.canPaste; onTriggered: root.editor.paste() }
        MenuSeparator {}
        MenuItem {
            text: Words.graphOpen ? qsTr("Hide the concept graph") : qsTr("Show the concept graph")
            onTriggered: Words.graphOpen = !Words.graphOpen
        }
    }

    Binding {
        target: Words
        property: "cursorPosition"
        value: root.editor.cursorPosition
    }
    Connections {
        target: Words
        function onReplaced(cursorPosition) { root.editor.cursorPosition = cursorPosition }
    }
    Shortcut {
        sequence: "Ctrl+Shift+T"
        enabled: root.active
        onActivated: root.lookUp()
    }
    Shortcut {
        sequence: "Ctrl+Shift+G"
        enabled: root.active
        onActivated: Words.graphOpen = !Words.graphOpen
    }
}
