// Help > About: what Noosphere is, its version and what it was built with.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Noosphere.Ui

Dialog {
    id: root

    title: qsTr("About Noosphere")
    parent: Overlay.overlay
    anchors.centerIn: parent
    modal: true
    width: 480
    standardButtons: Dialog.Ok

    ColumnLayout {
        width: parent.width
        spacing: 10
        Image {
            source: "qrc:/Noosphere/resources/noosphere.svg"
            sourceSize: Qt.size(72, 72)
            Layout.alignment: Qt.AlignHCenter
        }
        Label {
            text: qsTr("Noosphere %1").arg(Studio.version)
            font.pixelSize: 22
            Layout.alignment: Qt.AlignHCenter
        }
        Label {
            text: qsTr("A co-creation studio: write with an assistant, sketch with AI suggestions, evolve 3D designs. Everything runs on this computer; your ratings teach it your taste.")
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignHCenter
            Layout.fillWidth: true
        }
        Label {
            text: Studio.buildDetails
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignHCenter
            opacity: 0.7
            Layout.fillWidth: true
        }
    }
}
