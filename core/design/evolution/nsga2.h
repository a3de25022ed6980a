// NSGA-II (Deb, Pratap, Agarwal & Meyarivan 2002) over genomes normalised to [0, 1] per gene, minimising a
// vector of objectives. Stepwise, so that the designer can rate a generation before the next one is bred:
// pending() → evaluate them (compute, rate, predict) → advance(objectives) → pending() holds the children.
#pragma once

#include "common/result.h"
#include "pareto.h"
#include "random.h"
#include "variation.h"

#include <cstdint>
#include <functional>
#include <vector>

namespace noosphere::core::design {

using UnitGenome = std::vector<double>;  // one value in [0, 1] per gene

struct Nsga2Config {
    int population = 100;  // μ, and λ: as many children as parents each generation
    uint64_t seed = 1;
    VariationConfig variation;  // SBX eta 15, polynomial mutation eta 20, 1/n per gene
    std::vector<bool> locked;   // genes that crossover and mutation never change (empty = none)
};

struct Individual {
    UnitGenome genome;
    ObjectiveVector objectives;  // minimised
    double violation = 0;        // > 0: infeasible by this much (constrained domination, see pareto.h)
    int rank = 0;                // 0 = the non-dominated front
    double crowding = 0;         // larger = more isolated on its front (infinity at the ends)
};

class Nsga2 {
public:
    explicit Nsga2(Nsga2Config config);

    /// Starts over with `population` random genomes of nGenes genes, all pending.
    void initialise(size_t nGenes);
    /// Starts over from the designer's genomes (clamped to [0, 1]); random genomes fill up the population. When
    /// genes are locked, the random ones take the locked values of the first seed.
    void initialise(const std::vector<UnitGenome> &seeds);

    /// The genomes waiting for their objectives: the first population, then each generation's children.
    const std::vector<UnitGenome> &pending() const { return m_pending; }
    /// Gives the objectives of pending() in order, keeps the best `population` of parents and children
    /// ((μ+λ) elitism by rank, then crowding), and breeds the next pending(). NaN objectives count as +inf.
    /// `violations` is empty (unconstrained) or one constraint violation (≥ 0) per pending genome.
    /// Fails on a count or length mismatch, leaving the state as it was.
    models::Result<void> advance(const std::vector<ObjectiveVector> &objectives,
                                 const std::vector<double> &violations = {});
    /// Replaces the parents' objectives and violations (e.g. ratings predicted again by a refitted surrogate)
    /// and re-ranks them; pending() is kept.
    models::Result<void> reviseObjectives(const std::vector<ObjectiveVector> &objectives,
                                          const std::vector<double> &violations = {});

    /// Swaps one pending genome for another (e.g. one refined on the surrogate); locked genes are kept from
    /// the genome it replaces, values clamped to [0, 1]. Fails on a bad index or length.
    models::Result<void> replacePending(size_t index, const UnitGenome &genome);

    /// The current parents, after the last advance(); empty before the first.
    const std::vector<Individual> &population() const { return m_population; }
    /// The parents on front 0.
    std::vector<Individual> front() const;
    /// How many times children were merged into the parents: 0 after the first population is evaluated.
    int generation() const { return m_generation; }
    const Nsga2Config &config() const { return m_config; }

    using Evaluate = std::function<ObjectiveVector(const UnitGenome &)>;
    /// Runs until `generations` generations have been bred or `cancelled` returns true (checked once per
    /// evaluation batch); evaluates the pending genomes first. Returns generation().
    int run(const Evaluate &evaluate, int generations, const std::function<bool()> &cancelled = {});

private:
    void start(const std::vector<UnitGenome> &seeds, size_t nGenes);
    void select(std::vector<Individual> candidates);
    void breed();
    const Individual &tournament();

    Nsga2Config m_config;
    Random m_random;
    std::vector<UnitGenome> m_pending;
    std::vector<Individual> m_population;
    int m_generation = -1;
};

}  // namespace noosphere::core::design
