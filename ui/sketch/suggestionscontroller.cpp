#include "sketch/suggestionscontroller.h"

#include "sketch/sketchcontroller.h"
#include "studio.h"
#include "studiosingleton.h"

#include <QBuffer>
#include <QRandomGenerator>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <set>

namespace noosphere::ui {

namespace {

constexpr int kEditDebounceMs = 120;

QByteArray pngOf(const QImage &picture)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    picture.save(&buffer, "PNG");
    return bytes;
}

std::vector<std::uint8_t> byteVector(const QByteArray &bytes)
{
    return {reinterpret_cast<const std::uint8_t *>(bytes.constData()),
            reinterpret_cast<const std::uint8_t *>(bytes.constData()) + bytes.size()};
}

bool isAutomatic(SuggestionKind kind)
{
    return kind == SuggestionKind::Explore || kind == SuggestionKind::Follow;
}

}  // namespace

SuggestionsController::SuggestionsController(EngineBridge *bridge, SketchController *sketch, QObject *parent)
    : QObject(parent)
    , m_bridge(bridge)
    , m_sketch(sketch)
    , m_engine(bridge)
    , m_seedBase(QRandomGenerator::global()->generate() & 0xFFFFFF)
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(kDebounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &SuggestionsController::refresh);
    m_editDebounce.setSingleShot(true);
    m_editDebounce.setInterval(kEditDebounceMs);
    connect(&m_editDebounce, &QTimer::timeout, this, &SuggestionsController::submitEdit);
    connect(&m_engine, &SuggestionEngine::finished, this, &SuggestionsController::onFinished);
    if (m_sketch) {
        connect(m_sketch, &SketchController::historyChanged, this, &SuggestionsController::schedule);
        connect(m_sketch, &SketchController::strokesReset, this, &SuggestionsController::schedule);
    }
}

SuggestionsController::~SuggestionsController() = default;

SuggestionsController *SuggestionsController::forStudio(Studio *studio)
{
    if (auto *existing = studio->findChild<SuggestionsController *>(QString(), Qt::FindDirectChildrenOnly))
        return existing;
    auto *controller = new SuggestionsController(studio->engine(), SketchController::forStudio(studio), studio);
    studio->followProject(controller,
                          [controller](const QString &path, bool readOnly) { controller->setProject(path, readOnly); });
    return controller;
}

SuggestionsController *SuggestionsController::create(QQmlEngine *, QJSEngine *)
{
    return qmlSingletonOfStudio<SuggestionsController>();
}

void SuggestionsController::setProject(const QString &path, bool readOnly)
{
    m_store.reset();
    m_readOnly = readOnly;
    m_readOnlyTold = false;
    // Ratings already stored belong to the old project: the grid's suggestions start afresh for the new one.
    for (auto &[id, batch] : m_batches) {
        batch.stored = false;
        batch.snapshotId = 0;
    }
    for (int row = 0; row < m_grid.rowCount(); ++row)
        m_grid.at(row)->itemId = 0;
    if (!path.isEmpty() && !readOnly) {
        auto store = core::ImageFeedbackStore::open(path.toStdString());
        if (store)
            m_store.emplace(std::move(store).value());
        else
            setProblem(tr("Ratings cannot be saved in this project: %1").arg(QString::fromStdString(store.error().detail)));
    }
    schedule();
}

QVariantList SuggestionsController::directions() const
{
    QVariantList out;
    for (int i = 0; i < m_model.directionShares.size(); ++i)
        out.append(QVariantMap{{"name", tr("Direction %1").arg(i + 1)}, {"share", m_model.directionShares[i]}});
    return out;
}

QVariantList SuggestionsController::directionAmounts() const
{
    QVariantList out;
    for (const double amount : m_directionAmounts)
        out.append(amount);
    return out;
}

int SuggestionsController::favouriteCount() const
{
    return int(std::count_if(m_grid.items().begin(), m_grid.items().end(), [](const auto &i) { return i.favourite; }));
}

void SuggestionsController::setTruncation(double psi)
{
    psi = std::clamp(psi, 0.05, 1.0);
    if (psi == m_truncation)
        return;
    m_truncation = psi;
    Q_EMIT slidersChanged();
    m_editDebounce.start();
}

void SuggestionsController::setDirectionAmount(int index, double amount)
{
    if (index < 0 || index >= int(m_directionAmounts.size()))
        return;
    m_directionAmounts[std::size_t(index)] = std::clamp(amount, -3.0, 3.0);
    Q_EMIT slidersChanged();
    m_editDebounce.start();
}

