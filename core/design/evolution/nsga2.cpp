// NSGA-II's generation loop: (μ+λ) survivor selection by fronts and crowding, binary tournaments, SBX and
// polynomial mutation (the operators live in variation.cpp, the ranking in pareto.cpp).
#include "nsga2.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace noosphere::core::design {
namespace {

models::Error mismatch(const char *what)
{
    return {models::ErrorCode::InvalidArgument, what};
}

double sanitisedViolation(const std::vector<double> &violations, size_t i)
{
    if (i >= violations.size())
        return 0;
    return std::isnan(violations[i]) ? std::numeric_limits<double>::infinity() : std::max(0.0, violations[i]);
}

ObjectiveVector sanitised(ObjectiveVector objectives)
{
    for (double &value : objectives)
        if (std::isnan(value))
            value = std::numeric_limits<double>::infinity();
    return objectives;
}

// Ranks and crowding of a set, in place.
void rank(std::vector<Individual> &individuals, std::vector<std::vector<size_t>> *frontsOut = nullptr)
{
    std::vector<ObjectiveVector> points;
    std::vector<double> violations;
    points.reserve(individuals.size());
    for (const auto &individual : individuals) {
        points.push_back(individual.objectives);
        violations.push_back(individual.violation);
    }
    auto fronts = nonDominatedFronts(points, violations);
    for (size_t f = 0; f < fronts.size(); ++f) {
        const auto crowding = crowdingDistances(points, fronts[f]);
        for (size_t i = 0; i < fronts[f].size(); ++i) {
            individuals[fronts[f][i]].rank = int(f);
            individuals[fronts[f][i]].crowding = crowding[i];
        }
    }
    if (frontsOut)
        *frontsOut = std::move(fronts);
}

}  // namespace

Nsga2::Nsga2(Nsga2Config config)
    : m_config(std::move(config))
    , m_random(m_config.seed)
{
    m_config.population = std::max(m_config.population, 2);
}

void Nsga2::initialise(size_t nGenes)
{
    start({}, nGenes);
}

void Nsga2::initialise(const std::vector<UnitGenome> &seeds)
{
    start(seeds, seeds.empty() ? 0 : seeds.front().size());
}

void Nsga2::start(const std::vector<UnitGenome> &seeds, size_t nGenes)
{
    m_random = Random(m_config.seed);
    m_population.clear();
    m_pending.clear();
    m_generation = -1;
    const size_t size = size_t(m_config.population);
    for (size_t i = 0; i < seeds.size() && i < size; ++i) {
        UnitGenome genome = seeds[i];
        genome.resize(nGenes, 0.5);
        for (double &value : genome)
            value = std::isfinite(value) ? std::clamp(value, 0.0, 1.0) : 0.5;
        m_pending.push_back(std::move(genome));
    }
    while (m_pending.size() < size) {
        UnitGenome genome(nGenes);
        for (size_t g = 0; g < nGenes; ++g) {
            const double value = m_random.uniform();  // drawn for locked genes too: same stream either way
            const bool locked = g < m_config.locked.size() && m_config.locked[g] && !m_pending.empty();
            genome[g] = locked ? m_pending.front()[g] : value;
        }
        m_pending.push_back(std::move(genome));
    }
}

models::Result<void> Nsga2::advance(const std::vector<ObjectiveVector> &objectives,
                                    const std::vector<double> &violations)
{
    if (m_pending.empty())
        return mismatch("nothing is pending: initialise the population first");
    if (objectives.size() != m_pending.size())
        return mismatch("one objective vector is needed per pending genome");
    if (!violations.empty() && violations.size() != objectives.size())
        return mismatch("one constraint violation is needed per pending genome, or none");
    const size_t nObjectives = !m_population.empty() ? m_population.front().objectives.size()
                               : !objectives.empty() ? objectives.front().size()
                                                     : 0;
    for (const auto &o : objectives)
        if (o.size() != nObjectives || nObjectives == 0)
            return mismatch("every genome needs the same, non-zero number of objectives");
    std::vector<Individual> candidates = std::move(m_population);
    for (size_t i = 0; i < m_pending.size(); ++i)
        candidates.push_back({m_pending[i], sanitised(objectives[i]), sanitisedViolation(violations, i)});
    select(std::move(candidates));
    ++m_generation;
    breed();
    return {};
}

