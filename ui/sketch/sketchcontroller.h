// The Sketch pane's drawing, seen by QML as the `Sketch` singleton: the strokes (kept in the project through
// SketchStore as each one ends, so a crash loses at most the stroke being drawn), the stroke being drawn, the
// tool, colour and size, undo and redo, a reference picture under the drawing, the palette of that picture (or
// of the drawing) and export to PNG. Picture work (import, palette, PNG) runs on the worker.
#pragma once

#include "sketch/stroke.h"
#include "store/sketchstore.h"

#include <QColor>
#include <QImage>
#include <QObject>
#include <QUrl>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

#include <optional>
#include <vector>

class QQmlEngine;
class QJSEngine;

namespace noosphere::ui {

class EngineBridge;
class Studio;

class SketchController : public QObject {
    Q_OBJECT
    QML_NAMED_ELEMENT(Sketch)
    QML_SINGLETON
    Q_PROPERTY(int canvasWidth READ canvasWidth NOTIFY canvasChanged)
    Q_PROPERTY(int canvasHeight READ canvasHeight NOTIFY canvasChanged)
    Q_PROPERTY(QString tool READ tool WRITE setTool NOTIFY toolChanged)
    Q_PROPERTY(QColor colour READ colour WRITE setColour NOTIFY toolChanged)
    Q_PROPERTY(double brushSize READ brushSize WRITE setBrushSize NOTIFY toolChanged)
    Q_PROPERTY(bool canUndo READ canUndo NOTIFY historyChanged)
    Q_PROPERTY(bool canRedo READ canRedo NOTIFY historyChanged)
    Q_PROPERTY(int strokeCount READ strokeCount NOTIFY historyChanged)
    Q_PROPERTY(bool hasReference READ hasReference NOTIFY referenceChanged)
    Q_PROPERTY(double referenceOpacity READ referenceOpacity WRITE setReferenceOpacity NOTIFY referenceChanged)
    Q_PROPERTY(QVariantList palette READ palette NOTIFY paletteChanged)
    Q_PROPERTY(bool busy READ isBusy NOTIFY busyChanged)
    Q_PROPERTY(QString problem READ problem NOTIFY problemChanged)
    Q_PROPERTY(QString notice READ notice NOTIFY problemChanged)
public:
    explicit SketchController(EngineBridge *bridge, QObject *parent = nullptr);
    ~SketchController() override;

    static SketchController *forStudio(Studio *studio);
    static SketchController *create(QQmlEngine *, QJSEngine *);

    /// Opens the project's sketch (empty path: none; strokes are then kept in memory only, and `notice` says so).
    void setProject(const QString &path, bool readOnly);

    int canvasWidth() const { return m_width; }
    int canvasHeight() const { return m_height; }
    QString tool() const;
    void setTool(const QString &tool);  // "pen", "brush" or "eraser"
    QColor colour() const { return m_colour; }
    void setColour(const QColor &colour);
    double brushSize() const { return m_size; }
    void setBrushSize(double pixels);  // 1–200
    bool canUndo() const { return !m_strokes.empty(); }
    bool canRedo() const { return !m_redo.empty(); }
    int strokeCount() const { return int(m_strokes.size()); }
    bool hasReference() const { return !m_reference.isNull(); }
    double referenceOpacity() const { return m_referenceOpacity; }
    void setReferenceOpacity(double opacity);
    QVariantList palette() const { return m_palette; }
    bool isBusy() const { return m_busyJobs > 0; }
    QString problem() const { return m_problem; }
    QString notice() const { return m_notice; }

    const std::vector<core::StoredStroke> &strokes() const { return m_strokes; }
    std::int64_t sketchId() const { return m_sketchId; }
    std::vector<core::sketch::Stroke> drawing() const;  // the strokes alone, in order, to paint
    const std::optional<core::sketch::Stroke> &liveStroke() const { return m_live; }
    const QImage &reference() const { return m_reference; }

    /// Drawing, in canvas pixels; pressure 0–1 (a mouse gives 1). The stroke is smoothed and kept at the end.
    Q_INVOKABLE void beginStroke(qreal x, qreal y, qreal pressure);
    Q_INVOKABLE void extendStroke(qreal x, qreal y, qreal pressure);
    Q_INVOKABLE void endStroke();
    Q_INVOKABLE void cancelStroke();
    Q_INVOKABLE void undo();
    Q_INVOKABLE void redo();
    /// A picture (PNG, JPEG, WebP) under the drawing, scaled to fit the canvas; imported on the worker.
    Q_INVOKABLE void openReference(const QUrl &file);
    Q_INVOKABLE void clearReference();
    /// `picture` as the reference, stretched over `area` of the canvas (empty: fitted to the canvas).
    void placeReference(const QImage &picture, const QRectF &area);
    /// The colours of the reference picture (or of the drawing when there is none), on the worker.
    Q_INVOKABLE void takePalette();
    /// The colours of `picture` (e.g. a suggestion), on the worker.
    void takePaletteOf(const QImage &picture);
    /// The drawing on white as a PNG, written on the worker; exported(file, error) follows.
    Q_INVOKABLE void exportPng(const QUrl &file);
    Q_INVOKABLE void dismissProblem();

Q_SIGNALS:
    void canvasChanged();
    void toolChanged();
    void historyChanged();
    void referenceChanged();
    void paletteChanged();
    void busyChanged();
    void problemChanged();
    void strokesReset();      // repaint everything
    void strokeAdded();       // the last stroke is new: paint it over what is there
    void liveStrokeChanged();
    void exported(const QString &file, const QString &error);

private:
    void setProblem(const QString &problem);
    void runOnWorker(const char *kind, const QString &title, std::function<std::function<void()>()> work);

    EngineBridge *m_bridge;
    std::optional<core::SketchStore> m_store;
    std::int64_t m_sketchId = 0;
    bool m_readOnly = false;
    int m_width = 1024, m_height = 768;
    core::sketch::StrokeTool m_tool = core::sketch::StrokeTool::Pen;
    QColor m_colour = QColor(32, 32, 40);
    double m_size = 6;
    std::vector<core::StoredStroke> m_strokes;
    std::vector<core::StoredStroke> m_redo;
    std::optional<core::sketch::Stroke> m_live;
    QImage m_reference;
    double m_referenceOpacity = 0.5;
    QVariantList m_palette;
    int m_busyJobs = 0;
    QString m_problem, m_notice;
};

}  // namespace noosphere::ui
