// One job: title, progress bar, elapsed time and Cancel; a failed job shows its error until dismissed.
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Noosphere.Ui

ColumnLayout {
    id: root

    required property var jobId
    required property string title
    required property int jobState
    required property real progress
    required property string message
    required property var elapsedMs
    required property bool finished

    readonly property bool failed: jobState === JobListModel.Failed

    spacing: 2
    opacity: finished && !failed ? 0 : 1
    Behavior on opacity { NumberAnimation { duration: 2000 } }

    RowLayout {
        Layout.fillWidth: true
        Label {
            text: root.title
            elide: Text.ElideRight
            Layout.fillWidth: true
        }
        Label {
            text: root.jobState === JobListModel.Queued ? qsTr("queued")
                : root.jobState === JobListModel.Cancelled ? qsTr("cancelled")
                : root.jobState === JobListModel.Done ? qsTr("done in %1 s").arg((root.elapsedMs / 1000).toFixed(1))
                : qsTr("%1 s").arg((root.elapsedMs / 1000).toFixed(1))
            opacity: 0.7
        }
        Button {
            text: root.failed ? qsTr("Dismiss") : qsTr("Cancel")
            flat: true
            visible: !root.finished || root.failed
            onClicked: root.failed ? Studio.jobs.dismiss(root.jobId) : Studio.jobs.cancel(root.jobId)
        }
    }
    ProgressBar {
        Layout.fillWidth: true
        visible: !root.failed
        indeterminate: root.progress < 0 && !root.finished
        value: root.finished ? 1 : Math.max(0, root.progress)
    }
    Label {
        visible: root.failed
        text: qsTr("Failed: %1").arg(root.message)
        color: Material.color(Material.Red)
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
}
