// Tracings for `gan follow-score`: the outline of a figure is drawn inside it in its colour (never the paper's),
// the edge between two colours is traced, flat areas are left empty; the premultiplied difference is 0 for
// equal pictures, counts transparency, follows the weights, and refuses pictures that do not match.
#include "image/sketchtrace.h"

#include <QObject>
#include <QTest>

#include <cmath>

using namespace noosphere::core::image;

namespace {

constexpr int kSize = 48;

// A transparent square picture with a disc of `rgb` in the middle; the right half of the disc in `right`.
Image disc(std::array<std::uint8_t, 3> rgb, std::array<std::uint8_t, 3> right)
{
    Image image{.width = kSize, .height = kSize, .format = PixelFormat::Rgba8};
    image.pixels.assign(std::size_t(kSize) * kSize * 4, 0);
    for (int y = 0; y < kSize; ++y)
        for (int x = 0; x < kSize; ++x) {
            if (std::hypot(x - 23.5, y - 23.5) > 16)
                continue;
            auto *p = image.pixels.data() + (std::size_t(y) * kSize + std::size_t(x)) * 4;
            const auto &c = x < 24 ? rgb : right;
            p[0] = c[0], p[1] = c[1], p[2] = c[2], p[3] = 255;
        }
    return image;
}

int alphaAt(const Image &image, int x, int y)
{
    return image.pixels[(std::size_t(y) * std::size_t(image.width) + std::size_t(x)) * 4 + 3];
}

}  // namespace

class TestSketchTrace : public QObject {
    Q_OBJECT

private slots:
    void outlinesAreTracedInsideTheFigureInItsColour()
    {
        const Image picture = disc({200, 40, 40}, {200, 40, 40});
        const Image traced = traceOutlines(picture);
        QCOMPARE(traced.width, kSize);
        QCOMPARE(traced.format, PixelFormat::Rgba8);
        int ink = 0;
        for (int y = 0; y < kSize; ++y)
            for (int x = 0; x < kSize; ++x) {
                const auto *p = traced.pixels.data() + (std::size_t(y) * kSize + std::size_t(x)) * 4;
                if (p[3] == 0)
                    continue;
                ++ink;
                QVERIFY2(alphaAt(picture, x, y) == 255, "ink outside the figure");
                QCOMPARE(int(p[0]), 200);
                QCOMPARE(int(p[1]), 40);
            }
        QVERIFY2(ink > 60 && ink < 400, qPrintable(QString::number(ink)));  // a ring of ~100 px around, 1–3 wide
        QCOMPARE(alphaAt(traced, 24, 24), 0);  // a flat middle is not drawn
        QCOMPARE(alphaAt(traced, 24, 8), 255);  // the top of the silhouette is
    }

    void theEdgeBetweenTwoColoursIsTraced()
    {
        const Image traced = traceOutlines(disc({250, 220, 40}, {30, 60, 200}));
        QVERIFY(alphaAt(traced, 23, 24) == 255 || alphaAt(traced, 24, 24) == 255);
        QCOMPARE(alphaAt(traced, 16, 24), 0);
    }

    void differenceOfPremultipliedColour()
    {
        const Image a = disc({200, 40, 40}, {200, 40, 40});
        QCOMPARE(premultipliedDifference(a, a), 0.0);
        Image clear = a, black = a, white = a;
        for (std::size_t i = 0; i < a.pixels.size(); i += 4) {
            std::fill_n(clear.pixels.begin() + std::ptrdiff_t(i), 4, 0);
            std::fill_n(black.pixels.begin() + std::ptrdiff_t(i), 3, 0), black.pixels[i + 3] = 255;
            std::fill_n(white.pixels.begin() + std::ptrdiff_t(i), 4, 255);
        }
        QCOMPARE(premultipliedDifference(clear, black), 0.25);  // only alpha differs
        QCOMPARE(premultipliedDifference(clear, white), 1.0);
        std::vector<float> corner(std::size_t(kSize) * kSize, 0.0f);
        corner[0] = 1;  // outside the disc: both transparent there
        QCOMPARE(premultipliedDifference(a, clear, corner), 0.0);
        QVERIFY(premultipliedDifference(a, clear) > 0);
    }

    void mismatchesAreRefused()
    {
        const Image a = disc({1, 2, 3}, {1, 2, 3});
        Image small = a;
        small.width = 10;
        QCOMPARE(premultipliedDifference(a, small), -1.0);
        QCOMPARE(premultipliedDifference(a, a, std::vector<float>(3, 1.0f)), -1.0);
        QCOMPARE(premultipliedDifference(a, a, std::vector<float>(std::size_t(kSize) * kSize, 0.0f)), -1.0);
        QVERIFY(traceOutlines(Image{}).empty());
    }
};

QObject *newTestSketchTrace()
{
    return new TestSketchTrace;
}

#include "tst_sketchtrace.moc"
