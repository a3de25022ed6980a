// The story bible panel by keyboard: Ctrl+Shift+B opens it with the caret in a new entry's name, Enter adds the
// entry to the list (and to the project), a second Ctrl+Shift+B closes it.
import QtQuick
import QtQuick.Controls
import QtTest
import Noosphere
import Noosphere.Ui

TestCase {
    id: testCase

    name: "Bible"
    when: windowShown
    visible: true
    width: 1200
    height: 760

    Component { id: writerPane; WriterPane { anchors.fill: parent } }

    function type(text) {
        for (let i = 0; i < text.length; ++i)
            keyClick(text[i])
    }
    function entryNames() {
        const names = []
        const list = findChild(testCase, "bibleEntries")
        for (let row = 0; row < list.count; ++row)
            names.push(list.itemAtIndex(row) ? list.itemAtIndex(row).text : "?")
        return names
    }

    function cleanup() {  // the other test files expect an empty bible and the panel closed
        while (Bible.entries.count > 0)
            Bible.removeEntry(Bible.entries.data(Bible.entries.index(0, 0), Qt.UserRole + 1))
        Bible.open = false
    }

    function test_ctrlShiftBOpensThePanelAndEnterAddsAnEntry() {
        Bible.open = false
        const pane = createTemporaryObject(writerPane, testCase)
        verify(pane)
        mouseClick(pane.editor, pane.editor.width / 2, 40)
        tryVerify(() => pane.editor.activeFocus)

        keyClick(Qt.Key_B, Qt.ControlModifier | Qt.ShiftModifier)
        verify(Bible.open)
        const panel = findChild(pane, "biblePanel")
        tryVerify(() => panel.visible && panel.width > 200)
        const nameField = findChild(panel, "bibleNameField")
        tryVerify(() => nameField.activeFocus, 2000, "the caret is in the new entry's name")

        type("Anne Elliot")
        keyClick(Qt.Key_Tab)  // past the kind picker to the other names
        keyClick(Qt.Key_Tab)
        const aliases = findChild(panel, "bibleAliasesField")
        tryVerify(() => aliases.activeFocus)
        type("Anne")
        keyClick(Qt.Key_Return)
        tryCompare(Bible.entries, "count", 1)
        tryVerify(() => entryNames()[0] === "Anne Elliot (Anne)", 2000, JSON.stringify(entryNames()))
        compare(nameField.text, "", "the form is ready for the next entry")
        verify(nameField.activeFocus)

        // The toggle beside the editor shows it open; Ctrl+Shift+B closes it again.
        verify(findChild(pane, "bibleToggle").checked)
        keyClick(Qt.Key_B, Qt.ControlModifier | Qt.ShiftModifier)
        verify(!Bible.open)
        tryVerify(() => !panel.visible)
    }

    function test_deleteOffersUndo() {
        Bible.open = true
        const pane = createTemporaryObject(writerPane, testCase)
        const id = Bible.addEntry(1, "Kellynch", "", "the Elliots' hall")
        verify(id !== 0)
        const list = findChild(pane, "bibleEntries")
        tryCompare(list, "count", 1)
        waitForRendering(list)
        mouseClick(list.itemAtIndex(0))
        tryCompare(findChild(pane, "bibleNameField"), "text", "Kellynch")
        mouseClick(findChild(pane, "bibleDeleteButton"))
        tryCompare(Bible.entries, "count", 0)
        verify(Bible.canUndoRemove)
        tryVerify(() => list.activeFocus)
        keyClick(Qt.Key_Z, Qt.ControlModifier)
        tryCompare(Bible.entries, "count", 1)
        compare(list.itemAtIndex(0).text, "Kellynch")
    }
}