void SuggestionsController::resetSliders()
{
    std::fill(m_directionAmounts.begin(), m_directionAmounts.end(), 0.0);
    m_truncation = 0.7;
    Q_EMIT slidersChanged();
    m_editDebounce.start();
}

void SuggestionsController::setActive(bool active)
{
    if (active == m_active)
        return;
    m_active = active;
    Q_EMIT activeChanged();
    if (m_active && m_stale)
        schedule();
}

void SuggestionsController::schedule()
{
    if (!m_active) {
        m_stale = true;
        return;
    }
    m_stale = false;
    m_debounce.start();  // restarted by every stroke: asks once the artist pauses
}

void SuggestionsController::refresh()
{
    m_debounce.stop();
    SuggestionRequest request;
    request.count = kPerBatch;
    request.psi = m_truncation;
    if (m_sketch && m_sketch->strokeCount() > 0) {
        request.kind = SuggestionKind::Follow;
        request.strokes = m_sketch->drawing();
        request.canvas = QSize(m_sketch->canvasWidth(), m_sketch->canvasHeight());
    } else {
        request.kind = SuggestionKind::Explore;
    }
    submit(std::move(request));
}

void SuggestionsController::explore()
{
    m_debounce.stop();
    SuggestionRequest request;
    request.kind = SuggestionKind::Explore;
    request.count = kPerBatch;
    request.psi = m_truncation;
    submit(std::move(request));
}

void SuggestionsController::submit(SuggestionRequest request, std::vector<quint64> parents)
{
    request.serial = ++m_serial;
    request.seed = m_seedBase * 1000 + request.serial * 16;
    Pending pending{request.kind, std::move(parents), {}, {}};
    if (m_sketch) {
        for (const auto &stroke : m_sketch->strokes())
            pending.strokeIds.push_back(stroke.id);
    }
    // A newer request of a lane supersedes the older one, which will post nothing: forget what it was made from.
    std::erase_if(m_pending, [&](const auto &entry) {
        return isAutomatic(entry.second.kind) ? isAutomatic(request.kind)
                                              : entry.second.kind == SuggestionKind::Edit && request.kind == SuggestionKind::Edit;
    });
    if (isAutomatic(request.kind))
        m_waitingFor = request.serial;
    else if (request.kind == SuggestionKind::Edit)
        m_editWaitingFor = request.serial;
    else
        ++m_actions;
    if (request.kind == SuggestionKind::Edit) {
        for (const auto &item : m_grid.items())
            pending.editedKeys.push_back(item.key);
    }
    m_pending[request.serial] = std::move(pending);
    Q_EMIT busyChanged();
    m_engine.request(std::move(request));
}

void SuggestionsController::submitEdit()
{
    if (m_grid.rowCount() == 0)
        return;
    SuggestionRequest request;
    request.kind = SuggestionKind::Edit;
    for (const auto &item : m_grid.items())
        request.inputs.push_back(item.base);
    request.editPsi = m_truncation;
    request.directionAmounts = m_directionAmounts;
    submit(std::move(request));
}

