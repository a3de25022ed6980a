// tst_safetensors: the safetensors reader and writer (models/io). Round trips, a file made by a standard-library
// script that mirrors the reference writer, sharded folders, and every way a header can lie: each bad file must
// give the right ErrorCode and a detail naming the file (and the tensor), never a crash.
#include "io/safetensors.h"

#include <QByteArray>
#include <QObject>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <vector>

using namespace noosphere::models;
namespace fs = std::filesystem;

Q_DECLARE_METATYPE(noosphere::models::ErrorCode)

namespace {

QByteArray le64(quint64 value)
{
    QByteArray bytes(8, '\0');
    for (int i = 0; i < 8; ++i)
        bytes[i] = char((value >> (8 * i)) & 0xff);
    return bytes;
}

// A file with the given header text and `dataBytes` zero bytes of data.
QByteArray withHeader(const QByteArray &json, int dataBytes)
{
    return le64(json.size()) + json + QByteArray(dataBytes, '\0');
}

void writeBytes(const fs::path &file, const QByteArray &bytes)
{
    std::ofstream out(file, std::ios::binary | std::ios::trunc);
    out.write(bytes.constData(), bytes.size());
}

QByteArray readBytes(const fs::path &file)
{
    std::ifstream in(file, std::ios::binary);
    return QByteArray::fromStdString(std::string(std::istreambuf_iterator<char>(in), {}));
}

template <typename T> std::span<const std::byte> asBytes(const std::vector<T> &values)
{
    return std::as_bytes(std::span(values));
}

std::vector<float> floatsOf(const TensorView &view)
{
    std::vector<float> values(view.bytes.size() / 4);
    std::memcpy(values.data(), view.bytes.data(), view.bytes.size());  // x86 and ARM Linux are little-endian
    return values;
}

std::vector<std::uint16_t> halvesOf(const TensorView &view)
{
    std::vector<std::uint16_t> values(view.bytes.size() / 2);
    std::memcpy(values.data(), view.bytes.data(), view.bytes.size());
    return values;
}

float fromF16(std::uint16_t h)
{
    const int exponent = (h >> 10) & 0x1f;
    const int mantissa = h & 0x3ff;
    float value = exponent == 0 ? std::ldexp(float(mantissa), -24)  // subnormal
                                : std::ldexp(float(mantissa | 0x400), exponent - 25);
    if (exponent == 31)
        value = mantissa ? NAN : INFINITY;
    return (h & 0x8000) ? -value : value;
}

float fromBf16(std::uint16_t h)
{
    const std::uint32_t bits = std::uint32_t(h) << 16;
    float value;
    std::memcpy(&value, &bits, 4);
    return value;
}

QString detailOf(const Error &error) { return QString::fromStdString(error.detail); }

}  // namespace

class TestSafetensors : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    fs::path path(const char *name) const { return fs::path(m_dir.path().toStdString()) / name; }
    fs::path writeShard(const fs::path &file, std::initializer_list<const char *> names);

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void roundTripsEveryDtypeWithMetadata();
    void laysOutHeaderLikeTheReference();
    void readsReferenceFileWithExactValues();
    void acceptsPaddedDataAndEmptyRangesAnywhere();
    void refusesToWriteInconsistentTensors();
    void reportsUnwritableTarget();
    void refusesBadFile_data();
    void refusesBadFile();
    void reportsMissingFileAndFolder();
    void opensSingleFileFolder();
    void opensShardedFolderThroughIndex();
    void refusesBadIndex_data();
    void refusesBadIndex();
    void refusesEmptyFolder();
};

