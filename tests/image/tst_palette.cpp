// Palette extraction: flat regions of known colours and areas come back exactly, transparent pixels are no
// colour, an automatic palette stays distinct, the same seed gives the same palette, bad requests are named.
#include "image/palette.h"

#include <QObject>
#include <QTest>

#include <cmath>
#include <numeric>

using namespace noosphere::core::image;

namespace {

struct Region {
    std::array<std::uint8_t, 3> rgb;
    int columns;  // of 100
};

// 100 × 40 pixels of vertical bands: each region's share is its columns / 100.
Image bands(const std::vector<Region> &regions, PixelFormat format = PixelFormat::Bgr8)
{
    Image image{.width = 100, .height = 40, .format = format};
    image.pixels.resize(image.rowBytes() * 40);
    for (int y = 0; y < 40; ++y) {
        int x = 0;
        for (const auto &region : regions)
            for (int c = 0; c < region.columns; ++c, ++x) {
                auto *p = image.pixels.data() + size_t(y) * image.rowBytes() + size_t(x) * size_t(image.channels());
                if (format == PixelFormat::Bgr8) {
                    p[0] = region.rgb[2], p[1] = region.rgb[1], p[2] = region.rgb[0];
                } else {
                    p[0] = region.rgb[0], p[1] = region.rgb[1], p[2] = region.rgb[2], p[3] = 255;
                }
            }
    }
    return image;
}

const std::vector<Region> kFive{{{220, 40, 40}, 40}, {{30, 90, 200}, 25}, {{250, 210, 60}, 15},
                                {{40, 160, 70}, 12}, {{20, 20, 20}, 8}};

bool near(const std::array<std::uint8_t, 3> &a, const std::array<std::uint8_t, 3> &b)
{
    for (int c = 0; c < 3; ++c)
        if (std::abs(int(a[c]) - int(b[c])) > 2)
            return false;
    return true;
}

}  // namespace

class TestPalette : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void flatRegionsComeBackWithTheirShares()
    {
        const auto palette = extractPalette(bands(kFive));
        QVERIFY(palette.ok());
        QCOMPARE(palette.value().size(), kFive.size());  // chosen by the picture: its five colours, no more
        for (size_t i = 0; i < kFive.size(); ++i) {  // largest first, as the regions are
            const auto &colour = palette.value()[i];
            QVERIFY2(near(colour.rgb, kFive[i].rgb),
                     qPrintable(QStringLiteral("colour %1: %2,%3,%4").arg(i).arg(colour.rgb[0]).arg(colour.rgb[1]).arg(colour.rgb[2])));
            QVERIFY(std::abs(colour.share - kFive[i].columns / 100.0) < 1e-9);
        }
    }

    void transparentPixelsAreNoColour()
    {
        Image image = bands({{{200, 30, 30}, 30}, {{255, 0, 255}, 50}, {{30, 30, 200}, 20}}, PixelFormat::Rgba8);
        for (int y = 0; y < image.height; ++y)  // the magenta band is the cut-out's transparent surround
            for (int x = 30; x < 80; ++x)
                image.pixels[size_t(y) * image.rowBytes() + size_t(x) * 4 + 3] = 0;
        const auto palette = extractPalette(image, {.colours = 2});
        QVERIFY(palette.ok());
        QCOMPARE(palette.value().size(), size_t(2));
        QVERIFY(near(palette.value()[0].rgb, {200, 30, 30}));
        QVERIFY(std::abs(palette.value()[0].share - 0.6) < 1e-9);  // of the opaque half
        QVERIFY(near(palette.value()[1].rgb, {30, 30, 200}));
    }

    void aGradientGivesFiveToEightDistinctColours()
    {
        Image image{.width = 256, .height = 64, .format = PixelFormat::Bgr8};
        image.pixels.resize(image.rowBytes() * 64);
        for (int y = 0; y < 64; ++y)
            for (int x = 0; x < 256; ++x) {
                auto *p = image.pixels.data() + size_t(y) * image.rowBytes() + size_t(x) * 3;
                p[0] = std::uint8_t(255 - x), p[1] = std::uint8_t(y * 4), p[2] = std::uint8_t(x);
            }
        const auto palette = extractPalette(image);
        QVERIFY(palette.ok());
        const auto &colours = palette.value();
        QVERIFY2(colours.size() >= 5 && colours.size() <= 8, qPrintable(QString::number(colours.size())));
        double total = 0;
        for (size_t a = 0; a < colours.size(); ++a) {
            total += colours[a].share;
            QVERIFY(colours[a].share >= kMinAutoShare);
            if (a > 0)
                QVERIFY(colours[a].share <= colours[a - 1].share);
            for (size_t b = 0; b < a; ++b) {
                const double d = std::hypot(colours[a].lab[0] - colours[b].lab[0], colours[a].lab[1] - colours[b].lab[1],
                                            colours[a].lab[2] - colours[b].lab[2]);
                QVERIFY(d >= kDistinctDeltaE);
            }
        }
        QVERIFY(std::abs(total - 1) < 1e-9);
        // Determinism: the same seed, the same palette.
        const auto again = extractPalette(image);
        QCOMPARE(again.value().size(), colours.size());
        for (size_t i = 0; i < colours.size(); ++i) {
            QCOMPARE(again.value()[i].rgb, colours[i].rgb);
            QCOMPARE(again.value()[i].share, colours[i].share);
        }
    }

    void fewerColoursWhenAsked()
    {
        const auto palette = extractPalette(bands(kFive), {.colours = 3});
        QVERIFY(palette.ok());
        QCOMPARE(palette.value().size(), size_t(3));
        double total = 0;
        for (const auto &colour : palette.value())
            total += colour.share;
        QVERIFY(std::abs(total - 1) < 1e-9);
    }

    void badRequestsAreNamed()
    {
        QVERIFY(!extractPalette(Image{}).ok());
        QVERIFY(!extractPalette(bands(kFive), {.colours = 17}).ok());
        QVERIFY(!extractPalette(bands(kFive), {.colours = -1}).ok());
        Image clear = bands(kFive, PixelFormat::Rgba8);
        for (size_t i = 3; i < clear.pixels.size(); i += 4)
            clear.pixels[i] = 0;
        const auto none = extractPalette(clear);
        QVERIFY(!none.ok());
        QVERIFY(QString::fromStdString(none.error().detail).contains(QStringLiteral("opaque")));
    }
};

QObject *newTestPalette()
{
    return new TestPalette;
}

#include "tst_palette.moc"
