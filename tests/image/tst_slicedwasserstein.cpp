// The distance `gan score` reports: two draws from one kind of picture are close, another kind is far (at the
// level where they differ), transparency hides colour, the numbers repeat for a seed, bad sets are named. Also
// the grids the GAN's samples are written as.
#include "image/imagegrid.h"
#include "image/slicedwasserstein.h"

#include <QObject>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <random>

using namespace noosphere::core::image;

namespace {

// Opaque discs of random colour, place and size on transparency, 32 × 32.
std::vector<Image> discs(int count, unsigned seed)
{
    std::mt19937 rng(seed);
    std::uniform_real_distribution<double> u(0, 1);
    std::vector<Image> out;
    for (int i = 0; i < count; ++i) {
        Image picture{.width = 32, .height = 32, .format = PixelFormat::Rgba8};
        picture.pixels.assign(32 * 32 * 4, 0);
        const double cx = 8 + 16 * u(rng), cy = 8 + 16 * u(rng), r = 5 + 6 * u(rng);
        const std::uint8_t colour[3] = {std::uint8_t(255 * u(rng)), std::uint8_t(255 * u(rng)), std::uint8_t(255 * u(rng))};
        for (int y = 0; y < 32; ++y)
            for (int x = 0; x < 32; ++x)
                if (std::hypot(x + 0.5 - cx, y + 0.5 - cy) < r) {
                    auto *p = &picture.pixels[std::size_t(y * 32 + x) * 4];
                    p[0] = colour[0], p[1] = colour[1], p[2] = colour[2], p[3] = 255;
                }
        out.push_back(std::move(picture));
    }
    return out;
}

}  // namespace

class TestSlicedWasserstein : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void drawsOfOneKindAreCloserThanAnotherKind()
    {
        const SwdSettings settings{.levels = 2, .patchesPerImage = 32, .directions = 128, .seed = 4};
        auto same = slicedWassersteinDistance(discs(200, 1), discs(200, 2), settings);
        auto noise = slicedWassersteinDistance(blurredNoisePictures(200, 32, 2.0, 3), discs(200, 2), settings);
        QVERIFY(same.ok() && noise.ok());
        QCOMPARE(int(same->perLevel.size()), 2);
        for (int level = 0; level < 2; ++level)
            QVERIFY2(same->perLevel[std::size_t(level)] * 3 < noise->perLevel[std::size_t(level)],
                     qPrintable(QString("level %1: %2 vs %3").arg(level).arg(same->perLevel[std::size_t(level)]).arg(noise->perLevel[std::size_t(level)])));
        QVERIFY(std::abs(same->average - (same->perLevel[0] + same->perLevel[1]) / 2) < 1e-9);
        // Repeatable for a seed.
        QCOMPARE(slicedWassersteinDistance(discs(200, 1), discs(200, 2), settings)->average, same->average);
    }

    void colourUnderTransparencyDoesNotCount()
    {
        auto a = discs(60, 5), b = a;
        for (auto &picture : b)
            for (std::size_t i = 0; i < picture.pixels.size(); i += 4)
                if (picture.pixels[i + 3] == 0)
                    picture.pixels[i] = 255, picture.pixels[i + 1] = 128;  // invisible paint
        const SwdSettings settings{.levels = 2, .patchesPerImage = 16, .directions = 64, .seed = 1};
        QCOMPARE(slicedWassersteinDistance(a, b, settings)->average, slicedWassersteinDistance(a, a, settings)->average);
    }

    void badSetsAreNamed()
    {
        QCOMPARE(slicedWassersteinDistance({}, discs(3, 1)).error().code, noosphere::models::ErrorCode::InvalidArgument);
        auto small = discs(3, 1);
        auto result = slicedWassersteinDistance(small, small, {.levels = 4});  // 32 px has no 4th level of 7 × 7
        QVERIFY(!result.ok());
        QVERIFY(result.error().detail.find("too small") != std::string::npos);
        auto mixed = discs(2, 1);
        mixed.push_back(blurredNoisePictures(1, 16, 1.0, 1).front());
        QCOMPARE(slicedWassersteinDistance(mixed, small).error().code, noosphere::models::ErrorCode::InvalidArgument);
    }

    void gridsLayPicturesOutInRows()
    {
        auto pictures = discs(5, 9);
        auto sheet = tileImages(pictures, 2, 3);
        QVERIFY(sheet.ok());
        QCOMPARE(sheet->width, 2 * 32 + 3);
        QCOMPARE(sheet->height, 3 * 32 + 2 * 3);
        // The fifth picture starts the third row; the gap is transparent.
        const auto at = [&](int x, int y) { return &sheet->pixels[(std::size_t(y) * std::size_t(sheet->width) + std::size_t(x)) * 4]; };
        QVERIFY(std::equal(at(0, 70), at(0, 70) + 32 * 4, &pictures[4].pixels[0]));
        QCOMPARE(int(at(33, 10)[3]), 0);
        QTemporaryDir dir;
        const auto file = std::filesystem::path(dir.path().toStdString()) / "grid.png";
        QVERIFY(writePng(*sheet, file).ok());
        QVERIFY(std::filesystem::file_size(file) > 100);
        QVERIFY(!tileImages({}, 2).ok());
        QVERIFY(!writePng(*sheet, std::filesystem::path(dir.path().toStdString()) / "no" / "such" / "grid.png").ok());
    }
};

QObject *newTestSlicedWasserstein()
{
    return new TestSlicedWasserstein;
}

#include "tst_slicedwasserstein.moc"
