// The story bible beside the editor (Ctrl+Shift+B): characters, places, items and lore, filterable by kind, with
// a form to add or edit one, names from the chapter to add, and the mentions underlined in the editor. Every
// change is saved at once; a delete offers Undo.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Noosphere.Ui
import "../../components"

Pane {
    id: root

    objectName: "biblePanel"
    padding: 0

    /// Puts the keyboard in the form's name field, for a new entry.
    function startNewEntry() { form.edit(null) }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        ToolBar {
            Layout.fillWidth: true
            RowLayout {
                anchors.fill: parent
                anchors.leftMargin: 8
                Label { text: qsTr("Story bible"); font.bold: true; Layout.fillWidth: true }
                ToolButton {
                    objectName: "bibleHighlightToggle"
                    text: "U̲"
                    checkable: true
                    checked: Bible.highlightMentions
                    onToggled: Bible.highlightMentions = checked
                    Accessible.name: qsTr("Underline mentions in the editor")
                    ToolTip.visible: hovered
                    ToolTip.text: Accessible.name
                }
                ToolButton {
                    text: "✕"
                    onClicked: Bible.open = false
                    Accessible.name: qsTr("Close the story bible (Ctrl+Shift+B)")
                }
            }
        }

        ComboBox {
            id: kindFilter
            objectName: "bibleKindFilter"
            Layout.fillWidth: true
            Layout.margins: 8
            textRole: "text"
            valueRole: "kind"
            model: [
                { text: qsTr("All kinds"), kind: -1 },
                { text: qsTr("Characters"), kind: 0 },
                { text: qsTr("Places"), kind: 1 },
                { text: qsTr("Items"), kind: 2 },
                { text: qsTr("Lore"), kind: 3 }
            ]
            onActivated: Bible.entries.kindFilter = currentValue
            Accessible.name: qsTr("Show entries of kind")
        }

        ListView {
            id: list
            objectName: "bibleEntries"
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.minimumHeight: 80
            clip: true
            model: Bible.entries
            currentIndex: -1
            activeFocusOnTab: true
            section.property: "kindLabel"
            section.delegate: Label {
                required property string section
                text: section
                font.bold: true
                leftPadding: 8
                topPadding: 6
                opacity: 0.7
            }
            delegate: ItemDelegate {
                required property int index
                required property var model
                width: list.width
                highlighted: ListView.isCurrentItem
                text: model.aliases.length > 0 ? qsTr("%1 (%2)").arg(model.name).arg(model.aliases) : model.name
                onClicked: { list.currentIndex = index; form.edit(model) }
            }
            Keys.onDeletePressed: if (list.currentItem) form.remove()
            // Ctrl+Z / Ctrl+Shift+Z here (the editor's are the text's own) undo and redo the bible's edits.
            Keys.onPressed: (event) => {
                if (event.matches(StandardKey.Undo) && Bible.canUndo) {
                    Bible.undo()
                    toast.opacity = 0
                    event.accepted = true
                } else if (event.matches(StandardKey.Redo) && Bible.canRedo) {
                    Bible.redo()
                    event.accepted = true
                }
            }
            ScrollBar.vertical: ScrollBar {}

            Label {
                anchors.centerIn: parent
                width: parent.width - 32
                visible: list.count === 0
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.Wrap
                opacity: 0.6
                text: qsTr("No entries yet. Add the characters, places and lore the assistant should know.")
            }
        }

        BibleEntryForm {
            id: form
            Layout.fillWidth: true
            onSaved: (id) => list.currentIndex = Bible.entries.rowOf(id)
            onCleared: list.currentIndex = -1
            onRemoved: list.forceActiveFocus()
        }

        Label {
            Layout.fillWidth: true
            Layout.margins: 8
            visible: Bible.notice.length > 0
            text: Bible.notice
            wrapMode: Text.Wrap
            color: "#c62828"
        }

        BibleSuggestions {
            Layout.fillWidth: true
            Layout.preferredHeight: Math.max(110, root.height / 6)  // fixed: its list scrolls; the entries get the rest
        }
    }

    Toast {
        id: toast
        anchors.bottom: parent.bottom
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.bottomMargin: 12
    }
    Connections {
        target: Bible
        function onEntryRemoved(name) { toast.show(qsTr("Deleted “%1”.").arg(name), qsTr("Undo"), () => Bible.undoRemove()) }
    }
}
