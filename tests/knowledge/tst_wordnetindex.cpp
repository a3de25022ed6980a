// TestWordNetIndex: the compiled WordNet index as a file format. Compiling is deterministic and a loaded index
// answers as the freshly compiled one; a damaged index (truncated, flipped bytes, offsets out of bounds, tables
// out of order) is rejected with a clear error and rebuilt; stale sources trigger a rebuild; a missing or damaged
// text database names the Debian package. Uses the hand-made tests/data/knowledge/wordnet-mini (see
// make-wordnet-mini.py) and, for the round trip, the installed WordNet.
#include "text/knowledge/datafiles.h"
#include "text/knowledge/wordnet.h"
#include "text/knowledge/wordnetcache.h"
#include "text/knowledge/wordnetformat.h"
#include "text/knowledge/wordnetgloss.h"
#include "text/knowledge/wordnetindexwrite.h"
#include "text/knowledge/wordnetsource.h"

#include <QObject>
#include <QTemporaryDir>
#include <QTest>

#include <cstddef>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <zlib.h>

using namespace noosphere::core::text;
namespace fs = std::filesystem;
namespace wf = noosphere::core::text::wnformat;
using noosphere::models::ErrorCode;

namespace {

const fs::path kMini = fs::path(NOOSPHERE_TEST_DATA_DIR) / "knowledge" / "wordnet-mini";

std::vector<std::byte> readBytes(const fs::path &file)
{
    std::ifstream in(file, std::ios::binary);
    std::vector<char> chars((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    std::vector<std::byte> bytes(chars.size());
    std::memcpy(bytes.data(), chars.data(), chars.size());
    return bytes;
}

void writeBytes(const fs::path &file, const std::vector<std::byte> &bytes)
{
    std::ofstream out(file, std::ios::binary | std::ios::trunc);
    out.write(reinterpret_cast<const char *>(bytes.data()), std::streamsize(bytes.size()));
}

wf::Header headerOf(const std::vector<std::byte> &bytes)
{
    wf::Header header;
    std::memcpy(&header, bytes.data(), sizeof header);
    return header;
}

// Re-seals a deliberately damaged index, so that the structural checks (not the checksum) must catch it.
void fixChecksum(std::vector<std::byte> &bytes)
{
    constexpr std::size_t kChecked = offsetof(wf::Header, checksum) + sizeof(std::uint32_t);
    const auto crc = std::uint32_t(crc32_z(0, reinterpret_cast<const Bytef *>(bytes.data() + kChecked), bytes.size() - kChecked));
    std::memcpy(bytes.data() + offsetof(wf::Header, checksum), &crc, sizeof crc);
}

template <typename T> void patchRecord(std::vector<std::byte> &bytes, wf::Section section, std::size_t i, auto &&change)
{
    const std::size_t at = headerOf(bytes).sections[section].offset + i * sizeof(T);
    T record;
    std::memcpy(&record, bytes.data() + at, sizeof record);
    change(record);
    std::memcpy(bytes.data() + at, &record, sizeof record);
}

std::vector<std::byte> compileMini()
{
    auto source = readWordNetSource(kMini);
    auto stamps = stampWordNetSource(kMini);
    if (!source || !stamps)
        return {};
    auto bytes = compileWordNetIndex(source.value(), stamps.value(), kMini);
    return bytes ? bytes.value() : std::vector<std::byte>{};
}

void copyMini(const fs::path &to, std::string_view leaveOut = {})
{
    fs::create_directories(to);
    for (const auto file : kWordNetSourceFiles)
        if (file != leaveOut)
            fs::copy_file(kMini / file, to / file);
}

QString summary(const std::vector<WordSense> &senses)
{
    QStringList lines;
    for (const auto &s : senses) {
        QString line = QString::fromStdString(s.lemma) + QStringLiteral(" %1 %2:").arg(s.senseNumber).arg(s.synsetOffset);
        for (const auto &w : s.words)
            line += QLatin1Char(' ') + QString::fromStdString(w);
        for (const auto &r : s.relations)
            line += QStringLiteral(" [%1 %2 %3]").arg(int(r.relation)).arg(r.synsetOffset).arg(QString::fromStdString(r.word));
        lines << line + QLatin1String(" | ") + QString::fromStdString(s.gloss);
    }
    return lines.join(QLatin1Char('\n'));
}

enum class Damage {
    Empty,
    HeaderOnly,
    Truncated,
    Extended,
    BadMagic,
    OtherVersion,
    FlippedGlossByte,
    SectionPastEnd,
    SectionsOverlap,
    WordCountZero,
    GlossOutsidePool,
    PointerOutOfRange,
    PointerToMissingWord,
    LemmasOutOfOrder,
    SenseOfOtherPos,
    ExceptionBasesPastEnd,
};

std::vector<std::byte> damaged(std::vector<std::byte> bytes, Damage damage)
{
    const wf::Header header = headerOf(bytes);
    switch (damage) {
    case Damage::Empty:
        return {};
    case Damage::HeaderOnly:
        bytes.resize(sizeof(wf::Header));
        return bytes;
    case Damage::Truncated:
        bytes.resize(bytes.size() / 2);
        return bytes;
    case Damage::Extended:
        bytes.resize(bytes.size() + 8);
        return bytes;
    case Damage::BadMagic:
        bytes[0] = std::byte{'X'};
        return bytes;
    case Damage::OtherVersion:
        bytes[8] = std::byte{99};
        return bytes;
    case Damage::FlippedGlossByte:  // caught by the checksum
        bytes[header.sections[wf::kStrings].offset + 40] ^= std::byte{0x20};
        return bytes;
    case Damage::SectionPastEnd: {
        auto h = header;
        h.sections[wf::kPointers].count += 1000;
        std::memcpy(bytes.data(), &h, sizeof h);
        break;
    }
    case Damage::SectionsOverlap: {
        auto h = header;
        h.sections[wf::kWords].offset = h.sections[wf::kSynsets].offset;
        std::memcpy(bytes.data(), &h, sizeof h);
        break;
    }
    case Damage::WordCountZero:
        patchRecord<wf::SynsetRecord>(bytes, wf::kSynsets, 0, [](auto &s) { s.wordCount = 0; });
        break;
    case Damage::GlossOutsidePool:
        patchRecord<wf::SynsetRecord>(bytes, wf::kSynsets, 1, [](auto &s) { s.gloss.offset = 0xFFFFFF00u; });
        break;
    case Damage::PointerOutOfRange:
        patchRecord<wf::PointerRecord>(bytes, wf::kPointers, 0, [](auto &p) { p.targetSynset = 0x00FFFFFFu; });
        break;
    case Damage::PointerToMissingWord:
        patchRecord<wf::PointerRecord>(bytes, wf::kPointers, 0, [](auto &p) { p.targetWord = 200; });
        break;
    case Damage::LemmasOutOfOrder: {
        wf::LemmaRecord first;
        patchRecord<wf::LemmaRecord>(bytes, wf::kLemmas, 0, [&](auto &l) { first = l; });
        wf::LemmaRecord second;
        patchRecord<wf::LemmaRecord>(bytes, wf::kLemmas, 1, [&](auto &l) { second = l, l = first; });
        patchRecord<wf::LemmaRecord>(bytes, wf::kLemmas, 0, [&](auto &l) { l = second; });
        break;
    }
    case Damage::SenseOfOtherPos:  // the first sense (a noun's) pointed at the last synset (an adverb)
        patchRecord<std::uint32_t>(bytes, wf::kSenses, 0,
                                   [&](auto &synset) { synset = std::uint32_t(header.sections[wf::kSynsets].count - 1); });
        break;
    case Damage::ExceptionBasesPastEnd:
        patchRecord<wf::ExceptionRecord>(bytes, wf::kExceptions, 0, [](auto &e) { e.baseCount = 60000; });
        break;
    }
    fixChecksum(bytes);
    return bytes;
}

}  // namespace

class TestWordNetIndex : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void compilesDeterministically()
    {
        const auto first = compileMini();
        QVERIFY(!first.empty());
        QVERIFY(first == compileMini());
        QVERIFY(WordNetIndex::fromBytes(first).ok());
    }

    void loadedIndexAnswersAsCompiled()
    {
        QTemporaryDir dir;
        const fs::path file = dir.filePath(QStringLiteral("mini.idx")).toStdString();
        auto compiled = WordNet::open(kMini, file);
        QVERIFY2(compiled.ok(), compiled.ok() ? "" : compiled.error().detail.c_str());
        QCOMPARE(compiled->loadReport().action, WordNetLoadReport::Action::Compiled);
        QVERIFY(compiled->loadReport().saved);
        auto loaded = WordNet::open(kMini, file);
        QVERIFY(loaded.ok());
        QCOMPARE(loaded->loadReport().action, WordNetLoadReport::Action::Loaded);
        for (const char *word : {"dog", "dogs", "geese", "ran", "hotter", "better", "cold", "quickly", "runner"})
            QCOMPARE(summary(loaded->senses(word)), summary(compiled->senses(word)));

        const auto dog = loaded->senses("Dogs", PartOfSpeech::Noun);
        QCOMPARE(dog.size(), std::size_t(1));
        QCOMPARE(dog[0].lemma, std::string("dog"));
        QVERIFY(dog[0].words == (std::vector<std::string>{"dog", "domestic dog", "Canis familiaris"}));
        QCOMPARE(dog[0].definition, std::string("a member of the genus Canis"));
        QCOMPARE(dog[0].related(Relation::Hypernym).size(), std::size_t(1));
        QCOMPARE(dog[0].related(Relation::Hypernym)[0]->words[0], std::string("canine"));
        QCOMPARE(dog[0].related(Relation::PartMeronym)[0]->words[0], std::string("flag"));
        const auto hot = loaded->senses("hotter", PartOfSpeech::Adjective);
        QCOMPARE(hot.size(), std::size_t(1));
        QCOMPARE(hot[0].related(Relation::Antonym)[0]->word, std::string("cold"));
        QCOMPARE(hot[0].related(Relation::Antonym)[0]->wordSense, 1);
        // "better(p)" in data.adj: the marker is not part of the word.
        const auto better = loaded->synonyms("better", PartOfSpeech::Adjective);
        QCOMPARE(better.size(), std::size_t(1));
        QVERIFY(better[0].words == std::vector<std::string>{"warm"});
        QVERIFY(better[0].similar == std::vector<std::string>{"hot"});
    }

    void fullWordNetRoundTrip()
    {
        QTemporaryDir dir;
        const fs::path file = dir.filePath(QStringLiteral("wordnet.idx")).toStdString();
        auto compiled = WordNet::open(wordnetDir(), file);
        QVERIFY2(compiled.ok(), compiled.ok() ? "" : compiled.error().detail.c_str());
        auto loaded = WordNet::open(wordnetDir(), file);
        QVERIFY(loaded.ok());
        QCOMPARE(loaded->loadReport().action, WordNetLoadReport::Action::Loaded);
        qInfo("WordNet 3.0: compiled in %.0f ms, loaded in %.1f ms, %zu synsets, %zu bytes",
              compiled->loadReport().compileMs, loaded->loadReport().loadMs, std::size_t(loaded->index().synsetCount()),
              loaded->index().fileBytes());
        for (const char *word : {"dog", "run", "good", "well", "ice cream", "geese", "Einstein"})
            QCOMPARE(summary(loaded->senses(word)), summary(compiled->senses(word)));
    }

    void rejectsAndRebuildsADamagedIndex_data()
    {
        QTest::addColumn<int>("damage");
        QTest::newRow("empty") << int(Damage::Empty);
        QTest::newRow("header only") << int(Damage::HeaderOnly);
        QTest::newRow("truncated") << int(Damage::Truncated);
        QTest::newRow("extended") << int(Damage::Extended);
        QTest::newRow("bad magic") << int(Damage::BadMagic);
        QTest::newRow("other version") << int(Damage::OtherVersion);
        QTest::newRow("flipped gloss byte") << int(Damage::FlippedGlossByte);
        QTest::newRow("table past the end") << int(Damage::SectionPastEnd);
        QTest::newRow("tables overlap") << int(Damage::SectionsOverlap);
        QTest::newRow("synset without words") << int(Damage::WordCountZero);
        QTest::newRow("gloss outside the pool") << int(Damage::GlossOutsidePool);
        QTest::newRow("pointer out of range") << int(Damage::PointerOutOfRange);
        QTest::newRow("pointer to a missing word") << int(Damage::PointerToMissingWord);
        QTest::newRow("lemmas out of order") << int(Damage::LemmasOutOfOrder);
        QTest::newRow("sense of another part of speech") << int(Damage::SenseOfOtherPos);
        QTest::newRow("exception bases past the end") << int(Damage::ExceptionBasesPastEnd);
    }

    void rejectsAndRebuildsADamagedIndex()
    {
        QFETCH(int, damage);
        const auto bad = damaged(compileMini(), Damage(damage));
        const auto rejected = WordNetIndex::fromBytes(bad);
        QVERIFY(!rejected.ok());
        QCOMPARE(rejected.error().code, ErrorCode::Corrupt);
        QVERIFY2(rejected.error().detail.find("is damaged") != std::string::npos, rejected.error().detail.c_str());
        qInfo("%s", rejected.error().detail.c_str());

        QTemporaryDir dir;
        const fs::path file = dir.filePath(QStringLiteral("mini.idx")).toStdString();
        writeBytes(file, bad);
        WordNetLoadReport report;
        auto rebuilt = openWordNetIndex(kMini, file, &report);
        QVERIFY2(rebuilt.ok(), rebuilt.ok() ? "" : rebuilt.error().detail.c_str());
        QCOMPARE(report.action, WordNetLoadReport::Action::Rebuilt);
        QVERIFY(!report.reason.empty());
        QVERIFY(report.saved);
        QVERIFY(openWordNetIndex(kMini, file, &report).ok());
        QCOMPARE(report.action, WordNetLoadReport::Action::Loaded);
    }

    void survivesEveryByteFlipped()
    {
        const auto good = compileMini();
        std::size_t accepted = 0;
        for (std::size_t i = 0; i < good.size(); ++i) {
            auto bytes = good;
            bytes[i] ^= std::byte{0xFF};
            fixChecksum(bytes);
            auto index = WordNetIndex::fromBytes(std::move(bytes));
            if (!index.ok())
                continue;
            ++accepted;  // a flip the format cannot tell (a letter of a gloss): queries must still stay in bounds
            WordNet wordnet(std::move(index.value()));
            for (const char *word : {"dog", "geese", "ran", "hot", "better", "quickly"})
                (void)wordnet.senses(word);
        }
        qInfo("%zu of %zu single-byte flips (checksum re-sealed) still form a valid index", accepted, good.size());
    }

    void rebuildsWhenTheSourceFilesChange()
    {
        QTemporaryDir dir;
        const fs::path source = fs::path(dir.path().toStdString()) / "dict";
        const fs::path file = fs::path(dir.path().toStdString()) / "mini.idx";
        copyMini(source);
        WordNetLoadReport report;
        QVERIFY(openWordNetIndex(source, file, &report).ok());
        QCOMPARE(report.action, WordNetLoadReport::Action::Compiled);
        fs::last_write_time(source / "index.noun", fs::last_write_time(source / "index.noun") + std::chrono::seconds(5));
        QVERIFY(openWordNetIndex(source, file, &report).ok());
        QCOMPARE(report.action, WordNetLoadReport::Action::Compiled);
        QVERIFY2(report.reason.find("changed") != std::string::npos, report.reason.c_str());
        QVERIFY(openWordNetIndex(source, file, &report).ok());
        QCOMPARE(report.action, WordNetLoadReport::Action::Loaded);
    }

    void missingWordNetNamesThePackage()
    {
        QTemporaryDir dir;
        const fs::path file = fs::path(dir.path().toStdString()) / "wordnet.idx";
        auto none = WordNet::open(fs::path(dir.path().toStdString()) / "no-such-folder", file);
        QVERIFY(!none.ok());
        QCOMPARE(none.error().code, ErrorCode::NotFound);
        QVERIFY2(none.error().detail.find("wordnet-base") != std::string::npos, none.error().detail.c_str());

        const fs::path partial = fs::path(dir.path().toStdString()) / "partial";
        copyMini(partial, "verb.exc");
        auto missing = WordNet::open(partial, file);
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().code, ErrorCode::NotFound);
        QVERIFY2(missing.error().detail.find("verb.exc") != std::string::npos &&
                     missing.error().detail.find("wordnet-base") != std::string::npos,
                 missing.error().detail.c_str());
        QVERIFY(!fs::exists(file));
    }