void TestSafetensors::roundTripsEveryDtypeWithMetadata()
{
    const std::vector<float> weight{1.0f, -2.0f, 0.25f, 3.5f, -0.0f, 1e-7f};
    const std::vector<std::uint16_t> half{0x3c00, 0xc000, 0x0001, 0x7bff};  // 1, -2, smallest subnormal, 65504
    const std::vector<std::uint16_t> brain{0x3f80, 0xbf00};                 // 1, -0.5
    const std::vector<float> scalar{42.0f};
    const std::vector<TensorToWrite> tensors{
        {"weight", DType::F32, {2, 3}, asBytes(weight)},
        {"half", DType::F16, {4}, asBytes(half)},
        {"brain", DType::BF16, {1, 2}, asBytes(brain)},
        {"scalar", DType::F32, {}, asBytes(scalar)},
        {"empty", DType::F32, {0, 5}, {}},
    };
    const std::map<std::string, std::string> metadata{{"format", "pt"}, {"note", "ünïcode ✓"}};
    const auto file = path("roundtrip.safetensors");
    const auto written = writeSafetensors(file, tensors, metadata);
    QVERIFY2(written.ok(), written.ok() ? "" : written.error().detail.c_str());
    QVERIFY(!fs::exists(file.string() + ".partial"));

    const auto read = SafetensorsFile::open(file);
    QVERIFY2(read.ok(), read.ok() ? "" : read.error().detail.c_str());
    QCOMPARE(read->path(), file);
    QCOMPARE(read->metadata(), metadata);
    QCOMPARE(read->tensors().size(), tensors.size());
    for (const auto &expected : tensors) {
        const TensorView *view = read->find(expected.name);
        QVERIFY2(view, expected.name.c_str());
        QCOMPARE(view->dtype, expected.dtype);
        QCOMPARE(view->shape, expected.shape);
        QCOMPARE(view->bytes.size(), expected.bytes.size());
        QVERIFY(std::equal(view->bytes.begin(), view->bytes.end(), expected.bytes.begin()));
        QCOMPARE(std::uint64_t(view->elementCount()), expected.bytes.size() / dtypeSize(expected.dtype));
    }
    QCOMPARE(read->find("scalar")->elementCount(), 1);
    QCOMPARE(read->find("empty")->elementCount(), 0);
    QCOMPARE(read->find("nothere"), nullptr);
    QCOMPARE(floatsOf(*read->find("weight")), weight);
}

void TestSafetensors::laysOutHeaderLikeTheReference()
{
    const std::vector<float> a{1.0f}, b{2.0f, 3.0f};
    const std::vector<TensorToWrite> tensors{{"zeta", DType::F32, {2}, asBytes(b)},
                                             {"alpha", DType::F32, {1}, asBytes(a)}};
    const auto file = path("layout.safetensors");
    QVERIFY(writeSafetensors(file, tensors).ok());
    const QByteArray bytes = readBytes(file);
    quint64 headerBytes = 0;
    std::memcpy(&headerBytes, bytes.constData(), 8);
    QCOMPARE(headerBytes % 8, quint64(0));
    const QByteArray header = bytes.mid(8, int(headerBytes));
    // Compact JSON, no metadata when none is given, names in order, data in the same order, space padding.
    QCOMPARE(header.trimmed(), QByteArray(R"({"alpha":{"dtype":"F32","shape":[1],"data_offsets":[0,4]},)"
                                          R"("zeta":{"dtype":"F32","shape":[2],"data_offsets":[4,12]}})"));
    QVERIFY(header.mid(header.trimmed().size()).count(' ') == header.size() - header.trimmed().size());
    QCOMPARE(bytes.size(), qsizetype(8 + headerBytes + 12));

    const auto read = SafetensorsFile::open(file);
    QVERIFY(read.ok());
    QCOMPARE(read->tensors().front().name, std::string("alpha"));
    QCOMPARE(floatsOf(*read->find("zeta")), b);
}

void TestSafetensors::readsReferenceFileWithExactValues()
{
    // Made by tests/safetensors/make-reference.py, which lays tensors out by dtype then name, as the reference
    // writer does; the values below are the script's.
    const auto read = SafetensorsFile::open(NOOSPHERE_TEST_DATA_DIR "/safetensors/tiny-ref.safetensors");
    QVERIFY2(read.ok(), read.ok() ? "" : read.error().detail.c_str());
    const std::map<std::string, std::string> metadata{{"format", "pt"}, {"source", "make-reference.py"}};
    QCOMPARE(read->metadata(), metadata);

    std::vector<std::string> order;
    for (const auto &tensor : read->tensors())
        order.push_back(tensor.name);
    QCOMPARE(order, (std::vector<std::string>{"scalar", "weight", "embed", "bias", "empty"}));

    const TensorView *weight = read->find("weight");
    QCOMPARE(weight->dtype, DType::F32);
    QCOMPARE(weight->shape, (std::vector<std::int64_t>{2, 3}));
    QCOMPARE(floatsOf(*weight), (std::vector<float>{0.5f, -1.25f, 3.0f, 0.001f, -0.0f, 65504.0f}));
    QVERIFY(std::signbit(floatsOf(*weight)[4]));

    const TensorView *scalar = read->find("scalar");
    QCOMPARE(scalar->shape, std::vector<std::int64_t>{});
    QCOMPARE(floatsOf(*scalar), std::vector<float>{42.0f});

    const TensorView *embed = read->find("embed");
    QCOMPARE(embed->dtype, DType::BF16);
    std::vector<float> embedValues;
    for (auto h : halvesOf(*embed))
        embedValues.push_back(fromBf16(h));
    QCOMPARE(embedValues, (std::vector<float>{1.0f, -0.5f, 3.140625f, -256.0f}));

    const TensorView *bias = read->find("bias");
    QCOMPARE(bias->dtype, DType::F16);
    std::vector<float> biasValues;
    for (auto h : halvesOf(*bias))
        biasValues.push_back(fromF16(h));
    QCOMPARE(biasValues, (std::vector<float>{0.375f, -2.5f, 1024.0f, std::ldexp(1.0f, -14), std::ldexp(1.0f, -24)}));

    const TensorView *empty = read->find("empty");
    QCOMPARE(empty->shape, (std::vector<std::int64_t>{0, 4}));
    QCOMPARE(empty->elementCount(), 0);
    QVERIFY(empty->bytes.empty());
}

