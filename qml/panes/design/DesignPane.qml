// The designer's pane. Its 3D variant grid, evolution and AR-style preview arrive with the design engine.
import QtQuick
import Noosphere

UpcomingPane {
    heading: qsTr("Design")
    summary: qsTr("Evolve parametric 3D objects — vases, rings, stools — by rating them, and preview one at real scale over a photo.")
    features: [
        qsTr("A 4×4 grid of lit, turning variants; rate with keys 1–5, lock genes, breed the next generation"),
        qsTr("Pareto plots of volume, stability and printability beside your ratings"),
        qsTr("An AR-style preview standing on a printed marker, and export to glTF, OBJ and STL")
    ]
    status: qsTr("Not available yet: this pane is waiting for the design engine. Your projects already have room for designs and their history.")
}