    void damagedTextDatabaseNamesThePackage()
    {
        QTemporaryDir dir;
        const fs::path source = fs::path(dir.path().toStdString()) / "dict";
        copyMini(source);
        auto text = readBytes(source / "data.noun");
        const std::string_view view(reinterpret_cast<const char *>(text.data()), text.size());
        const std::size_t line3 = view.find("\n0") + 1;  // the first synset, after two licence lines
        text[line3 + 7] = std::byte{'9'};                 // its offset no longer matches its position
        writeBytes(source / "data.noun", text);
        auto broken = WordNet::open(source, fs::path(dir.path().toStdString()) / "wordnet.idx");
        QVERIFY(!broken.ok());
        QCOMPARE(broken.error().code, ErrorCode::Corrupt);
        const auto &detail = broken.error().detail;
        QVERIFY2(detail.find("data.noun (line 3)") != std::string::npos && detail.find("wordnet-base") != std::string::npos,
                 detail.c_str());
    }

    void keepsWorkingWhenTheCacheIsUnwritable()
    {
        QTemporaryDir dir;
        const fs::path blocker = fs::path(dir.path().toStdString()) / "a-file";
        writeBytes(blocker, {std::byte{1}});
        WordNetLoadReport report;
        auto index = openWordNetIndex(kMini, blocker / "wordnet.idx", &report);
        QVERIFY(index.ok());
        QVERIFY(!report.saved);
        QVERIFY2(report.reason.find("memory") != std::string::npos, report.reason.c_str());
    }