void TestSafetensors::acceptsPaddedDataAndEmptyRangesAnywhere()
{
    // Some writers pad the data section; a zero-size tensor's empty range holds no bytes to collide.
    const auto file = path("padded.safetensors");
    writeBytes(file, withHeader(R"({"a":{"dtype":"F32","shape":[2],"data_offsets":[0,8]},)"
                                R"("z":{"dtype":"BF16","shape":[0],"data_offsets":[4,4]}})",
                                64));
    const auto read = SafetensorsFile::open(file);
    QVERIFY2(read.ok(), read.ok() ? "" : read.error().detail.c_str());
    QCOMPARE(read->tensors().size(), std::size_t(2));
    QCOMPARE(read->find("a")->bytes.size(), std::size_t(8));
}

void TestSafetensors::refusesToWriteInconsistentTensors()
{
    const std::vector<float> six(6, 1.0f);
    const auto file = path("refused.safetensors");
    const auto refuse = [&](std::vector<TensorToWrite> tensors, const char *mention) {
        const auto written = writeSafetensors(file, tensors);
        QVERIFY(!written.ok());
        QCOMPARE(written.error().code, ErrorCode::InvalidArgument);
        QVERIFY2(detailOf(written.error()).contains(QString::fromStdString(file.string())),
                 written.error().detail.c_str());
        QVERIFY2(detailOf(written.error()).contains(mention), written.error().detail.c_str());
        QVERIFY(!fs::exists(file));
        QVERIFY(!fs::exists(file.string() + ".partial"));
    };
    refuse({{"w", DType::F32, {2, 2}, asBytes(six)}}, "'w'");                                     // 16 bytes needed
    refuse({{"w", DType::F16, {6}, asBytes(six)}}, "'w'");                                        // 12 bytes needed
    refuse({{"w", DType::F32, {-6}, asBytes(six)}}, "'w'");                                       // negative
    refuse({{"w", DType::F32, {6}, asBytes(six)}, {"w", DType::F32, {6}, asBytes(six)}}, "'w'");  // twice
    refuse({{"__metadata__", DType::F32, {6}, asBytes(six)}}, "__metadata__");
    refuse({{"w", DType::F32, {1LL << 62, 1LL << 62}, asBytes(six)}}, "'w'");  // overflowing product
}

void TestSafetensors::reportsUnwritableTarget()
{
    const std::vector<float> one{1.0f};
    const auto file = path("no-such-folder") / "model.safetensors";
    const auto written = writeSafetensors(file, std::vector<TensorToWrite>{{"w", DType::F32, {1}, asBytes(one)}});
    QVERIFY(!written.ok());
    QCOMPARE(written.error().code, ErrorCode::Io);
    QVERIFY2(detailOf(written.error()).contains(QString::fromStdString(file.string())), written.error().detail.c_str());
}

