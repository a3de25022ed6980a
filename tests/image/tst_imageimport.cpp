// Image import (core/image/imageimport.*, imageheader.*): every supported layout decodes to 8-bit BGR or RGBA with
// the right pixels; bombs, truncated and corrupt files and non-images fail with the right code before harm.
#include "imagefixtures.h"

#include "image/imageimport.h"

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <fstream>

namespace noosphere::tests {

using core::image::decodeImage;
using core::image::Image;
using core::image::ImportOptions;
using core::image::PixelFormat;
using models::ErrorCode;

namespace {

// A 64 x 48 BGR test card: a gradient with a few saturated patches.
cv::Mat testCard()
{
    cv::Mat card(48, 64, CV_8UC3);
    for (int y = 0; y < card.rows; ++y)
        for (int x = 0; x < card.cols; ++x)
            card.at<cv::Vec3b>(y, x) = {std::uint8_t(4 * x), std::uint8_t(5 * y), std::uint8_t(255 - 3 * x)};
    card(cv::Rect(8, 8, 16, 16)).setTo(cv::Scalar(0, 0, 255));
    return card;
}

Bytes encoded(const cv::Mat &mat, const char *extension, std::vector<int> params = {})
{
    Bytes bytes;
    if (!cv::imencode(extension, mat, bytes, params))
        qFatal("imencode %s failed", extension);
    return bytes;
}

cv::Mat asMat(const Image &image)
{
    return cv::Mat(image.height, image.width, CV_8UC(image.channels()),
                   const_cast<std::uint8_t *>(image.pixels.data()));
}

double meanAbsDifference(const cv::Mat &a, const cv::Mat &b)
{
    const cv::Scalar mean = cv::mean(cv::abs(a - b));
    return (mean[0] + mean[1] + mean[2]) / 3;
}

ErrorCode codeOf(const Bytes &bytes)
{
    auto image = decodeImage(bytes);
    return image ? ErrorCode::Unknown : image.error().code;
}

}  // namespace

class TestImageImport : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void decodesPngExactly();
    void keepsAlphaInRgba();
    void reducesSixteenBitToEight();
    void expandsGreyAndGreyAlpha();
    void expandsPalettedPng();
    void decodesJpegAndGreyJpeg();
    void convertsCmykJpeg();
    void decodesWebp();
    void refusesDecompressionBombs();
    void reportsTruncatedFiles();
    void reportsCorruptFiles();
    void refusesNonImages();
    void importsFilesWithReasons();
};

void TestImageImport::decodesPngExactly()
{
    const cv::Mat card = testCard();
    auto image = decodeImage(encoded(card, ".png"));
    QVERIFY2(image, image ? "" : image.error().detail.c_str());
    QCOMPARE(image->width, 64);
    QCOMPARE(image->height, 48);
    QCOMPARE(image->format, PixelFormat::Bgr8);
    QCOMPARE(cv::norm(asMat(image.value()), card, cv::NORM_INF), 0.0);
}

void TestImageImport::keepsAlphaInRgba()
{
    cv::Mat bgra(10, 12, CV_8UC4, cv::Scalar(10, 20, 30, 128));
    auto rgba = decodeImage(encoded(bgra, ".png"), {.format = PixelFormat::Rgba8});
    QVERIFY(rgba);
    QCOMPARE(rgba->pixels.size(), std::size_t(10 * 12 * 4));
    QCOMPARE(int(rgba->pixels[0]), 30);  // R first
    QCOMPARE(int(rgba->pixels[3]), 128);
    auto bgr = decodeImage(encoded(bgra, ".png"));
    QVERIFY(bgr);
    QCOMPARE(bgr->channels(), 3);
    QCOMPARE(int(bgr->pixels[0]), 10);
}

void TestImageImport::reducesSixteenBitToEight()
{
    cv::Mat deep(4, 4, CV_16UC3, cv::Scalar(0, 257 * 100, 65535));
    auto image = decodeImage(encoded(deep, ".png"));
    QVERIFY(image);
    QCOMPARE(int(image->pixels[0]), 0);
    QCOMPARE(int(image->pixels[1]), 100);
    QCOMPARE(int(image->pixels[2]), 255);
    cv::Mat grey16(3, 5, CV_16UC1, cv::Scalar(257 * 7));
    auto grey = decodeImage(encoded(grey16, ".png"));
    QVERIFY(grey);
    QCOMPARE(int(grey->pixels[0]), 7);
}

