// Names from the chapter that the story bible lacks (found on the worker), each with an Add button that makes it
// an entry of the kind guessed from the name lists.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Noosphere.Ui

ColumnLayout {
    id: root

    spacing: 0

    MenuSeparator { Layout.fillWidth: true }
    RowLayout {
        id: header
        Layout.fillWidth: true
        Layout.leftMargin: 8
        Label { text: qsTr("Suggested names"); font.bold: true; Layout.fillWidth: true }
        BusyIndicator { running: Bible.suggesting; visible: running; Layout.preferredHeight: 24; Layout.preferredWidth: 24 }
        ToolButton {
            objectName: "bibleRefreshSuggestions"
            text: "⟳"
            onClicked: Bible.refreshSuggestions()
            Accessible.name: qsTr("Look for names in this chapter")
            ToolTip.visible: hovered
            ToolTip.text: Accessible.name
        }
    }
    Label {
        id: empty
        Layout.fillWidth: true
        Layout.margins: 8
        visible: names.count === 0 && !Bible.suggesting
        wrapMode: Text.Wrap
        opacity: 0.6
        text: qsTr("Names used three times or more in this chapter appear here.")
    }
    ListView {
        id: names
        objectName: "bibleSuggestions"
        Layout.fillWidth: true
        Layout.fillHeight: true
        clip: true
        model: Bible.suggestions
        delegate: RowLayout {
            required property int index
            required property string name
            required property string reason
            width: names.width
            Label {
                Layout.fillWidth: true
                Layout.leftMargin: 8
                text: qsTr("%1 — %2").arg(name).arg(reason)
                elide: Text.ElideRight
            }
            Button {
                text: qsTr("Add")
                flat: true
                enabled: Bible.editable
                onClicked: Bible.addSuggestion(index)
            }
        }
    }
}
