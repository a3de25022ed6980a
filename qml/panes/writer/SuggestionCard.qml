// One continuation card: its text (each word a link to the token view once the card is complete), its length
// and the model's own average log-probability. A click on a word opens the token view; elsewhere it accepts.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

ItemDelegate {
    id: root

    required property int index
    required property string markup
    required property int wordCount
    required property int tokenCount
    required property real meanLogProb
    required property bool finished
    required property bool current

    signal acceptRequested(int row)
    signal tokenClicked(int row, int tokenIndex, point at)

    highlighted: current
    opacity: finished ? 1.0 : 0.75
    padding: 12
    Accessible.name: qsTr("Suggestion %1").arg(index + 1)

    // Whether a point (in our coordinates) falls on a word of the text; its token index, or -1.
    function tokenAt(x, y) {
        const p = mapToItem(body, x, y)
        const link = body.linkAt(p.x, p.y)
        return link.startsWith("t") ? parseInt(link.substring(1)) : -1
    }

    contentItem: ColumnLayout {
        spacing: 6
        Text {
            id: body
            objectName: "suggestionText"
            Layout.fillWidth: true
            text: root.markup
            textFormat: Text.RichText
            wrapMode: Text.Wrap
            color: root.palette.text
            linkColor: root.palette.text
            font.pixelSize: 15
        }
        Label {
            Layout.fillWidth: true
            opacity: 0.65
            font.pixelSize: 12
            text: root.finished
                  ? qsTr("%n word(s)", "", root.wordCount) + " · " + qsTr("%n token(s)", "", root.tokenCount) + " · "
                    + qsTr("avg log-prob %1").arg(root.meanLogProb.toFixed(2))
                  : qsTr("writing…")
        }
    }

    HoverHandler {
        cursorShape: root.tokenAt(point.position.x, point.position.y) >= 0 ? Qt.PointingHandCursor
                                                                           : Qt.ArrowCursor
    }
    onClicked: {
        const token = root.finished ? root.tokenAt(pressX, pressY) : -1
        if (token >= 0)
            root.tokenClicked(root.index, token, Qt.point(pressX, pressY))
        else
            root.acceptRequested(root.index)
    }
}