    void splitsGlosses_data()
    {
        QTest::addColumn<QString>("gloss");
        QTest::addColumn<QString>("definition");
        QTest::addColumn<QStringList>("examples");
        QTest::newRow("plain") << "a young dog" << "a young dog" << QStringList{};
        QTest::newRow("two examples") << "move fast; \"run!\"; \"he ran\"" << "move fast" << QStringList{"run!", "he ran"};
        QTest::newRow("semicolon in an example")
            << "not objectionable; \"the ends are unobjectionable; it's the means that one can't accept\""
            << "not objectionable" << QStringList{"the ends are unobjectionable; it's the means that one can't accept"};
        QTest::newRow("attribution")
            << "abstemious; \"never of much consequence to one naturally abstemious\"- John Galsworthy" << "abstemious"
            << QStringList{"never of much consequence to one naturally abstemious (John Galsworthy)"};
        QTest::newRow("unclosed quote") << "in combination; \"long-toed; \"five-toed\"" << "in combination"
                                        << QStringList{"long-toed", "five-toed"};
        QTest::newRow("lost opening quote")
            << "slight; \"a tenuous argument\"; a fragile claim to fame\"" << "slight"
            << QStringList{"a tenuous argument", "a fragile claim to fame"};
        QTest::newRow("empty") << "" << "" << QStringList{};
    }

    void splitsGlosses()
    {
        QFETCH(QString, gloss);
        QFETCH(QString, definition);
        QFETCH(QStringList, examples);
        const auto split = splitGloss(gloss.toStdString());
        QCOMPARE(QString::fromStdString(split.definition), definition);
        QStringList found;
        for (const auto &e : split.examples)
            found << QString::fromStdString(e);
        QCOMPARE(found, examples);
    }
};

QObject *newTestWordNetIndex() { return new TestWordNetIndex; }

#include "tst_wordnetindex.moc"
