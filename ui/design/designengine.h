// The Design pane's work on the worker: one interactive evolution (RatedEvolution: NSGA-II over the designer's
// ratings, predicted by a Gaussian process where none was given, and the computed objectives) and the meshes of
// its variants. Only jobs touch the evolution; each posts a snapshot (a DesignGenerationView) back to the UI
// thread. Earlier generations are kept as copies, so going back is exact.
#pragma once

#include "designmesh.h"
#include "design/genome.h"
#include "design/objectives.h"
#include "surrogate/gaussianprocess.h"
#include "worker/job.h"

#include <QObject>
#include <QString>

#include <memory>
#include <optional>
#include <vector>

namespace noosphere::ui {

class EngineBridge;

struct DesignVariantView {
    std::vector<double> values;    // the genome in the family's units
    std::vector<double> unit;      // normalised, as the GA sees it
    core::design::Objectives objectives;
    std::optional<double> rating;  // stars the designer gave
    models::GpPrediction predicted;
    bool edited = false;           // changed by hand with the gene sliders
    DesignMesh mesh;
    core::design::Bounds bounds;   // of the mesh, found on the worker once (the grid fits each variant by it)
};

struct DesignGenerationView {
    quint64 serial = 0;
    QString family;
    quint64 seed = 0;
    int generation = 0;                          // how many times "next generation" was pressed
    std::vector<DesignVariantView> variants;     // what the grid shows: the candidates of this generation
    std::vector<size_t> suggested;               // which to rate for the most help, most useful first
    std::vector<DesignVariantView> population;   // the parents NSGA-II kept (for the Pareto plot)
    std::vector<double> bestRating, meanRating;  // per generation so far (given, else predicted)
    size_t ratingCount = 0;
    QString problem;                             // set when the job failed; the rest is then empty
};

class DesignEngine : public QObject {
    Q_OBJECT
public:
    static constexpr int kVariants = 16;  // the 4×4 grid

    explicit DesignEngine(EngineBridge *bridge, QObject *parent = nullptr);
    ~DesignEngine() override;

    /// A new evolution of `family` (random first generation from `seed`), with `locked` genes held at the
    /// values of `lockedValues`, taught the `ratings` given before (normalised genome, stars).
    void start(quint64 serial, const QString &family, quint64 seed, std::vector<bool> locked,
               std::vector<double> lockedValues, std::vector<std::pair<std::vector<double>, double>> ratings);
    void rate(quint64 serial, int variant, double stars);
    /// Sets a variant's genes by hand (family units); its mesh and objectives are rebuilt.
    void edit(quint64 serial, int variant, std::vector<double> values);
    void advance(quint64 serial);
    /// Polishes variant `variant` by particle swarm against the computed objectives (less material and overhang,
    /// more stability), within a small step of its genes and keeping `locked` ones; it becomes an edited variant.
    void refine(quint64 serial, int variant, std::vector<bool> locked);
    /// Back to generation `generation` as it was shown (later generations are dropped from memory).
    void goBack(quint64 serial, int generation);

Q_SIGNALS:
    void updated(const noosphere::ui::DesignGenerationView &view);

public:
    struct State;  // public for the engine's helpers; only jobs touch it

private:
    void submit(const char *title, std::function<void(State &)> work, quint64 serial);

    EngineBridge *m_bridge;
    std::shared_ptr<State> m_state;  // only jobs touch it (they run one at a time)
};

}  // namespace noosphere::ui
