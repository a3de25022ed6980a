// Printable markers (core/image/marker.*, markerdictionary.*, pngphys.*): true physical size, a white quiet zone,
// a valid pHYs chunk, detection of what was printed, and refusal of impossible specs.
#include "image/imageimport.h"
#include "image/marker.h"
#include "image/markerpose.h"
#include "image/pngphys.h"

#include <zlib.h>

#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <cstring>

namespace noosphere::tests {

using namespace core::image;
using models::ErrorCode;

class TestMarker : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void findsDictionariesByName();
    void rendersTrueSizeWithQuietZone();
    void writesPhysicalSizeChunk();
    void detectsEveryDictionary();
    void refusesBadSpecs();
    void writesFiles();
};

void TestMarker::findsDictionariesByName()
{
    const auto names = markerDictionaryNames();
    QVERIFY(names.size() >= 17);
    auto small = findMarkerDictionary("DICT_4X4_50");
    QVERIFY(small);
    QCOMPARE(small->markerBits, 4);
    QCOMPARE(small->markerCount, 50);
    auto original = findMarkerDictionary("DICT_ARUCO_ORIGINAL");
    QVERIFY(original);
    QCOMPARE(original->markerBits, 5);
    QCOMPARE(original->markerCount, 1024);
    QCOMPARE(findMarkerDictionary("DICT_6X6_250")->markerCount, 250);
    auto unknown = findMarkerDictionary("dict_4x4_50");
    QVERIFY(!unknown);
    QCOMPARE(unknown.error().code, ErrorCode::InvalidArgument);
    QVERIFY(unknown.error().detail.find("dict_4x4_50") != std::string::npos);
}

void TestMarker::rendersTrueSizeWithQuietZone()
{
    auto sheet = renderMarker({.dictionary = "DICT_4X4_50", .id = 7, .sizeMm = 50, .dpi = 300});
    QVERIFY(sheet);
    // Whole pixels per cell (6 cells across with the border), and the density set from that exact side.
    QCOMPARE(sheet->markerPx % 6, 0);
    QVERIFY(std::abs(sheet->markerPx * 1000.0 / sheet->pixelsPerMetre - 50.0) < 0.01);
    QVERIFY(std::abs(sheet->dpi() - 300) < 300 * 0.01);
    QCOMPARE(sheet->image.width, sheet->markerPx + 2 * sheet->marginPx);
    QCOMPARE(sheet->image.height, sheet->image.width);
    QCOMPARE(sheet->marginPx, 2 * sheet->markerPx / 6);
    // The quiet zone is pure white, the marker's outer cell pure black.
    const Image &img = sheet->image;
    const auto at = [&](int x, int y) { return int(img.pixels[(std::size_t(y) * img.width + x) * 3]); };
    for (int i = 0; i < img.width; ++i) {
        QCOMPARE(at(i, 0), 255);
        QCOMPARE(at(0, i), 255);
        QCOMPARE(at(i, sheet->marginPx - 1), 255);
        QCOMPARE(at(img.width - 1, i), 255);
    }
    QCOMPARE(at(sheet->marginPx, sheet->marginPx), 0);
    QCOMPARE(at(sheet->marginPx + sheet->markerPx - 1, sheet->marginPx + sheet->markerPx - 1), 0);
    // A caption adds a band below.
    auto captioned = renderMarker({.id = 7, .caption = true});
    QVERIFY(captioned);
    QVERIFY(captioned->image.height > captioned->image.width);
}

