// Particle swarm refinement: it converges on a sphere and on Rosenbrock's valley, keeps to its radius and to
// locked genes, is the same for a seed, never returns worse than its start, and stops when cancelled.
#include "design/evolution/particleswarm.h"

#include <QObject>
#include <QTest>

#include <cmath>

using namespace noosphere::core::design;

namespace {

// A sphere centred on (0.3, 0.35, 0.4, …): its minimum 0 lies inside the unit box.
double sphere(const UnitGenome &x)
{
    double sum = 0;
    for (size_t i = 0; i < x.size(); ++i) {
        const double d = x[i] - (0.3 + 0.05 * double(i % 8));
        sum += d * d;
    }
    return sum;
}

// Rosenbrock's function on z = 4x − 2 ∈ [−2, 2]: minimum 0 at z = 1, i.e. x = 0.75, at the end of a curved
// flat valley.
double rosenbrock(const UnitGenome &x)
{
    double sum = 0;
    for (size_t i = 0; i + 1 < x.size(); ++i) {
        const double a = 4 * x[i] - 2, b = 4 * x[i + 1] - 2;
        sum += 100 * (b - a * a) * (b - a * a) + (1 - a) * (1 - a);
    }
    return sum;
}

}  // namespace

class TestParticleSwarm : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void convergesOnASphere()
    {
        const auto result = refineBySwarm(UnitGenome(10, 0.9), sphere, {.seed = 3});
        qInfo("sphere, 10-D: %.3g after %d evaluations", result.bestValue, result.evaluations);
        QVERIFY(result.bestValue < 1e-6);
        QCOMPARE(result.iterations, 150);
    }

    void followsRosenbrocksValley()
    {
        const auto result = refineBySwarm({0.1, 0.1}, rosenbrock, {.particles = 30, .iterations = 300, .seed = 5});
        qInfo("Rosenbrock, 2-D: %.3g at (%.4f, %.4f)", result.bestValue, result.best[0], result.best[1]);
        QVERIFY(result.bestValue < 1e-4);
        QVERIFY(std::abs(result.best[0] - 0.75) < 0.01 && std::abs(result.best[1] - 0.75) < 0.01);
        const auto fiveD =
            refineBySwarm(UnitGenome(5, 0.2), rosenbrock, {.particles = 40, .iterations = 600, .seed = 5});
        qInfo("Rosenbrock, 5-D: %.3g (start %.3g)", fiveD.bestValue, rosenbrock(UnitGenome(5, 0.2)));
        QVERIFY(fiveD.bestValue < 0.5);
    }

    void staysWithinItsRadius()
    {
        // The sphere's centre is far outside ±0.1 of the start, so the best lies on the box's near wall.
        const UnitGenome start(4, 0.8);
        const auto result = refineBySwarm(start, sphere, {.seed = 2, .radius = 0.1});
        for (size_t g = 0; g < start.size(); ++g) {
            QVERIFY(std::abs(result.best[g] - start[g]) <= 0.1 + 1e-12);
            QVERIFY(std::abs(result.best[g] - 0.7) < 1e-3);
        }
    }

    void keepsLockedGenes()
    {
        const auto result = refineBySwarm(UnitGenome(6, 0.9), sphere, {.seed = 2, .locked = {false, true}});
        QCOMPARE(result.best[1], 0.9);
        QVERIFY(std::abs(result.best[0] - 0.3) < 1e-3);
    }

    void sameSeedSameResultAndNeverWorse()
    {
        const UnitGenome start{0.5, 0.5, 0.5};
        const auto a = refineBySwarm(start, rosenbrock, {.iterations = 40, .seed = 11});
        const auto b = refineBySwarm(start, rosenbrock, {.iterations = 40, .seed = 11});
        QCOMPARE(a.best, b.best);
        QCOMPARE(a.bestValue, b.bestValue);
        // A start already at the optimum comes back unchanged.
        const auto atOptimum = refineBySwarm(UnitGenome(3, 0.75), rosenbrock, {.iterations = 20, .seed = 1});
        QCOMPARE(atOptimum.bestValue, 0.0);
        // NaN scores are never chosen.
        const auto withNan = refineBySwarm(start, [](const UnitGenome &x) { return x[0] < 0.5 ? NAN : x[0]; },
                                           {.iterations = 30, .seed = 1});
        QCOMPARE(withNan.bestValue, 0.5);
    }

    void stopsWhenCancelled()
    {
        int nChecks = 0;
        const auto result = refineBySwarm(UnitGenome(3, 0.5), sphere, {.seed = 1}, [&] { return ++nChecks > 5; });
        QVERIFY(result.cancelled);
        QCOMPARE(result.iterations, 5);
    }
};

QObject *newTestParticleSwarm()
{
    return new TestParticleSwarm;
}

#include "tst_particleswarm.moc"
