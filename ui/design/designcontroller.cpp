#include "designcontroller.h"

#include "designplot.h"
#include "designtexts.h"
#include "engine/enginebridge.h"
#include "studio.h"
#include "studiosingleton.h"

#include "design/family.h"
#include "design/genome.h"
#include "design/meshexport.h"

#include <QPointer>
#include <QVariantMap>

namespace noosphere::ui {

using namespace core::design;

DesignController::DesignController(EngineBridge *bridge, QObject *parent)
    : QObject(parent)
    , m_engine(bridge)
    , m_bridge(bridge)
{
    connect(&m_engine, &DesignEngine::updated, this, &DesignController::onUpdated);
}

DesignController::~DesignController() = default;

DesignController *DesignController::forStudio(Studio *studio)
{
    if (auto *existing = studio->findChild<DesignController *>(QString(), Qt::FindDirectChildrenOnly))
        return existing;
    auto *design = new DesignController(studio->engine(), studio);
    studio->followProject(design, [design](const QString &path, bool readOnly) { design->setProject(path, readOnly); });
    return design;
}

void DesignController::setProject(const QString &path, bool readOnly)
{
    if (m_projectOpened && path == m_projectPath && readOnly == m_projectReadOnly)
        return;  // the Writer says "changed" for more than a new file
    m_projectOpened = true;
    m_projectPath = path;
    m_projectReadOnly = readOnly;
    setHistoryProblem(m_history.setProject(path, readOnly));
    m_ratings = m_history.storedRatings(m_family);
    if (m_started)
        startRun(++m_seed);
}

void DesignController::setHistoryProblem(const QString &problem)
{
    if (problem == m_historyProblem)
        return;
    m_historyProblem = problem.isEmpty() ? problem : tr("The design history could not be saved: %1").arg(problem);
    Q_EMIT viewChanged();
}

DesignController *DesignController::create(QQmlEngine *, QJSEngine *)
{
    return qmlSingletonOfStudio<DesignController>();
}

QVariantList DesignController::families() const
{
    QVariantList list;
    for (const Family &family : core::design::families())
        list.append(QVariantMap{{"id", QString::fromStdString(family.id)},
                                {"name", designText(family.name)},
                                {"description", designText(family.description)}});
    return list;
}

void DesignController::setFamily(const QString &family)
{
    if (family == m_family || !findFamily(family.toStdString()))
        return;
    m_family = family;
    m_locked.clear();
    m_ratings = m_history.storedRatings(m_family);  // stars for a vase say nothing about a stool
    Q_EMIT familyChanged();
    startRun(m_seed);
}

quint64 DesignController::nextSerial() { return ++m_serial; }

void DesignController::startRun(quint64 seed)
{
    m_started = true;
    const Family *family = findFamily(m_family.toStdString());
    std::vector<double> lockedValues;
    if (m_selected >= 0 && size_t(m_selected) < m_view.variants.size() &&
        m_view.family == m_family)
        lockedValues = m_view.variants[size_t(m_selected)].values;
    m_locked.resize(family->genes.size(), false);
    ++m_pending;
    Q_EMIT busyChanged();
    const quint64 serial = nextSerial();
    m_recordSerials.insert(serial);
    m_engine.start(serial, m_family, seed, m_locked, lockedValues, m_ratings);
}

void DesignController::ensureStarted()
{
    if (!m_started)
        startRun(m_seed);
}

void DesignController::restart()
{
    startRun(++m_seed);
}

void DesignController::onUpdated(const DesignGenerationView &view)
{
    m_pending = std::max(0, m_pending - 1);
    const bool familyChangedNow = view.family != m_view.family;
    m_view = view;
    if (m_recordSerials.erase(view.serial) && view.problem.isEmpty())
        setHistoryProblem(m_history.recordGeneration(view));
    if (m_backSerials.erase(view.serial))
        m_history.goBack(view.generation);
    m_variants.setVariants(view.variants, view.suggested);
    if (familyChangedNow || m_selected >= int(view.variants.size()))
        m_selected = view.variants.empty() ? -1 : 0;
    updateGenes();
    Q_EMIT viewChanged();
    Q_EMIT plotChanged();
    Q_EMIT selectionChanged();
    if (m_pending == 0)
        Q_EMIT busyChanged();
}

void DesignController::select(int index)
{
    if (index == m_selected || index < -1 || index >= int(m_view.variants.size()))
        return;
    m_selected = index;
    updateGenes();
    Q_EMIT selectionChanged();
    Q_EMIT plotChanged();
}

void DesignController::updateGenes()
{
    const Family *family = findFamily(m_family.toStdString());
    if (m_selected < 0 || size_t(m_selected) >= m_view.variants.size()) {
        m_genes.setGenes(family, {}, m_locked);
        return;
    }
    m_genes.setGenes(family, m_view.variants[size_t(m_selected)].values, m_locked);
}

void DesignController::rate(int index, int stars)
{
    if (index < 0 || size_t(index) >= m_view.variants.size() || stars < 1 || stars > 5)
        return;
    m_ratings.emplace_back(m_view.variants[size_t(index)].unit, double(stars));
    setHistoryProblem(m_history.rate(m_view, index, stars));
    ++m_pending;
    Q_EMIT busyChanged();
    m_engine.rate(nextSerial(), index, stars);
}

void DesignController::nextGeneration()
{
    ++m_pending;
    Q_EMIT busyChanged();
    const quint64 serial = nextSerial();
    m_recordSerials.insert(serial);
    m_engine.advance(serial);
}

void DesignController::goBack(int generation)
{
    if (generation < 0 || generation >= m_view.generation)
        return;
    ++m_pending;
    Q_EMIT busyChanged();
    const quint64 serial = nextSerial();
    m_backSerials.insert(serial);
    m_engine.goBack(serial, generation);
}

void DesignController::setGene(int row, double value)
{
    if (m_selected < 0 || size_t(m_selected) >= m_view.variants.size())
        return;
    std::vector<double> values = m_view.variants[size_t(m_selected)].values;
    if (row < 0 || size_t(row) >= values.size())
        return;
    values[size_t(row)] = value;
    ++m_pending;
    Q_EMIT busyChanged();
    m_engine.edit(nextSerial(), m_selected, std::move(values));
}

void DesignController::setGeneLocked(int row, bool locked)
{
    if (row < 0 || size_t(row) >= m_locked.size() || m_locked[size_t(row)] == locked)
        return;
    m_locked[size_t(row)] = locked;
    updateGenes();
    startRun(++m_seed);
}

void DesignController::refineSelected()
{
    if (m_selected < 0 || size_t(m_selected) >= m_view.variants.size())
        return;
    ++m_pending;
    Q_EMIT busyChanged();
    m_engine.refine(nextSerial(), m_selected, m_locked);
}

void DesignController::exportSelected(const QUrl &file)
{
    if (m_selected < 0 || size_t(m_selected) >= m_view.variants.size())
        return;
    const QString path = file.isLocalFile() ? file.toLocalFile() : file.toString();
    auto format = meshFormatFromName(path.section(QLatin1Char('.'), -1).toStdString());
    if (!format) {
        Q_EMIT exportFailed(tr("Choose a file ending in .glb, .obj or .stl."));
        return;
    }
    QPointer<DesignController> self(this);
    m_bridge->submit({.kind = "design.export",
                      .title = tr("Exporting the design").toStdString(),
                      .priority = core::Priority::Interactive,
                      .run = [self, path, format = *format, mesh = m_view.variants[size_t(m_selected)].mesh.mesh](
                                 const core::CancelToken &, const core::Progress &) {
                          auto written = exportMesh(*mesh, format, path.toStdString());
                          const QString error = written ? QString() : QString::fromStdString(written.error().detail);
                          QMetaObject::invokeMethod(
                              self,
                              [self, path, error] {
                                  if (!self)
                                      return;
                                  if (error.isEmpty()) {
                                      self->m_lastExport = path;
                                      Q_EMIT self->exported(path);
                                  } else {
                                      Q_EMIT self->exportFailed(error);
                                  }
                              },
                              Qt::QueuedConnection);
                          if (!written)
                              throw std::runtime_error(written.error().detail);
                      }});
}

QVariant DesignController::selectedMesh() const
{
    if (m_selected < 0 || size_t(m_selected) >= m_view.variants.size())
        return {};
    return QVariant::fromValue(m_view.variants[size_t(m_selected)].mesh);
}

QVector3D DesignController::selectedSizeMm() const
{
    return m_selected < 0 ? QVector3D() : m_variants.index(m_selected).data(DesignVariantListModel::SizeRole).value<QVector3D>();
}

QString DesignController::selectedGenomeJson() const
{
    if (m_selected < 0 || size_t(m_selected) >= m_view.variants.size())
        return {};
    return QString::fromStdString(genomeToJson({m_family.toStdString(), m_view.variants[size_t(m_selected)].values}));
}

QList<qreal> DesignController::bestRatings() const { return {m_view.bestRating.begin(), m_view.bestRating.end()}; }
QList<qreal> DesignController::meanRatings() const { return {m_view.meanRating.begin(), m_view.meanRating.end()}; }
QVariantList DesignController::plotAxes() const { return designPlotAxes(); }

void DesignController::setPlotX(const QString &axis)
{
    if (axis != m_plotX) {
        m_plotX = axis;
        Q_EMIT plotChanged();
    }
}

void DesignController::setPlotY(const QString &axis)
{
    if (axis != m_plotY) {
        m_plotY = axis;
        Q_EMIT plotChanged();
    }
}

QVariantList DesignController::paretoPoints() const { return designParetoPoints(m_view, m_plotX, m_plotY); }

}  // namespace noosphere::ui
