// The popup's senses: each WordNet sense with its definition, examples and its words as chips; the highlighted
// chip (Words.senses keeps it) is what Enter writes. Similar words of an adjective follow its synonyms, lighter.
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Noosphere.Ui

Item {
    id: root

    signal chosen()

    WordLookupState {
        anchors.fill: parent
        lookupState: Words.sensesState
        problem: Words.wordNetProblem
        noEntryText: qsTr("No entry for “%1” in WordNet, which lists English words only.").arg(Words.word)
    }

    ListView {
        id: list
        objectName: "wordSenses"
        anchors.fill: parent
        anchors.margins: 8
        visible: Words.sensesState === Words.Found
        clip: true
        spacing: 10
        model: Words.senses
        currentIndex: Words.senses.currentRow
        highlightFollowsCurrentItem: false
        boundsBehavior: Flickable.StopAtBounds
        ScrollBar.vertical: ScrollBar {}
        onCurrentIndexChanged: positionViewAtIndex(currentIndex, ListView.Contain)

        delegate: ColumnLayout {
            id: sense
            required property int index
            required property string partOfSpeech
            required property int senseNumber
            required property string definition
            required property list<string> examples
            required property list<string> choices
            required property int synonymCount
            required property int currentChoice

            width: list.width - 12
            spacing: 4

            Label {
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                text: qsTr("<b>%1 %2</b> · %3").arg(sense.partOfSpeech).arg(sense.senseNumber).arg(sense.definition)
                textFormat: Text.StyledText
            }
            Label {
                Layout.fillWidth: true
                visible: sense.examples.length > 0
                wrapMode: Text.Wrap
                font.italic: true
                opacity: 0.7
                text: "“" + sense.examples.join("”  “") + "”"
            }
            Flow {
                Layout.fillWidth: true
                spacing: 6
                visible: sense.choices.length > 0
                Repeater {
                    model: sense.choices
                    delegate: Rectangle {
                        id: chip
                        required property int index
                        required property string modelData
                        readonly property bool current: index === sense.currentChoice
                        readonly property bool similar: index >= sense.synonymCount
                        objectName: "wordChoice"
                        implicitWidth: chipText.implicitWidth + 20
                        implicitHeight: chipText.implicitHeight + 8
                        radius: height / 2
                        color: current ? Material.accentColor : "transparent"
                        border.color: current ? Material.accentColor : Material.hintTextColor
                        opacity: similar && !current ? 0.75 : 1
                        Label {
                            id: chipText
                            anchors.centerIn: parent
                            text: chip.modelData
                            font.italic: chip.similar
                            color: chip.current ? "white" : palette.text
                        }
                        TapHandler {
                            onTapped: { Words.senses.setCurrent(sense.index, chip.index); root.chosen() }
                        }
                        HoverHandler { cursorShape: Qt.PointingHandCursor }
                        ToolTip.visible: hover.hovered
                        ToolTip.text: chip.similar ? qsTr("Similar word: click to write it instead")
                                                   : qsTr("Synonym: click to write it instead")
                        HoverHandler { id: hover }
                    }
                }
            }
        }
    }
}
