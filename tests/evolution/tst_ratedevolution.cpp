// The interactive loop without a person: the active choice of variants to rate, the simulated rater, and the
// rated evolution (NSGA-II + surrogate) improving the simulated designer's ratings over ten generations while
// three computed objectives pull elsewhere.
#include "design/evolution/activechoice.h"
#include "design/evolution/ratedevolution.h"
#include "design/evolution/simulatedrater.h"

#include <QObject>
#include <QTest>

#include <algorithm>
#include <cmath>

using namespace noosphere::core::design;
using noosphere::models::GpPrediction;

namespace {

// Stand-ins for volume, −tip-over angle and overhang: smooth, in conflict with each other and with the rater.
std::vector<double> computedObjectives(const UnitGenome &g)
{
    return {g[0] * g[1] + 0.2 * g[2], -(1 - g[3]) * (0.5 + g[4]), g[5] * g[6] + 0.3 * (1 - g[7])};
}

double meanPreference(const std::vector<Variant> &variants, const SimulatedRater &rater)
{
    double sum = 0;
    for (const auto &v : variants)
        sum += rater.preference(v.genome);
    return sum / double(variants.size());
}

// Runs the loop as the CLI does: rate the suggested variants, advance; returns the population's mean
// preference after generation 0 and after `generations`.
std::pair<double, double> runLoop(uint64_t seed, int generations)
{
    const SimulatedRater rater(8, 100 + seed);
    RatedEvolution evolution({.ga = {.population = 16, .seed = seed}}, computedObjectives);
    evolution.initialise(8);
    double first = 0;
    for (int generation = 0; generation <= generations; ++generation) {
        for (size_t i : evolution.suggestToRate())
            (void)evolution.rate(i, rater.rate(evolution.candidates()[i].genome));
        (void)evolution.advance();
        if (generation == 0)
            first = meanPreference(evolution.population(), rater);
    }
    return {first, meanPreference(evolution.population(), rater)};
}

}  // namespace