models::Result<void> Nsga2::reviseObjectives(const std::vector<ObjectiveVector> &objectives,
                                             const std::vector<double> &violations)
{
    if (objectives.size() != m_population.size())
        return mismatch("one objective vector is needed per parent");
    if (!violations.empty() && violations.size() != objectives.size())
        return mismatch("one constraint violation is needed per parent, or none");
    for (const auto &o : objectives)
        if (o.size() != m_population.front().objectives.size())
            return mismatch("every parent needs the same number of objectives");
    for (size_t i = 0; i < objectives.size(); ++i) {
        m_population[i].objectives = sanitised(objectives[i]);
        m_population[i].violation = sanitisedViolation(violations, i);
    }
    rank(m_population);
    return {};
}

models::Result<void> Nsga2::replacePending(size_t index, const UnitGenome &genome)
{
    if (index >= m_pending.size() || genome.size() != m_pending[index].size())
        return mismatch("no pending genome of that index and length to replace");
    for (size_t g = 0; g < genome.size(); ++g) {
        const bool locked = g < m_config.locked.size() && m_config.locked[g];
        if (!locked)
            m_pending[index][g] = std::isfinite(genome[g]) ? std::clamp(genome[g], 0.0, 1.0) : m_pending[index][g];
    }
    return {};
}

std::vector<Individual> Nsga2::front() const
{
    std::vector<Individual> members;
    for (const auto &individual : m_population)
        if (individual.rank == 0)
            members.push_back(individual);
    return members;
}

int Nsga2::run(const Evaluate &evaluate, int generations, const std::function<bool()> &cancelled)
{
    while (m_generation < generations) {
        if (cancelled && cancelled())
            break;
        std::vector<ObjectiveVector> objectives;
        objectives.reserve(m_pending.size());
        for (const auto &genome : m_pending)
            objectives.push_back(evaluate(genome));
        if (!advance(objectives))
            break;
    }
    return m_generation;
}

// Deb's survivor selection: whole fronts while they fit, then the most isolated members of the front that
// does not (crowding from the sort of parents and children together, as in the paper).
void Nsga2::select(std::vector<Individual> candidates)
{
    std::vector<std::vector<size_t>> fronts;
    rank(candidates, &fronts);
    const size_t size = size_t(m_config.population);
    std::vector<Individual> survivors;
    survivors.reserve(size);
    for (auto &front : fronts) {
        if (survivors.size() + front.size() > size) {
            std::stable_sort(front.begin(), front.end(),
                             [&](size_t a, size_t b) { return candidates[a].crowding > candidates[b].crowding; });
            front.resize(size - survivors.size());
        }
        for (size_t i : front)
            survivors.push_back(std::move(candidates[i]));
        if (survivors.size() == size)
            break;
    }
    m_population = std::move(survivors);
}

// Binary tournament on (rank, crowding): the lower rank wins, then the larger crowding, then a coin.
const Individual &Nsga2::tournament()
{
    const size_t n = m_population.size();
    const Individual &a = m_population[m_random.below(n)];
    const Individual &b = m_population[m_random.below(n)];
    if (a.rank != b.rank)
        return a.rank < b.rank ? a : b;
    if (a.crowding != b.crowding)
        return a.crowding > b.crowding ? a : b;
    return m_random.chance(0.5) ? a : b;
}

void Nsga2::breed()
{
    m_pending.clear();
    const size_t size = size_t(m_config.population);
    while (m_pending.size() < size) {
        UnitGenome a = tournament().genome;
        UnitGenome b = tournament().genome;
        crossover(a, b, m_config.locked, m_config.variation, m_random);
        mutate(a, m_config.locked, m_config.variation, m_random);
        mutate(b, m_config.locked, m_config.variation, m_random);
        m_pending.push_back(std::move(a));
        if (m_pending.size() < size)
            m_pending.push_back(std::move(b));
    }
}

}  // namespace noosphere::core::design