void TestImageImport::expandsGreyAndGreyAlpha()
{
    cv::Mat grey(6, 7, CV_8UC1, cv::Scalar(77));
    auto image = decodeImage(encoded(grey, ".png"));
    QVERIFY(image);
    QCOMPARE(image->channels(), 3);
    QCOMPARE(int(image->pixels[0]), 77);
    QCOMPARE(int(image->pixels[2]), 77);
    // Grey + alpha (colour type 4), which OpenCV cannot write.
    Bytes rows;
    for (int i = 0; i < 2 * 3; ++i)
        rows.insert(rows.end(), {200, 50});
    auto greyAlpha = decodeImage(makePng(3, 2, 8, 4, rows), {.format = PixelFormat::Rgba8});
    QVERIFY2(greyAlpha, greyAlpha ? "" : greyAlpha.error().detail.c_str());
    QCOMPARE(int(greyAlpha->pixels[0]), 200);
    QCOMPARE(int(greyAlpha->pixels[3]), 50);
}

void TestImageImport::expandsPalettedPng()
{
    // 4 x 2 pixels, 2 bits per index: red, green, blue, white / white, blue, green, red.
    const Bytes palette{255, 0, 0, 0, 255, 0, 0, 0, 255, 255, 255, 255};
    const Bytes rows{0b00011011, 0b11100100};
    auto image = decodeImage(makePng(4, 2, 2, 3, rows, palette));
    QVERIFY2(image, image ? "" : image.error().detail.c_str());
    const cv::Mat bgr = asMat(image.value());
    QCOMPARE(bgr.at<cv::Vec3b>(0, 0), cv::Vec3b(0, 0, 255));
    QCOMPARE(bgr.at<cv::Vec3b>(0, 2), cv::Vec3b(255, 0, 0));
    QCOMPARE(bgr.at<cv::Vec3b>(1, 0), cv::Vec3b(255, 255, 255));
    auto header = core::image::readImageHeader(makePng(4, 2, 2, 3, rows, palette));
    QVERIFY(header && header->paletted && header->bitsPerChannel == 2);
}

void TestImageImport::decodesJpegAndGreyJpeg()
{
    const cv::Mat card = testCard();
    auto image = decodeImage(encoded(card, ".jpg", {cv::IMWRITE_JPEG_QUALITY, 95}));
    QVERIFY(image);
    QVERIFY2(meanAbsDifference(asMat(image.value()), card) < 4, "JPEG decoded far from the original");
    cv::Mat grey;
    cv::cvtColor(card, grey, cv::COLOR_BGR2GRAY);
    auto greyImage = decodeImage(encoded(grey, ".jpg"), {.format = PixelFormat::Rgba8});
    QVERIFY(greyImage);
    QCOMPARE(greyImage->channels(), 4);
    QCOMPARE(int(greyImage->pixels[3]), 255);
}

void TestImageImport::convertsCmykJpeg()
{
    // Left half white, right half red (C 0, M 100%, Y 100%), stored inverted as Adobe applications do.
    cv::Mat cmyk(16, 32, CV_8UC4, cv::Scalar(255, 255, 255, 255));
    cmyk(cv::Rect(16, 0, 16, 16)).setTo(cv::Scalar(255, 0, 0, 255));
    const auto jpeg = makeCmykJpeg(cmyk);
    if (!jpeg)
        QSKIP("built without libjpeg's headers (Debian libjpeg-dev), so no CMYK JPEG can be written");
    auto header = core::image::readImageHeader(*jpeg);
    QVERIFY(header && header->cmyk);
    auto image = decodeImage(*jpeg);
    QVERIFY2(image, image ? "" : image.error().detail.c_str());
    const cv::Mat bgr = asMat(image.value());
    QVERIFY(cv::norm(cv::Vec3d(bgr.at<cv::Vec3b>(8, 4)) - cv::Vec3d(255, 255, 255)) < 12);
    QVERIFY(cv::norm(cv::Vec3d(bgr.at<cv::Vec3b>(8, 28)) - cv::Vec3d(0, 0, 255)) < 12);
}

