// The analysis beside the editor (Ctrl+Shift+E): the emotion arc of the chapter or of the whole manuscript with
// the sentence under the cursor marked (a click on the arc goes to that sentence), the chapter's readability,
// its overused words and repeated phrases (a click selects the next use), and the switches for their marks.
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Noosphere.Ui

Pane {
    id: root

    objectName: "analysisPanel"
    padding: 0
    readonly property var r: Analysis.readability

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        ToolBar {
            Layout.fillWidth: true
            RowLayout {
                anchors.fill: parent
                anchors.leftMargin: 12
                Label { Layout.fillWidth: true; text: qsTr("Analysis"); font.bold: true }
                BusyIndicator { running: Analysis.busy; visible: running; Layout.preferredWidth: 28; Layout.preferredHeight: 28 }
                ToolButton {
                    text: "✕"
                    onClicked: Analysis.open = false
                    Accessible.name: qsTr("Close the analysis (Ctrl+Shift+E)")
                }
            }
        }

        Label {
            objectName: "analysisProblem"
            Layout.fillWidth: true
            Layout.margins: 12
            visible: Analysis.problem.length > 0
            text: qsTr("No analysis: %1").arg(Analysis.problem)
            wrapMode: Text.Wrap
            color: Material.color(Material.Orange)
        }

        TabBar {
            id: scope
            Layout.fillWidth: true
            TabButton { text: qsTr("Chapter"); objectName: "arcChapterTab" }
            TabButton { text: qsTr("Manuscript"); objectName: "arcManuscriptTab" }
        }
        Label {
            Layout.leftMargin: 12
            Layout.topMargin: 8
            text: qsTr("Emotion arc (VADER, smoothed over sentences)")
            opacity: 0.7
            font.pixelSize: 12
        }
        EmotionArcChart {
            objectName: "emotionArc"
            Layout.fillWidth: true
            Layout.preferredHeight: 160
            Layout.margins: 8
            values: scope.currentIndex === 0 ? Analysis.chapterArc : Analysis.manuscriptArc
            boundaries: scope.currentIndex === 0 ? [] : Analysis.chapterStarts
            marked: scope.currentIndex === 0 ? Analysis.chapterPoint : Analysis.manuscriptPoint
            onPointPicked: (index) => Analysis.goToPoint(index, scope.currentIndex === 1)
        }
        Label {
            Layout.fillWidth: true
            Layout.leftMargin: 12
            Layout.rightMargin: 12
            visible: Analysis.problem.length === 0 && Analysis.chapterArc.length === 0 && !Analysis.busy
            text: qsTr("Write a few sentences to see their arc.")
            opacity: 0.7
            wrapMode: Text.Wrap
        }

        ScrollView {
            Layout.fillWidth: true
            Layout.fillHeight: true
            contentWidth: availableWidth
            ColumnLayout {
                width: parent.width
                spacing: 6

                Label {
                    objectName: "readabilitySummary"
                    Layout.fillWidth: true
                    Layout.margins: 12
                    visible: root.r.words !== undefined
                    wrapMode: Text.Wrap
                    textFormat: Text.StyledText
                    text: root.r.words === undefined ? ""
                        : (root.r.english
                           ? qsTr("<b>Reading ease %1</b> (%2) · grade %3").arg(root.r.ease).arg(root.r.level).arg(root.r.grade)
                           : qsTr("<b>Mostly not English words:</b> the reading-ease formulas do not apply."))
                          + "<br>" + qsTr("%L1 words in %L2 sentences · %3 words a sentence (spread %4) · dialogue %5%")
                              .arg(root.r.words).arg(root.r.sentences).arg(root.r.wordsPerSentence)
                              .arg(root.r.sentenceSpread).arg(root.r.dialogueShare)
                }
                Switch {
                    objectName: "markHardSentences"
                    Layout.leftMargin: 4
                    text: qsTr("Mark long or hard sentences")
                    checked: Analysis.markHardSentences
                    onToggled: Analysis.markHardSentences = checked
                    ToolTip.visible: hovered
                    ToolTip.delay: 600
                    ToolTip.text: qsTr("Over 35 words, or above grade 14 on their own")
                }
                Switch {
                    objectName: "markRepetition"
                    Layout.leftMargin: 4
                    text: qsTr("Mark overused words and repeated phrases")
                    checked: Analysis.markRepetition
                    onToggled: Analysis.markRepetition = checked
                }
                AnalysisTermList {
                    objectName: "overusedWords"
                    Layout.fillWidth: true
                    title: qsTr("Overused words")
                    entries: Analysis.overusedWords
                    emptyText: qsTr("None stand out.")
                    onPicked: (index) => Analysis.selectNextUse(index, false)
                }
                AnalysisTermList {
                    objectName: "repeatedPhrases"
                    Layout.fillWidth: true
                    Layout.bottomMargin: 12
                    title: qsTr("Repeated phrases")
                    entries: Analysis.repeatedPhrases
                    wide: true
                    emptyText: qsTr("None nearby.")
                    onPicked: (index) => Analysis.selectNextUse(index, true)
                }
            }
        }
    }
}
