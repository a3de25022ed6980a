// Draws the Sketch pane's strokes with QPainter, the same way on the canvas and in an exported PNG: a pen is a
// hard round line whose width follows the pressure, a brush a wider, half-transparent one laid down as a whole
// (its own overlaps do not darken), an eraser clears what is under it.
#pragma once

#include "sketch/stroke.h"

#include <QImage>
#include <QSize>

#include <vector>

class QPainter;

namespace noosphere::ui {

/// Paints one stroke onto `painter`'s device (a QImage with alpha, so that the eraser can clear it).
void paintStroke(QPainter &painter, const core::sketch::Stroke &stroke);

/// The strokes in order on a transparent image of `size`.
QImage renderStrokes(const std::vector<core::sketch::Stroke> &strokes, QSize size);

}  // namespace noosphere::ui
