#include "designengine.h"

#include "engine/enginebridge.h"
#include "design/evolution/particleswarm.h"
#include "design/evolution/ratedevolution.h"
#include "design/family.h"

#include <QPointer>

#include <algorithm>
#include <map>
#include <mutex>

namespace noosphere::ui {

using namespace core::design;

namespace {

constexpr const char *kDesignKey = "design.evolve";
constexpr double kUnknownRating = 3.0;    // the middle of 1–5 stars
constexpr double kUnknownRatingSd = 2.0;  // spans the scale

// A genome's mesh and objectives, built once: the GA needs the objectives, the grid the mesh, the Pareto plot
// the parents' objectives again.
struct Built {
    std::shared_ptr<const Mesh> mesh;
    Objectives objectives;
};
constexpr size_t kMaxCachedDesigns = 1024;  // ~64 generations; each mesh is ~0.5 MB

// Each genome's mesh and objectives, built once. The evolution builds a generation's meshes on several threads,
// hence the lock; a mesh is built outside it, so the threads build in parallel (two threads racing for one
// genome each build it, and the first to finish is kept).
class BuiltDesigns {
public:
    Built build(const Family &family, const UnitGenome &unit)
    {
        {
            const std::lock_guard lock(m_mutex);
            if (auto found = m_built.find(unit); found != m_built.end())
                return found->second;
        }
        auto mesh = std::make_shared<const Mesh>(family.build(denormalise(family, unit)));
        Built built{mesh, computeObjectives(*mesh)};
        const std::lock_guard lock(m_mutex);
        if (m_built.size() >= kMaxCachedDesigns)
            m_built.clear();
        return m_built.emplace(unit, std::move(built)).first->second;
    }

private:
    std::mutex m_mutex;
    std::map<UnitGenome, Built> m_built;
};

}  // namespace

struct DesignEngine::State {
    const Family *family = nullptr;
    quint64 seed = 0;
    std::optional<RatedEvolution> evolution;
    std::vector<RatedEvolution> history;     // the evolution as each earlier generation was shown
    std::map<size_t, UnitGenome> edits;      // variants changed by hand in this generation
    std::vector<double> best, mean;          // per generation shown
    std::shared_ptr<BuiltDesigns> built = std::make_shared<BuiltDesigns>();  // of this family

