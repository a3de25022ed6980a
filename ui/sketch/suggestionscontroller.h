// The Sketch pane's suggestions grid, seen by QML as the `SketchSuggestions` singleton. It follows the drawing:
// after the artist stops drawing for a moment (debounced), a job on the worker asks the style GAN for pictures
// that match the sketch inside its strokes (a newer request supersedes an older one, so the pen never waits);
// with nothing drawn it explores samples. Per suggestion: 1–5 stars, favourite, more like this, use as
// reference, take palette; two favourites breed a new row; sliders set the truncation and move along the
// principal directions. Every rating and action is written to the project with the suggestion's provenance
// (ImageFeedbackStore), the batch being stored the first time one of its suggestions is acted on.
#pragma once

#include "sketch/suggestionengine.h"
#include "sketch/suggestiongridmodel.h"
#include "store/imagefeedbackstore.h"

#include <QObject>
#include <QTimer>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

#include <map>
#include <optional>

class QQmlEngine;
class QJSEngine;

namespace noosphere::ui {

class SketchController;
class Studio;

class SuggestionsController : public QObject {
    Q_OBJECT
    QML_NAMED_ELEMENT(SketchSuggestions)
    QML_SINGLETON
    Q_PROPERTY(noosphere::ui::SuggestionGridModel *suggestions READ suggestions CONSTANT)
    Q_PROPERTY(bool busy READ isBusy NOTIFY busyChanged)
    Q_PROPERTY(QString problem READ problem NOTIFY problemChanged)
    Q_PROPERTY(QString modelName READ modelName NOTIFY modelChanged)
    Q_PROPERTY(QVariantList directions READ directions NOTIFY modelChanged)
    Q_PROPERTY(double truncation READ truncation WRITE setTruncation NOTIFY slidersChanged)
    Q_PROPERTY(QVariantList directionAmounts READ directionAmounts NOTIFY slidersChanged)
    Q_PROPERTY(int favouriteCount READ favouriteCount NOTIFY favouritesChanged)
    Q_PROPERTY(bool active READ isActive WRITE setActive NOTIFY activeChanged)
public:
    static constexpr int kDebounceMs = 600;
    static constexpr int kPerBatch = 4;
    static constexpr int kGridLimit = 16;

    SuggestionsController(EngineBridge *bridge, SketchController *sketch, QObject *parent = nullptr);
    ~SuggestionsController() override;

    static SuggestionsController *forStudio(Studio *studio);
    static SuggestionsController *create(QQmlEngine *, QJSEngine *);

    /// Where ratings go (empty path: nowhere; read-only: nowhere, and `problem` says so on the first rating).
    void setProject(const QString &path, bool readOnly);

    SuggestionGridModel *suggestions() { return &m_grid; }
    bool isBusy() const { return m_waitingFor != 0 || m_editWaitingFor != 0 || m_actions > 0; }
    QString problem() const { return m_problem; }
    QString modelName() const { return m_model.name; }
    QVariantList directions() const;
    double truncation() const { return m_truncation; }
    void setTruncation(double psi);
    QVariantList directionAmounts() const;
    int favouriteCount() const;
    /// Whether the pane is shown: while it is not, changes to the drawing wait, and nothing runs on the worker.
    bool isActive() const { return m_active; }
    void setActive(bool active);
    /// Busy, or about to ask (the debounce is running): for screenshots and tests.
    bool isPending() const { return isBusy() || m_debounce.isActive() || m_editDebounce.isActive(); }

    /// Asks now (without the debounce): follows the sketch, or explores when nothing is drawn.
    Q_INVOKABLE void refresh();
    /// New samples, whatever is drawn.
    Q_INVOKABLE void explore();
    Q_INVOKABLE void rate(int row, int stars);
    Q_INVOKABLE void toggleFavourite(int row);
    Q_INVOKABLE void moreLikeThis(int row);
    Q_INVOKABLE void useAsReference(int row);
    Q_INVOKABLE void takePalette(int row);
    /// The two most recent favourites' children, as a new row.
    Q_INVOKABLE void breedFavourites();
    Q_INVOKABLE void setDirectionAmount(int index, double amount);
    Q_INVOKABLE void resetSliders();
    Q_INVOKABLE void dismissProblem();

Q_SIGNALS:
    void busyChanged();
    void activeChanged();
    void problemChanged();
    void modelChanged();
    void slidersChanged();
    void favouritesChanged();
    /// A batch arrived (for tests and the frame probe).
    void suggestionsArrived();

private:
    // What a batch was offered for: how to store it the first time one of its suggestions is acted on.
    struct BatchInfo {
        SuggestionKind kind = SuggestionKind::Explore;
        GanModelInfo model;
        QImage sketch;                   // Follow: what the model saw
        std::vector<std::int64_t> strokeIds;
        std::int64_t sketchId = 0;
        std::int64_t snapshotId = 0;     // once stored
        QRectF sketchArea;
        std::string detailJson = "{}";   // Edit: the sliders' settings
        bool stored = false;
    };
    // What a request was made from, kept until its answer arrives.
    struct Pending {
        SuggestionKind kind = SuggestionKind::Explore;
        std::vector<quint64> parents;          // Around, Breed: the suggestions it starts from
        std::vector<std::int64_t> strokeIds;   // the drawing when it was asked
        std::vector<quint64> editedKeys;       // Edit: the suggestions it changes, in order
    };

    void schedule();
    void submit(SuggestionRequest request, std::vector<quint64> parents = {});
    void submitEdit();
    void onFinished(const SuggestionBatchView &view);
    void applyEdit(const SuggestionBatchView &view, const Pending &pending);
    /// Drops what is kept about batches no suggestion in the grid belongs to any more.
    void forgetUnshownBatches();
    /// Stores the item's batch if needed, then the rating; a failure shows in `problem`.
    void record(SuggestionItem &item, core::ImageFeedback kind, double value, const std::string &detailJson = "{}");
    bool storeBatchOf(const SuggestionItem &item);
    void setProblem(const QString &problem);

    EngineBridge *m_bridge;
    SketchController *m_sketch;
    SuggestionEngine m_engine;
    SuggestionGridModel m_grid;
    QTimer m_debounce, m_editDebounce;
    std::optional<core::ImageFeedbackStore> m_store;
    bool m_readOnly = false, m_readOnlyTold = false;
    bool m_active = false, m_stale = true;  // stale: the drawing changed while the pane was hidden
    std::map<int, BatchInfo> m_batches;
    int m_nextBatch = 1;
    quint64 m_nextKey = 1;
    std::map<quint64, Pending> m_pending;  // by request serial
    std::vector<quint64> m_favouriteOrder;  // keys, oldest first
    quint64 m_serial = 0, m_waitingFor = 0, m_editWaitingFor = 0;
    int m_actions = 0;
    std::uint64_t m_seedBase = 0;
    GanModelInfo m_model;
    double m_truncation = 0.7;
    std::vector<double> m_directionAmounts;
    QString m_problem;
};

}  // namespace noosphere::ui
