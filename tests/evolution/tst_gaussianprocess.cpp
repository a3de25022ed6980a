// The ratings surrogate (models/surrogate/gaussianprocess): it interpolates clean data, grows unsure away from
// it, predicts smooth 1-D and 5-D functions closely, finds the inputs that matter, and stays finite with
// duplicates, constant ratings, a single point and bad input.
#include "design/evolution/random.h"
#include "surrogate/gaussianprocess.h"

#include <QObject>
#include <QTest>

#include <cmath>
#include <functional>

using noosphere::core::design::Random;
using noosphere::models::GaussianProcess;

namespace {

using Points = std::vector<std::vector<double>>;

Points randomPoints(size_t count, size_t dims, uint64_t seed)
{
    Random random(seed);
    Points points(count, std::vector<double>(dims));
    for (auto &p : points)
        for (double &v : p)
            v = random.uniform();
    return points;
}

std::vector<double> valuesOf(const Points &points, const std::function<double(const std::vector<double> &)> &f)
{
    std::vector<double> values;
    for (const auto &p : points)
        values.push_back(f(p));
    return values;
}

// Root mean square error of the GP's means at `test`, over the spread of f there.
double relativeError(const GaussianProcess &gp, const Points &test,
                     const std::function<double(const std::vector<double> &)> &f)
{
    double squared = 0, mean = 0, spread = 0;
    for (const auto &p : test)
        mean += f(p) / double(test.size());
    for (const auto &p : test) {
        const double e = gp.predict(p).mean - f(p);
        squared += e * e;
        spread += (f(p) - mean) * (f(p) - mean);
    }
    return std::sqrt(squared / spread);
}

double wave(const std::vector<double> &x)
{
    return std::sin(6 * x[0]) + 0.5 * x[0];
}

double smooth5d(const std::vector<double> &x)
{
    return std::sin(3 * x[0]) + std::cos(2 * x[1]) + x[2] * x[2] + 0.5 * x[3] * x[4];
}

}  // namespace

