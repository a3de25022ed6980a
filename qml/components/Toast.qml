// A short message at the bottom of the window, with an optional action such as Undo.
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts

Pane {
    id: root

    property var action: null  // the function the button calls

    function show(message, actionText, actionFunction) {
        label.text = message
        button.text = actionText
        root.action = actionFunction
        root.opacity = 1
        hideTimer.restart()
    }

    visible: opacity > 0
    opacity: 0
    z: 10
    padding: 10
    Material.elevation: 6
    Behavior on opacity { NumberAnimation { duration: 250 } }

    RowLayout {
        spacing: 16
        Label { id: label; Layout.maximumWidth: 600; wrapMode: Text.Wrap }
        Button {
            id: button
            visible: text.length > 0
            flat: true
            onClicked: { if (root.action) root.action(); root.opacity = 0 }
        }
    }

    Timer { id: hideTimer; interval: 6000; onTriggered: root.opacity = 0 }
}
