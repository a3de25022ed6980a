// The Writer's assistant: continuation cards beside the editor. Tab (or a click) accepts the highlighted card,
// Esc dismisses, R or Ctrl+R regenerates, a click on a word shows the model's other choices there. The cards
// come from Assistant (ui/assistant), which runs the model on the worker and records what the writer picks.
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Noosphere.Ui

Pane {
    id: root

    required property TextArea editor
    property bool showControls: false  // the model picker and sampler settings, under the cards

    // After the click's handler: accepting clears the cards, the clicked delegate among them.
    function acceptLater(row) { Qt.callLater(() => { Assistant.accept(row); root.editor.forceActiveFocus() }) }

    objectName: "assistantSidebar"
    padding: 0

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        ToolBar {
            Layout.fillWidth: true
            RowLayout {
                anchors.fill: parent
                anchors.leftMargin: 12
                Label { text: qsTr("Assistant"); font.bold: true; Layout.fillWidth: true }
                BusyIndicator {
                    running: Assistant.busy || Assistant.modelStatus === Assistant.Loading
                    implicitWidth: 28
                    implicitHeight: 28
                }
                ToolButton {
                    text: "↻"
                    enabled: Assistant.modelStatus === Assistant.Ready
                    onClicked: Assistant.regenerate()
                    ToolTip.visible: hovered
                    ToolTip.text: qsTr("Other suggestions (Ctrl+R)")
                    Accessible.name: qsTr("Regenerate")
                }
                ToolButton {
                    text: "⚙"
                    checkable: true
                    checked: root.showControls
                    onToggled: root.showControls = checked
                    ToolTip.visible: hovered
                    ToolTip.text: qsTr("Model, device, temperature, length and number of cards")
                    Accessible.name: qsTr("Assistant settings")
                }
                ToolButton {
                    text: "✕"
                    onClicked: Assistant.open = false
                    Accessible.name: qsTr("Close the assistant (Ctrl+Shift+A)")
                }
            }
        }

        Label {
            objectName: "assistantBanner"
            Layout.fillWidth: true
            Layout.margins: 12
            visible: Assistant.banner.length > 0
            text: Assistant.banner
            wrapMode: Text.Wrap
            color: Material.color(Material.Orange)
        }

        Label {
            Layout.fillWidth: true
            Layout.margins: 12
            visible: Assistant.banner.length === 0 && cards.count === 0
            wrapMode: Text.Wrap
            opacity: 0.7
            text: Assistant.modelStatus === Assistant.Loading ? qsTr("Loading “%1”…").arg(Assistant.modelName)
                  : Assistant.busy ? qsTr("Writing…")
                  : qsTr("Pause while typing, or press Ctrl+Space, for suggestions at the cursor.")
        }

        Label {
            Layout.fillWidth: true
            Layout.leftMargin: 12
            Layout.rightMargin: 12
            visible: Assistant.notice.length > 0
            text: Assistant.notice
            wrapMode: Text.Wrap
            opacity: 0.8
        }

        ListView {
            id: cards
            objectName: "suggestionCards"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: 6
            model: Assistant.suggestions
            activeFocusOnTab: true
            boundsBehavior: Flickable.StopAtBounds
            ScrollBar.vertical: ScrollBar {}
            delegate: SuggestionCard {
                width: cards.width
                onAcceptRequested: (row) => root.acceptLater(row)
                onTokenClicked: (row, tokenIndex, at) => {
                    if (!Assistant.openTokenView(row, tokenIndex))
                        return
                    const p = mapToItem(root, at.x, at.y)
                    tokenPopup.x = Math.min(p.x, root.width - tokenPopup.width)
                    tokenPopup.y = p.y + 12
                    tokenPopup.open()
                }
            }
            Keys.onUpPressed: Assistant.moveCurrent(-1)
            Keys.onDownPressed: Assistant.moveCurrent(1)
            Keys.onTabPressed: root.acceptLater(Assistant.suggestions.currentRow)
            Keys.onReturnPressed: root.acceptLater(Assistant.suggestions.currentRow)
            Keys.onEscapePressed: { Assistant.dismiss(); root.editor.forceActiveFocus() }
            Keys.onPressed: (event) => {
                if (event.key === Qt.Key_R && event.modifiers === Qt.NoModifier) {
                    Assistant.regenerate()
                    event.accepted = true
                }
            }
        }

        Label {  // which story-bible entries the model read before the chapter
            objectName: "assistantStoryBible"
            Layout.fillWidth: true
            Layout.leftMargin: 8
            Layout.rightMargin: 8
            visible: cards.count > 0 && Assistant.storyBibleNames.length > 0
            wrapMode: Text.Wrap
            font.pixelSize: 12
            text: qsTr("Story bible: %1").arg(Assistant.storyBibleNames.join(", "))
        }

        Label {
            Layout.fillWidth: true
            Layout.margins: 8
            visible: cards.count > 0
            wrapMode: Text.Wrap
            font.pixelSize: 12
            opacity: 0.6
            text: qsTr("Tab accepts · Esc dismisses · Ctrl+R regenerates · click a word for the model's other choices")
        }

        MenuSeparator { Layout.fillWidth: true; visible: controls.visible }

        AssistantControls {
            id: controls
            Layout.fillWidth: true
            Layout.margins: 12
            // Shown on request, and whenever there is no model to run: the picker is the way out.
            visible: root.showControls || Assistant.modelStatus === Assistant.Missing
                     || Assistant.modelStatus === Assistant.Failed
        }
    }

    Binding {
        target: Assistant.suggestions
        property: "textColor"
        value: root.palette.text
    }

    TokenPopup {
        id: tokenPopup
        onClosed: if (!cards.activeFocus) root.editor.forceActiveFocus()
    }
}