class TestRatedEvolution : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void choosesHighBoundsFirst()
    {
        const std::vector<UnitGenome> candidates{{0.1}, {0.5}, {0.9}};
        const std::vector<GpPrediction> predictions{{3, 0.1}, {2, 2}, {4, 0}};
        // mean + κ·sd with κ = 1: 3.1, 4.0, 4.0 → the tie goes to the lower index; no diversity bonus.
        QCOMPARE(chooseToRate(candidates, predictions, {}, {.count = 1, .diversity = 0}), std::vector<size_t>{1});
        QCOMPARE(chooseToRate(candidates, predictions, {}, {.count = 3, .kappa = 0, .diversity = 0}),
                 (std::vector<size_t>{2, 0, 1}));
        QCOMPARE(chooseToRate(candidates, predictions, {}, {.count = 9}).size(), size_t(3));
        QVERIFY(chooseToRate(candidates, predictions, {}, {.count = 0}).empty());
    }

    void spreadsABatchOverDistinctVariants()
    {
        // Two near-twins and one distant variant, all predicted alike: the second choice is the distant one.
        const std::vector<UnitGenome> candidates{{0.20, 0.20}, {0.21, 0.20}, {0.80, 0.90}};
        const std::vector<GpPrediction> same(3, {3, 0.5});
        QCOMPARE(chooseToRate(candidates, same, {}, {.count = 2}), (std::vector<size_t>{0, 2}));
        // A variant next to one already rated loses to an equally promising one far from it.
        QCOMPARE(chooseToRate(candidates, same, {{0.2, 0.2}}, {.count = 1}), std::vector<size_t>{2});
        QCOMPARE(normalisedDistance({0, 0}, {1, 1}), 1.0);
    }

    void simulatedRaterPrefersItsHiddenGenome()
    {
        const SimulatedRater rater(6, 42);
        const UnitGenome &preferred = rater.preferred();
        QCOMPARE(rater.preference(preferred), 5.0);
        UnitGenome far = preferred;
        for (double &g : far)
            g = g < 0.5 ? 1.0 : 0.0;
        QCOMPARE(rater.preference(far), 1.0);
        QCOMPARE(rater.rate(far), 1);
        QVERIFY(rater.rate(preferred) >= 4);
        // Deterministic per genome and seed; another seed hides another genome.
        UnitGenome middle(6, 0.5);
        QCOMPARE(rater.rate(middle), SimulatedRater(6, 42).rate(middle));
        QVERIFY(SimulatedRater(6, 43).preferred() != preferred);
        // Noise of about 0.3 stars: a variant of preference 3 gets 3 stars mostly, never 1 or 5.
        int nThree = 0;
        for (int i = 0; i < 200; ++i) {
            UnitGenome g = preferred;
            g[1 + size_t(i) % 5] += (i % 2 ? 1 : -1) * 1e-9 * (i + 1);  // distinct genomes, same taste
            const double shift = 0.25 * std::sqrt(6.0);                 // normalised distance 0.25: preference 3
            g[0] = preferred[0] + (preferred[0] < 0.5 ? shift : -shift);
            const int stars = rater.rate(g);
            QVERIFY(stars >= 2 && stars <= 4);
            nThree += stars == 3;
        }
        QVERIFY(nThree > 150);
    }

    void improvesTheRatingsOverGenerations()
    {
        double sumFirst = 0, sumLast = 0;
        for (uint64_t seed = 1; seed <= 6; ++seed) {
            const auto [first, last] = runLoop(seed, 10);
            sumFirst += first;
            sumLast += last;
        }
        qInfo("simulated designer's mean preference: generation 0 %.2f, generation 10 %.2f", sumFirst / 6, sumLast / 6);
        QVERIFY(sumLast / 6 > sumFirst / 6 + 0.5);
    }

    void keepsRatingsAndSuggestsUnratedVariants()
    {
        RatedEvolution evolution({.ga = {.population = 8, .seed = 3}, .choice = {.count = 3}}, computedObjectives);
        QVERIFY(!evolution.advance().ok());  // not initialised
        evolution.initialise(8);
        QCOMPARE(evolution.candidates().size(), size_t(8));
        QCOMPARE(evolution.candidates()[0].computed.size(), size_t(3));
        auto suggested = evolution.suggestToRate();
        QCOMPARE(suggested.size(), size_t(3));
        QVERIFY(!evolution.rate(suggested[0], 0.5).ok());
        QVERIFY(!evolution.rate(suggested[0], NAN).ok());
        QVERIFY(!evolution.rate(99, 3).ok());
        QVERIFY(evolution.rate(suggested[0], 4).ok());
        QVERIFY(evolution.rate(suggested[0], 5).ok());  // a change of mind replaces, not adds
        QCOMPARE(evolution.ratingCount(), size_t(1));
        const auto again = evolution.suggestToRate();
        QVERIFY(std::find(again.begin(), again.end(), suggested[0]) == again.end());
        const UnitGenome rated = evolution.candidates()[suggested[0]].genome;
        QVERIFY(evolution.advance().ok());
        QCOMPARE(evolution.population().size(), size_t(8));
        QVERIFY(evolution.surrogate().isFitted());
        for (const auto &v : evolution.population()) {
            QCOMPARE(v.objectives.size(), size_t(4));
            if (v.genome == rated)
                QCOMPARE(*v.rating, 5.0);
            QCOMPARE(v.objectives[0], v.rating ? -*v.rating : -v.predicted.mean);
        }
    }

    void keepsLockedGenesThroughRefinement()
    {
        std::vector<bool> locked(8, false);
        locked[2] = true;
        RatedEvolution evolution({.ga = {.population = 10, .seed = 2, .locked = locked}, .refinedPerGeneration = 2},
                                 computedObjectives);
        UnitGenome seed(8, 0.5);
        seed[2] = 0.125;
        evolution.initialise({seed});
        const SimulatedRater rater(8, 3);
        for (int generation = 0; generation < 6; ++generation) {
            for (const auto &candidate : evolution.candidates())
                QCOMPARE(candidate.genome[2], 0.125);
            for (size_t i : evolution.suggestToRate())
                (void)evolution.rate(i, rater.rate(evolution.candidates()[i].genome));
            QVERIFY(evolution.advance().ok());
        }
        for (const auto &variant : evolution.population())
            QCOMPARE(variant.genome[2], 0.125);
    }

    void sameSeedSameRunOnAnyNumberOfThreads()
    {
        auto run = [](unsigned threads) {
            const SimulatedRater rater(8, 7);
            RatedEvolution evolution({.ga = {.population = 10, .seed = 5}, .threads = threads}, computedObjectives);
            evolution.initialise(8);
            for (int generation = 0; generation < 4; ++generation) {
                for (size_t i : evolution.suggestToRate())
                    (void)evolution.rate(i, rater.rate(evolution.candidates()[i].genome));
                (void)evolution.advance();
            }
            std::vector<UnitGenome> genomes;
            for (const auto &v : evolution.population())
                genomes.push_back(v.genome);
            return genomes;
        };
        const auto serial = run(1);
        QCOMPARE(run(1), serial);
        QCOMPARE(run(4), serial);  // the candidates' objectives computed in parallel land in the same order
    }

    void goingBackKeepsLaterRatings()
    {
        RatedEvolution evolution({.ga = {.population = 8, .seed = 4}}, computedObjectives);
        evolution.initialise(8);
        QVERIFY(evolution.rate(0, 2).ok());
        const RatedEvolution earlier = evolution;
        const UnitGenome first = evolution.candidates()[0].genome;
        QVERIFY(evolution.advance().ok());
        QVERIFY(evolution.rate(1, 5).ok());
        QVERIFY(evolution.addRating(first, 4).ok());  // a change of mind about an earlier variant
        const UnitGenome later = evolution.candidates()[1].genome;

        RatedEvolution back = earlier;
        back.keepRatingsOf(evolution);
        QCOMPARE(back.ratingCount(), size_t(2));
        QCOMPARE(*back.candidates()[0].rating, 4.0);  // shown on the variant it rated
        QCOMPARE(back.candidates()[0].genome, first);
        // Both ratings teach the surrogate at the next advance.
        QVERIFY(back.advance().ok());
        QVERIFY(back.surrogate().predict(later).mean > back.surrogate().predict(first).mean);
    }
};

QObject *newTestRatedEvolution()
{
    return new TestRatedEvolution;
}

#include "tst_ratedevolution.moc"
