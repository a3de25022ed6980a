#include "sketchcanvas.h"

#include "sketchcontroller.h"
#include "strokepainter.h"

#include <QPainter>

namespace noosphere::ui {

SketchCanvas::SketchCanvas(QQuickItem *parent)
    : QQuickPaintedItem(parent)
{
    setOpaquePainting(true);
}

void SketchCanvas::setSketch(SketchController *sketch)
{
    if (sketch == m_sketch)
        return;
    if (m_sketch)
        disconnect(m_sketch, nullptr, this, nullptr);
    m_sketch = sketch;
    if (m_sketch) {
        connect(m_sketch, &SketchController::strokesReset, this, &SketchCanvas::repaintStrokes);
        connect(m_sketch, &SketchController::canvasChanged, this, &SketchCanvas::repaintStrokes);
        connect(m_sketch, &SketchController::strokeAdded, this, &SketchCanvas::paintLastStroke);
        connect(m_sketch, &SketchController::liveStrokeChanged, this, [this] { update(); });
        connect(m_sketch, &SketchController::referenceChanged, this, [this] { update(); });
    }
    repaintStrokes();
    Q_EMIT sketchChanged();
}

void SketchCanvas::repaintStrokes()
{
    if (!m_sketch)
        return;
    const QSize size(m_sketch->canvasWidth(), m_sketch->canvasHeight());
    m_strokes = renderStrokes(m_sketch->drawing(), size);
    update();
}

void SketchCanvas::paintLastStroke()
{
    if (!m_sketch || m_sketch->strokes().empty())
        return;
    if (m_strokes.size() != QSize(m_sketch->canvasWidth(), m_sketch->canvasHeight()))
        return repaintStrokes();
    QPainter painter(&m_strokes);
    paintStroke(painter, m_sketch->strokes().back().stroke);
    painter.end();
    update();
}

void SketchCanvas::paint(QPainter *painter)
{
    if (!m_sketch)
        return;
    painter->setRenderHint(QPainter::SmoothPixmapTransform);
    const QSizeF canvas(m_sketch->canvasWidth(), m_sketch->canvasHeight());
    painter->scale(width() / canvas.width(), height() / canvas.height());
    painter->fillRect(QRectF(QPointF(0, 0), canvas), Qt::white);
    if (m_sketch->hasReference()) {
        const QImage &reference = m_sketch->reference();
        painter->setOpacity(m_sketch->referenceOpacity());
        painter->drawImage(QPointF((canvas.width() - reference.width()) / 2, (canvas.height() - reference.height()) / 2),
                           reference);
        painter->setOpacity(1);
    }
    const auto &live = m_sketch->liveStroke();
    if (live && live->tool == core::sketch::StrokeTool::Eraser) {
        QImage erased = m_strokes;  // the eraser clears the strokes only, showing the paper and reference below
        QPainter layer(&erased);
        paintStroke(layer, *live);
        layer.end();
        painter->drawImage(0, 0, erased);
        return;
    }
    painter->drawImage(0, 0, m_strokes);
    if (live)
        paintStroke(*painter, *live);
}

}  // namespace noosphere::ui