    Built build(const UnitGenome &unit) { return built->build(*family, unit); }
};

namespace {

// What NSGA-II minimises beside the rating: material, instability, overhang (one scale each: cm³, °, cm²).
std::vector<double> computedObjectives(const Objectives &o)
{
    return {o.volumeMm3 / 1000.0, -o.tipOverAngleDeg, o.overhangAreaMm2 / 100.0};
}

}  // namespace

DesignEngine::DesignEngine(EngineBridge *bridge, QObject *parent)
    : QObject(parent)
    , m_bridge(bridge)
    , m_state(std::make_shared<State>())
{
}

DesignEngine::~DesignEngine() = default;

namespace {

DesignVariantView viewOf(DesignEngine::State &state, const Variant &variant, const UnitGenome *edit)
{
    DesignVariantView view;
    view.unit = edit ? *edit : variant.genome;
    view.values = denormalise(*state.family, view.unit);
    const Built built = state.build(view.unit);
    view.objectives = built.objectives;
    view.mesh.mesh = built.mesh;
    view.bounds = meshBounds(*built.mesh);
    view.rating = variant.rating;
    view.predicted = variant.predicted;
    view.edited = edit != nullptr;
    return view;
}

// The generation's best and mean rating: the designer's stars where given, else the surrogate's prediction.
std::pair<double, double> ratingSummary(const std::vector<Variant> &variants)
{
    double best = 0, sum = 0;
    for (const Variant &v : variants) {
        const double r = v.rating.value_or(v.predicted.mean);
        best = std::max(best, r);
        sum += r;
    }
    return {best, variants.empty() ? 0.0 : sum / double(variants.size())};
}

// The refinement's score, lower is better, relative to the start so that no objective's unit dominates: material
// and overhang as shares of the start's (overhang from 1 cm², so a start without any can still be matched), and
// stability as a share of the start's tip-over angle (at least 1°).
double refinementScore(const Objectives &o, const Objectives &start)
{
    return o.volumeMm3 / std::max(start.volumeMm3, 1.0) + (o.overhangAreaMm2 + 100) / (start.overhangAreaMm2 + 100) -
           o.tipOverAngleDeg / std::max(start.tipOverAngleDeg, 1.0);
}

constexpr double kRefineRadius = 0.12;  // of each gene's range: the same design, polished, not another one

}  // namespace

void DesignEngine::submit(const char *title, std::function<void(State &)> work, quint64 serial)
{
    QPointer<DesignEngine> self(this);
    m_bridge->submit(
        {.kind = kDesignKey,
         .title = title ? tr(title).toStdString() : std::string(),
         .priority = core::Priority::Interactive,
         .run = [self, serial, work = std::move(work), state = m_state](const core::CancelToken &,
                                                                          const core::Progress &progress) {
             DesignGenerationView view{.serial = serial};
             try {
                 progress(0.1, "evolving");
                 work(*state);
                 if (!state->evolution)
                     throw std::runtime_error("no design evolution has started");
                 const Family &family = *state->family;
                 const RatedEvolution &evolution = *state->evolution;
                 view.family = QString::fromStdString(family.id);
                 view.seed = state->seed;
                 view.generation = int(state->history.size());
                 progress(0.6, "meshes");
                 for (size_t i = 0; i < evolution.candidates().size(); ++i) {
                     const auto edit = state->edits.find(i);
                     view.variants.push_back(viewOf(*state, evolution.candidates()[i],
                                                    edit == state->edits.end() ? nullptr : &edit->second));
                 }
                 // Before the first rating the surrogate knows nothing: the middle of the scale, wholly unsure.
                 if (!evolution.surrogate().isFitted())
                     for (auto &variant : view.variants)
                         variant.predicted = {kUnknownRating, kUnknownRatingSd};
                 for (const Variant &parent : evolution.population()) {
                     DesignVariantView p;
                     p.unit = parent.genome;
                     p.values = denormalise(family, parent.genome);
                     p.objectives = state->build(parent.genome).objectives;
                     p.rating = parent.rating;
                     p.predicted = parent.predicted;
                     view.population.push_back(std::move(p));
                 }
                 view.suggested = evolution.suggestToRate();
                 const auto [best, mean] = ratingSummary(evolution.candidates());
                 state->best.resize(size_t(view.generation) + 1);
                 state->mean.resize(size_t(view.generation) + 1);
                 state->best.back() = best;
                 state->mean.back() = mean;
                 view.bestRating = state->best;
                 view.meanRating = state->mean;
                 view.ratingCount = evolution.ratingCount();
             } catch (const std::exception &e) {
                 view = DesignGenerationView{.serial = serial, .problem = QString::fromUtf8(e.what())};
             }
             progress(1.0, {});
             QMetaObject::invokeMethod(
                 self, [self, view = std::move(view)] { if (self) Q_EMIT self->updated(view); },
                 Qt::QueuedConnection);
         }});
}

void DesignEngine::start(quint64 serial, const QString &familyId, quint64 seed, std::vector<bool> locked,
                         std::vector<double> lockedValues,
                         std::vector<std::pair<std::vector<double>, double>> ratings)
{
    submit(
        nullptr,  // well under a second: the pane's busy mark says enough
        [familyId = familyId.toStdString(), seed, locked = std::move(locked), lockedValues = std::move(lockedValues),
         ratings = std::move(ratings)](State &state) {
            const Family *family = findFamily(familyId);
            if (!family)
                throw std::runtime_error("no design family is called \"" + familyId + "\"");
            RatedEvolutionConfig config;
            config.ga.population = kVariants;
            config.ga.seed = seed;
            config.ga.locked = locked;
            config.choice.count = 4;
            state = State{.family = family, .seed = seed};
            state.evolution.emplace(config, [built = state.built, family](const UnitGenome &unit) {
                return computedObjectives(built->build(*family, unit).objectives);
            });
            const bool anyLocked = std::find(locked.begin(), locked.end(), true) != locked.end();
            if (anyLocked && lockedValues.size() == family->genes.size())
                state.evolution->initialise(std::vector<UnitGenome>{normalise(*family, lockedValues)});
            else
                state.evolution->initialise(family->genes.size());
            for (const auto &[unit, stars] : ratings)
                (void)state.evolution->addRating(unit, stars);
        },
        serial);
}

void DesignEngine::rate(quint64 serial, int variant, double stars)
{
    submit(
        nullptr,
        [variant, stars](State &state) {
            if (!state.evolution)
                return;
            const auto edit = state.edits.find(size_t(variant));
            auto rated = edit == state.edits.end() ? state.evolution->rate(size_t(variant), stars)
                                                   : state.evolution->addRating(edit->second, stars);
            if (!rated)
                throw std::runtime_error(rated.error().detail);
        },
        serial);
}

void DesignEngine::edit(quint64 serial, int variant, std::vector<double> values)
{
    submit(
        nullptr,
        [variant, values = std::move(values)](State &state) {
            if (!state.evolution || variant < 0 || size_t(variant) >= state.evolution->candidates().size())
                return;
            state.edits[size_t(variant)] = normalise(*state.family, clampedValues(*state.family, values));
        },
        serial);
}

void DesignEngine::refine(quint64 serial, int variant, std::vector<bool> locked)
{
    submit(
        QT_TR_NOOP("Refining the design"),
        [variant, locked = std::move(locked)](State &state) {
            if (!state.evolution || variant < 0 || size_t(variant) >= state.evolution->candidates().size())
                return;
            const auto edit = state.edits.find(size_t(variant));
            const UnitGenome start =
                edit != state.edits.end() ? edit->second : state.evolution->candidates()[size_t(variant)].genome;
            const Family &family = *state.family;
            const Objectives before = state.build(start).objectives;
            SwarmConfig config;
            config.particles = 12;
            config.iterations = 25;
            config.seed = state.seed ^ (0x9e3779b97f4a7c15ull * uint64_t(variant + 1));
            config.radius = kRefineRadius;
            config.locked = locked;
            // Evaluated meshes are not cached: ~300 of them would push the grid's out.
            const auto result = refineBySwarm(start, [&](const UnitGenome &unit) {
                return refinementScore(computeObjectives(family.build(denormalise(family, unit))), before);
            }, config);
            if (result.best != start)
                state.edits[size_t(variant)] = result.best;
        },
        serial);
}

void DesignEngine::advance(quint64 serial)
{
    submit(
        nullptr,
        [](State &state) {
            if (!state.evolution)
                return;
            state.history.push_back(*state.evolution);
            state.edits.clear();
            if (auto advanced = state.evolution->advance(); !advanced) {
                state.evolution = state.history.back();
                state.history.pop_back();
                throw std::runtime_error(advanced.error().detail);
            }
        },
        serial);
}

void DesignEngine::goBack(quint64 serial, int generation)
{
    submit(
        nullptr,
        [generation](State &state) {
            if (generation < 0 || size_t(generation) >= state.history.size())
                return;
            RatedEvolution later = std::move(*state.evolution);
            state.evolution = state.history[size_t(generation)];
            state.evolution->keepRatingsOf(later);
            state.history.erase(state.history.begin() + generation, state.history.end());
            state.edits.clear();
            state.best.resize(size_t(generation) + 1);
            state.mean.resize(size_t(generation) + 1);
        },
        serial);
}

}  // namespace noosphere::ui