void SuggestionsController::onFinished(const SuggestionBatchView &view)
{
    auto pendingNode = m_pending.extract(view.serial);
    const bool automatic = isAutomatic(view.kind);
    if (automatic) {
        // Superseded requests never post; an older one that finished anyway is stale.
        if (view.serial != m_waitingFor)
            return;
        m_waitingFor = 0;
    } else if (view.kind == SuggestionKind::Edit) {
        if (view.serial != m_editWaitingFor)
            return;
        m_editWaitingFor = 0;
    } else {
        --m_actions;
    }
    Q_EMIT busyChanged();
    if (!view.problem.isEmpty()) {
        setProblem(view.problem);
        return;
    }
    if (view.model.fileHash != m_model.fileHash) {
        m_model = view.model;
        m_directionAmounts.assign(std::size_t(m_model.directionShares.size()), 0.0);
        Q_EMIT modelChanged();
        Q_EMIT slidersChanged();
    }
    const Pending pending = pendingNode.empty() ? Pending{} : std::move(pendingNode.mapped());
    if (view.kind == SuggestionKind::Edit) {
        applyEdit(view, pending);
        return;
    }
    const int batch = m_nextBatch++;
    BatchInfo info;
    info.kind = view.kind;
    info.model = view.model;
    info.sketch = view.sketch;
    info.sketchArea = view.sketchArea;
    info.strokeIds = pending.strokeIds;
    m_batches[batch] = std::move(info);
    std::vector<SuggestionItem> items;
    for (std::size_t k = 0; k < view.latents.size() && k < view.pictures.size(); ++k) {
        SuggestionItem item;
        item.key = m_nextKey++;
        item.batch = batch;
        item.picture = view.pictures[k];
        item.png = pngOf(item.picture);
        item.latent = view.latents[k];
        item.base = view.latents[k];
        item.parents = pending.parents;
        items.push_back(std::move(item));
    }
    // A new answer to the sketch replaces the last one (favourites stay); rows made on request are added.
    m_grid.prepend(std::move(items),
                   automatic ? std::function<bool(const SuggestionItem &)>([this](const SuggestionItem &item) {
                       const auto found = m_batches.find(item.batch);
                       return found != m_batches.end() && isAutomatic(found->second.kind);
                   })
                             : std::function<bool(const SuggestionItem &)>(),
                   kGridLimit);
    forgetUnshownBatches();
    Q_EMIT favouritesChanged();
    Q_EMIT suggestionsArrived();
}

void SuggestionsController::forgetUnshownBatches()
{
    std::set<int> shown;
    for (const auto &item : m_grid.items())
        shown.insert(item.batch);
    std::erase_if(m_batches, [&](const auto &entry) { return !shown.contains(entry.first); });
}

void SuggestionsController::applyEdit(const SuggestionBatchView &view, const Pending &pending)
{
    // Each edited suggestion is a new picture: a new batch per batch it came from, stored when acted on.
    std::map<int, int> newBatchOf;
    nlohmann::json detail = {{"truncation", m_truncation}, {"directions", m_directionAmounts}};
    for (std::size_t k = 0; k < pending.editedKeys.size() && k < view.latents.size(); ++k) {
        const int row = m_grid.rowOf(pending.editedKeys[k]);
        auto *item = m_grid.at(row);
        if (!item)
            continue;  // gone from the grid meanwhile
        auto [slot, fresh] = newBatchOf.try_emplace(item->batch, 0);
        if (fresh) {
            BatchInfo info = m_batches[item->batch];
            info.kind = SuggestionKind::Edit;
            info.stored = false;
            info.detailJson = detail.dump();
            slot->second = m_nextBatch++;
            m_batches[slot->second] = std::move(info);
        }
        if (item->itemId)
            item->parents = {item->key};  // the edit was made from the stored picture
        item->batch = slot->second;
        item->latent = view.latents[k];
        item->latent.operation = m_truncation != item->base.psi ? "truncation" : "direction";
        item->picture = view.pictures[k];
        item->png = pngOf(item->picture);
        item->itemId = 0;
        m_grid.changed(row);
    }
    forgetUnshownBatches();
    Q_EMIT suggestionsArrived();
}

void SuggestionsController::rate(int row, int stars)
{
    auto *item = m_grid.at(row);
    if (!item || stars < 1 || stars > 5)
        return;
    item->stars = stars;
    m_grid.changed(row);
    record(*item, core::ImageFeedback::Stars, stars);
}

void SuggestionsController::toggleFavourite(int row)
{
    auto *item = m_grid.at(row);
    if (!item)
        return;
    item->favourite = !item->favourite;
    if (item->favourite)
        m_favouriteOrder.push_back(item->key);
    else
        std::erase(m_favouriteOrder, item->key);
    m_grid.changed(row);
    Q_EMIT favouritesChanged();
    record(*item, core::ImageFeedback::Favourite, item->favourite ? 1 : 0);
}

void SuggestionsController::moreLikeThis(int row)
{
    auto *item = m_grid.at(row);
    if (!item)
        return;
    record(*item, core::ImageFeedback::MoreLikeThis, 1);
    SuggestionRequest request;
    request.kind = SuggestionKind::Around;
    request.count = kPerBatch;
    request.inputs = {item->latent};
    submit(std::move(request), {item->key});
}

void SuggestionsController::useAsReference(int row)
{
    auto *item = m_grid.at(row);
    if (!item || !m_sketch)
        return;
    const auto batch = m_batches.find(item->batch);
    m_sketch->placeReference(item->picture, batch != m_batches.end() ? batch->second.sketchArea : QRectF());
    record(*item, core::ImageFeedback::UseAsReference, 1);
}

