// The token view: the model's most likely tokens where a word of a card was clicked, with probabilities. Picking
// one writes it instead and regenerates the cards from there.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Noosphere.Ui

Popup {
    id: root

    padding: 8
    modal: false
    focus: true
    closePolicy: Popup.CloseOnEscape | Popup.CloseOnPressOutside
    width: 260
    onClosed: Assistant.closeTokenView()

    // After the click's handler: picking replaces the cards and this list, delegates included.
    function pick(row) {
        Qt.callLater(() => { Assistant.pickToken(row); root.close() })
    }

    contentItem: ColumnLayout {
        spacing: 4
        Label {
            text: qsTr("Instead of “%1”").arg(Assistant.tokenChoices.drawnText)
            font.bold: true
        }
        ListView {
            id: choices
            objectName: "tokenChoices"
            Layout.fillWidth: true
            implicitHeight: contentHeight
            interactive: false
            model: Assistant.tokenChoices
            currentIndex: 0
            focus: true
            keyNavigationEnabled: true
            Keys.onReturnPressed: root.pick(currentIndex)
            delegate: ItemDelegate {
                id: choice
                required property int index
                required property string token
                required property real probability
                required property bool drawn
                width: choices.width
                highlighted: ListView.isCurrentItem
                padding: 6
                contentItem: RowLayout {
                    Label {
                        Layout.fillWidth: true
                        text: choice.token
                        font.bold: choice.drawn
                        elide: Text.ElideRight
                    }
                    Label {
                        text: qsTr("%1 %").arg((choice.probability * 100).toFixed(1))
                        opacity: 0.7
                    }
                }
                ToolTip.visible: hovered && drawn
                ToolTip.text: qsTr("What the model wrote")
                onClicked: root.pick(index)
            }
        }
    }
}
