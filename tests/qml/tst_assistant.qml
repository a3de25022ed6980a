// The assistant sidebar as a writer uses it, with the keyboard and the mouse: Ctrl+Space brings cards, Tab
// accepts, Esc dismisses, a click on a word opens the model's choices there, and a model that fails leaves a
// banner while the editor keeps working. The Studio's assistant runs a tiny random model (see tst_qml.cpp).
import QtQuick
import QtQuick.Controls
import QtTest
import Noosphere
import Noosphere.Ui

TestCase {
    id: testCase

    name: "Assistant"
    when: windowShown
    visible: true
    width: 1200
    height: 760

    Component { id: writerPane; WriterPane { anchors.fill: parent } }

    function init() {
        Assistant.useDefaultModel()
        Assistant.open = false
    }
    property Item pane: null  // the current test's pane

    // The other test files expect the sidebar closed and the chapter as they found it (empty).
    function cleanup() {
        init()
        if (pane) {
            pane.editor.text = ""
            Studio.saveProject()
        }
    }

    // A pane with the caret at the end of the chapter, which holds `text`.
    function paneWithText(text) {
        const pane = createTemporaryObject(writerPane, testCase)
        verify(pane)
        testCase.pane = pane
        pane.editor.text = text
        waitForRendering(pane.editor)
        mouseClick(pane.editor, pane.editor.width / 2, 40)
        tryVerify(() => pane.editor.activeFocus)
        keyClick(Qt.Key_End, Qt.ControlModifier)
        return pane
    }
    function waitForCards() {
        tryVerify(() => Assistant.suggestions.finished, 15000, "no finished cards")
    }

    function test_ctrlSpaceBringsCardsAndTabInsertsOne() {
        const pane = paneWithText("The lighthouse keeper")
        keyClick(Qt.Key_Space, Qt.ControlModifier)
        verify(Assistant.open)
        const sidebar = findChild(pane, "assistantSidebar")
        tryVerify(() => sidebar.visible && sidebar.width > 200)
        waitForCards()
        const cards = findChild(pane, "suggestionCards")
        compare(cards.count, Assistant.alternatives)
        verify(pane.editor.activeFocus)
        const before = pane.editor.text
        keyClick(Qt.Key_Tab)
        compare(Assistant.suggestions.count, 0)
        verify(pane.editor.text.length > before.length)
        compare(pane.editor.text.indexOf(before), 0)
        // Tab accepted the card rather than typing a tab (a card may hold a tab of its own: the model samples
        // with a fresh seed each time, and once wrote one).
        const inserted = pane.editor.text.slice(before.length)
        verify(inserted !== "\t" && inserted.length > 1, "Tab typed a tab instead of accepting the card")
        compare(pane.editor.cursorPosition, pane.editor.length)
        keyClick(Qt.Key_Z, Qt.ControlModifier)  // the editor's undo takes the whole card back out
        compare(pane.editor.text, before)
    }

    function test_escDismissesAndTabTypesATabAgain() {
        const pane = paneWithText("Rain")
        keyClick(Qt.Key_Space, Qt.ControlModifier)
        waitForCards()
        keyClick(Qt.Key_Escape)
        compare(Assistant.suggestions.count, 0)
        compare(pane.editor.text, "Rain")
        keyClick(Qt.Key_Tab)
        compare(pane.editor.text, "Rain\t")
    }

    function test_clickingAWordShowsTheModelsChoicesAndPickingOneRegenerates() {
        const pane = paneWithText("Once upon a time")
        keyClick(Qt.Key_Space, Qt.ControlModifier)
        waitForCards()
        const cards = findChild(pane, "suggestionCards")
        waitForRendering(cards)
        const text = findChild(cards.itemAtIndex(0), "suggestionText")
        verify(text)
        let hit = null
        for (let y = 4; y < text.height && !hit; y += 6)
            for (let x = 4; x < text.width && !hit; x += 6)
                if (text.linkAt(x, y).length > 0)
                    hit = Qt.point(x, y)
        verify(hit, "no word in the card is a link")
        mouseClick(text, hit.x, hit.y)
        tryVerify(() => Assistant.tokenChoices.count >= 5)
        const choices = findChild(pane, "tokenChoices")
        tryVerify(() => choices && choices.visible)
        waitForRendering(choices)
        mouseClick(choices.itemAtIndex(1))
        tryCompare(Assistant.tokenChoices, "count", 0)
        waitForCards()
        compare(Assistant.suggestions.count, Assistant.alternatives)
    }

    function test_aModelThatFailsShowsABannerAndTypingStillWorks() {
        const pane = paneWithText("")
        Assistant.chooseModelFolder("file:///nonexistent/model-folder")
        Assistant.open = true
        const banner = findChild(pane, "assistantBanner")
        tryVerify(() => banner.visible, 10000)
        verify(banner.text.indexOf("Could not load the model “model-folder”") === 0, banner.text)
        for (const key of [Qt.Key_O, Qt.Key_K])
            keyClick(key)
        compare(pane.editor.text, "ok")
        tryCompare(Studio.writer, "saveState", WriterController.Saved, 2500)
    }
}
