#include "designhistory.h"

#include "designvariantlistmodel.h"

#include "design/family.h"
#include "design/genome.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace noosphere::ui {

using namespace core::design;

namespace {

std::string objectivesJson(const Objectives &objectives)
{
    return QJsonDocument(QJsonObject::fromVariantMap(objectivesMap(objectives))).toJson(QJsonDocument::Compact).toStdString();
}

core::DesignRecord recordOf(const QString &family, const DesignVariantView &v, std::int64_t parent)
{
    return {v.values,
            genomeToJson({family.toStdString(), v.values}),
            objectivesJson(v.objectives),
            v.predicted.mean,
            v.predicted.sd,
            v.edited,
            parent};
}

}  // namespace

QString DesignHistory::setProject(const QString &path, bool readOnly)
{
    m_store.reset();
    m_generationIds.clear();
    if (path.isEmpty())
        return {};
    auto opened = core::DesignStore::open(path.toStdString(), readOnly ? core::OpenMode::ReadOnly : core::OpenMode::ReadWrite);
    if (!opened)
        return QString::fromStdString(opened.error().detail);
    m_store.emplace(std::move(opened).value());
    return {};
}

QString DesignHistory::recordGeneration(const DesignGenerationView &view)
{
    if (view.generation == 0)
        m_generationIds.clear();
    m_generationIds.resize(size_t(view.generation));
    if (!m_store)
        return {};
    std::vector<core::DesignRecord> records;
    for (const auto &variant : view.variants)
        records.push_back(recordOf(view.family, variant, 0));
    auto stored = m_store->storeGeneration(view.family.toStdString(), view.seed, view.generation, records);
    if (!stored)
        return QString::fromStdString(stored.error().detail);
    m_generationIds.push_back(std::move(stored).value());
    return {};
}

void DesignHistory::goBack(int generation)
{
    if (generation >= 0 && size_t(generation) < m_generationIds.size())
        m_generationIds.resize(size_t(generation) + 1);
}

QString DesignHistory::rate(const DesignGenerationView &view, int index, int stars)
{
    if (!m_store || m_generationIds.size() != size_t(view.generation) + 1 || index < 0 ||
        size_t(index) >= m_generationIds.back().size() || size_t(index) >= view.variants.size())
        return {};
    const DesignVariantView &variant = view.variants[size_t(index)];
    std::int64_t designId = m_generationIds.back()[size_t(index)];
    if (variant.edited) {
        auto stored = m_store->storeGeneration(view.family.toStdString(), view.seed, view.generation,
                                               {recordOf(view.family, variant, designId)});
        if (!stored)
            return QString::fromStdString(stored.error().detail);
        designId = stored->front();
    }
    QJsonObject provenance{{"family", view.family},
                           {"generation", view.generation},
                           {"run_seed", QString::number(view.seed)},
                           {"genome", QJsonDocument::fromJson(QByteArray::fromStdString(
                                          genomeToJson({view.family.toStdString(), variant.values})))
                                          .object()},
                           {"objectives", QJsonObject::fromVariantMap(objectivesMap(variant.objectives))},
                           {"predicted", QJsonObject{{"mean", variant.predicted.mean}, {"sd", variant.predicted.sd}}},
                           {"edited", variant.edited}};
    auto rated = m_store->rate(designId, stars, QJsonDocument(provenance).toJson(QJsonDocument::Compact).toStdString());
    return rated ? QString() : QString::fromStdString(rated.error().detail);
}

std::vector<std::pair<std::vector<double>, double>> DesignHistory::storedRatings(const QString &familyId) const
{
    std::vector<std::pair<std::vector<double>, double>> ratings;
    const Family *family = findFamily(familyId.toStdString());
    if (!m_store || !family)
        return ratings;
    auto designs = m_store->designs(family->id);
    if (!designs)
        return ratings;
    for (const auto &design : *designs)
        if (design.stars && design.genes.size() == family->genes.size())
            ratings.emplace_back(normalise(*family, design.genes), *design.stars);
    return ratings;
}

}  // namespace noosphere::ui
