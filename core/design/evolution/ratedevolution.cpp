// The rated evolution's bookkeeping: ratings, surrogate refits, and turning variants into NSGA-II objectives.
#include "ratedevolution.h"

#include "parallelmap.h"
#include "particleswarm.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>

namespace noosphere::core::design {
namespace {

models::Error invalid(const char *detail)
{
    return {models::ErrorCode::InvalidArgument, detail};
}

}  // namespace

RatedEvolution::RatedEvolution(RatedEvolutionConfig config, ComputeObjectives compute)
    : m_config(std::move(config))
    , m_compute(std::move(compute))
    , m_ga(m_config.ga)
    , m_surrogate(m_config.surrogate)
{
}

void RatedEvolution::initialise(size_t nGenes)
{
    m_ga.initialise(nGenes);
    m_population.clear();
    evaluateCandidates();
}

void RatedEvolution::initialise(const std::vector<UnitGenome> &seeds)
{
    m_ga.initialise(seeds);
    m_population.clear();
    evaluateCandidates();
}

std::vector<size_t> RatedEvolution::suggestToRate() const
{
    std::vector<size_t> unrated;
    std::vector<UnitGenome> genomes;
    std::vector<models::GpPrediction> predictions;
    for (size_t i = 0; i < m_candidates.size(); ++i) {
        if (m_candidates[i].rating)
            continue;
        unrated.push_back(i);
        genomes.push_back(m_candidates[i].genome);
        predictions.push_back(m_candidates[i].predicted);
    }
    std::vector<size_t> chosen = chooseToRate(genomes, predictions, m_ratedGenomes, m_config.choice);
    for (size_t &index : chosen)
        index = unrated[index];
    return chosen;
}

models::Result<void> RatedEvolution::rate(size_t candidateIndex, double stars)
{
    if (candidateIndex >= m_candidates.size())
        return invalid("there is no such variant to rate");
    if (auto added = addRating(m_candidates[candidateIndex].genome, stars); !added)
        return added;
    m_candidates[candidateIndex].rating = stars;
    return {};
}

models::Result<void> RatedEvolution::addRating(const UnitGenome &genome, double stars)
{
    if (!(stars >= 1 && stars <= 5))  // also refuses NaN
        return invalid("a rating is 1 to 5 stars");
    if (!m_candidates.empty() && genome.size() != m_candidates.front().genome.size())
        return invalid("the rated genome has the wrong number of genes");
    const auto same = std::find(m_ratedGenomes.begin(), m_ratedGenomes.end(), genome);
    if (same != m_ratedGenomes.end()) {
        m_ratings[size_t(same - m_ratedGenomes.begin())] = stars;  // the designer changed their mind
        return {};
    }
    m_ratedGenomes.push_back(genome);
    m_ratings.push_back(stars);
    return {};
}

void RatedEvolution::keepRatingsOf(const RatedEvolution &later)
{
    for (size_t i = 0; i < later.m_ratedGenomes.size(); ++i) {
        const UnitGenome &genome = later.m_ratedGenomes[i];
        if (!addRating(genome, later.m_ratings[i]))
            continue;
        for (auto *variants : {&m_candidates, &m_population})
            for (auto &variant : *variants)
                if (variant.genome == genome)
                    variant.rating = later.m_ratings[i];
    }
}

models::Result<void> RatedEvolution::advance()
{
    if (m_candidates.empty())
        return invalid("nothing to advance: initialise the evolution first");
    refitSurrogate();
    // The parents' ratings may have been predicted by an older surrogate: predict them again.
    for (auto &variant : m_population)
        variant.predicted = m_surrogate.predict(variant.genome);
    for (auto &variant : m_candidates)
        variant.predicted = m_surrogate.predict(variant.genome);
    const double floor = ratingFloor();
    auto assess = [&](std::vector<Variant> &variants, std::vector<ObjectiveVector> &objectives,
                      std::vector<double> &shortfalls) {
        for (auto &variant : variants) {
            variant.objectives = objectivesOf(variant);
            variant.shortfall = std::max(0.0, floor - ratingOf(variant));
            objectives.push_back(variant.objectives);
            shortfalls.push_back(variant.shortfall);
        }
    };
    std::vector<ObjectiveVector> objectives, parentObjectives;
    std::vector<double> shortfalls, parentShortfalls;
    assess(m_population, parentObjectives, parentShortfalls);
    assess(m_candidates, objectives, shortfalls);
    if (!m_population.empty())
        if (auto ok = m_ga.reviseObjectives(parentObjectives, parentShortfalls); !ok)
            return ok;
    // Keep the variants' details across selection, keyed by genome (NSGA-II only carries genomes).
    std::map<UnitGenome, Variant> known;
    for (auto &variant : m_population)
        known.emplace(variant.genome, std::move(variant));
    for (auto &variant : m_candidates)
        known.emplace(variant.genome, std::move(variant));
    if (auto ok = m_ga.advance(objectives, shortfalls); !ok)
        return ok;
    m_population.clear();
    for (const auto &individual : m_ga.population()) {
        Variant variant = known.at(individual.genome);
        variant.objectives = individual.objectives;
        variant.shortfall = individual.violation;
        variant.rank = individual.rank;
        variant.crowding = individual.crowding;
        m_population.push_back(std::move(variant));
    }
    proposeRefinements();
    evaluateCandidates();
    return {};
}

void RatedEvolution::proposeRefinements()
{
    if (!m_surrogate.isFitted() || m_population.empty() || m_config.refinedPerGeneration <= 0)
        return;
    std::vector<const Variant *> byRating;
    for (const auto &variant : m_population)
        byRating.push_back(&variant);
    std::stable_sort(byRating.begin(), byRating.end(),
                     [this](const Variant *a, const Variant *b) { return ratingOf(*a) > ratingOf(*b); });
    const size_t count = std::min({size_t(m_config.refinedPerGeneration), byRating.size(), m_ga.pending().size()});
    for (size_t i = 0; i < count; ++i) {
        const SwarmConfig swarm{.particles = 16,
                                .iterations = 40,
                                .seed = m_config.ga.seed + uint64_t(m_ga.generation()) * 7919 + i,
                                .radius = m_config.refineRadius,
                                .locked = m_config.ga.locked};
        const auto refined = refineBySwarm(
            byRating[i]->genome, [this](const UnitGenome &x) { return -m_surrogate.predict(x).mean; }, swarm);
        // The last children are replaced: which ones does not matter, they are all fresh.
        (void)m_ga.replacePending(m_ga.pending().size() - 1 - i, refined.best);
    }
}

void RatedEvolution::evaluateCandidates()
{
    m_candidates.clear();
    const auto &pending = m_ga.pending();
    auto computed = parallelMap(pending, m_compute, m_config.threads);
    for (size_t i = 0; i < pending.size(); ++i) {
        const UnitGenome &genome = pending[i];
        Variant variant{genome, std::move(computed[i])};
        // A genome rated before (a child identical to a rated parent) keeps its rating.
        const auto same = std::find(m_ratedGenomes.begin(), m_ratedGenomes.end(), genome);
        if (same != m_ratedGenomes.end())
            variant.rating = m_ratings[size_t(same - m_ratedGenomes.begin())];
        variant.predicted = m_surrogate.predict(genome);
        m_candidates.push_back(std::move(variant));
    }
}

void RatedEvolution::refitSurrogate()
{
    if (m_ratings.empty())
        return;
    // NOTE: fit only fails on bad input, which addRating() refuses; the old fit would be kept anyway.
    (void)m_surrogate.fit(m_ratedGenomes, m_ratings);
    for (auto &variant : m_population) {
        const auto same = std::find(m_ratedGenomes.begin(), m_ratedGenomes.end(), variant.genome);
        if (same != m_ratedGenomes.end())
            variant.rating = m_ratings[size_t(same - m_ratedGenomes.begin())];
    }
}

// The rating NSGA-II sees: the designer's stars where given, else the surrogate's mean; 0 before any rating
// (a constant, so it neither ranks nor spreads anything).
double RatedEvolution::ratingOf(const Variant &variant) const
{
    if (variant.rating)
        return *variant.rating;
    return m_surrogate.isFitted() ? variant.predicted.mean : 0.0;
}

// The rating at the configured quantile of parents and candidates; −inf (no floor) before any rating.
double RatedEvolution::ratingFloor() const
{
    if (!m_surrogate.isFitted() || m_config.ratingFloorQuantile <= 0)
        return -std::numeric_limits<double>::infinity();
    std::vector<double> ratings;
    for (const auto *variants : {&m_population, &m_candidates})
        for (const auto &variant : *variants)
            ratings.push_back(ratingOf(variant));
    std::sort(ratings.begin(), ratings.end());
    const double position = std::clamp(m_config.ratingFloorQuantile, 0.0, 1.0) * double(ratings.size() - 1);
    return ratings[size_t(std::floor(position))];
}

ObjectiveVector RatedEvolution::objectivesOf(const Variant &variant) const
{
    ObjectiveVector objectives{-ratingOf(variant)};
    objectives.insert(objectives.end(), variant.computed.begin(), variant.computed.end());
    return objectives;
}

}  // namespace noosphere::core::design
