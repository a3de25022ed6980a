// The assistant's settings under its cards: which model (the shipped default or a folder), the compute device,
// temperature, length and how many cards.
import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Noosphere.Ui

GridLayout {
    id: root

    columns: 2
    columnSpacing: 8
    rowSpacing: 2

    Label { text: qsTr("Model") }
    RowLayout {
        Layout.fillWidth: true
        Label {
            objectName: "assistantModelName"
            Layout.fillWidth: true
            elide: Text.ElideMiddle
            text: Assistant.modelName.length > 0 ? Assistant.modelName : qsTr("none")
            ToolTip.visible: modelHover.hovered
            ToolTip.text: Assistant.usesDefaultModel ? qsTr("The shipped default model") : qsTr("A model folder you chose")
            HoverHandler { id: modelHover }
        }
        ToolButton {
            text: qsTr("Folder…")
            onClicked: folderDialog.open()
            Accessible.name: qsTr("Choose a model folder")
        }
        ToolButton {
            text: qsTr("Default")
            visible: !Assistant.usesDefaultModel
            onClicked: Assistant.useDefaultModel()
        }
    }

    Label { text: qsTr("Device") }
    ComboBox {
        Layout.fillWidth: true
        model: Studio.settings.deviceNames
        currentIndex: Studio.settings.deviceIndex
        onActivated: (index) => Studio.settings.deviceIndex = index
    }

    Label { text: qsTr("Temperature") }
    RowLayout {
        Layout.fillWidth: true
        Slider {
            id: temperature
            Layout.fillWidth: true
            from: 0
            to: 1.5
            stepSize: 0.05
            value: Assistant.temperature
            onMoved: Assistant.temperature = value
        }
        Label { text: temperature.value.toFixed(2) }
    }

    Label { text: qsTr("Length") }
    SpinBox {
        Layout.fillWidth: true
        from: 4
        to: 256
        stepSize: 4
        editable: true
        value: Assistant.maxTokens
        textFromValue: (value) => qsTr("%n token(s)", "", value)
        valueFromText: (text) => parseInt(text) || 32
        onValueModified: Assistant.maxTokens = value
    }

    Label { text: qsTr("Cards") }
    SpinBox {
        Layout.fillWidth: true
        from: 1
        to: 5
        value: Assistant.alternatives
        onValueModified: Assistant.alternatives = value
    }

    FolderDialog {
        id: folderDialog
        title: qsTr("Choose a language model folder")
        onAccepted: Assistant.chooseModelFolder(selectedFolder)
    }
}
