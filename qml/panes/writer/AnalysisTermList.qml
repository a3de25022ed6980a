// One list of the analysis panel (overused words, repeated phrases): a heading, then the entries, a click on
// which selects the entry's next use in the editor (picked); a quiet line when there is none. Short entries
// (`wide` false) flow side by side, long ones take a row each.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

ColumnLayout {
    id: root

    property string title
    property list<string> entries
    property string emptyText
    property bool wide: false
    signal picked(int index)

    spacing: 0

    Label {
        Layout.leftMargin: 12
        Layout.topMargin: 6
        Layout.bottomMargin: 2
        text: root.title
        font.bold: true
    }
    Label {
        Layout.leftMargin: 12
        visible: root.entries.length === 0
        text: root.emptyText
        opacity: 0.6
    }
    Flow {
        id: flow
        Layout.fillWidth: true
        Layout.leftMargin: 4
        Layout.rightMargin: 4
        Repeater {
            model: root.entries
            ItemDelegate {
                required property string modelData
                required property int index
                objectName: "termEntry"
                width: root.wide ? flow.width : implicitWidth
                height: implicitContentHeight + topPadding + bottomPadding
                leftPadding: 8
                rightPadding: 8
                topPadding: 6
                bottomPadding: 6
                text: modelData
                font.pixelSize: 13
                onClicked: root.picked(index)
                ToolTip.visible: hovered
                ToolTip.delay: 600
                ToolTip.text: qsTr("Select its next use in the chapter")
            }
        }
    }
}
