// The word tools as a writer uses them in the chapter editor: Ctrl+Shift+T opens the popup on the word at the
// cursor, the arrows pick a synonym and Enter writes it in as one undo step; the right-click menu looks a word
// up; Ctrl+Shift+G shows the concept graph of the word at the cursor, and a click on a node walks there.
// The dictionaries are the real ones (WordNet from wordnet-base, CMUdict from the npm data folder).
import QtQuick
import QtQuick.Controls
import QtTest
import Noosphere
import Noosphere.Ui

TestCase {
    id: testCase

    name: "WordTools"
    when: windowShown
    visible: true
    width: 1200
    height: 760

    Component { id: writerPane; WriterPane { anchors.fill: parent } }
    property Item pane: null

    function cleanup() {
        Words.graphOpen = false
        if (pane) {
            pane.editor.text = ""  // the other test files expect the shared chapter empty
            Studio.saveProject()
        }
    }

    // A pane showing `text` with the editor focused and the caret inside `word`.
    function paneWithCaretIn(text, word) {
        const p = createTemporaryObject(writerPane, testCase)
        verify(p)
        testCase.pane = p
        p.editor.text = text
        waitForRendering(p.editor)
        mouseClick(p.editor, p.editor.width / 2, 40)
        tryVerify(() => p.editor.activeFocus)
        p.editor.cursorPosition = text.indexOf(word) + 1
        return p
    }
    function popupOf(p) { return findChild(p, "wordPopup") }

    function test_ctrlShiftTOpensTheWordAndEnterReplacesItAsOneUndoStep() {
        const text = "The night was cold and the road was long."
        const p = paneWithCaretIn(text, "cold")
        keyClick(Qt.Key_T, Qt.ControlModifier | Qt.ShiftModifier)
        const popup = popupOf(p)
        tryVerify(() => popup.opened, 3000, "Ctrl+Shift+T opened no popup")
        compare(Words.word, "cold")
        tryCompare(Words, "sensesState", Words.Found, 20000)
        verify(Words.senses.count > 0)
        keyClick(Qt.Key_Right)  // from the sense's first word to its next synonym
        const choice = Words.senses.currentWord
        verify(choice.length > 0 && choice !== "cold", "no synonym to choose: " + choice)
        keyClick(Qt.Key_Return)
        tryVerify(() => !popup.visible)
        compare(p.editor.text, text.replace("cold", choice))
        tryVerify(() => p.editor.activeFocus, 2000, "the editor did not get the keys back")
        keyClick(Qt.Key_Z, Qt.ControlModifier)
        compare(p.editor.text, text, "one Ctrl+Z did not restore the word")
    }

    function test_typingWhileThePopupIsOpenGoesOnInTheEditor() {
        const text = "A quiet house"
        const p = paneWithCaretIn(text, "quiet")
        p.editor.cursorPosition = text.length
        keyClick(Qt.Key_T, Qt.ControlModifier | Qt.ShiftModifier)
        const popup = popupOf(p)
        tryVerify(() => popup.opened)
        keyClick(Qt.Key_S)
        tryVerify(() => !popup.visible)
        compare(p.editor.text, "A quiet houses")
    }

    function test_rightClickOffersToLookUpTheWord() {
        const p = paneWithCaretIn("Rivers run to the sea.", "sea")
        const at = p.editor.positionToRectangle(p.editor.text.indexOf("Rivers") + 2)
        mouseClick(p.editor, at.x + 1, at.y + at.height / 2, Qt.RightButton)
        const item = findChild(p, "lookUpMenuItem")
        tryVerify(() => item && item.visible, 3000, "no context menu")
        compare(item.text, "Look up “Rivers”")
        item.triggered()
        tryVerify(() => popupOf(p).opened)
        compare(Words.word, "Rivers")
        tryCompare(Words, "sensesState", Words.Found, 20000)
        keyClick(Qt.Key_Escape)
        tryVerify(() => !popupOf(p).visible)
        compare(p.editor.text, "Rivers run to the sea.", "Esc changed the text")
    }

    function test_doubleClickOnAWordLooksItUp() {
        const p = paneWithCaretIn("Bright lanterns swayed.", "swayed")
        const at = p.editor.positionToRectangle(p.editor.text.indexOf("lanterns") + 3)
        mouseDoubleClickSequence(p.editor, at.x, at.y + at.height / 2)
        tryVerify(() => popupOf(p).opened, 3000, "a double-click opened no popup")
        compare(Words.word, "lanterns")
        keyClick(Qt.Key_Escape)
        tryVerify(() => !popupOf(p).visible)
        compare(p.editor.text, "Bright lanterns swayed.")
    }

    function test_conceptGraphFollowsTheCursorAndWalksOnAClick() {
        const p = paneWithCaretIn("She kept a dog by the fire.", "dog")
        keyClick(Qt.Key_G, Qt.ControlModifier | Qt.ShiftModifier)
        verify(Words.graphOpen)
        const panel = findChild(p, "conceptGraphPanel")
        tryVerify(() => panel.visible && panel.width > 200)
        tryCompare(Words.graph, "centre", "dog", 20000)
        verify(Words.graph.found)
        let target = null
        tryVerify(() => {  // a word box on show in the panel (a large graph scrolls)
            const canvas = findChild(panel, "conceptGraphCanvas")
            const view = canvas ? canvas.parent.parent : null  // the Flickable (canvas → contentItem → view)
            for (let i = 0; canvas && i < canvas.children.length; ++i) {
                const node = canvas.children[i]
                if (node.objectName !== "conceptNode" || node.kind === 0 || node.walkTo.length === 0)
                    continue
                const centre = node.mapToItem(view, node.width / 2, node.height / 2)
                if (centre.x > 0 && centre.y > 0 && centre.x < view.width && centre.y < view.height) {
                    target = node
                    return true
                }
            }
            return false
        }, 5000, "no word box on show to walk to")
        const next = target.walkTo
        mouseClick(target)
        tryCompare(Words.graph, "centre", next, 5000)
        verify(Words.graph.canGoBack)
        keyClick(Qt.Key_G, Qt.ControlModifier | Qt.ShiftModifier)
        tryVerify(() => !panel.visible)
    }
}
