// What a section of the word popup says instead of its list: loading, the dictionary missing (naming the package
// to install), or no entry for the word.
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Noosphere.Ui

ColumnLayout {
    id: root

    required property int lookupState  // a Words.LookupState
    required property string problem  // why the dictionary is unavailable
    required property string noEntryText

    visible: lookupState !== Words.Found && lookupState !== Words.Idle
    spacing: 8

    BusyIndicator {
        Layout.alignment: Qt.AlignHCenter
        visible: root.lookupState === Words.Waiting
        running: visible
    }
    Label {
        objectName: "wordLookupMessage"
        Layout.fillWidth: true
        Layout.margins: 16
        wrapMode: Text.Wrap
        color: root.lookupState === Words.Unavailable ? Material.color(Material.Orange) : palette.text
        text: root.lookupState === Words.Waiting ? qsTr("Loading the dictionaries…")
              : root.lookupState === Words.Unavailable ? root.problem
              : root.noEntryText
    }
}
