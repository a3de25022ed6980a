// The analysis panel as a writer uses it: Ctrl+Shift+E opens it beside the editor, the emotion arc appears for
// the chapter's text, a click on the arc puts the editor's cursor on that sentence, and a click on a repeated
// phrase selects its next use.
import QtQuick
import QtQuick.Controls
import QtTest
import Noosphere
import Noosphere.Ui

TestCase {
    id: testCase

    name: "Analysis"
    when: windowShown
    visible: true
    width: 1200
    height: 760

    Component { id: writerPane; WriterPane { anchors.fill: parent } }
    property Item pane: null

    function cleanup() {
        Analysis.open = false
        if (pane) {
            pane.editor.text = ""  // the other test files expect the shared chapter empty
            Studio.saveProject()
        }
    }

    function test_ctrlShiftEShowsTheArcAndAClickGoesToTheSentence() {
        const p = createTemporaryObject(writerPane, testCase)
        testCase.pane = p
        const happy = "What a lovely, happy day it was. "
        const sad = "Then the awful news broke her heart. "
        p.editor.text = happy.repeat(10) + "\n\n" + sad.repeat(10)
        waitForRendering(p.editor)
        mouseClick(p.editor, 20, 20)
        tryVerify(() => p.editor.activeFocus)
        keyClick(Qt.Key_E, Qt.ControlModifier | Qt.ShiftModifier)
        verify(Analysis.open)
        const panel = findChild(p, "analysisPanel")
        tryVerify(() => panel.visible && panel.width > 200)
        tryCompare(Analysis, "busy", false, 20000)
        tryVerify(() => Analysis.chapterArc.length === 20, 20000, "no arc for 20 sentences")
        const chart = findChild(panel, "emotionArc")
        compare(chart.count, 20)
        verify(Analysis.chapterArc[0] > 0 && Analysis.chapterArc[19] < 0)

        mouseClick(chart, chart.xOf(15), chart.height / 2)  // the sixth sad sentence
        tryVerify(() => p.editor.activeFocus)
        compare(p.editor.cursorPosition, happy.length * 10 + 2 + sad.length * 5)
        tryCompare(Analysis, "chapterPoint", 15)
        verify(findChild(chart, "emotionArcMarker").visible)

        // A repeated phrase in the list selects its next use in the editor.
        // The list lays its entries out again once its width is known: click after it has settled, or the
        // click can land on the entry that moved under it.
        const phrases = findChild(panel, "repeatedPhrases")
        tryVerify(() => findChild(phrases, "termEntry") !== null, 5000, "no repeated phrase listed")
        waitForRendering(phrases)
        wait(200)
        const phrase = findChild(phrases, "termEntry")
        verify(phrase && phrase.visible, "no repeated phrase listed")
        mouseClick(phrase)
        tryVerify(() => p.editor.selectedText.length > 0)
        verify(p.editor.selectedText.split(" ").length >= 3, p.editor.selectedText)
        verify(phrase.text.toLowerCase().includes(p.editor.selectedText.toLowerCase()), phrase.text + " / " + p.editor.selectedText)

        keyClick(Qt.Key_E, Qt.ControlModifier | Qt.ShiftModifier)
        verify(!Analysis.open)
    }
}
