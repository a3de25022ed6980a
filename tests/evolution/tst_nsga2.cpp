// NSGA-II on the ZDT problems (the front it reaches, by hypervolume), its determinism for a seed, locked genes,
// elitism, cancelling and bad calls.
#include "design/evolution/hypervolume.h"
#include "design/evolution/nsga2.h"
#include "zdt.h"

#include <QObject>
#include <QTest>

#include <algorithm>
#include <cmath>

using namespace noosphere::core::design;
using noosphere::tests::kZdt1FrontHypervolume;
using noosphere::tests::kZdt2FrontHypervolume;

namespace {

// Hypervolume of the run's final front after `generations`, against (1.1, 1.1).
double frontHypervolume(const Nsga2::Evaluate &problem, int generations, uint64_t seed)
{
    Nsga2 ga({.population = 100, .seed = seed});
    ga.initialise(30);
    ga.run(problem, generations);
    std::vector<ObjectiveVector> front;
    for (const auto &individual : ga.front())
        front.push_back(individual.objectives);
    return hypervolume(front, {1.1, 1.1});
}

// ZDT3's true front (g = 1) sampled finely, its dominated pieces dropped by the hypervolume itself.
double zdt3FrontHypervolume()
{
    std::vector<ObjectiveVector> points;
    for (int i = 0; i <= 100000; ++i)
        points.push_back(noosphere::tests::zdt3({i / 100000.0, 0.0}));
    return hypervolume(points, {1.1, 1.1});
}

}  // namespace

class TestNsga2 : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void reachesTheZdt1Front()
    {
        // The classic setting: 30 variables, 100 individuals, 250 generations (25,100 evaluations).
        const double ratio = frontHypervolume(noosphere::tests::zdt1, 250, 1) / kZdt1FrontHypervolume;
        qInfo("ZDT1 hypervolume ratio after 250 generations: %.4f", ratio);
        QVERIFY(ratio >= 0.99);
    }

    void handlesZdt2AndZdt3()
    {
        // ZDT2's front is concave, ZDT3's in five pieces; NSGA-II gets close to both.
        const double ratio2 = frontHypervolume(noosphere::tests::zdt2, 250, 2) / kZdt2FrontHypervolume;
        const double ratio3 = frontHypervolume(noosphere::tests::zdt3, 250, 3) / zdt3FrontHypervolume();
        qInfo("hypervolume ratio after 250 generations: ZDT2 %.4f, ZDT3 %.4f", ratio2, ratio3);
        QVERIFY(ratio2 >= 0.98);
        QVERIFY(ratio3 >= 0.98);
    }

    void sameSeedSamePopulation()
    {
        auto runOnce = [](uint64_t seed) {
            Nsga2 ga({.population = 24, .seed = seed});
            ga.initialise(10);
            ga.run(noosphere::tests::zdt1, 20);
            return ga;
        };
        const Nsga2 a = runOnce(5), b = runOnce(5), c = runOnce(6);
        QCOMPARE(a.population().size(), size_t(24));
        bool allSame = true;
        for (size_t i = 0; i < a.population().size(); ++i) {
            QCOMPARE(a.population()[i].genome, b.population()[i].genome);  // bit for bit
            QCOMPARE(a.population()[i].objectives, b.population()[i].objectives);
            allSame = allSame && a.population()[i].genome == c.population()[i].genome;
        }
        QCOMPARE(a.pending(), b.pending());
        QVERIFY(!allSame);
    }

    void lockedGenesNeverChange()
    {
        std::vector<bool> locked(12, false);
        locked[3] = locked[7] = true;
        Nsga2 ga({.population = 20, .seed = 9, .locked = locked});
        std::vector<double> seed(12, 0.5);
        seed[3] = 0.25;
        seed[7] = 0.75;
        ga.initialise({seed});
        auto keepsLocks = [](const UnitGenome &g) { return g[3] == 0.25 && g[7] == 0.75; };
        for (int generation = 0; generation < 60; ++generation) {
            for (const auto &genome : ga.pending())
                QVERIFY(keepsLocks(genome));
            std::vector<ObjectiveVector> objectives;
            for (const auto &genome : ga.pending())
                objectives.push_back(noosphere::tests::zdt1(genome));
            QVERIFY(ga.advance(objectives).ok());
        }
        for (const auto &individual : ga.population())
            QVERIFY(keepsLocks(individual.genome));
        // The free genes did move.
        QVERIFY(std::any_of(ga.population().begin(), ga.population().end(),
                            [](const Individual &i) { return i.genome[0] != 0.5; }));
    }

    void keepsTheBestOfEachObjective()
    {
        // (μ+λ) elitism: the ends of the front have infinite crowding, so neither best value is ever lost.
        Nsga2 ga({.population = 30, .seed = 4});
        ga.initialise(8);
        double best0 = INFINITY, best1 = INFINITY;
        for (int generation = 0; generation < 40; ++generation) {
            ga.run(noosphere::tests::zdt1, generation);
            double now0 = INFINITY, now1 = INFINITY;
            for (const auto &individual : ga.population()) {
                now0 = std::min(now0, individual.objectives[0]);
                now1 = std::min(now1, individual.objectives[1]);
            }
            QVERIFY(now0 <= best0 && now1 <= best1);
            best0 = now0;
            best1 = now1;
        }
        QCOMPARE(ga.generation(), 39);
    }

    void stopsWhenCancelled()
    {
        Nsga2 ga({.population = 10, .seed = 1});
        ga.initialise(5);
        int nChecks = 0;
        const int reached = ga.run(noosphere::tests::zdt1, 100, [&] { return ++nChecks > 4; });
        QCOMPARE(reached, 3);  // the first population, then three generations
        QCOMPARE(ga.population().size(), size_t(10));
    }

    void refusesBadCalls()
    {
        Nsga2 ga({.population = 6, .seed = 1});
        QVERIFY(!ga.advance({}).ok());  // nothing pending yet
        ga.initialise(4);
        QVERIFY(!ga.advance(std::vector<ObjectiveVector>(5, {1, 1})).ok());  // one short
        std::vector<ObjectiveVector> ragged(6, {1, 1});
        ragged[2] = {1};
        QVERIFY(!ga.advance(ragged).ok());
        QCOMPARE(ga.pending().size(), size_t(6));  // unchanged
        // NaN counts as the worst value, not as a crash or a win.
        std::vector<ObjectiveVector> withNan(6, {1, 1});
        withNan[0] = {NAN, 0};
        QVERIFY(ga.advance(withNan).ok());
        QVERIFY(std::isinf(ga.population()[0].objectives[0]) || ga.population()[0].objectives[0] == 1);
        QVERIFY(!ga.reviseObjectives({{1, 1}}).ok());
    }
};

QObject *newTestNsga2()
{
    return new TestNsga2;
}

#include "tst_nsga2.moc"