void SuggestionsController::takePalette(int row)
{
    auto *item = m_grid.at(row);
    if (!item || !m_sketch)
        return;
    m_sketch->takePaletteOf(item->picture);
    record(*item, core::ImageFeedback::TakePalette, 1);
}

void SuggestionsController::breedFavourites()
{
    std::vector<quint64> parents;
    for (auto key = m_favouriteOrder.rbegin(); key != m_favouriteOrder.rend() && parents.size() < 2; ++key)
        if (m_grid.rowOf(*key) >= 0)
            parents.insert(parents.begin(), *key);
    if (parents.size() < 2)
        return;
    auto *a = m_grid.at(m_grid.rowOf(parents[0]));
    auto *b = m_grid.at(m_grid.rowOf(parents[1]));
    SuggestionRequest request;
    request.kind = SuggestionKind::Breed;
    request.count = kPerBatch;
    request.inputs = {a->latent, b->latent};
    record(*a, core::ImageFeedback::Breed, 1);
    record(*b, core::ImageFeedback::Breed, 1, nlohmann::json{{"with", a->itemId}}.dump());
    submit(std::move(request), parents);
}

void SuggestionsController::record(SuggestionItem &item, core::ImageFeedback kind, double value,
                                   const std::string &detailJson)
{
    if (!m_store) {
        if (m_readOnly && !m_readOnlyTold) {
            m_readOnlyTold = true;
            setProblem(tr("This project is open read-only: ratings are not saved."));
        }
        return;
    }
    if (!item.itemId && !storeBatchOf(item))
        return;
    if (auto rated = m_store->rate(item.itemId, kind, value, detailJson); !rated)
        setProblem(tr("The rating could not be saved: %1").arg(QString::fromStdString(rated.error().detail)));
}

bool SuggestionsController::storeBatchOf(const SuggestionItem &item)
{
    auto &batch = m_batches[item.batch];
    if (!batch.snapshotId && !batch.sketch.isNull()) {
        core::SketchSnapshot snapshot{m_sketch ? m_sketch->sketchId() : 0, batch.strokeIds,
                                      byteVector(pngOf(batch.sketch))};
        auto stored = m_store->storeSnapshot(snapshot);
        if (!stored) {
            setProblem(tr("The rating could not be saved: %1").arg(QString::fromStdString(stored.error().detail)));
            return false;
        }
        batch.snapshotId = *stored;
    }
    core::ImageBatch images{{batch.model.name.toStdString(), batch.model.fileHash.toStdString(),
                             batch.model.folder.toStdString()},
                            batch.snapshotId,
                            m_sketch ? m_sketch->sketchId() : 0,
                            batch.model.cuda ? "cuda" : "cpu",
                            {}};
    std::vector<int> rows;
    for (int row = 0; row < m_grid.rowCount(); ++row) {
        const auto *sibling = m_grid.at(row);
        if (sibling->batch != item.batch || sibling->itemId)
            continue;
        core::OfferedImage offered;
        offered.operation = sibling->latent.operation;
        offered.seed = sibling->latent.seed;
        offered.psi = sibling->latent.psi;
        offered.styles = sibling->latent.styles;
        offered.wDim = sibling->latent.wDim;
        offered.wPlus = sibling->latent.wPlus;
        offered.png = byteVector(sibling->png);
        for (const quint64 parent : sibling->parents) {
            const int parentRow = m_grid.rowOf(parent);
            if (parentRow >= 0 && m_grid.at(parentRow)->itemId)
                offered.parentItemIds.push_back(m_grid.at(parentRow)->itemId);
        }
        offered.detailJson = batch.detailJson;
        images.images.push_back(std::move(offered));
        rows.push_back(row);
    }
    auto ids = m_store->storeBatch(images);
    if (!ids) {
        setProblem(tr("The rating could not be saved: %1").arg(QString::fromStdString(ids.error().detail)));
        return false;
    }
    for (std::size_t k = 0; k < rows.size(); ++k)
        m_grid.at(rows[k])->itemId = (*ids)[k];
    batch.stored = true;
    return true;
}

void SuggestionsController::dismissProblem()
{
    setProblem({});
}

void SuggestionsController::setProblem(const QString &problem)
{
    if (problem == m_problem)
        return;
    m_problem = problem;
    Q_EMIT problemChanged();
}

}  // namespace noosphere::ui
