// The Design pane, seen by QML as the `Design` singleton (a child of the Studio): a 4×4 grid of variants of one
// family, bred by NSGA-II from the designer's stars (keys 1–5) and the computed objectives, with the surrogate's
// guesses for the unrated ones; a few are marked as the most useful to rate next. "Next generation" breeds;
// the generations so far can be gone back to; the selected variant's genes can be set and locked; the selected
// variant exports as glb/obj/stl. All evolution and meshing runs on the worker (DesignEngine).
#pragma once

#include "designengine.h"
#include "designgenelistmodel.h"
#include "designhistory.h"
#include "designvariantlistmodel.h"

#include <QList>
#include <QObject>
#include <QUrl>
#include <QVariantList>
#include <QVector3D>

#include <set>
#include <QtQml/qqmlregistration.h>

class QQmlEngine;
class QJSEngine;

namespace noosphere::ui {

class Studio;

class DesignController : public QObject {
    Q_OBJECT
    QML_NAMED_ELEMENT(Design)
    QML_SINGLETON
    Q_PROPERTY(QVariantList families READ families CONSTANT)
    Q_PROPERTY(QString family READ family WRITE setFamily NOTIFY familyChanged)
    Q_PROPERTY(int generation READ generation NOTIFY viewChanged)
    Q_PROPERTY(int ratingCount READ ratingCount NOTIFY viewChanged)
    Q_PROPERTY(bool busy READ isBusy NOTIFY busyChanged)
    Q_PROPERTY(QString problem READ problem NOTIFY viewChanged)
    Q_PROPERTY(QAbstractListModel *variants READ variants CONSTANT)
    Q_PROPERTY(QAbstractListModel *genes READ genes CONSTANT)
    Q_PROPERTY(int selectedIndex READ selectedIndex WRITE select NOTIFY selectionChanged)
    Q_PROPERTY(QList<qreal> bestRatings READ bestRatings NOTIFY viewChanged)
    Q_PROPERTY(QList<qreal> meanRatings READ meanRatings NOTIFY viewChanged)
    Q_PROPERTY(QVariantList plotAxes READ plotAxes CONSTANT)
    Q_PROPERTY(QString plotX READ plotX WRITE setPlotX NOTIFY plotChanged)
    Q_PROPERTY(QString plotY READ plotY WRITE setPlotY NOTIFY plotChanged)
    Q_PROPERTY(QVariantList paretoPoints READ paretoPoints NOTIFY plotChanged)
    Q_PROPERTY(QString lastExport READ lastExport NOTIFY exported)
    /// The selected variant's mesh (a DesignMesh for DesignGeometry) and size in mm, for the AR preview.
    Q_PROPERTY(QVariant selectedMesh READ selectedMesh NOTIFY selectionChanged)
    Q_PROPERTY(QVector3D selectedSizeMm READ selectedSizeMm NOTIFY selectionChanged)
public:
    explicit DesignController(EngineBridge *bridge, QObject *parent = nullptr);
    ~DesignController() override;

    /// The Studio's Design controller, made on first use as its child (so it outlives the worker).
    static DesignController *forStudio(Studio *studio);
    static DesignController *create(QQmlEngine *, QJSEngine *);

    QVariantList families() const;
    QString family() const { return m_family; }
    void setFamily(const QString &family);
    int generation() const { return m_view.generation; }
    int ratingCount() const { return int(m_view.ratingCount); }
    bool isBusy() const { return m_pending > 0; }
    QString problem() const { return m_view.problem.isEmpty() ? m_historyProblem : m_view.problem; }
    QAbstractListModel *variants() { return &m_variants; }
    QAbstractListModel *genes() { return &m_genes; }
    int selectedIndex() const { return m_selected; }
    QList<qreal> bestRatings() const;
    QList<qreal> meanRatings() const;
    QVariantList plotAxes() const;
    QString plotX() const { return m_plotX; }
    void setPlotX(const QString &axis);
    QString plotY() const { return m_plotY; }
    void setPlotY(const QString &axis);
    QVariantList paretoPoints() const;
    QString lastExport() const { return m_lastExport; }
    QVariant selectedMesh() const;
    QVector3D selectedSizeMm() const;
    const DesignGenerationView &view() const { return m_view; }
    /// The open project (empty: none), whose stored ratings teach the next run and which keeps the history.
    void setProject(const QString &path, bool readOnly);

    /// Starts the evolution of the current family if none runs yet (the pane showing, tests).
    Q_INVOKABLE void ensureStarted();
    /// A fresh first generation of the current family (a new seed); ratings given so far still teach it.
    Q_INVOKABLE void restart();
    Q_INVOKABLE void select(int index);
    /// Rates variant `index` with 1–5 stars (0 clears nothing: ignored).
    Q_INVOKABLE void rate(int index, int stars);
    Q_INVOKABLE void nextGeneration();
    /// Back to generation `generation` (0-based) as it was shown.
    Q_INVOKABLE void goBack(int generation);
    /// Sets gene `row` of the selected variant (in its unit); the mesh follows.
    Q_INVOKABLE void setGene(int row, double value);
    /// Locks gene `row` at the selected variant's value for the breeding to come (a new run seeded with it,
    /// every rating kept), or frees it.
    Q_INVOKABLE void setGeneLocked(int row, bool locked);
    /// Polishes the selected variant against the computed objectives (particle swarm, on the worker).
    Q_INVOKABLE void refineSelected();
    /// Writes the selected variant to `file` (.glb, .obj or .stl) on the worker.
    Q_INVOKABLE void exportSelected(const QUrl &file);
    /// The selected variant's genome file text (JSON), for copying or saving.
    Q_INVOKABLE QString selectedGenomeJson() const;

Q_SIGNALS:
    void familyChanged();
    void viewChanged();
    void busyChanged();
    void selectionChanged();
    void plotChanged();
    void exported(const QString &path);
    void exportFailed(const QString &message);

private:
    void onUpdated(const DesignGenerationView &view);
    void startRun(quint64 seed);
    quint64 nextSerial();
    void updateGenes();
    void setHistoryProblem(const QString &problem);

    DesignEngine m_engine;
    EngineBridge *m_bridge;
    DesignVariantListModel m_variants;
    DesignGeneListModel m_genes;
    DesignGenerationView m_view;
    DesignHistory m_history;
    QString m_historyProblem;
    QString m_projectPath;
    bool m_projectReadOnly = false;
    bool m_projectOpened = false;
    std::set<quint64> m_recordSerials;  // jobs whose view is a generation to store (a start, a next generation)
    std::set<quint64> m_backSerials;    // jobs that went back to an earlier generation
    QString m_family = QStringLiteral("lathe");
    std::vector<bool> m_locked;
    std::vector<std::pair<std::vector<double>, double>> m_ratings;  // every rating given, for restarts
    quint64 m_serial = 0;
    quint64 m_seed = 1;
    int m_pending = 0;
    int m_selected = 0;
    bool m_started = false;
    QString m_plotX = QStringLiteral("volume");
    QString m_plotY = QStringLiteral("rating");
    QString m_lastExport;
};

}  // namespace noosphere::ui
