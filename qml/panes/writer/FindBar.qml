// Find (Ctrl+F) and replace (Ctrl+H) in the chapter: Enter finds the next match, Shift+Enter the previous,
// Escape closes. Replacements go through the editor's undo.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Noosphere.Ui

ToolBar {
    id: root

    required property TextArea editor
    property bool replacing: false
    property int matches: 0

    function openFind(withReplace) {
        replacing = withReplace
        visible = true
        if (editor.selectedText.length > 0 && editor.selectedText.indexOf("\u2029") < 0)
            query.text = editor.selectedText
        query.selectAll()
        query.forceActiveFocus()
    }
    function close() { visible = false; editor.forceActiveFocus() }
    function findNext(backward) {
        const from = backward ? editor.selectionStart : editor.selectionEnd
        const match = Studio.writer.find(query.text, from, backward, caseBox.checked, wordsBox.checked)
        if (match.start >= 0)
            editor.select(match.start, match.end)
        status.text = match.start >= 0 ? qsTr("%n match(es)", "", root.matches) : qsTr("Not found")
    }
    function refreshCount() {
        root.matches = Studio.writer.countMatches(query.text, caseBox.checked, wordsBox.checked)
        status.text = query.text.length === 0 ? "" : qsTr("%n match(es)", "", root.matches)
    }

    visible: false

    GridLayout {
        anchors.fill: parent
        anchors.leftMargin: 12
        anchors.rightMargin: 8
        columns: 6

        TextField {
            id: query
            objectName: "findField"
            placeholderText: qsTr("Find")
            Layout.fillWidth: true
            onTextChanged: root.refreshCount()
            Keys.onReturnPressed: (event) => root.findNext(event.modifiers & Qt.ShiftModifier)
            Keys.onEscapePressed: root.close()
        }
        Button { text: qsTr("Previous"); flat: true; onClicked: root.findNext(true) }
        Button { text: qsTr("Next"); flat: true; onClicked: root.findNext(false) }
        CheckBox { id: caseBox; text: qsTr("Match case"); onToggled: root.refreshCount() }
        CheckBox { id: wordsBox; text: qsTr("Whole words"); onToggled: root.refreshCount() }
        RowLayout {
            Label { id: status; opacity: 0.7 }
            ToolButton { text: "✕"; onClicked: root.close(); Accessible.name: qsTr("Close find bar") }
        }

        TextField {
            id: replacement
            objectName: "replaceField"
            visible: root.replacing
            placeholderText: qsTr("Replace with")
            Layout.fillWidth: true
            Keys.onEscapePressed: root.close()
        }
        Button {
            visible: root.replacing
            text: qsTr("Replace")
            flat: true
            onClicked: {
                Studio.writer.replaceMatch(root.editor.selectionStart, root.editor.selectionEnd, query.text,
                                           replacement.text, caseBox.checked, wordsBox.checked)
                root.refreshCount()
                root.findNext(false)
            }
        }
        Button {
            visible: root.replacing
            text: qsTr("Replace all")
            flat: true
            onClicked: {
                const n = Studio.writer.replaceAll(query.text, replacement.text, caseBox.checked, wordsBox.checked)
                root.refreshCount()
                status.text = qsTr("Replaced %n", "", n)
            }
        }
    }
}
