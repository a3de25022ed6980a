// Words written today in the status bar, against the daily target when one is set; a click opens a small
// popup to set the target (0 turns it off). The count is the project's, kept across restarts (WritingGoal).
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Noosphere.Ui

ToolButton {
    id: root

    readonly property WritingGoal goal: Studio.writer.goal

    objectName: "writingGoalButton"
    font.capitalization: Font.MixedCase
    font.pixelSize: 13
    Accessible.name: qsTr("Daily writing goal")
    ToolTip.visible: hovered && !popup.visible
    ToolTip.text: qsTr("Words added to the manuscript today; click to set a daily target")
    text: !goal.known ? qsTr("Today: counting…")
        : goal.dailyTarget > 0 ? (goal.reached ? "✓ " : "") + qsTr("Today: %L1 / %L2 words").arg(goal.wordsToday).arg(goal.dailyTarget)
        : qsTr("Today: %L1 words").arg(goal.wordsToday)
    font.bold: goal.reached
    onClicked: popup.open()

    Rectangle {  // progress toward the target, under the text
        visible: root.goal.dailyTarget > 0 && root.goal.known
        anchors.left: parent.left
        anchors.bottom: parent.bottom
        anchors.leftMargin: 8
        anchors.bottomMargin: 4
        height: 3
        radius: 1.5
        width: (parent.width - 16) * root.goal.progress
        color: root.goal.reached ? Material.color(Material.LightGreen) : Material.color(Material.Amber)
    }

    Popup {
        id: popup
        objectName: "writingGoalPopup"
        y: -height - 4
        padding: 16
        focus: true
        onOpened: { targetBox.value = root.goal.dailyTarget; targetBox.forceActiveFocus() }

        ColumnLayout {
            spacing: 8
            Label { text: qsTr("Daily target (words; 0 for none)"); font.bold: true }
            SpinBox {
                id: targetBox
                objectName: "writingGoalTarget"
                from: 0
                to: root.goal.maxDailyTarget
                stepSize: 100
                editable: true
                Keys.onReturnPressed: popup.apply()
                Keys.onEnterPressed: popup.apply()
            }
            Label {
                text: qsTr("%L1 words written today").arg(root.goal.wordsToday)
                opacity: 0.7
            }
            RowLayout {
                Layout.alignment: Qt.AlignRight
                Button { text: qsTr("Cancel"); flat: true; onClicked: popup.close() }
                Button { text: qsTr("Set"); highlighted: true; onClicked: popup.apply() }
            }
        }
        function apply() {
            targetBox.value = targetBox.valueFromText(targetBox.contentItem.text, targetBox.locale)
            root.goal.dailyTarget = targetBox.value
            popup.close()
        }
    }
}
