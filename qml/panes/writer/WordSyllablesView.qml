// The popup's syllables: for each pronunciation its syllable count, its stress pattern (a dot per syllable, large
// where stressed) and its phones; "guessed" when the word is not in the pronouncing dictionary.
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Noosphere.Ui

Item {
    WordLookupState {
        anchors.fill: parent
        lookupState: Words.soundState
        problem: Words.soundProblem
        noEntryText: qsTr("“%1” has no letters an English reader would sound out.").arg(Words.word)
    }

    ListView {
        id: list
        objectName: "wordPronunciations"
        anchors.fill: parent
        anchors.margins: 16
        visible: Words.soundState === Words.Found
        spacing: 14
        interactive: false
        model: Words.pronunciations
        header: Label {
            width: list.width
            bottomPadding: 10
            visible: Words.guessed
            wrapMode: Text.Wrap
            color: Material.color(Material.Orange)
            text: qsTr("Guessed: the word is not in the pronouncing dictionary.")
        }
        delegate: ColumnLayout {
            id: pronunciation
            required property int syllables
            required property string stress
            required property string phones
            width: list.width
            spacing: 4
            Label {
                text: qsTr("%n syllable(s)", "", pronunciation.syllables)
                font.pixelSize: 18
                font.bold: true
            }
            RowLayout {
                spacing: 6
                Label { text: qsTr("Stress %1").arg(pronunciation.stress); opacity: 0.7 }
                Repeater {
                    model: pronunciation.stress.length
                    delegate: Rectangle {
                        required property int index
                        readonly property string digit: pronunciation.stress.charAt(index)
                        width: digit === "1" ? 14 : digit === "2" ? 10 : 7
                        height: width
                        radius: width / 2
                        color: digit === "0" ? Material.hintTextColor : Material.accentColor
                    }
                }
            }
            Label { text: pronunciation.phones; font.family: "monospace"; opacity: 0.85 }
        }
    }
}
