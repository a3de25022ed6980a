// The studio window: menus, the pane switcher, the three panes, the jobs area and the status bar.
// Presentation only: every action calls into Studio (ui/), which owns the state.
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Noosphere.Ui

ApplicationWindow {
    id: root

    width: 1280
    height: 800
    minimumWidth: 720
    minimumHeight: 480
    visible: true
    title: Studio.hasProject
           ? (Studio.readOnly ? qsTr("%1 (read-only) — Noosphere") : qsTr("%1 — Noosphere")).arg(Studio.projectName)
           : qsTr("Noosphere")

    Material.theme: Studio.settings.theme === SettingsController.Dark ? Material.Dark
                  : Studio.settings.theme === SettingsController.Light ? Material.Light : Material.System
    Material.accent: Material.Indigo
    Material.primary: Material.Indigo

    menuBar: AppMenuBar {
        dialogs: dialogs
        editor: writerPane.editor
        findBar: writerPane.findBar
        onSettingsRequested: settingsDialog.open()
        onAboutRequested: aboutDialog.open()
        onJobsToggled: jobsPanel.pinned = !jobsPanel.pinned
        onQuitRequested: root.close()
    }

    header: PaneSwitcher {}

    footer: StatusBar {
        onJobsClicked: jobsPanel.pinned = !jobsPanel.pinned
    }

    StackLayout {
        anchors.fill: parent
        currentIndex: Studio.currentPane

        WriterPane {
            id: writerPane
            onNewRequested: dialogs.newProject()
            onOpenRequested: dialogs.openProject()
        }
        SketchPane {}
        DesignPane {}
    }

    JobsPanel {
        id: jobsPanel
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.margins: 12
    }

    Toast {
        id: toast
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.bottom: parent.bottom
        anchors.bottomMargin: 24
    }

    ProjectDialogs {
        id: dialogs
    }

    SettingsDialog {
        id: settingsDialog
    }

    AboutDialog {
        id: aboutDialog
    }

    Connections {
        target: Studio
        function onNotice(message) { toast.show(message, "", null) }
    }
    Connections {
        target: Studio.writer.goal
        function onTargetReached() {
            toast.show(qsTr("Today's goal reached: %L1 words.").arg(Studio.writer.goal.wordsToday), "", null)
        }
    }

    Connections {
        target: Studio.writer
        function onNotice(message) { toast.show(message, qsTr("Undo"), () => Studio.writer.undoChapterChange()) }
        function onChapterDeleted(title) {
            toast.show(qsTr("Deleted “%1”.").arg(title), qsTr("Undo"), () => Studio.writer.undoChapterChange())
        }
    }

    Connections {
        target: Studio.jobs
        function onJobFailed(title, message) { jobsPanel.pinned = true }
    }

    onClosing: Studio.saveProject()
}
