#include "strokepainter.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace noosphere::ui {

using core::sketch::Stroke;
using core::sketch::StrokeTool;

namespace {

constexpr float kMinPressure = 0.15f;  // a feather-light touch still leaves a visible line
constexpr float kBrushWidthFactor = 2.0f;
constexpr qreal kBrushOpacity = 0.55;

void paintSegments(QPainter &painter, const Stroke &stroke, const QColor &colour, float widthFactor)
{
    QPen pen(colour);
    pen.setCapStyle(Qt::RoundCap);
    pen.setJoinStyle(Qt::RoundJoin);
    const auto widthAt = [&](float pressure) {
        return qreal(stroke.width * widthFactor * std::max(pressure, kMinPressure));
    };
    const auto &points = stroke.points;
    if (points.size() == 1) {  // a dot
        pen.setWidthF(widthAt(points[0].pressure));
        painter.setPen(pen);
        painter.drawPoint(QPointF(points[0].x, points[0].y));
        return;
    }
    for (size_t i = 1; i < points.size(); ++i) {
        pen.setWidthF(widthAt((points[i - 1].pressure + points[i].pressure) / 2));
        painter.setPen(pen);
        painter.drawLine(QPointF(points[i - 1].x, points[i - 1].y), QPointF(points[i].x, points[i].y));
    }
}

}  // namespace

void paintStroke(QPainter &painter, const Stroke &stroke)
{
    if (stroke.points.empty())
        return;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor colour = QColor::fromRgba(stroke.colour);
    switch (stroke.tool) {
    case StrokeTool::Pen:
        paintSegments(painter, stroke, colour, 1);
        break;
    case StrokeTool::Eraser:
        painter.setCompositionMode(QPainter::CompositionMode_Clear);
        paintSegments(painter, stroke, Qt::black, 1);
        break;
    case StrokeTool::Brush: {
        // On a layer of its own at full strength, then laid down at the brush's opacity.
        QRectF bounds;
        for (const auto &p : stroke.points)
            bounds |= QRectF(p.x, p.y, 0, 0).adjusted(-1, -1, 1, 1);
        const int margin = int(stroke.width * kBrushWidthFactor) + 2;
        const QRect area = bounds.toAlignedRect().adjusted(-margin, -margin, margin, margin);
        QImage layer(area.size(), QImage::Format_ARGB32_Premultiplied);
        layer.fill(Qt::transparent);
        {
            QPainter layerPainter(&layer);
            layerPainter.setRenderHint(QPainter::Antialiasing);
            layerPainter.translate(-area.topLeft());
            paintSegments(layerPainter, stroke, colour, kBrushWidthFactor);
        }
        painter.setOpacity(kBrushOpacity);
        painter.drawImage(area.topLeft(), layer);
        break;
    }
    }
    painter.restore();
}

QImage renderStrokes(const std::vector<Stroke> &strokes, QSize size)
{
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    for (const auto &stroke : strokes)
        paintStroke(painter, stroke);
    return image;
}

}  // namespace noosphere::ui
