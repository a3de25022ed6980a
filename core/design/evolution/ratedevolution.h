// The Design pane's interactive loop, Qt-free: NSGA-II over normalised genomes whose first objective is the
// designer's rating (given, or predicted by the Gaussian process surrogate for the variants nobody rated) and
// whose others are computed from the design (volume, stability, overhang: the caller's function). Each
// generation the designer rates a few actively chosen variants, then advance() breeds the next one.
//
// NOTE: with four objectives nearly every variant of a small population is non-dominated, so the rating alone
// would barely steer selection. The designer's taste leads instead: a variant rated (or predicted) below the
// pool's rating quantile counts as infeasible by the shortfall (Deb's constrained domination), so the trade-
// offs between volume, stability and overhang are made among the variants the designer likes.
#pragma once

#include "activechoice.h"
#include "common/result.h"
#include "nsga2.h"
#include "surrogate/gaussianprocess.h"

#include <functional>
#include <optional>
#include <vector>

namespace noosphere::core::design {

struct RatedEvolutionConfig {
    Nsga2Config ga;                           // population, seed, variation, locked genes
    ActiveChoiceConfig choice;                // how many variants to ask about per generation, κ, diversity
    models::GaussianProcessConfig surrogate;  // its hyperparameter grid
    // Share of the pool (parents and children) below which a rating makes a variant infeasible: 0.5 keeps
    // the better-rated half; 0 turns the floor off (the rating is then just one objective among others).
    double ratingFloorQuantile = 0.5;
    // Children per generation replaced by a particle swarm's refinement of the best-rated parent against the
    // surrogate's predicted rating, within ±refineRadius per gene: the surrogate is cheap to ask, the
    // designer is not, so it proposes its own best guess. 0 turns it off.
    int refinedPerGeneration = 1;
    double refineRadius = 0.15;
    // Threads that compute the candidates' objectives (0 = one per core).
    unsigned threads = 0;
};

struct Variant {
    UnitGenome genome;
    std::vector<double> computed;    // the caller's objectives, minimised
    std::optional<double> rating;    // stars the designer gave, if any
    models::GpPrediction predicted;  // the surrogate's rating from the ratings known when last predicted
    ObjectiveVector objectives;      // what NSGA-II minimised: {−rating or −predicted mean, computed...}
    double shortfall = 0;            // stars below the rating floor when last selected (0 = feasible)
    int rank = 0;                    // population only: its Pareto front
    double crowding = 0;
};

class RatedEvolution {
public:
    /// Computed objectives of a normalised genome (all minimised, same count for every genome); called from
    /// initialise() and advance() on several threads at once (see RatedEvolutionConfig::threads), so it must be
    /// safe to call concurrently.
    using ComputeObjectives = std::function<std::vector<double>(const UnitGenome &)>;

    RatedEvolution(RatedEvolutionConfig config, ComputeObjectives compute);

    /// Starts with random genomes, or the designer's seeds filled up with random ones (see Nsga2).
    void initialise(size_t nGenes);
    void initialise(const std::vector<UnitGenome> &seeds);

    /// The variants bred and waiting to be judged: computed objectives and predicted ratings filled in.
    const std::vector<Variant> &candidates() const { return m_candidates; }
    /// Which unrated candidates to ask the designer about (indices, most useful first; see activechoice.h).
    std::vector<size_t> suggestToRate() const;
    /// Records stars (1–5) for a candidate; rating again replaces the earlier rating.
    models::Result<void> rate(size_t candidateIndex, double stars);
    /// Records stars for any genome (e.g. from an earlier session); it teaches the surrogate from now on.
    models::Result<void> addRating(const UnitGenome &genome, double stars);

    /// Learns every rating `later` holds that this one lacks (the designer went back to an earlier generation:
    /// what they said since still counts), and shows them on the candidates and parents with the same genome.
    void keepRatingsOf(const RatedEvolution &later);

    /// Refits the surrogate on every rating, re-predicts the parents, selects the next population from parents
    /// and candidates, and breeds and evaluates new candidates.
    models::Result<void> advance();

    /// The parents after the last advance(), with their ranks; empty before the first.
    const std::vector<Variant> &population() const { return m_population; }
    int generation() const { return m_ga.generation(); }
    const models::GaussianProcess &surrogate() const { return m_surrogate; }
    size_t ratingCount() const { return m_ratedGenomes.size(); }

private:
    void evaluateCandidates();
    void proposeRefinements();
    void refitSurrogate();
    double ratingOf(const Variant &variant) const;
    ObjectiveVector objectivesOf(const Variant &variant) const;
    double ratingFloor() const;

    RatedEvolutionConfig m_config;
    ComputeObjectives m_compute;
    Nsga2 m_ga;
    models::GaussianProcess m_surrogate;
    std::vector<Variant> m_candidates;
    std::vector<Variant> m_population;
    std::vector<UnitGenome> m_ratedGenomes;  // every rating given, in order
    std::vector<double> m_ratings;
};

}  // namespace noosphere::core::design
