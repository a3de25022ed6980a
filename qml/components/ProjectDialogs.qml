// File dialogs for new, open, save-as and export, and the message shown when a project cannot be opened.
import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Noosphere.Ui

Item {
    id: root

    function newProject() { newDialog.open() }
    function openProject() { openDialog.open() }
    function saveProjectAs() { saveAsDialog.open() }
    // format: an ExportController.Format (Markdown, PlainText, Epub, Pdf)
    function exportManuscript(format) {
        exportDialog.format = format
        exportDialog.open()
    }

    readonly property var projectFilters: [qsTr("Noosphere projects (*.noo)"), qsTr("All files (*)")]

    FileDialog {
        id: newDialog
        title: qsTr("New Project")
        fileMode: FileDialog.SaveFile
        defaultSuffix: "noo"
        nameFilters: root.projectFilters
        currentFolder: Studio.suggestedFolder()
        onAccepted: Studio.newProject(selectedFile)
    }
    FileDialog {
        id: openDialog
        title: qsTr("Open Project")
        fileMode: FileDialog.OpenFile
        nameFilters: root.projectFilters
        currentFolder: Studio.suggestedFolder()
        onAccepted: Studio.openProject(selectedFile, false)
    }
    FileDialog {
        id: saveAsDialog
        title: qsTr("Save Project As")
        fileMode: FileDialog.SaveFile
        defaultSuffix: "noo"
        nameFilters: root.projectFilters
        currentFolder: Studio.suggestedFolder()
        onAccepted: Studio.saveProjectAs(selectedFile)
    }
    FileDialog {
        id: exportDialog
        property int format: ExportController.Markdown
        title: Studio.exporter.dialogTitle(format)
        fileMode: FileDialog.SaveFile
        defaultSuffix: Studio.exporter.fileSuffix(format)
        nameFilters: [Studio.exporter.nameFilter(format)]
        currentFolder: Studio.suggestedFolder()
        onAccepted: Studio.exportManuscript(selectedFile, format)
    }

    Dialog {
        id: failure
        property url file
        property bool canOpenReadOnly: false
        parent: Overlay.overlay
        anchors.centerIn: parent
        modal: true
        width: Math.min(520, parent ? parent.width - 48 : 520)
        Label {
            id: failureText
            width: parent.width
            wrapMode: Text.Wrap
        }
        footer: DialogButtonBox {
            Button {
                text: qsTr("Open Read-Only")
                visible: failure.canOpenReadOnly
                DialogButtonBox.buttonRole: DialogButtonBox.AcceptRole
            }
            Button {
                text: qsTr("Close")
                DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
            }
        }
        onAccepted: Studio.openProject(file, true)
    }

    Connections {
        target: Studio
        function onProjectFailed(title, message, file, canOpenReadOnly) {
            failure.title = title
            failureText.text = message
            failure.file = file
            failure.canOpenReadOnly = canOpenReadOnly
            failure.open()
        }
    }
}