void TestSafetensors::refusesBadFile_data()
{
    QTest::addColumn<QByteArray>("contents");
    QTest::addColumn<ErrorCode>("code");
    QTest::addColumn<QString>("mention");  // besides the file's name
    const auto bad = ErrorCode::BadModelFile;
    const auto unsupported = ErrorCode::UnsupportedModel;
    // One header entry; a null part is left out.
    const auto entry = [](const char *dtype, const char *shape, const char *offsets) {
        QByteArrayList parts;
        if (dtype)
            parts << QByteArray("\"dtype\":") + dtype;
        if (shape)
            parts << QByteArray("\"shape\":") + shape;
        if (offsets)
            parts << QByteArray("\"data_offsets\":") + offsets;
        return "{" + parts.join(',') + "}";
    };
    // A file holding tensor "w" alone.
    const auto w = [&](const char *dtype, const char *shape, const char *offsets, int dataBytes) {
        return withHeader("{\"w\":" + entry(dtype, shape, offsets) + "}", dataBytes);
    };
    const auto f32 = [&](const char *name, const char *shape, const char *offsets) {
        return "\"" + QByteArray(name) + "\":" + entry(R"("F32")", shape, offsets);
    };
    const auto object = [](const QByteArrayList &entries) { return "{" + entries.join(',') + "}"; };

    QTest::newRow("shorter than 8 bytes") << QByteArray("abc") << bad << "too short";
    QTest::newRow("empty file") << QByteArray() << bad << "too short";
    QTest::newRow("header length beyond the file") << le64(1000) + "{}" << bad << "truncated";
    QTest::newRow("header length above the cap") << le64(200ull << 20) + "{}" << bad << "more than";
    QTest::newRow("header length near 2^64") << le64(~0ull) + "{}" << bad << "more than";
    QTest::newRow("header not JSON") << withHeader("{not json", 0) << bad << "not valid JSON";
    QTest::newRow("header empty") << withHeader("", 0) << bad << "not valid JSON";
    QTest::newRow("header not UTF-8") << withHeader("{\"\xff\":1}", 0) << bad << "not valid JSON";
    QTest::newRow("JSON not an object") << withHeader("[1,2]", 0) << bad << "not a JSON object";
    QTest::newRow("entry not an object") << withHeader(R"({"w":[]})", 0) << bad << "'w'";
    QTest::newRow("missing dtype") << w(nullptr, "[1]", "[0,4]", 4) << bad << "'w' without a \"dtype\"";
    QTest::newRow("missing shape") << w(R"("F32")", nullptr, "[0,4]", 4) << bad << "'w' without a \"shape\"";
    QTest::newRow("missing offsets") << w(R"("F32")", "[1]", nullptr, 4) << bad << "'w' without \"data_offsets\"";
    QTest::newRow("dtype not a string") << w("4", "[1]", "[0,4]", 4) << bad << "'w'";
    QTest::newRow("negative shape") << w(R"("F32")", "[-1]", "[0,4]", 4) << bad << "'w' whose shape has a negative";
    QTest::newRow("fractional shape") << w(R"("F32")", "[1.5]", "[0,4]", 4) << bad << "'w'";
    QTest::newRow("dimension beyond int64") << w(R"("F32")", "[18446744073709551615]", "[0,4]", 4) << bad << "'w'";
    QTest::newRow("rank above 8") << w(R"("F32")", "[1,1,1,1,1,1,1,1,1]", "[0,4]", 4) << bad << "'w' of rank 9";
    QTest::newRow("negative offset") << w(R"("F32")", "[1]", "[-4,0]", 4) << bad << "'w'";
    QTest::newRow("one offset") << w(R"("F32")", "[1]", "[4]", 4) << bad << "'w'";
    QTest::newRow("begin after end") << w(R"("F32")", "[1]", "[4,0]", 4) << bad << "'w' whose data_offsets [4, 0]";
    QTest::newRow("end beyond the data") << w(R"("F32")", "[2]", "[0,8]", 4) << bad << "'w' whose data ends at byte 8";
    QTest::newRow("size not shape times dtype") << w(R"("F32")", "[2]", "[0,4]", 8) << bad << "'w' whose 4 bytes";
    QTest::newRow("shape product overflows") << w(R"("F32")", "[4294967296,4294967296,4]", "[0,4]", 4) << bad
                                             << "'w' whose shape [4294967296, 4294967296, 4] has too many";
    QTest::newRow("bytes product overflows") << w(R"("F32")", "[4611686018427387904]", "[0,4]", 4) << bad << "'w'";
    QTest::newRow("overlapping ranges") << withHeader(object({f32("a", "[2]", "[0,8]"), f32("b", "[2]", "[4,12]")}), 12)
                                        << bad << "'a' and 'b' whose data overlap";
    QTest::newRow("range inside another")
        << withHeader(object({f32("a", "[4]", "[0,16]"), f32("b", "[1]", "[4,8]"), f32("c", "[1]", "[8,12]")}), 16)
        << bad << "'a' and 'b' whose data overlap";
    QTest::newRow("duplicate names") << withHeader(object({f32("w", "[1]", "[0,4]"), f32("w", "[1]", "[4,8]")}), 8)
                                     << bad << "'w' twice";
    QTest::newRow("duplicate dtype key") << w(R"("F32","dtype":"I64")", "[1]", "[0,4]", 4) << bad << "'dtype'";
    QTest::newRow("unsupported dtype") << w(R"("I64")", "[1]", "[0,8]", 8) << unsupported << "'w' of dtype I64";
    QTest::newRow("unsupported BOOL") << w(R"("BOOL")", "[3]", "[0,3]", 3) << unsupported << "BOOL";
    QTest::newRow("unknown dtype") << w(R"("F33")", "[1]", "[0,4]", 4) << bad << "'w' of unknown dtype 'F33'";
    QTest::newRow("damaged beats unsupported")
        << withHeader(object({"\"a\":" + entry(R"("I64")", "[1]", "[0,8]"), f32("b", "[9]", "[0,4]")}), 8) << bad
        << "'b'";
    QTest::newRow("metadata not an object") << withHeader(R"({"__metadata__":[]})", 0) << bad << "__metadata__";
    QTest::newRow("metadata value not a string") << withHeader(R"({"__metadata__":{"n":1}})", 0) << bad << "'n'";
}

