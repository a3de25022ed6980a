// Framing a drawing for the style GAN: the ink ends up centred and filling the square, the mask is where the ink
// is, a sketch on white paper frames like the same strokes on a transparent layer, anti-aliased edges keep the
// ink's colour, and an empty drawing or ink at the edges is handled.
#include "image/sketchframe.h"

#include <QObject>
#include <QTest>

#include <cmath>

using namespace noosphere::core::image;

namespace {

Image page(int width, int height, std::array<std::uint8_t, 4> fill)
{
    Image image{.width = width, .height = height, .format = PixelFormat::Rgba8};
    image.pixels.resize(image.rowBytes() * std::size_t(height));
    for (std::size_t i = 0; i < image.pixels.size(); i += 4)
        std::copy(fill.begin(), fill.end(), image.pixels.begin() + std::ptrdiff_t(i));
    return image;
}

void fillRect(Image &image, int left, int top, int width, int height, std::array<std::uint8_t, 4> colour)
{
    for (int y = top; y < top + height; ++y)
        for (int x = left; x < left + width; ++x)
            std::copy(colour.begin(), colour.end(),
                      image.pixels.begin() + std::ptrdiff_t((std::size_t(y) * std::size_t(image.width) + std::size_t(x)) * 4));
}

const std::uint8_t *pixel(const Image &image, int x, int y)
{
    return image.pixels.data() + (std::size_t(y) * std::size_t(image.width) + std::size_t(x)) * 4;
}

constexpr std::array<std::uint8_t, 4> kRed{220, 30, 30, 255};
constexpr std::array<std::uint8_t, 4> kClear{0, 0, 0, 0};
constexpr std::array<std::uint8_t, 4> kWhite{255, 255, 255, 255};

}  // namespace

class TestSketchFrame : public QObject {
    Q_OBJECT

private slots:
    void inkIsCentredAndFillsTheSquare()
    {
        Image drawing = page(400, 300, kClear);
        fillRect(drawing, 100, 80, 40, 40, kRed);
        const auto framed = frameSketch(drawing, 64);
        QVERIFY(framed.has_value());
        // 40 px of ink + 12 % + 4 px of margin, centred on the ink.
        QCOMPARE(framed->side, 49);
        QCOMPARE(framed->left, 95);
        QCOMPARE(framed->top, 75);
        QCOMPARE(framed->picture.width, 64);
        QCOMPARE(framed->picture.height, 64);
        QCOMPARE(framed->mask.size(), std::size_t(64 * 64));
        QCOMPARE(int(pixel(framed->picture, 32, 32)[3]), 255);
        QCOMPARE(int(pixel(framed->picture, 1, 1)[3]), 0);
        double ink = 0;
        for (const float m : framed->mask)
            ink += m;
        QVERIFY2(std::abs(ink / (64 * 64) - (40.0 * 40) / (49 * 49)) < 0.01, qPrintable(QString::number(ink)));
        for (int i = 0; i < 64 * 64; ++i)
            QVERIFY(std::abs(framed->mask[std::size_t(i)] - framed->picture.pixels[std::size_t(i) * 4 + 3] / 255.0f) < 0.003f);
    }

    void edgesKeepTheInksColour()
    {
        Image drawing = page(300, 300, kClear);
        fillRect(drawing, 10, 10, 37, 23, kRed);  // odd sizes: the scaled edges are partly covered
        const auto framed = frameSketch(drawing, 64);
        QVERIFY(framed.has_value());
        int partial = 0;
        for (int y = 0; y < 64; ++y)
            for (int x = 0; x < 64; ++x) {
                const auto *p = pixel(framed->picture, x, y);
                if (p[3] == 0)
                    continue;
                partial += p[3] < 255;
                QVERIFY2(std::abs(p[0] - 220) <= 2 && std::abs(p[1] - 30) <= 2 && std::abs(p[2] - 30) <= 2,
                         qPrintable(QStringLiteral("%1,%2: %3 %4 %5").arg(x).arg(y).arg(p[0]).arg(p[1]).arg(p[2])));
            }
        QVERIFY(partial > 0);
    }