class TestGaussianProcess : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void interpolatesAndGrowsUnsureAwayFromData()
    {
        Points train;
        for (int i = 0; i < 8; ++i)
            train.push_back({i / 14.0});  // [0, 0.5]: the right half has no data
        GaussianProcess gp;
        QVERIFY(gp.fit(train, valuesOf(train, wave)).ok());
        const double signalSd = std::sqrt(gp.hyperparameters().signalVariance);
        for (const auto &p : train) {
            const auto at = gp.predict(p);
            QVERIFY2(std::abs(at.mean - wave(p)) < 1e-3, qPrintable(QString::number(at.mean - wave(p))));
            QVERIFY(at.sd < 0.01 * signalSd);
        }
        const double between = gp.predict({0.5 / 14.0}).sd;
        const double near = gp.predict({0.6}).sd;
        const double far = gp.predict({1.0}).sd;
        qInfo("sd at data %.2g, between points %.2g, 0.1 past the data %.2g, 0.5 past %.2g; prior sd %.2g, "
              "length scale %.2g",
              gp.predict(train[3]).sd, between, near, far, signalSd, gp.hyperparameters().lengthScales[0]);
        QVERIFY(between > gp.predict(train[3]).sd);
        QVERIFY(near > between && far > near);
        QVERIFY(far > 0.3 * signalSd);  // 0.6 length scales past the data: much of the prior's doubt is back
    }

    void predictsSmoothFunctions()
    {
        Points train1;
        for (int i = 0; i < 15; ++i)
            train1.push_back({i / 14.0});
        GaussianProcess gp1;
        QVERIFY(gp1.fit(train1, valuesOf(train1, wave)).ok());
        const double error1 = relativeError(gp1, randomPoints(200, 1, 2), wave);

        const Points train5 = randomPoints(150, 5, 3);
        GaussianProcess gp5;
        QVERIFY(gp5.fit(train5, valuesOf(train5, smooth5d)).ok());
        const double error5 = relativeError(gp5, randomPoints(300, 5, 4), smooth5d);
        qInfo("relative RMS error: 1-D %.4f (15 points), 5-D %.4f (150 points)", error1, error5);
        QVERIFY(error1 < 0.01);
        QVERIFY(error5 < 0.05);
    }

    void longScalesForInputsThatDoNotMatter()
    {
        const Points train = randomPoints(40, 3, 5);
        GaussianProcess gp;
        QVERIFY(gp.fit(train, valuesOf(train, [](const auto &x) { return std::sin(5 * x[0]); })).ok());
        const auto &scales = gp.hyperparameters().lengthScales;
        qInfo("length scales %.3g %.3g %.3g", scales[0], scales[1], scales[2]);
        QVERIFY(scales[1] > 2 * scales[0] && scales[2] > 2 * scales[0]);
    }

    void learnsTheNoise()
    {
        const Points train = randomPoints(60, 1, 6);
        Random random(7);
        std::vector<double> noisy;
        for (const auto &p : train)
            noisy.push_back(wave(p) + 0.2 * random.normal());
        GaussianProcess gp;
        QVERIFY(gp.fit(train, noisy).ok());
        const double noiseSd = std::sqrt(gp.hyperparameters().noiseVariance);
        qInfo("noise sd found %.3f (true 0.2)", noiseSd);
        QVERIFY(noiseSd > 0.1 && noiseSd < 0.35);
        QVERIFY(relativeError(gp, randomPoints(200, 1, 8), wave) < 0.2);
    }

    void staysFiniteWithDuplicatesAndConstants()
    {
        GaussianProcess gp;
        // The same design rated 2 and 4: the model takes noise and predicts about 3 there.
        QVERIFY(gp.fit({{0.2, 0.2}, {0.2, 0.2}, {0.8, 0.5}}, {2, 4, 3}).ok());
        const auto atDuplicate = gp.predict({0.2, 0.2});
        QVERIFY(std::isfinite(atDuplicate.mean) && std::isfinite(atDuplicate.sd));
        QVERIFY(std::abs(atDuplicate.mean - 3) < 0.5);
        // Every design rated 3: the prediction is 3, with a finite sd.
        const Points train = randomPoints(10, 4, 9);
        QVERIFY(gp.fit(train, std::vector<double>(10, 3.0)).ok());
        for (const auto &p : randomPoints(20, 4, 10)) {
            const auto at = gp.predict(p);
            QCOMPARE(at.mean, 3.0);
            QVERIFY(std::isfinite(at.sd) && at.sd >= 0);
        }
        // A single rating.
        QVERIFY(gp.fit({{0.5}}, {4}).ok());
        QCOMPARE(gp.predict({0.1}).mean, 4.0);
        QVERIFY(std::isfinite(gp.predict({0.1}).sd));
    }

    void fewFarRatingsStillGeneralise()
    {
        // Four ratings in 11 genes, far apart: every short length scale fits them equally (each alone), and the
        // tie must go to the smooth model, so that a design near a 5-star one is predicted well above average.
        const Points rated = randomPoints(4, 11, 11);
        GaussianProcess gp;
        QVERIFY(gp.fit(rated, {5, 1, 2, 1}).ok());
        std::vector<double> near = rated[0];
        for (double &v : near)
            v = std::min(1.0, v + 0.05);
        const double predicted = gp.predict(near).mean;
        qInfo("near the 5-star design: %.2f (average 2.25, length scale %.2f)", predicted,
              gp.hyperparameters().lengthScales[0]);
        QVERIFY(predicted > 3.5);
    }

    void refusesBadInputAndKeepsTheOldFit()
    {
        GaussianProcess gp;
        QCOMPARE(gp.predict({0.5}).sd, 1.0);  // unfitted: the unit prior
        QVERIFY(gp.fit({{0.1}, {0.9}}, {1, 2}).ok());
        QVERIFY(!gp.fit({}, {}).ok());
        QVERIFY(!gp.fit({{0.1}}, {1, 2}).ok());
        QVERIFY(!gp.fit({{0.1}, {0.1, 0.2}}, {1, 2}).ok());
        QVERIFY(!gp.fit({{0.1}, {NAN}}, {1, 2}).ok());
        QVERIFY(!gp.fit({{0.1}, {0.2}}, {1, INFINITY}).ok());
        QCOMPARE(gp.size(), size_t(2));
        QVERIFY(std::abs(gp.predict({0.9}).mean - 2) < 1e-2);
        QCOMPARE(gp.predict({0.1, 0.2}).sd, 1.0);  // a wrong length is answered with the prior
    }
};

QObject *newTestGaussianProcess()
{
    return new TestGaussianProcess;
}

#include "tst_gaussianprocess.moc"
