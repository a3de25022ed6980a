// The style GAN's suggestions beside the canvas: they follow the drawing a moment after the artist pauses (and
// explore samples while nothing is drawn). Per suggestion: 1–5 stars, favourite (♥), and a menu with more like
// this, use as reference (under the sketch, where it was drawn) and take palette. Two favourites breed a new
// row; the sliders set the truncation and move every suggestion along the model's principal directions.
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Noosphere.Ui

ColumnLayout {
    id: panel
    objectName: "sketchSuggestions"
    spacing: 6

    property bool shown: false
    Binding { target: SketchSuggestions; property: "active"; value: panel.shown }

    RowLayout {
        Layout.fillWidth: true
        Layout.leftMargin: 8
        Layout.rightMargin: 8
        Label { text: qsTr("Suggestions"); font.bold: true; Layout.fillWidth: true }
        BusyIndicator {
            objectName: "sketchSuggestionsBusy"
            running: SketchSuggestions.busy
            implicitWidth: 28
            implicitHeight: 28
        }
        ToolButton {
            objectName: "sketchSuggestionsRefresh"
            text: "\u21bb"
            ToolTip.visible: hovered
            ToolTip.text: Sketch.strokeCount > 0 ? qsTr("Suggest again for this sketch") : qsTr("New samples")
            onClicked: SketchSuggestions.refresh()
        }
        ToolButton {
            objectName: "sketchSuggestionsExplore"
            text: "\u2684"
            ToolTip.visible: hovered
            ToolTip.text: qsTr("Explore: new samples, whatever is drawn")
            onClicked: SketchSuggestions.explore()
        }
    }

    Pane {
        objectName: "sketchSuggestionsProblem"
        visible: SketchSuggestions.problem !== ""
        Layout.fillWidth: true
        Layout.leftMargin: 8
        Layout.rightMargin: 8
        padding: 6
        Material.background: "#fdecea"
        RowLayout {
            anchors.fill: parent
            Label {
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                color: "#8a1c12"
                text: SketchSuggestions.problem
            }
            ToolButton { text: "\u2715"; onClicked: SketchSuggestions.dismissProblem() }
        }
    }

    Label {
        objectName: "sketchSuggestionsStatus"
        visible: SketchSuggestions.problem === "" || SketchSuggestions.suggestions.count > 0
        Layout.fillWidth: true
        Layout.leftMargin: 8
        Layout.rightMargin: 8
        wrapMode: Text.Wrap
        opacity: 0.7
        font.pixelSize: 12
        text: SketchSuggestions.suggestions.count === 0
              ? (SketchSuggestions.busy ? qsTr("Looking for suggestions…") : qsTr("Draw, and suggestions that follow your lines appear here."))
              : qsTr("From %1. Rate them: the studio learns your taste.").arg(SketchSuggestions.modelName)
    }

    Grid {
        objectName: "sketchSuggestionGrid"
        Layout.leftMargin: 8
        columns: 2
        spacing: 6
        Repeater {
            model: SketchSuggestions.suggestions
            delegate: Rectangle {
                id: card
                required property int index
                required property string picture
                required property int stars
                required property bool favourite
                required property string operation
                objectName: "sketchSuggestion" + index
                width: (panel.width - 16 - 6) / 2
                height: width + 30
                radius: 6
                color: Material.theme === Material.Dark ? "#2b2b30" : "#f1f1f4"
                border.color: favourite ? "#e0457b" : "transparent"
                border.width: 2

                Image {
                    id: thumbnail
                    anchors.top: parent.top
                    anchors.horizontalCenter: parent.horizontalCenter
                    anchors.topMargin: 4
                    width: parent.width - 8
                    height: width
                    source: card.picture
                    smooth: true
                    fillMode: Image.PreserveAspectFit
                    TapHandler {
                        acceptedButtons: Qt.RightButton
                        onTapped: menu.popup()
                    }
                    TapHandler { onDoubleTapped: SketchSuggestions.useAsReference(card.index) }
                }
                ToolButton {
                    objectName: "favourite"
                    anchors.top: parent.top
                    anchors.right: parent.right
                    text: card.favourite ? "\u2665" : "\u2661"
                    font.pixelSize: 18
                    Material.foreground: "#e0457b"
                    ToolTip.visible: hovered
                    ToolTip.text: card.favourite ? qsTr("Favourite (click to remove)") : qsTr("Mark as a favourite")
                    onClicked: SketchSuggestions.toggleFavourite(card.index)
                }
                ToolButton {
                    objectName: "more"
                    anchors.top: parent.top
                    anchors.left: parent.left
                    text: "\u22ef"
                    ToolTip.visible: hovered
                    ToolTip.text: qsTr("More for this suggestion")
                    onClicked: menu.popup()
                }
                Row {
                    anchors.bottom: parent.bottom
                    anchors.horizontalCenter: parent.horizontalCenter
                    Repeater {
                        model: 5
                        delegate: Label {
                            required property int index
                            objectName: "star" + (index + 1)
                            text: index < card.stars ? "\u2605" : "\u2606"
                            font.pixelSize: 18
                            color: index < card.stars ? "#f2a900" : Material.foreground
                            width: 22
                            horizontalAlignment: Text.AlignHCenter
                            TapHandler { onTapped: SketchSuggestions.rate(card.index, index + 1) }
                        }
                    }
                }
                Menu {
                    id: menu
                    MenuItem { text: qsTr("More like this"); onTriggered: SketchSuggestions.moreLikeThis(card.index) }
                    MenuItem { text: qsTr("Use as reference"); onTriggered: SketchSuggestions.useAsReference(card.index) }
                    MenuItem { text: qsTr("Take palette"); onTriggered: SketchSuggestions.takePalette(card.index) }
                }
            }
        }
    }

    // The controls that act on suggestions, shown once a model has answered.
    ColumnLayout {
        Layout.fillWidth: true
        spacing: 6
        visible: SketchSuggestions.modelName !== ""

        Button {
            objectName: "sketchBreed"
            Layout.leftMargin: 8
            text: qsTr("Breed the last two favourites")
            enabled: SketchSuggestions.favouriteCount >= 2
            onClicked: SketchSuggestions.breedFavourites()
        }

        Label { text: qsTr("Variety (truncation ψ %1)").arg(SketchSuggestions.truncation.toFixed(2)); Layout.leftMargin: 8 }
        Slider {
            objectName: "sketchTruncation"
            Layout.fillWidth: true
            Layout.leftMargin: 8
            Layout.rightMargin: 8
            from: 0.1
            to: 1.0
            value: SketchSuggestions.truncation
            onMoved: SketchSuggestions.truncation = value
        }
        Repeater {
            model: SketchSuggestions.directions
            delegate: ColumnLayout {
                required property int index
                required property var modelData
                Layout.fillWidth: true
                Layout.leftMargin: 8
                Layout.rightMargin: 8
                spacing: 0
                visible: index < 4
                Label {
                    text: qsTr("%1 (%2% of the variety)").arg(modelData.name).arg(Math.round(modelData.share * 100))
                    font.pixelSize: 12
                }
                Slider {
                    objectName: "sketchDirection" + index
                    Layout.fillWidth: true
                    from: -3
                    to: 3
                    value: SketchSuggestions.directionAmounts[index] ?? 0
                    onMoved: SketchSuggestions.setDirectionAmount(index, value)
                }
            }
        }
        Button {
            Layout.leftMargin: 8
            Layout.bottomMargin: 8
            flat: true
            text: qsTr("Reset the sliders")
            onClicked: SketchSuggestions.resetSliders()
        }
    }
}