void TestImageImport::decodesWebp()
{
    if (!cv::haveImageWriter(".webp"))
        QSKIP("this OpenCV has no WebP codec");
    const cv::Mat card = testCard();
    auto lossless = decodeImage(encoded(card, ".webp", {cv::IMWRITE_WEBP_QUALITY, 101}));
    QVERIFY2(lossless, lossless ? "" : lossless.error().detail.c_str());
    QCOMPARE(cv::norm(asMat(lossless.value()), card, cv::NORM_INF), 0.0);
    auto lossy = decodeImage(encoded(card, ".webp", {cv::IMWRITE_WEBP_QUALITY, 90}));
    QVERIFY(lossy);
    QVERIFY(meanAbsDifference(asMat(lossy.value()), card) < 6);
    cv::Mat bgra(8, 8, CV_8UC4, cv::Scalar(1, 2, 3, 40));
    auto alpha = decodeImage(encoded(bgra, ".webp", {cv::IMWRITE_WEBP_QUALITY, 101}), {.format = PixelFormat::Rgba8});
    QVERIFY(alpha);
    QCOMPARE(int(alpha->pixels[3]), 40);
}

void TestImageImport::refusesDecompressionBombs()
{
    // Each declares far more than 64 MP in a few dozen bytes; refusal must come from the header check.
    for (const auto &[name, bytes] : {std::pair{"PNG", pngBomb(100000, 100000)},
                                      {"JPEG", jpegBomb(65000, 65000)},
                                      {"WebP", webpVp8xBomb(16384, 16384)}}) {
        auto image = decodeImage(bytes);
        QVERIFY2(!image, name);
        QCOMPARE(image.error().code, ErrorCode::InvalidArgument);
        QVERIFY2(image.error().detail.find("MP") != std::string::npos, image.error().detail.c_str());
    }
    // Just over a lower limit, to show the limit is the caller's.
    QCOMPARE(decodeImage(encoded(testCard(), ".png"), {.maxPixels = 64 * 48 - 1}).error().code,
             ErrorCode::InvalidArgument);
    QVERIFY(decodeImage(encoded(testCard(), ".png"), {.maxPixels = 64 * 48}).ok());
}

void TestImageImport::reportsTruncatedFiles()
{
    const cv::Mat card = testCard();
    for (const char *extension : {".png", ".jpg", ".webp"}) {
        if (!cv::haveImageWriter(extension))
            continue;
        const Bytes whole = encoded(card, extension);
        for (const double keep : {0.9, 0.5, 0.05}) {
            const Bytes cut(whole.begin(), whole.begin() + std::ptrdiff_t(whole.size() * keep));
            QVERIFY2(codeOf(cut) == ErrorCode::Truncated,
                     (std::string(extension) + " cut to " + std::to_string(keep) + " was not reported as truncated: " +
                      (decodeImage(cut) ? "decoded" : decodeImage(cut).error().detail))
                         .c_str());
        }
    }
}