    void sketchOnWhiteFramesLikeTransparentStrokes()
    {
        Image layer = page(320, 240, kClear), paper = page(320, 240, kWhite);
        fillRect(layer, 60, 50, 90, 30, kRed);
        fillRect(paper, 60, 50, 90, 30, kRed);
        const auto a = frameSketch(layer, 32), b = frameSketch(paper, 32);
        QVERIFY(a.has_value() && b.has_value());
        QCOMPARE(b->left, a->left);
        QCOMPARE(b->top, a->top);
        QCOMPARE(b->side, a->side);
        for (std::size_t i = 0; i < a->mask.size(); ++i)
            QVERIFY(std::abs(a->mask[i] - b->mask[i]) < 1e-6f);
        QCOMPARE(b->picture.pixels, a->picture.pixels);  // the paper's white is not ink and does not tint it
    }

    void inkAtTheEdgeFramesPastTheDrawing()
    {
        Image drawing = page(100, 100, kClear);
        fillRect(drawing, 0, 0, 30, 30, kRed);
        const auto framed = frameSketch(drawing, 16);
        QVERIFY(framed.has_value());
        QVERIFY(framed->left < 0 && framed->top < 0);
        QCOMPARE(int(pixel(framed->picture, 0, 0)[3]), 0);  // past the drawing: transparent
        QCOMPARE(int(pixel(framed->picture, 8, 8)[3]), 255);
    }

    void aSingleDotIsASketch()
    {
        Image drawing = page(50, 50, kWhite);
        fillRect(drawing, 20, 30, 1, 1, {0, 0, 0, 255});
        const auto framed = frameSketch(drawing, 64);
        QVERIFY(framed.has_value());
        QCOMPARE(framed->side, 6);
        QVERIFY(pixel(framed->picture, 32, 32)[3] > 0);
    }

    void aHugeDrawingIsAveragedExactly()
    {
        // Past 1,024 pixels a side the square is box-averaged while it is read: each output pixel must still hold
        // the share of its area that the ink covers.
        Image huge = page(3000, 3000, kClear);
        const int inkLeft = 250, inkTop = 900, inkWidth = 2500, inkHeight = 1200;
        fillRect(huge, inkLeft, inkTop, inkWidth, inkHeight, kRed);
        const auto framed = frameSketch(huge, 64);
        QVERIFY(framed.has_value());
        QVERIFY(framed->side > 1024);
        const double cell = framed->side / 64.0;
        const auto overlap = [&](double from, int inkFrom, int inkSize) {
            return std::clamp(std::min(from + cell, double(inkFrom + inkSize)) - std::max(from, double(inkFrom)), 0.0, cell) / cell;
        };
        for (int y = 0; y < 64; ++y)
            for (int x = 0; x < 64; ++x) {
                const double expected = overlap(framed->left + x * cell, inkLeft, inkWidth) *
                                        overlap(framed->top + y * cell, inkTop, inkHeight);
                const float got = framed->mask[std::size_t(y) * 64 + std::size_t(x)];
                QVERIFY2(std::abs(got - expected) < 0.03,
                         qPrintable(QStringLiteral("%1,%2: %3, expected %4").arg(x).arg(y).arg(got).arg(expected)));
                if (got > 0)
                    QVERIFY(std::abs(pixel(framed->picture, x, y)[0] - 220) <= 2);
            }
    }

    void nothingDrawnIsNoSketch()
    {
        QVERIFY(!frameSketch(page(80, 60, kClear), 64).has_value());
        QVERIFY(!frameSketch(page(80, 60, kWhite), 64).has_value());
        Image faint = page(80, 60, kWhite);
        fillRect(faint, 10, 10, 5, 5, {250, 245, 248, 255});  // paper texture, not ink
        QVERIFY(!frameSketch(faint, 64).has_value());
        QVERIFY(!frameSketch(Image{}, 64).has_value());
        QVERIFY(!frameSketch(Image{.width = 4, .height = 4, .format = PixelFormat::Bgr8, .pixels = std::vector<std::uint8_t>(48, 0)}, 64)
                     .has_value());
    }
};

QObject *newTestSketchFrame()
{
    return new TestSketchFrame;
}

#include "tst_sketchframe.moc"
