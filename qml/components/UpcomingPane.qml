// A pane whose engine is not built yet says plainly what it will hold and when, instead of pretending.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

Item {
    id: root

    required property string heading
    required property string summary
    required property list<string> features
    required property string status

    ColumnLayout {
        anchors.centerIn: parent
        width: Math.min(620, root.width - 64)
        spacing: 12

        Label { text: root.heading; font.pixelSize: 28; Layout.fillWidth: true; wrapMode: Text.Wrap }
        Label { text: root.summary; wrapMode: Text.Wrap; Layout.fillWidth: true; opacity: 0.85 }
        Repeater {
            model: root.features
            delegate: Label {
                required property string modelData
                text: "•  " + modelData
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
        }
        Frame {
            Layout.fillWidth: true
            Layout.topMargin: 8
            Label { text: root.status; wrapMode: Text.Wrap; width: parent.width; opacity: 0.75 }
        }
    }
}
