// Tools > Settings: model folder, compute device (with a speed check), threads, language, autosave, theme, and
// the AR preview's marker (dictionary, printed size) and camera (a calibration file, else a field of view).
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

        Label { text: qsTr("AR marker") }
        RowLayout {
            Layout.fillWidth: true
            ComboBox {
                objectName: "markerDictionary"
                Layout.fillWidth: true
                model: ArPreview.dictionaries
                currentIndex: Math.max(0, ArPreview.dictionaries.indexOf(ArPreview.dictionary))
                onActivated: (index) => ArPreview.dictionary = ArPreview.dictionaries[index]
            }
            SpinBox {
                objectName: "markerSize"
                from: 5
                to: 1000
                editable: true
                value: ArPreview.markerSizeMm
                textFromValue: (value) => qsTr("%1 mm").arg(value)
                valueFromText: (text) => parseInt(text) || 50
                onValueModified: ArPreview.markerSizeMm = value
                ToolTip.visible: hovered
                ToolTip.text: qsTr("The side of the printed black square, measured on the paper")
            }
        }

        Label { text: qsTr("AR camera") }
        RowLayout {
            Layout.fillWidth: true
            TextField {
                Layout.fillWidth: true
                text: ArPreview.cameraFile
                placeholderText: qsTr("No calibration: assume a field of view")
                onEditingFinished: ArPreview.cameraFile = text
                ToolTip.visible: hovered
                ToolTip.text: qsTr("A file from noosphere-cli camera calibrate")
            }
            SpinBox {
                from: 20
                to: 120
                value: ArPreview.fieldOfViewDeg
                enabled: ArPreview.cameraFile.length === 0
                textFromValue: (value) => qsTr("%1° wide").arg(value)
                valueFromText: (text) => parseInt(text) || 60
                onValueModified: ArPreview.fieldOfViewDeg = value
            }
        }
    }

    FolderDialog {
        id: folderDialog
        title: qsTr("Choose the model folder")
        onAccepted: Studio.settings.chooseModelFolder(selectedFolder)
    }
}
