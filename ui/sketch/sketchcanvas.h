// The Sketch pane's canvas: white paper, the reference picture at its opacity, the strokes, and the stroke being
// drawn on top. The finished strokes are kept as one picture that a new stroke is painted onto, so drawing costs
// one stroke per frame however many there are; undo repaints them all. Input is QML's (pointer handlers, which
// give a stylus's pressure): they call the `Sketch` singleton in canvas pixels.
#pragma once

#include "sketchcontroller.h"

#include <QImage>
#include <QPointer>
#include <QQuickPaintedItem>
#include <QtQml/qqmlregistration.h>

namespace noosphere::ui {

class SketchCanvas : public QQuickPaintedItem {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(noosphere::ui::SketchController *sketch READ sketch WRITE setSketch NOTIFY sketchChanged)
public:
    explicit SketchCanvas(QQuickItem *parent = nullptr);

    SketchController *sketch() const { return m_sketch; }
    void setSketch(SketchController *sketch);

    void paint(QPainter *painter) override;

Q_SIGNALS:
    void sketchChanged();

private:
    void repaintStrokes();
    void paintLastStroke();

    QPointer<SketchController> m_sketch;
    QImage m_strokes;  // the finished strokes, canvas-sized, transparent where none is
};

}  // namespace noosphere::ui
