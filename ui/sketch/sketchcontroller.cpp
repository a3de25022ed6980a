#include "sketchcontroller.h"

#include "strokepainter.h"

#include "engine/enginebridge.h"
#include "engine/imageconversion.h"
#include "studio.h"
#include "studiosingleton.h"

#include "image/imageimport.h"
#include "image/palette.h"
#include "sketch/strokesmoothing.h"

#include <QPainter>
#include <QPointer>
#include <QSaveFile>
#include <QVariantMap>

#include <algorithm>
#include <cmath>

namespace noosphere::ui {

using core::StoredStroke;
using core::sketch::Stroke;
using core::sketch::StrokePoint;
using core::sketch::StrokeTool;

namespace {

constexpr int kDefaultWidth = 1024, kDefaultHeight = 768;

QString errorText(const models::Error &error)
{
    return QString::fromStdString(error.detail);
}

}  // namespace

SketchController::SketchController(EngineBridge *bridge, QObject *parent)
    : QObject(parent)
    , m_bridge(bridge)
{
    m_width = kDefaultWidth;
    m_height = kDefaultHeight;
}

SketchController::~SketchController() = default;

std::vector<Stroke> SketchController::drawing() const
{
    std::vector<Stroke> strokes;
    strokes.reserve(m_strokes.size());
    for (const auto &stored : m_strokes)
        strokes.push_back(stored.stroke);
    return strokes;
}

SketchController *SketchController::forStudio(Studio *studio)
{
    if (auto *existing = studio->findChild<SketchController *>(QString(), Qt::FindDirectChildrenOnly))
        return existing;
    auto *sketch = new SketchController(studio->engine(), studio);
    studio->followProject(sketch, [sketch](const QString &path, bool readOnly) { sketch->setProject(path, readOnly); });
    return sketch;
}

SketchController *SketchController::create(QQmlEngine *, QJSEngine *)
{
    return qmlSingletonOfStudio<SketchController>();
}

void SketchController::setProject(const QString &path, bool readOnly)
{
    m_store.reset();
    m_sketchId = 0;
    m_readOnly = readOnly;
    m_strokes.clear();
    m_redo.clear();
    m_live.reset();
    m_width = kDefaultWidth;
    m_height = kDefaultHeight;
    m_notice.clear();
    QString problem;
    if (path.isEmpty()) {
        m_notice = tr("No project is open: this sketch is not saved.");
    } else if (auto store = core::SketchStore::open(path.toStdString(), readOnly ? core::OpenMode::ReadOnly
                                                                                   : core::OpenMode::ReadWrite);
               !store) {
        problem = tr("The sketch could not be opened: %1").arg(errorText(store.error()));
    } else {
        m_store.emplace(std::move(store).value());
        if (auto sketch = m_store->sketch(kDefaultWidth, kDefaultHeight); !sketch) {
            problem = tr("The sketch could not be opened: %1").arg(errorText(sketch.error()));
            m_store.reset();
        } else {
            m_sketchId = sketch->id;
            m_width = sketch->width;
            m_height = sketch->height;
            if (m_sketchId) {
                if (auto strokes = m_store->strokes(m_sketchId); strokes)
                    m_strokes = std::move(strokes).value();
                else
                    problem = tr("The sketch could not be read: %1").arg(errorText(strokes.error()));
            }
            if (readOnly)
                m_notice = tr("This project is open read-only: new strokes are not saved.");
        }
    }
    m_problem = problem;
    Q_EMIT problemChanged();  // the notice may have changed with it
    Q_EMIT canvasChanged();
    Q_EMIT historyChanged();
    Q_EMIT strokesReset();
    Q_EMIT liveStrokeChanged();
}

QString SketchController::tool() const
{
    return QString::fromUtf8(core::sketch::toolName(m_tool));
}

void SketchController::setTool(const QString &tool)
{
    for (StrokeTool candidate : {StrokeTool::Pen, StrokeTool::Brush, StrokeTool::Eraser})
        if (tool == QString::fromUtf8(core::sketch::toolName(candidate)) && candidate != m_tool) {
            m_tool = candidate;
            Q_EMIT toolChanged();
        }
}

void SketchController::setColour(const QColor &colour)
{
    if (!colour.isValid() || colour == m_colour)
        return;
    m_colour = colour;
    Q_EMIT toolChanged();
}

void SketchController::setBrushSize(double pixels)
{
    pixels = std::clamp(pixels, 1.0, 200.0);
    if (!std::isfinite(pixels) || pixels == m_size)
        return;
    m_size = pixels;
    Q_EMIT toolChanged();
}

void SketchController::setReferenceOpacity(double opacity)
{
    opacity = std::clamp(opacity, 0.0, 1.0);
    if (!std::isfinite(opacity) || opacity == m_referenceOpacity)
        return;
    m_referenceOpacity = opacity;
    Q_EMIT referenceChanged();
}

void SketchController::beginStroke(qreal x, qreal y, qreal pressure)
{
    m_live = Stroke{m_tool, m_colour.rgba(), float(m_size), {}};
    extendStroke(x, y, pressure);
}

void SketchController::extendStroke(qreal x, qreal y, qreal pressure)
{
    if (!m_live || !std::isfinite(x) || !std::isfinite(y) || m_live->points.size() >= core::sketch::kMaxStrokePoints)
        return;
    const StrokePoint point{float(x), float(y), float(std::clamp(std::isfinite(pressure) ? pressure : 1.0, 0.0, 1.0))};
    if (!m_live->points.empty() && m_live->points.back() == point)
        return;
    m_live->points.push_back(point);
    Q_EMIT liveStrokeChanged();
}

void SketchController::endStroke()
{
    if (!m_live)
        return;
    Stroke stroke = std::move(*m_live);
    m_live.reset();
    if (stroke.points.empty()) {  // begun at no usable point: nothing was drawn
        Q_EMIT liveStrokeChanged();
        return;
    }
    stroke.points = core::sketch::smoothStroke(stroke.points);
    StoredStroke stored{0, m_strokes.empty() ? 1 : m_strokes.back().seq + 1, std::move(stroke)};
    if (m_store && m_sketchId && !m_readOnly) {
        if (auto appended = m_store->append(m_sketchId, stored.stroke); appended)
            stored = std::move(appended).value();
        else  // kept on the canvas: the next successful save does not bring it back, so say so plainly
            setProblem(tr("This stroke could not be saved in the project: %1").arg(errorText(appended.error())));
    }
    m_strokes.push_back(std::move(stored));
    m_redo.clear();
    Q_EMIT strokeAdded();
    Q_EMIT liveStrokeChanged();
    Q_EMIT historyChanged();
}

void SketchController::cancelStroke()
{
    if (!m_live)
        return;
    m_live.reset();
    Q_EMIT liveStrokeChanged();
}

void SketchController::undo()
{
    if (m_strokes.empty())
        return;
    StoredStroke last = std::move(m_strokes.back());
    m_strokes.pop_back();
    if (m_store && last.id)
        if (auto removed = m_store->remove(last.id); !removed)
            setProblem(tr("Undo could not be saved in the project: %1").arg(errorText(removed.error())));
    m_redo.push_back(std::move(last));
    Q_EMIT strokesReset();
    Q_EMIT historyChanged();
}

void SketchController::redo()
{
    if (m_redo.empty())
        return;
    StoredStroke next = std::move(m_redo.back());
    m_redo.pop_back();
    if (m_store && next.id)
        if (auto restored = m_store->restore(m_sketchId, next); !restored)
            setProblem(tr("Redo could not be saved in the project: %1").arg(errorText(restored.error())));
    m_strokes.push_back(std::move(next));
    Q_EMIT strokeAdded();
    Q_EMIT historyChanged();
}

void SketchController::runOnWorker(const char *kind, const QString &title, std::function<std::function<void()>()> work)
{
    ++m_busyJobs;
    Q_EMIT busyChanged();
    QPointer<SketchController> self(this);
    m_bridge->submit({.kind = kind,
                      .title = title.toStdString(),
                      // No supersede key: a superseded job never runs, and its busy count would never come down.
                      .priority = core::Priority::Interactive,
                      .run = [self, work = std::move(work)](const core::CancelToken &, const core::Progress &) {
                          std::function<void()> apply = work();
                          QMetaObject::invokeMethod(
                              self,
                              [self, apply = std::move(apply)] {
                                  if (!self)
                                      return;
                                  --self->m_busyJobs;
                                  Q_EMIT self->busyChanged();
                                  apply();
                              },
                              Qt::QueuedConnection);
                      }});
}

void SketchController::openReference(const QUrl &file)
{
    const QString path = file.isLocalFile() ? file.toLocalFile() : file.toString();
    const QSize canvas(m_width, m_height);
    QPointer<SketchController> self(this);
    runOnWorker("sketch.reference", tr("Opening the reference picture"), [self, path, canvas]() -> std::function<void()> {
        auto picture = core::image::importImage(path.toStdString());
        if (!picture) {
            const QString error = tr("This picture could not be used: %1").arg(errorText(picture.error()));
            return [self, error] { self->setProblem(error); };
        }
        const QImage scaled = toQImage(picture.value()).scaled(canvas, Qt::KeepAspectRatio, Qt::SmoothTransformation);
        return [self, scaled] {
            self->m_reference = scaled;
            self->setProblem({});
            Q_EMIT self->referenceChanged();
        };
    });
}

void SketchController::clearReference()
{
    if (m_reference.isNull())
        return;
    m_reference = {};
    Q_EMIT referenceChanged();
}

void SketchController::takePalette()
{
    takePaletteOf(m_reference.isNull() ? renderStrokes(drawing(), QSize(m_width, m_height)) : m_reference);
}

void SketchController::placeReference(const QImage &picture, const QRectF &area)
{
    if (picture.isNull())
        return;
    QImage canvas(m_width, m_height, QImage::Format_ARGB32_Premultiplied);
    canvas.fill(Qt::transparent);
    {
        QPainter painter(&canvas);
        painter.setRenderHint(QPainter::SmoothPixmapTransform);
        QRectF target = area;
        if (target.isEmpty()) {
            const QSizeF fitted = QSizeF(picture.size()).scaled(QSizeF(m_width, m_height), Qt::KeepAspectRatio);
            target = QRectF(QPointF((m_width - fitted.width()) / 2, (m_height - fitted.height()) / 2), fitted);
        }
        painter.drawImage(target, picture);
    }
    m_reference = canvas;
    Q_EMIT referenceChanged();
}

void SketchController::takePaletteOf(const QImage &source)
{
    QPointer<SketchController> self(this);
    runOnWorker("sketch.palette", tr("Taking the palette"), [self, source]() -> std::function<void()> {
        auto palette = core::image::extractPalette(toEngineImage(source, core::image::PixelFormat::Rgba8));
        if (!palette) {
            const QString error = tr("No palette: %1").arg(errorText(palette.error()));
            return [self, error] { self->setProblem(error); };
        }
        QVariantList colours;
        for (const auto &c : palette.value())
            colours.append(QVariantMap{{"colour", QColor(c.rgb[0], c.rgb[1], c.rgb[2])}, {"share", c.share}});
        return [self, colours] {
            self->m_palette = colours;
            Q_EMIT self->paletteChanged();
        };
    });
}

void SketchController::exportPng(const QUrl &file)
{
    const QString path = file.isLocalFile() ? file.toLocalFile() : file.toString();
    const auto strokes = drawing();
    const QSize size(m_width, m_height);
    QPointer<SketchController> self(this);
    runOnWorker("sketch.export", tr("Exporting the sketch"), [self, path, strokes, size]() -> std::function<void()> {
        QImage page(size, QImage::Format_RGB32);
        page.fill(Qt::white);
        {
            QPainter painter(&page);
            painter.drawImage(0, 0, renderStrokes(strokes, size));
        }
        QSaveFile out(path);
        QString error;
        if (!out.open(QIODevice::WriteOnly) || !page.save(&out, "PNG") || !out.commit())
            error = out.errorString().isEmpty() ? tr("the PNG could not be written") : out.errorString();
        return [self, path, error] { Q_EMIT self->exported(path, error); };
    });
}

void SketchController::dismissProblem()
{
    setProblem({});
}

void SketchController::setProblem(const QString &problem)
{
    if (problem == m_problem)
        return;
    m_problem = problem;
    Q_EMIT problemChanged();
}

}  // namespace noosphere::ui
