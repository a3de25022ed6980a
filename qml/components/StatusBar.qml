// Save state, counts of the chapter and manuscript, words today against the daily goal, the jobs button and the compute device.
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Noosphere.Ui

ToolBar {
    id: root

    signal jobsClicked()

    Material.elevation: 0
    height: 36
    padding: 0

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: 12
        anchors.rightMargin: 12
        spacing: 20

        Label {
            text: !Studio.hasProject ? qsTr("No project open")
                : Studio.readOnly ? qsTr("Read-only")
                : Studio.writer.saveState === WriterController.Pending ? qsTr("Saving…")
                : Studio.writer.saveState === WriterController.Failed ? qsTr("Not saved — see the message")
                : qsTr("All changes saved")
            color: Studio.writer.saveState === WriterController.Failed ? Material.color(Material.Red) : Material.foreground
        }
        Label {
            visible: Studio.hasProject && Studio.currentPane === Studio.WriterPane
            text: qsTr("%L1 words · %L2 characters").arg(Studio.writer.wordCount).arg(Studio.writer.characterCount)
        }
        Label {
            visible: Studio.hasProject && Studio.currentPane === Studio.WriterPane
            text: qsTr("Manuscript: %L1 words").arg(Studio.writer.chapters.totalWords)
            opacity: 0.7
        }
        WritingGoalButton {
            visible: Studio.hasProject && Studio.currentPane === Studio.WriterPane
            Layout.maximumHeight: root.height
        }
        Item { Layout.fillWidth: true }
        ToolButton {
            Layout.maximumHeight: root.height
            font.capitalization: Font.MixedCase
            text: Studio.jobs.activeCount > 0 ? qsTr("%n job(s) running", "", Studio.jobs.activeCount) : qsTr("No jobs")
            onClicked: root.jobsClicked()
            font.pixelSize: 13
        }
        Label {
            text: Studio.settings.deviceNames[Studio.settings.deviceIndex]
            opacity: 0.7
        }
    }
}
