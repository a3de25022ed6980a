// The word popup: senses and synonyms, rhymes, and syllables of the word at the cursor or in the selection (from
// Words, ui/knowledge). Keys: ↑↓ and ←→ move, Enter writes the highlighted word over the looked-up one (one undo
// step), Tab switches section, Esc closes; typing anything else closes it and goes on in the editor.
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Noosphere.Ui

Popup {
    id: root

    required property TextArea editor

    // Below `rect` (in the editor's coordinates); the window's margins keep it on screen.
    function openBelow(rect) {
        x = Math.max(0, Math.min(rect.x - 16, editor.width - width))
        y = rect.y + rect.height + 6
        sections.currentIndex = 0
        open()
    }
    function replaceAndClose() {
        const done = sections.currentIndex === 1 ? Words.replaceWithCurrentRhyme() : Words.replaceWithCurrentSynonym()
        if (done)
            close()
    }

    objectName: "wordPopup"
    parent: editor
    width: 420
    height: 440
    margins: 8
    padding: 0
    modal: false
    focus: true
    closePolicy: Popup.CloseOnEscape | Popup.CloseOnPressOutside
    onClosed: { Words.clearNotice(); editor.forceActiveFocus() }

    contentItem: FocusScope {
        focus: true
        Keys.onPressed: (event) => {
            if (event.key === Qt.Key_Escape) {
                root.close()  // before the typing case below: Esc carries a control character as its text
            } else if (event.key === Qt.Key_Return || event.key === Qt.Key_Enter) {
                root.replaceAndClose()
            } else if (event.key === Qt.Key_Tab || event.key === Qt.Key_Backtab) {
                const step = event.key === Qt.Key_Tab ? 1 : 2
                sections.currentIndex = (sections.currentIndex + step) % 3
            } else if (event.key === Qt.Key_Up || event.key === Qt.Key_Down) {
                const delta = event.key === Qt.Key_Up ? -1 : 1
                if (sections.currentIndex === 0)
                    Words.senses.moveSense(delta)
                else if (sections.currentIndex === 1)
                    Words.rhymes.moveCurrent(delta)
            } else if (event.key === Qt.Key_Left || event.key === Qt.Key_Right) {
                if (sections.currentIndex === 0)
                    Words.senses.moveChoice(event.key === Qt.Key_Left ? -1 : 1)
            } else if (event.text.length > 0 && (event.modifiers & ~Qt.ShiftModifier) === 0
                       && (event.text >= " " || event.key === Qt.Key_Backspace || event.key === Qt.Key_Delete)) {
                // Typing: the writer is writing, not choosing. The key goes to the editor, over the selection.
                root.close()
                if (root.editor.readOnly)
                    return
                if (root.editor.selectedText.length > 0)
                    root.editor.remove(root.editor.selectionStart, root.editor.selectionEnd)
                if (event.key !== Qt.Key_Backspace && event.key !== Qt.Key_Delete)
                    root.editor.insert(root.editor.cursorPosition, event.text)
            } else {
                return
            }
            event.accepted = true
        }

        ColumnLayout {
            anchors.fill: parent
            spacing: 0

            RowLayout {
                Layout.fillWidth: true
                Layout.leftMargin: 16
                Layout.rightMargin: 4
                Label {
                    objectName: "wordPopupTitle"
                    Layout.fillWidth: true
                    text: Words.word
                    font.pixelSize: 20
                    font.bold: true
                    elide: Text.ElideRight
                }
                ToolButton {
                    text: "✕"
                    focusPolicy: Qt.NoFocus
                    onClicked: root.close()
                    Accessible.name: qsTr("Close (Esc)")
                }
            }
            TabBar {
                id: sections
                objectName: "wordPopupSections"
                Layout.fillWidth: true
                focusPolicy: Qt.NoFocus
                TabButton { text: qsTr("Synonyms"); focusPolicy: Qt.NoFocus }
                TabButton { text: qsTr("Rhymes"); focusPolicy: Qt.NoFocus }
                TabButton { text: qsTr("Syllables"); focusPolicy: Qt.NoFocus }
            }
            Label {
                Layout.fillWidth: true
                Layout.margins: 8
                visible: Words.notice.length > 0
                text: Words.notice
                wrapMode: Text.Wrap
                color: Material.color(Material.Orange)
            }
            StackLayout {
                Layout.fillWidth: true
                Layout.fillHeight: true
                currentIndex: sections.currentIndex
                WordSensesView { onChosen: root.replaceAndClose() }
                WordRhymesView { onChosen: root.replaceAndClose() }
                WordSyllablesView {}
            }
            Label {
                Layout.fillWidth: true
                Layout.margins: 8
                horizontalAlignment: Text.AlignHCenter
                opacity: 0.6
                font.pixelSize: 12
                elide: Text.ElideRight
                text: Words.canReplace ? qsTr("↑↓ ←→ choose · Enter replaces · Tab next section · Esc closes")
                                       : qsTr("Tab next section · Esc closes")
            }
        }
    }
}
