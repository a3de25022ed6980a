// Stroke smoothing: jitter goes, the shape and the ends stay, and a dense stroke keeps far fewer points.
#include "sketch/strokesmoothing.h"

#include <QObject>
#include <QTest>

#include <cmath>
#include <numbers>
#include <random>

using namespace noosphere::core::sketch;

class TestStrokeSmoothing : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void jitterGoesAndTheEndsStay()
    {
        // A mouse's straight drag: 400 samples along y = 100, each off by up to a pixel and a half.
        std::mt19937 random(4);
        std::uniform_real_distribution<float> jitter(-1.5f, 1.5f);
        std::vector<StrokePoint> drawn;
        for (int i = 0; i < 400; ++i)
            drawn.push_back({10 + i * 0.75f, 100 + jitter(random), 0.5f + i / 1000.0f});
        auto rms = [](const std::vector<StrokePoint> &points) {
            double sum = 0;
            for (const auto &p : points)
                sum += (p.y - 100.0) * (p.y - 100.0);
            return std::sqrt(sum / double(points.size()));
        };
        const auto blurred = smoothStroke(drawn, {.sigmaPoints = 3, .tolerancePx = 0});  // smoothing alone
        QCOMPARE(blurred.size(), drawn.size());
        std::vector<StrokePoint> interior(blurred.begin() + 1, blurred.end() - 1);
        QVERIFY2(rms(interior) < rms(drawn) / 2, qPrintable(QStringLiteral("%1 vs %2").arg(rms(interior)).arg(rms(drawn))));
        // Then simplified: far fewer points, still in order, the ends where they were drawn.
        const auto smoothed = smoothStroke(drawn, {.sigmaPoints = 3, .tolerancePx = 0.5f});
        QCOMPARE(smoothed.front(), drawn.front());
        QCOMPARE(smoothed.back(), drawn.back());
        QVERIFY2(smoothed.size() < drawn.size() / 5, qPrintable(QString::number(smoothed.size())));
        for (size_t i = 1; i < smoothed.size(); ++i)  // still in drawing order, pressure still rising
            QVERIFY(smoothed[i].x > smoothed[i - 1].x && smoothed[i].pressure >= smoothed[i - 1].pressure);
    }

    void aCleanCurveKeepsItsShape()
    {
        std::vector<StrokePoint> circle;
        for (int i = 0; i <= 600; ++i) {
            const double t = 2 * std::numbers::pi * i / 600;
            circle.push_back({float(200 + 50 * std::cos(t)), float(200 + 50 * std::sin(t)), 1});
        }
        const auto smoothed = smoothStroke(circle);
        QVERIFY(smoothed.size() < circle.size() / 3);
        for (const auto &p : smoothed)
            QVERIFY2(std::abs(std::hypot(p.x - 200.0, p.y - 200.0) - 50) < 0.5,
                     qPrintable(QStringLiteral("%1,%2").arg(p.x).arg(p.y)));
    }

    void shortStrokesAreKept()
    {
        const std::vector<StrokePoint> dot{{5, 5, 0.3f}};
        QCOMPARE(smoothStroke(dot), dot);
        const std::vector<StrokePoint> dash{{5, 5, 1}, {9, 7, 1}};
        QCOMPARE(smoothStroke(dash), dash);
        QVERIFY(smoothStroke({}).empty());
    }
};

QObject *newTestStrokeSmoothing()
{
    return new TestStrokeSmoothing;
}

#include "tst_strokesmoothing.moc"