void TestImageImport::reportsCorruptFiles()
{
    // Damage inside a PNG's IDAT breaks its CRC, found before decoding.
    Bytes png = encoded(testCard(), ".png");
    png[png.size() / 2] ^= 0xFF;
    QCOMPARE(codeOf(png), ErrorCode::Corrupt);
    QVERIFY(decodeImage(png).error().detail.find("checksum") != std::string::npos);
    // The same damage with the CRC re-sealed reaches zlib inside libpng, which refuses the data.
    png = encoded(testCard(), ".png");
    const char idat[] = "IDAT";
    const auto type = std::search(png.begin(), png.end(), idat, idat + 4);
    const std::size_t dataAt = std::size_t(type - png.begin()) + 4;
    const std::size_t length = std::size_t(png[dataAt - 8]) << 24 | std::size_t(png[dataAt - 7]) << 16 |
                               std::size_t(png[dataAt - 6]) << 8 | png[dataAt - 5];
    for (std::size_t i = 2; i < length; i += 7)
        png[dataAt + i] ^= 0x5A;
    resealPngChunk(png, dataAt - 4, length);
    QCOMPARE(codeOf(png), ErrorCode::Corrupt);
    // A JPEG frame header with 7 components, and one with a zero width.
    Bytes jpeg = encoded(testCard(), ".jpg");
    const std::uint8_t sofMarker[] = {0xFF, 0xC0};
    const auto sof = std::search(jpeg.begin(), jpeg.end(), std::begin(sofMarker), std::end(sofMarker));
    QVERIFY(sof != jpeg.end());
    Bytes sevenComponents = jpeg;
    sevenComponents[std::size_t(sof - jpeg.begin()) + 9] = 7;
    QCOMPARE(codeOf(sevenComponents), ErrorCode::Corrupt);
    Bytes zeroWidth = jpeg;
    zeroWidth[std::size_t(sof - jpeg.begin()) + 7] = 0, zeroWidth[std::size_t(sof - jpeg.begin()) + 8] = 0;
    QCOMPARE(codeOf(zeroWidth), ErrorCode::Corrupt);
    // A fuzzer find: a damaged WebP that OpenCV's decoder search handed to the DICOM decoder. libwebp decodes WebP
    // directly now, so it is Corrupt at once.
    QElapsedTimer timer;
    timer.start();
    QCOMPARE(codeOf(webpFallingThroughToDicom()), ErrorCode::Corrupt);
    QVERIFY(timer.elapsed() < 1000);
    // Random damage anywhere must never crash: some JPEG damage still decodes (libjpeg conceals it).
    cv::RNG rng(7);
    for (int i = 0; i < 200; ++i) {
        Bytes damaged = i % 2 ? encoded(testCard(), ".png") : jpeg;
        for (int k = 0; k < 4; ++k)
            damaged[std::size_t(rng.uniform(0, int(damaged.size())))] = std::uint8_t(rng.uniform(0, 256));
        (void)decodeImage(damaged);
    }
}

void TestImageImport::refusesNonImages()
{
    const std::string text = "%PDF-1.7 this is not a picture";
    QCOMPARE(codeOf(Bytes(text.begin(), text.end())), ErrorCode::InvalidArgument);
    QCOMPARE(codeOf(Bytes{}), ErrorCode::EmptyFile);
    QCOMPARE(codeOf(Bytes{0x89, 'P', 'N', 'X'}), ErrorCode::InvalidArgument);
    QCOMPARE(codeOf(Bytes{0x89, 'P', 'N', 'G'}), ErrorCode::Truncated);  // the start of a signature
    QCOMPARE(codeOf(Bytes{'R', 'I', 'F', 'F', 0}), ErrorCode::Truncated);
    QCOMPARE(codeOf(Bytes{'R', 'I', 'F', 'F', 0, 0, 0, 0, 'A', 'V', 'I', ' '}), ErrorCode::InvalidArgument);
    QCOMPARE(codeOf(Bytes{0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0}), ErrorCode::Truncated);
}

void TestImageImport::importsFilesWithReasons()
{
    QTemporaryDir dir;
    const std::filesystem::path folder = dir.path().toStdString();
    const Bytes png = encoded(testCard(), ".png");
    std::ofstream(folder / "card.png", std::ios::binary)
        .write(reinterpret_cast<const char *>(png.data()), std::streamsize(png.size()));
    auto image = core::image::importImage(folder / "card.png");
    QVERIFY(image);
    QCOMPARE(image->width, 64);
    auto missing = core::image::importImage(folder / "missing.png");
    QCOMPARE(missing.error().code, ErrorCode::NotFound);
    QVERIFY(missing.error().detail.find("missing.png") != std::string::npos);
    QCOMPARE(core::image::importImage(folder).error().code, ErrorCode::IsDirectory);
    std::ofstream(folder / "notes.png") << "not really a PNG";
    auto notes = core::image::importImage(folder / "notes.png");
    QCOMPARE(notes.error().code, ErrorCode::InvalidArgument);
    QVERIFY(notes.error().detail.find("notes.png") != std::string::npos);
}

}  // namespace noosphere::tests

QObject *newTestImageImport()
{
    return new noosphere::tests::TestImageImport;
}

#include "tst_imageimport.moc"