void TestMarker::writesPhysicalSizeChunk()
{
    MarkerSheet sheet;
    auto png = encodeMarkerPng({.id = 3, .sizeMm = 80, .dpi = 600}, &sheet);
    QVERIFY(png);
    const auto &bytes = png.value();
    // pHYs comes right after IHDR (8 + 25 bytes), with unit 1 and a CRC over type + data.
    QCOMPARE(std::memcmp(bytes.data() + 33 + 4, "pHYs", 4), 0);
    const std::uint32_t storedCrc =
        std::uint32_t(bytes[50]) << 24 | std::uint32_t(bytes[51]) << 16 | std::uint32_t(bytes[52]) << 8 | bytes[53];
    QCOMPARE(storedCrc, std::uint32_t(crc32(0, bytes.data() + 37, 13)));
    QCOMPARE(pngPixelsPerMetre(bytes), std::optional(sheet.pixelsPerMetre));
    QVERIFY(std::abs(sheet.markerPx * 1000.0 / *pngPixelsPerMetre(bytes) - 80.0) < 0.01);
    // Splicing again replaces the chunk rather than adding a second one.
    auto again = withPngPixelsPerMetre(bytes, 1000);
    QVERIFY(again);
    QCOMPARE(again->size(), bytes.size());
    QCOMPARE(pngPixelsPerMetre(again.value()), std::optional<std::uint32_t>(1000));
    // And the file still decodes to the sheet.
    auto decoded = decodeImage(bytes);
    QVERIFY(decoded);
    QCOMPARE(decoded->pixels, sheet.image.pixels);
}

void TestMarker::detectsEveryDictionary()
{
    // The first and last id of each dictionary, printed and read back from the sheet itself.
    for (const auto &name : markerDictionaryNames()) {
        const int last = findMarkerDictionary(name)->markerCount - 1;
        for (const int id : {0, last}) {
            auto sheet = renderMarker({.dictionary = name, .id = id, .sizeMm = 40, .dpi = 150});
            QVERIFY(sheet);
            auto found = estimateMarkerPoses(sheet->image, {.dictionary = name, .markerSizeMm = 40});
            QVERIFY2(found, found ? "" : found.error().detail.c_str());
            QVERIFY2(found->markers.size() == 1, (name + " id " + std::to_string(id) + " not detected").c_str());
            QCOMPARE(found->markers[0].markerId, id);
        }
    }
}

void TestMarker::refusesBadSpecs()
{
    const auto code = [](const MarkerPrintSpec &spec) {
        auto sheet = renderMarker(spec);
        return sheet ? ErrorCode::Unknown : sheet.error().code;
    };
    QCOMPARE(code({.dictionary = "DICT_9X9_1"}), ErrorCode::InvalidArgument);
    QCOMPARE(code({.id = 50}), ErrorCode::InvalidArgument);
    QCOMPARE(code({.id = -1}), ErrorCode::InvalidArgument);
    QCOMPARE(code({.sizeMm = 0}), ErrorCode::InvalidArgument);
    QCOMPARE(code({.sizeMm = std::nan("")}), ErrorCode::InvalidArgument);
    QCOMPARE(code({.dpi = 10}), ErrorCode::InvalidArgument);
    QCOMPARE(code({.quietZoneCells = 0}), ErrorCode::InvalidArgument);
    QCOMPARE(code({.sizeMm = 1000, .dpi = 2400}), ErrorCode::InvalidArgument);  // 94,000 px across
    auto outOfRange = renderMarker({.id = 50});
    QVERIFY(outOfRange.error().detail.find("0..49") != std::string::npos);
}

void TestMarker::writesFiles()
{
    QTemporaryDir dir;
    const std::filesystem::path file = dir.path().toStdString() + "/marker.png";
    auto written = writeMarkerPng({.id = 1}, file);
    QVERIFY(written);
    QVERIFY(std::filesystem::file_size(file) > 100);
    auto unwritable = writeMarkerPng({.id = 1}, std::filesystem::path(dir.path().toStdString()) / "no" / "m.png");
    QVERIFY(!unwritable);
    QCOMPARE(unwritable.error().code, ErrorCode::Io);
}

}  // namespace noosphere::tests

QObject *newTestMarker()
{
    return new noosphere::tests::TestMarker;
}

#include "tst_marker.moc"
