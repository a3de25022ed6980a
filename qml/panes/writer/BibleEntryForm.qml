// The story bible's form: name, kind, aliases (comma-separated) and notes of a new entry or the one picked in the
// list. Enter in the name or aliases field saves; Esc starts over.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Noosphere.Ui

ColumnLayout {
    id: root

    property var entryId: 0  // 0: a new entry

    signal saved(var id)
    signal cleared()
    signal removed()

    /// Shows `entry` (a list row's model) for editing, or an empty form for a new one (null).
    function edit(entry) {
        root.entryId = entry ? entry.entryId : 0
        name.text = entry ? entry.name : ""
        aliases.text = entry ? entry.aliases : ""
        notes.text = entry ? entry.notes : ""
        kind.currentIndex = entry ? entry.kind : 0
        name.forceActiveFocus()
        if (!entry)
            root.cleared()
    }
    function save() {
        if (root.entryId === 0) {
            const id = Bible.addEntry(kind.currentIndex, name.text, aliases.text, notes.text)
            if (id !== 0) {
                root.edit(null)
                root.saved(id)
            }
        } else if (Bible.updateEntry(root.entryId, kind.currentIndex, name.text, aliases.text, notes.text)) {
            root.saved(root.entryId)
        }
    }
    function remove() {
        if (root.entryId !== 0 && Bible.removeEntry(root.entryId)) {
            root.edit(null)
            root.removed()
        }
    }

    enabled: Bible.editable
    spacing: 4

    MenuSeparator { Layout.fillWidth: true }
    RowLayout {
        Layout.leftMargin: 8
        Layout.rightMargin: 8
        TextField {
            id: name
            objectName: "bibleNameField"
            Layout.fillWidth: true
            placeholderText: qsTr("Name")
            onAccepted: root.save()
            Keys.onEscapePressed: root.edit(null)
        }
        ComboBox {
            id: kind
            objectName: "bibleKindField"
            model: [qsTr("Character"), qsTr("Place"), qsTr("Item"), qsTr("Lore")]
            implicitContentWidthPolicy: ComboBox.WidestText  // "Character" whole, in every language
            Accessible.name: qsTr("Kind")
        }
    }
    TextField {
        id: aliases
        objectName: "bibleAliasesField"
        Layout.fillWidth: true
        Layout.leftMargin: 8
        Layout.rightMargin: 8
        placeholderText: qsTr("Other names, comma-separated")
        onAccepted: root.save()
        Keys.onEscapePressed: root.edit(null)
    }
    ScrollView {
        Layout.fillWidth: true
        Layout.preferredHeight: 80
        Layout.leftMargin: 8
        Layout.rightMargin: 8
        TextArea {
            id: notes
            objectName: "bibleNotesField"
            placeholderText: qsTr("Notes the assistant reads when the name comes up")
            wrapMode: TextEdit.Wrap
            Keys.onEscapePressed: root.edit(null)
        }
    }
    RowLayout {
        Layout.leftMargin: 8
        Layout.rightMargin: 8
        Button {
            objectName: "bibleSaveButton"
            text: root.entryId === 0 ? qsTr("Add") : qsTr("Save")
            highlighted: true
            enabled: name.text.trim().length > 0
            onClicked: root.save()
        }
        Button {
            text: qsTr("New")
            visible: root.entryId !== 0
            onClicked: root.edit(null)
        }
        Item { Layout.fillWidth: true }
        Button {
            objectName: "bibleDeleteButton"
            text: qsTr("Delete")
            flat: true
            visible: root.entryId !== 0
            onClicked: root.remove()
        }
    }
}