void TestSafetensors::refusesBadFile()
{
    QFETCH(QByteArray, contents);
    QFETCH(ErrorCode, code);
    QFETCH(QString, mention);
    const auto file = path("bad.safetensors");
    writeBytes(file, contents);
    const auto read = SafetensorsFile::open(file);
    QVERIFY(!read.ok());
    QCOMPARE(read.error().code, code);
    const QString detail = detailOf(read.error());
    QVERIFY2(detail.contains("'" + QString::fromStdString(file.string()) + "'"), qPrintable(detail));
    QVERIFY2(detail.contains(mention), qPrintable(detail));
    QVERIFY2(!detail.contains('\n') && !detail.endsWith('.'), qPrintable(detail));
}

void TestSafetensors::reportsMissingFileAndFolder()
{
    const auto missing = SafetensorsFile::open(path("nothere.safetensors"));
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().code, ErrorCode::NotFound);
    QVERIFY(detailOf(missing.error()).contains("nothere.safetensors"));

    fs::create_directories(path("a-folder.safetensors"));
    const auto folder = SafetensorsFile::open(path("a-folder.safetensors"));
    QVERIFY(!folder.ok());
    QCOMPARE(folder.error().code, ErrorCode::Io);
    QVERIFY(detailOf(folder.error()).contains("a-folder.safetensors"));
}

fs::path TestSafetensors::writeShard(const fs::path &file, std::initializer_list<const char *> names)
{
    static const std::vector<float> values{1.0f, 2.0f, 3.0f};
    std::vector<TensorToWrite> tensors;
    for (const char *name : names)
        tensors.push_back({name, DType::F32, {3}, asBytes(values)});
    const auto written = writeSafetensors(file, tensors);
    if (!written.ok())
        qWarning("%s", written.error().detail.c_str());
    return file;
}

void TestSafetensors::opensSingleFileFolder()
{
    const auto folder = path("single");
    fs::create_directories(folder);
    writeShard(folder / "model.safetensors", {"b", "a"});
    // model.safetensors wins over an index beside it.
    writeBytes(folder / "model.safetensors.index.json", R"({"weight_map":{"x":"nothere.safetensors"}})");
    const auto set = SafetensorsSet::openFolder(folder);
    QVERIFY2(set.ok(), set.ok() ? "" : set.error().detail.c_str());
    QCOMPARE(set->names(), (std::vector<std::string>{"a", "b"}));
    QCOMPARE(set->totalBytes(), std::uint64_t(24));
    QVERIFY(set->find("a") && set->find("a")->bytes.size() == 12);
}

