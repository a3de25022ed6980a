// The concept graph beside the editor (Ctrl+Shift+G): the WordNet neighbourhood of the word under the cursor or
// last looked up, its senses and their synonyms and relations. Click a box to walk on, Back to return. Without
// WordNet it says which package to install, and the editor is unaffected.
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Noosphere.Ui

Pane {
    id: root

    objectName: "conceptGraphPanel"
    padding: 0

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        ToolBar {
            Layout.fillWidth: true
            RowLayout {
                anchors.fill: parent
                anchors.leftMargin: 4
                ToolButton {
                    objectName: "conceptGraphBack"
                    text: "←"
                    enabled: Words.graph.canGoBack
                    onClicked: Words.graph.back()
                    ToolTip.visible: hovered
                    ToolTip.text: qsTr("Back to the previous word")
                    Accessible.name: qsTr("Back")
                }
                Label {
                    Layout.fillWidth: true
                    text: Words.graph.centre.length > 0 ? qsTr("Concept graph: %1").arg(Words.graph.centre)
                                                        : qsTr("Concept graph")
                    font.bold: true
                    elide: Text.ElideRight
                }
                ToolButton {
                    text: "✕"
                    onClicked: Words.graphOpen = false
                    Accessible.name: qsTr("Close the concept graph (Ctrl+Shift+G)")
                }
            }
        }

        Label {
            objectName: "conceptGraphMessage"
            Layout.fillWidth: true
            Layout.margins: 12
            visible: text.length > 0
            wrapMode: Text.Wrap
            color: Words.wordNetProblem.length > 0 ? Material.color(Material.Orange) : palette.text
            opacity: Words.wordNetProblem.length > 0 ? 1 : 0.75
            text: Words.status === Words.Loading ? qsTr("Loading the dictionaries…")
                  : Words.wordNetProblem.length > 0 ? Words.wordNetProblem
                  : Words.graph.centre.length === 0 ? qsTr("Put the cursor on a word, or right-click one, to see its senses and related words.")
                  : !Words.graph.found ? qsTr("No entry for “%1” in WordNet, which lists English words only.").arg(Words.graph.centre)
                  : Words.graph.sensesShown < Words.graph.sensesTotal
                    ? qsTr("The %1 commonest of %2 senses. Click a word to walk on.").arg(Words.graph.sensesShown).arg(Words.graph.sensesTotal)
                    : qsTr("Click a word to walk on.")
        }

        Flickable {
            id: view
            // Shrunk to fit the panel, down to a size that stays readable; beyond that it scrolls.
            readonly property real zoom: Math.max(0.7, Math.min(1, width / Math.max(1, canvas.width),
                                                                height / Math.max(1, canvas.height)))
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: Words.graph.found
            clip: true
            contentWidth: Math.max(width, canvas.width * zoom)
            contentHeight: Math.max(height, canvas.height * zoom)
            boundsBehavior: Flickable.StopAtBounds
            ScrollBar.vertical: ScrollBar {}
            ScrollBar.horizontal: ScrollBar {}
            // A graph larger than the panel opens scrolled to its word.
            function showRoot() {
                contentX = Math.max(0, Math.min(contentWidth - width, canvas.x + Words.graph.rootX * zoom - width / 2))
                contentY = Math.max(0, Math.min(contentHeight - height, canvas.y + Words.graph.rootY * zoom - height / 2))
            }
            Connections {
                target: Words.graph
                function onGraphChanged() { Qt.callLater(view.showRoot) }
            }
            onWidthChanged: Qt.callLater(showRoot)

            ConceptGraphCanvas {
                id: canvas
                objectName: "conceptGraphCanvas"
                x: (view.contentWidth - width * view.zoom) / 2
                y: (view.contentHeight - height * view.zoom) / 2
                scale: view.zoom
                transformOrigin: Item.TopLeft
            }
        }

        Item {  // keeps the bar and the message at the top while there is no graph
            Layout.fillHeight: true
            visible: !view.visible
        }

        Flow {  // the legend: the colours of the relations on show
            Layout.fillWidth: true
            Layout.margins: 10
            spacing: 12
            visible: Words.graph.found
            Repeater {
                model: Words.graph.groups
                delegate: Row {
                    id: entry
                    required property int modelData
                    spacing: 5
                    Rectangle {
                        anchors.verticalCenter: parent.verticalCenter
                        width: 14
                        height: 4
                        radius: 2
                        color: canvas.colourOf(entry.modelData)
                    }
                    Label { text: Words.graph.groupName(entry.modelData); font.pixelSize: 12 }
                }
            }
        }
    }
}
