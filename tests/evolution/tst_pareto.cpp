// Pareto ranking and the hypervolume on hand-made sets whose answers are worked out in the comments, and the
// hypervolume in 3-D against a Monte Carlo estimate.
#include "design/evolution/hypervolume.h"
#include "design/evolution/pareto.h"
#include "design/evolution/random.h"
#include "zdt.h"

#include <QObject>
#include <QTest>

#include <cmath>

using namespace noosphere::core::design;

class TestPareto : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void dominanceNeedsOneStrictImprovement()
    {
        QVERIFY(dominates({1, 2}, {2, 2}));
        QVERIFY(!dominates({2, 2}, {2, 2}));  // equal: neither
        QVERIFY(!dominates({1, 3}, {2, 2}));  // a trade-off: neither
        QVERIFY(!dominates({2, 2}, {1, 2}));
    }

    void sortsHandMadeFronts()
    {
        // A(1,5) B(2,3) C(4,1) D(3,4) E(5,5) F=B: D is dominated by B only, E by everyone but itself.
        const std::vector<ObjectiveVector> points{{1, 5}, {2, 3}, {4, 1}, {3, 4}, {5, 5}, {2, 3}};
        const auto fronts = nonDominatedFronts(points);
        QCOMPARE(fronts.size(), size_t(3));
        QCOMPARE(fronts[0], (std::vector<size_t>{0, 1, 2, 5}));
        QCOMPARE(fronts[1], (std::vector<size_t>{3}));
        QCOMPARE(fronts[2], (std::vector<size_t>{4}));
        QVERIFY(nonDominatedFronts({}).empty());
    }

    void constrainedDominationPutsFeasibleFirst()
    {
        QVERIFY(constrainedDominates({9, 9}, 0, {1, 1}, 0.5));     // feasible beats infeasible
        QVERIFY(constrainedDominates({9, 9}, 0.2, {1, 1}, 0.5));   // smaller violation wins
        QVERIFY(!constrainedDominates({1, 1}, 0.5, {9, 9}, 0.5));  // equal violations: neither
        QVERIFY(constrainedDominates({1, 1}, 0, {2, 2}, 0));
        // (1,1) and (0,0) infeasible; (5,5) and (4,6) feasible and mutually non-dominated.
        const auto fronts = nonDominatedFronts({{1, 1}, {5, 5}, {0, 0}, {4, 6}}, {0.3, 0, 0.1, 0});
        QCOMPARE(fronts.size(), size_t(3));
        QCOMPARE(fronts[0], (std::vector<size_t>{1, 3}));
        QCOMPARE(fronts[1], std::vector<size_t>{2});
        QCOMPARE(fronts[2], std::vector<size_t>{0});
    }

    void crowdingOfHandMadeFront()
    {
        // (0,4) (1,2) (3,1) (4,0), both ranges 4: (1,2) has neighbours 3 apart in f1 and 3 apart in f2 → 1.5;
        // (3,1) has 3 in f1 and 2 in f2 → 1.25; the ends are infinite.
        const std::vector<ObjectiveVector> points{{0, 4}, {1, 2}, {3, 1}, {4, 0}};
        const auto distance = crowdingDistances(points, {0, 1, 2, 3});
        QVERIFY(std::isinf(distance[0]));
        QCOMPARE(distance[1], 1.5);
        QCOMPARE(distance[2], 1.25);
        QVERIFY(std::isinf(distance[3]));
        // Two members or fewer: both are ends.
        QVERIFY(std::isinf(crowdingDistances(points, {1, 2})[1]));
        // An objective in which all are equal adds nothing, and no NaN.
        const auto flat = crowdingDistances({{0, 1}, {1, 1}, {2, 1}}, {0, 1, 2});
        QCOMPARE(flat[1], 1.0);
    }

    void hypervolumeOfHandMadeSets()
    {
        // Strips under (1,3), (2,2), (3,1) up to (4,4): 3·1 + 2·1 + 1·1.
        QCOMPARE(hypervolume({{1, 3}, {2, 2}, {3, 1}}, {4, 4}), 6.0);
        // Dominated, duplicate and outside points change nothing.
        QCOMPARE(hypervolume({{1, 3}, {2, 2}, {3, 1}, {3, 3}, {2, 2}, {5, 0}, {0, 4}}, {4, 4}), 6.0);
        QCOMPARE(hypervolume({}, {4, 4}), 0.0);
        QCOMPARE(hypervolume({{1, 1, 1}}, {2, 3, 4}), 6.0);
        // Boxes 2·2·1 and 1·1·2 overlapping in a unit cube.
        QCOMPARE(hypervolume({{0, 0, 1}, {1, 1, 0}}, {2, 2, 2}), 5.0);
        QCOMPARE(hypervolume({{0.5, 0.5, 0.5, 0.5}}, {1, 1, 1, 1}), 0.0625);
    }

    void hypervolumeIn3dMatchesMonteCarlo()
    {
        Random random(7);
        std::vector<ObjectiveVector> points;
        for (int i = 0; i < 40; ++i) {  // points near the sphere's octant: many mutually non-dominated
            double a = random.normal(), b = random.normal(), c = random.normal();
            const double r = std::sqrt(a * a + b * b + c * c);
            points.push_back({std::abs(a) / r, std::abs(b) / r, std::abs(c) / r});
        }
        const ObjectiveVector reference{1.2, 1.2, 1.2};
        const double exact = hypervolume(points, reference);
        const int nSamples = 200000;
        int nInside = 0;
        for (int s = 0; s < nSamples; ++s) {
            const ObjectiveVector z{random.uniform(0, 1.2), random.uniform(0, 1.2), random.uniform(0, 1.2)};
            for (const auto &p : points)
                if (p[0] <= z[0] && p[1] <= z[1] && p[2] <= z[2]) {
                    ++nInside;
                    break;
                }
        }
        const double estimate = 1.2 * 1.2 * 1.2 * nInside / nSamples;
        qInfo("3-D hypervolume: exact %.5f, Monte Carlo %.5f", exact, estimate);
        QVERIFY(std::abs(exact - estimate) < 0.01 * exact);
    }

    void zdt1FrontHypervolumeMatchesTheIntegral()
    {
        std::vector<ObjectiveVector> front;
        for (int i = 0; i <= 20000; ++i) {
            const double f1 = i / 20000.0;
            front.push_back({f1, 1.0 - std::sqrt(f1)});
        }
        const double sampled = hypervolume(front, {1.1, 1.1});
        QVERIFY(std::abs(sampled - noosphere::tests::kZdt1FrontHypervolume) < 1e-4);
    }
};

QObject *newTestPareto()
{
    return new TestPareto;
}

#include "tst_pareto.moc"
