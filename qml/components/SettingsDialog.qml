// Tools > Settings: model folder, compute device (with a speed check), threads, language, autosave, theme.
import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Noosphere.Ui

Dialog {
    id: root

    title: qsTr("Settings")
    parent: Overlay.overlay
    anchors.centerIn: parent
    modal: true
    width: Math.min(640, parent ? parent.width - 48 : 640)
    standardButtons: Dialog.Close

    GridLayout {
        width: parent.width
        columns: 2
        columnSpacing: 16
        rowSpacing: 10

        Label { text: qsTr("Model folder") }
        RowLayout {
            Layout.fillWidth: true
            TextField {
                id: folderField
                Layout.fillWidth: true
                text: Studio.settings.modelFolder
                onEditingFinished: Studio.settings.modelFolder = text
            }
            Button { text: qsTr("Browse…"); onClicked: folderDialog.open() }
        }

        Label { text: qsTr("Compute device") }
        ComboBox {
            Layout.fillWidth: true
            model: Studio.settings.deviceNames
            currentIndex: Studio.settings.deviceIndex
            onActivated: (index) => Studio.settings.deviceIndex = index
        }

        Item { width: 1; height: 1 }
        RowLayout {
            Layout.fillWidth: true
            Button {
                text: Studio.settings.measuring ? qsTr("Measuring…") : qsTr("Measure speed")
                enabled: !Studio.settings.measuring
                onClicked: Studio.settings.measureSpeed(3.0)
            }
            Label {
                text: Studio.settings.speedReport
                wrapMode: Text.Wrap
                Layout.fillWidth: true
                opacity: 0.8
            }
        }

        Label { text: qsTr("Threads") }
        SpinBox {
            from: 0
            to: 256
            value: Studio.settings.threads
            editable: true
            textFromValue: (value) => value === 0 ? qsTr("Automatic (%1)").arg(Studio.settings.hardwareThreads) : value
            valueFromText: (text) => parseInt(text) || 0
            onValueModified: Studio.settings.threads = value
        }

        Label { text: qsTr("Language") }
        ComboBox {
            id: language
            Layout.fillWidth: true
            textRole: "name"
            valueRole: "code"
            model: [
                { name: qsTr("System default"), code: "" },
                { name: "English", code: "en" },
                { name: "简体中文", code: "zh_CN" }
            ]
            currentIndex: Math.max(0, indexOfValue(Studio.settings.language))
            onActivated: Studio.settings.language = currentValue
        }

        Label { text: qsTr("Autosave after") }
        SpinBox {
            from: 1
            to: 60
            value: Studio.settings.autosaveSeconds
            textFromValue: (value) => qsTr("%n second(s)", "", value)
            valueFromText: (text) => parseInt(text) || 1
            onValueModified: Studio.settings.autosaveSeconds = value
        }

        Label { text: qsTr("Theme") }
        ComboBox {
            Layout.fillWidth: true
            model: [qsTr("Follow the system"), qsTr("Light"), qsTr("Dark")]
            currentIndex: Studio.settings.theme
            onActivated: (index) => Studio.settings.theme = index
        }
    }

    FolderDialog {
        id: folderDialog
        title: qsTr("Choose the model folder")
        onAccepted: Studio.settings.chooseModelFolder(selectedFolder)
    }
}
