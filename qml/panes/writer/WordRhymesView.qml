// The popup's rhymes: perfect, then near (identical, slant, assonance, consonance), commonest first, each with its
// syllable count; the syllable filter narrows them to fit a line's metre. Enter or a click writes one instead.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Noosphere.Ui

ColumnLayout {
    id: root

    signal chosen()

    spacing: 0

    WordLookupState {
        Layout.fillWidth: true
        Layout.fillHeight: true
        lookupState: Words.soundState
        problem: Words.soundProblem
        noEntryText: qsTr("“%1” has no letters an English reader would sound out, so no rhymes.").arg(Words.word)
    }

    RowLayout {
        Layout.fillWidth: true
        Layout.leftMargin: 16
        Layout.rightMargin: 8
        visible: Words.soundState === Words.Found
        Label {
            Layout.fillWidth: true
            opacity: 0.7
            text: Words.rhymesBusy ? qsTr("Finding rhymes…")
                  : qsTr("%n rhyme(s)", "", Words.rhymes.count) + (Words.guessed ? " · " + qsTr("pronunciation guessed") : "")
        }
        Label { text: qsTr("Syllables") }
        ComboBox {
            objectName: "rhymeSyllables"
            focusPolicy: Qt.NoFocus
            model: [qsTr("any"), "1", "2", "3", "4", "5"]
            currentIndex: Words.rhymeSyllables
            onActivated: (index) => Words.rhymeSyllables = index
            implicitWidth: 90
        }
    }

    ListView {
        id: list
        objectName: "wordRhymes"
        Layout.fillWidth: true
        Layout.fillHeight: true
        visible: Words.soundState === Words.Found
        clip: true
        model: Words.rhymes
        currentIndex: Words.rhymes.currentRow
        boundsBehavior: Flickable.StopAtBounds
        ScrollBar.vertical: ScrollBar {}
        onCurrentIndexChanged: positionViewAtIndex(currentIndex, ListView.Contain)
        section.property: "group"
        section.delegate: Label {
            required property string section
            leftPadding: 16
            topPadding: 8
            bottomPadding: 4
            font.bold: true
            text: section
        }
        delegate: ItemDelegate {
            id: rhyme
            required property int index
            required property string word
            required property string kind
            required property bool near
            required property int syllables
            width: list.width
            highlighted: ListView.isCurrentItem
            focusPolicy: Qt.NoFocus
            topPadding: 6
            bottomPadding: 6
            contentItem: RowLayout {
                Label { text: rhyme.word; Layout.fillWidth: true; elide: Text.ElideRight }
                Label { text: rhyme.kind; visible: rhyme.near; opacity: 0.6 }
                Label { text: qsTr("%n syllable(s)", "", rhyme.syllables); opacity: 0.6 }
            }
            onClicked: { Words.rhymes.currentRow = index; root.chosen() }
        }
        Label {
            anchors.centerIn: parent
            visible: !Words.rhymesBusy && Words.rhymes.count === 0
            opacity: 0.7
            text: qsTr("No rhymes found.")
        }
    }
}
