// File, Edit, View, Tools and Help menus with the usual shortcuts.
import QtQuick
import QtQuick.Controls
import Noosphere.Ui

MenuBar {
    id: root

    required property ProjectDialogs dialogs
    required property TextArea editor
    required property Item findBar

    signal settingsRequested()
    signal aboutRequested()
    signal jobsToggled()
    signal quitRequested()

    Menu {
        title: qsTr("&File")
        Action { text: qsTr("&New Project…"); shortcut: StandardKey.New; onTriggered: root.dialogs.newProject() }
        Action { text: qsTr("&Open…"); shortcut: StandardKey.Open; onTriggered: root.dialogs.openProject() }
        Menu {
            id: recentMenu
            title: qsTr("Open &Recent")
            enabled: Studio.recentFiles.count > 0
            Instantiator {
                model: Studio.recentFiles
                delegate: MenuItem {
                    required property string name
                    required property string path
                    text: name
                    onTriggered: Studio.openProject(path, false)
                }
                onObjectAdded: (index, object) => recentMenu.insertItem(index, object)
                onObjectRemoved: (index, object) => recentMenu.removeItem(object)
            }
            MenuSeparator {}
            Action { text: qsTr("Clear Recent"); onTriggered: Studio.recentFiles.clear() }
        }
        MenuSeparator {}
        Action {
            text: qsTr("&Save")
            shortcut: StandardKey.Save
            enabled: Studio.hasProject && !Studio.readOnly
            onTriggered: Studio.saveProject()
        }
        Action {
            text: qsTr("Save &As…")
            shortcut: "Ctrl+Shift+S"
            enabled: Studio.hasProject
            onTriggered: root.dialogs.saveProjectAs()
        }
        Action {
            text: qsTr("&Export as Markdown…")
            shortcut: "Ctrl+E"
            enabled: Studio.hasProject && !Studio.exporter.busy
            onTriggered: root.dialogs.exportManuscript(ExportController.Markdown)
        }
        Action {
            text: qsTr("Export as Plain &Text…")
            enabled: Studio.hasProject && !Studio.exporter.busy
            onTriggered: root.dialogs.exportManuscript(ExportController.PlainText)
        }
        Action {
            text: qsTr("Export as EP&UB…")
            enabled: Studio.hasProject && !Studio.exporter.busy
            onTriggered: root.dialogs.exportManuscript(ExportController.Epub)
        }
        Action {
            text: qsTr("Export as P&DF…")
            enabled: Studio.hasProject && !Studio.exporter.busy
            onTriggered: root.dialogs.exportManuscript(ExportController.Pdf)
        }
        Action { text: qsTr("&Close Project"); shortcut: StandardKey.Close; enabled: Studio.hasProject; onTriggered: Studio.closeProject() }
        MenuSeparator {}
        Action { text: qsTr("&Quit"); shortcut: StandardKey.Quit; onTriggered: root.quitRequested() }
    }

    Menu {
        title: qsTr("&Edit")
        Action {
            text: qsTr("&Undo Typing")
            shortcut: StandardKey.Undo
            enabled: root.editor.canUndo
            onTriggered: root.editor.undo()
        }
        Action {
            text: qsTr("&Redo Typing")
            shortcut: StandardKey.Redo
            enabled: root.editor.canRedo
            onTriggered: root.editor.redo()
        }
        MenuSeparator {}
        Action {
            text: Studio.writer.canUndoChapterChange ? qsTr("Undo %1").arg(Studio.writer.undoChapterText)
                                                     : qsTr("Undo Chapter Change")
            shortcut: "Ctrl+Alt+Z"
            enabled: Studio.writer.canUndoChapterChange
            onTriggered: Studio.writer.undoChapterChange()
        }
        Action {
            text: Studio.writer.canRedoChapterChange ? qsTr("Redo %1").arg(Studio.writer.redoChapterText)
                                                     : qsTr("Redo Chapter Change")
            shortcut: "Ctrl+Alt+Shift+Z"
            enabled: Studio.writer.canRedoChapterChange
            onTriggered: Studio.writer.redoChapterChange()
        }
        Action {
            text: qsTr("Split Chapter at Cursor")
            shortcut: "Ctrl+K"
            enabled: Studio.hasProject && !Studio.readOnly && Studio.writer.currentIndex >= 0
            onTriggered: Studio.writer.splitChapter(root.editor.cursorPosition)
        }
        MenuSeparator {}
        Action {
            text: qsTr("&Find…")
            shortcut: StandardKey.Find
            enabled: Studio.hasProject
            onTriggered: { Studio.currentPane = Studio.WriterPane; root.findBar.openFind(false) }
        }
        Action {
            text: qsTr("&Replace…")
            shortcut: "Ctrl+H"
            enabled: Studio.hasProject && !Studio.readOnly
            onTriggered: { Studio.currentPane = Studio.WriterPane; root.findBar.openFind(true) }
        }
    }

    Menu {
        title: qsTr("&View")
        Action { text: qsTr("&Writer"); shortcut: "Ctrl+1"; onTriggered: Studio.currentPane = Studio.WriterPane }
        Action { text: qsTr("&Sketch"); shortcut: "Ctrl+2"; onTriggered: Studio.currentPane = Studio.SketchPane }
        Action { text: qsTr("&Design"); shortcut: "Ctrl+3"; onTriggered: Studio.currentPane = Studio.DesignPane }
        MenuSeparator {}
        Action { text: qsTr("&Jobs"); shortcut: "Ctrl+J"; onTriggered: root.jobsToggled() }
    }

    Menu {
        title: qsTr("&Tools")
        Action { text: qsTr("Measure Compute &Speed"); onTriggered: Studio.settings.measureSpeed(3.0) }
        Action { text: qsTr("Cancel All &Jobs"); enabled: Studio.jobs.activeCount > 0; onTriggered: Studio.jobs.cancelAll() }
        MenuSeparator {}
        Action { text: qsTr("&Settings…"); shortcut: "Ctrl+,"; onTriggered: root.settingsRequested() }
    }

    Menu {
        title: qsTr("&Help")
        Action { text: qsTr("&About Noosphere"); onTriggered: root.aboutRequested() }
    }
}