void TestSafetensors::opensShardedFolderThroughIndex()
{
    const auto folder = path("sharded");
    fs::create_directories(folder);
    writeShard(folder / "model-00001-of-00002.safetensors", {"h.0.w", "h.0.b", "unlisted"});
    writeShard(folder / "model-00002-of-00002.safetensors", {"h.1.w"});
    writeBytes(folder / "model.safetensors.index.json", R"({"metadata":{"total_size":36},"weight_map":{
        "h.1.w":"model-00002-of-00002.safetensors",
        "h.0.w":"model-00001-of-00002.safetensors",
        "h.0.b":"model-00001-of-00002.safetensors"}})");
    auto set = SafetensorsSet::openFolder(folder);
    QVERIFY2(set.ok(), set.ok() ? "" : set.error().detail.c_str());
    QCOMPARE(set->names(), (std::vector<std::string>{"h.0.b", "h.0.w", "h.1.w"}));
    QCOMPARE(set->totalBytes(), std::uint64_t(36));
    QCOMPARE(set->find("unlisted"), nullptr);  // the index, not the shards, says what the model holds

    // The views stay valid when the set moves.
    SafetensorsSet moved = std::move(set).value();
    const TensorView *view = moved.find("h.1.w");
    QVERIFY(view);
    QCOMPARE(floatsOf(*view), (std::vector<float>{1.0f, 2.0f, 3.0f}));
}

void TestSafetensors::refusesBadIndex_data()
{
    QTest::addColumn<QByteArray>("index");
    QTest::addColumn<ErrorCode>("code");
    QTest::addColumn<QString>("mention");
    const auto bad = ErrorCode::BadModelFile;
    QTest::newRow("not JSON") << QByteArray("{oops") << bad << "model.safetensors.index.json' is not valid JSON";
    QTest::newRow("no weight_map") << QByteArray(R"({"metadata":{}})") << bad << "weight_map";
    QTest::newRow("shard outside the folder") << QByteArray(R"({"weight_map":{"w":"../outside.safetensors"}})") << bad
                                              << "'../outside.safetensors', which is not a file inside";
    QTest::newRow("absolute shard path") << QByteArray(R"({"weight_map":{"w":"/etc/passwd"}})") << bad
                                         << "'/etc/passwd'";
    QTest::newRow("shard in a subfolder")
        << QByteArray(R"({"weight_map":{"w":"sub/a.safetensors"}})") << bad << "'sub/a.safetensors'";
    QTest::newRow("shard not a string") << QByteArray(R"({"weight_map":{"w":3}})") << bad << "'w'";
    QTest::newRow("missing shard") << QByteArray(R"({"weight_map":{"w":"missing.safetensors"}})") << bad
                                   << "'missing.safetensors', which is not in the folder";
    QTest::newRow("tensor not in its shard")
        << QByteArray(R"({"weight_map":{"w":"a.safetensors","nothere":"a.safetensors"}})") << bad
        << "lacks tensor 'nothere'";
    QTest::newRow("damaged shard") << QByteArray(R"({"weight_map":{"w":"broken.safetensors"}})") << bad
                                   << "broken.safetensors' is too short";
}

void TestSafetensors::refusesBadIndex()
{
    QFETCH(QByteArray, index);
    QFETCH(ErrorCode, code);
    QFETCH(QString, mention);
    const auto folder = path(QTest::currentDataTag());
    fs::create_directories(folder);
    writeShard(folder / "a.safetensors", {"w"});
    writeShard(path("outside.safetensors"), {"w"});  // a valid file that must not be reached
    writeBytes(folder / "broken.safetensors", "xx");
    writeBytes(folder / "model.safetensors.index.json", index);
    const auto set = SafetensorsSet::openFolder(folder);
    QVERIFY(!set.ok());
    QCOMPARE(set.error().code, code);
    const QString detail = detailOf(set.error());
    QVERIFY2(detail.contains(QString::fromStdString(folder.string())), qPrintable(detail));
    QVERIFY2(detail.contains(mention), qPrintable(detail));
}

void TestSafetensors::refusesEmptyFolder()
{
    const auto folder = path("emptyfolder");
    fs::create_directories(folder);
    const auto set = SafetensorsSet::openFolder(folder);
    QVERIFY(!set.ok());
    QCOMPARE(set.error().code, ErrorCode::NotFound);
    QCOMPARE(set.error().detail, "'" + folder.string() + "' holds no model.safetensors");

    const auto missing = SafetensorsSet::openFolder(path("nofolder"));
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().code, ErrorCode::NotFound);
}

QTEST_GUILESS_MAIN(TestSafetensors)
#include "tst_safetensors.moc"
