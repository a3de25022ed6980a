// The artist's pane. Its canvas and the style-GAN suggestions arrive with the style-GAN engine.
import QtQuick
import Noosphere

UpcomingPane {
    heading: qsTr("Sketch")
    summary: qsTr("Draw on a canvas while a style GAN, running on this computer, offers images that follow your strokes.")
    features: [
        qsTr("Pen strokes with pressure, brush size, colours, eraser, zoom and undo; saved in the project as vectors"),
        qsTr("A grid of suggestions that refreshes when you pause, never stalling the pen"),
        qsTr("Rate, favourite and breed suggestions; pull palettes; mix styles with sliders"),
        qsTr("Every rating is kept with its provenance so the studio learns your taste")
    ]
    status: qsTr("Not available yet: this pane is waiting for the style-GAN engine and its default model. Your projects already have room for sketches.")
}
