// Tokenizer tests: ids equal to the reference tokenizers' on every fixture (GPT-2 files and tokenizer.json,
// Llama 3 style, Llama 2 style in two layouts), round trips, ill-formed UTF-8, special tokens, bad files, speed.
#include "tokenizetestutil.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <map>
#include <string>
#include <thread>

using noosphere::models::ErrorCode;
using noosphere::models::Tokenizer;

namespace {

// The fixtures and the reference file that each is checked against (gpt2/ and gpt2-json/ are one tokenizer).
void addFixtureRows()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QString>("ref");
    struct Row {
        const char *name, *folder, *ref;
    };
    for (const auto &[name, folder, ref] :
         {Row{"gpt2 vocab.json+merges.txt", "gpt2", "gpt2-ref.json"},
          Row{"gpt2 tokenizer.json", "gpt2-json", "gpt2-ref.json"}, Row{"llama3", "llama3", "llama3-ref.json"},
          Row{"llama2 legacy", "llama2", "llama2-ref.json"},
          Row{"llama2 metaspace", "llama2-metaspace", "llama2-metaspace-ref.json"}})
        QTest::newRow(name) << QString(folder) << QString(ref);
}

// Writes `files` (name → content) into a fresh folder.
void writeFiles(const QTemporaryDir &dir, const std::map<QString, QByteArray> &files)
{
    for (const auto &[name, content] : files) {
        QFile f(dir.filePath(name));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
    }
}

}  // namespace

class TestTokenize : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void matchesReferenceIds_data() { addFixtureRows(); }
    void matchesReferenceIds()
    {
        QFETCH(QString, fixture);
        QFETCH(QString, ref);
        const Tokenizer tokenizer = load(fixture);
        int failures = 0;
        for (const RefCase &c : readRef(kDataDir + "/" + ref)) {
            const Ids plain = tokenizer.encode(c.text, false);
            const Ids special = tokenizer.encode(c.text, true);
            if (plain != c.ids || special != c.idsSpecial) {
                ++failures;
                qWarning("%s: %s\n  got      %s / %s\n  expected %s / %s", qPrintable(fixture), c.text.c_str(),
                         idsText(plain).constData(), idsText(special).constData(), idsText(c.ids).constData(),
                         idsText(c.idsSpecial).constData());
            }
        }
        QCOMPARE(failures, 0);
    }

    void decodeMatchesReference_data() { addFixtureRows(); }
    void decodeMatchesReference()
    {
        QFETCH(QString, fixture);
        QFETCH(QString, ref);
        const Tokenizer tokenizer = load(fixture);
        for (const RefCase &c : readRef(kDataDir + "/" + ref))
            QCOMPARE(tokenizer.decode(c.ids), c.decoded);
    }

    void roundTripsReferenceStrings_data() { addFixtureRows(); }
    void roundTripsReferenceStrings()
    {
        QFETCH(QString, fixture);
        QFETCH(QString, ref);
        const Tokenizer tokenizer = load(fixture);
        for (const RefCase &c : readRef(kDataDir + "/" + ref)) {
            // NOTE: a metaspace tokenizer reads U+2581 as a space, and with prepend_scheme "first" a leading space
            // encodes like none (Hugging Face gives the same ids for " a" and "a"): neither can come back.
            if (isMetaspace(fixture) && c.text.find("\xE2\x96\x81") != std::string::npos)
                continue;
            if (fixture == "llama2-metaspace" && c.text.starts_with(' '))
                continue;
            QCOMPARE(tokenizer.decode(tokenizer.encode(c.text)), c.text);
        }
    }

    void roundTripsRandomUtf8_data() { addFixtureRows(); }
    void roundTripsRandomUtf8()
    {
        QFETCH(QString, fixture);
        const Tokenizer tokenizer = load(fixture);
        std::mt19937 rng(1234);
        for (int i = 0; i < 300; ++i) {
            std::string text = randomText(rng);
            if (fixture == "llama2-metaspace" && text.starts_with(' '))
                text.insert(0, "x");
            const Ids ids = tokenizer.encode(text);
            QCOMPARE(tokenizer.decode(ids), text);
            // Streaming: the tokens' bytes add up to the text (plus the prefix space a metaspace tokenizer adds).
            std::string streamed;
            for (const std::int32_t id : ids)
                streamed += tokenizer.tokenBytes(id);
            QCOMPARE(isMetaspace(fixture) && !text.empty() ? streamed.substr(1) : streamed, text);
        }
    }

    void illFormedInputNeverBreaks_data() { addFixtureRows(); }
    void illFormedInputNeverBreaks()
    {
        QFETCH(QString, fixture);
        const Tokenizer tokenizer = load(fixture);
        const bool byteLevel = !isMetaspace(fixture);
        std::mt19937 rng(99);
        std::uniform_int_distribution<int> byte(0, 255);
        std::uniform_int_distribution<int> length(1, 64);
        for (int i = 0; i < 500; ++i) {
            std::string bytes;
            const int n = length(rng);
            for (int k = 0; k < n; ++k)
                bytes.push_back(char(byte(rng)));
            const Ids ids = tokenizer.encode(bytes, i % 2 == 0);
            const std::string decoded = tokenizer.decode(ids);
            QVERIFY(isValidUtf8(decoded));
            if (!isValidUtf8(bytes))
                QVERIFY(decoded.find(kReplacement) != std::string::npos);
            if (byteLevel) {
                // Byte-level tokenizers keep the raw bytes.
                std::string streamed;
                for (const std::int32_t id : ids)
                    streamed += tokenizer.tokenBytes(id);
                QCOMPARE(streamed, bytes);
            }
        }
        // Ill-formed sequences of every kind: stray continuation, overlong, surrogate, truncated, above U+10FFFF.
        for (const char *bad : {"\x80", "a\xC0\xAF", "\xED\xA0\x80", "\xE4\xBD", "\xF4\x90\x80\x80", "\xFF\xFE"}) {
            const std::string decoded = tokenizer.decode(tokenizer.encode(bad));
            QVERIFY(isValidUtf8(decoded));
            QVERIFY(decoded.find(kReplacement) != std::string::npos);
        }
    }

    void decodesInvalidIdsToReplacement_data() { addFixtureRows(); }
    void decodesInvalidIdsToReplacement()
    {
        QFETCH(QString, fixture);
        const Tokenizer tokenizer = load(fixture);
        // The first byte of 你 (E4 BD A0) alone, then "a".
        const Ids partial = isMetaspace(fixture) ? Ids{*tokenizer.idOf("<0xE4>")} : tokenizer.encode("\xE4");
        Ids ids = partial;
        const Ids a = tokenizer.encode("a");
        ids.insert(ids.end(), a.begin(), a.end());
        const std::string decoded = tokenizer.decode(ids);
        QVERIFY2(decoded == kReplacement + "a" || decoded == kReplacement + " a", decoded.c_str());
        QCOMPARE(tokenizer.tokenBytes(partial[0]), std::string("\xE4"));
        // Unknown ids are skipped, never a crash.
        const Ids unknown{-1, 1 << 30, tokenizer.vocabSize(), a[0]};
        QVERIFY(isValidUtf8(tokenizer.decode(unknown)));
        QCOMPARE(tokenizer.tokenBytes(-5), std::string());
    }

    void parsesSpecialTokensOnlyWhenAsked()
    {
        const Tokenizer gpt2 = load("gpt2");
        const std::int32_t eot = *gpt2.idOf("<|endoftext|>");
        QCOMPARE(gpt2.encode("<|endoftext|>", true), Ids{eot});
        QVERIFY(gpt2.encode("<|endoftext|>", false).size() > 1);
        QCOMPARE(gpt2.decode(gpt2.encode("a<|endoftext|>b", true)), std::string("a<|endoftext|>b"));

        const Tokenizer llama3 = load("llama3");
        const Ids withBos = llama3.encode("<|begin_of_text|>Hi", true);
        QCOMPARE(withBos.front(), *llama3.bosId());
        QVERIFY(llama3.encode("<|begin_of_text|>Hi", false).front() != *llama3.bosId());
        // A non-special added token matches either way.
        QCOMPARE(llama3.encode("<tool_call>", false), Ids{*llama3.idOf("<tool_call>")});
    }

    void reportsVocabularyFacts()
    {
        const Tokenizer gpt2 = load("gpt2");
        QCOMPARE(gpt2.kind(), std::string_view("gpt2-bpe"));
        QCOMPARE(gpt2.vocabSize(), 4097);
        QCOMPARE(gpt2.bosId(), std::optional<std::int32_t>(4096));
        QCOMPARE(gpt2.eosId(), std::optional<std::int32_t>(4096));
        QCOMPARE(gpt2.idOf("Ġthe"), std::optional<std::int32_t>(262));

        const Tokenizer gpt2Json = load("gpt2-json");
        QCOMPARE(gpt2Json.kind(), std::string_view("byte-level-bpe"));
        QCOMPARE(gpt2Json.vocabSize(), 4097);
        QCOMPARE(gpt2Json.eosId(), std::optional<std::int32_t>(4096));

        const Tokenizer llama3 = load("llama3");
        QCOMPARE(llama3.kind(), std::string_view("byte-level-bpe"));
        QCOMPARE(llama3.vocabSize(), 4107);
        QCOMPARE(llama3.bosId(), llama3.idOf("<|begin_of_text|>"));  // tokenizer_config.json and the template
        QCOMPARE(llama3.eosId(), llama3.idOf("<|end_of_text|>"));    // tokenizer_config.json

        const Tokenizer llama2 = load("llama2");
        QCOMPARE(llama2.kind(), std::string_view("metaspace-bpe"));
        QCOMPARE(llama2.bosId(), std::optional<std::int32_t>(1));  // the post-processor's template
        QCOMPARE(llama2.eosId(), std::optional<std::int32_t>(2));  // "</s>" by name
        QCOMPARE(llama2.idOf("<0x0A>"), std::optional<std::int32_t>(13));

        const Tokenizer metaspace = load("llama2-metaspace");
        QCOMPARE(metaspace.kind(), std::string_view("metaspace-bpe"));
        QCOMPARE(metaspace.bosId(), std::optional<std::int32_t>(1));  // tokenizer_config.json, AddedToken form
        QCOMPARE(metaspace.eosId(), std::optional<std::int32_t>(2));
    }

    void encodesFromManyThreads()
    {
        const Tokenizer tokenizer = load("llama3");
        const std::string text = "The same words, again and again: 12345 你好 🙂\n";
        const Ids expected = tokenizer.encode(text);
        std::vector<std::thread> threads;
        std::atomic<int> mismatches = 0;
        for (int t = 0; t < 4; ++t)
            threads.emplace_back([&] {
                for (int i = 0; i < 200; ++i)
                    if (tokenizer.encode(text + std::to_string(i % 7)).size() < expected.size())
                        ++mismatches;
            });
        for (std::thread &t : threads)
            t.join();
        QCOMPARE(mismatches.load(), 0);
        QCOMPARE(tokenizer.encode(text), expected);
    }

    void refusesBadFiles_data() { addBadFileRows(); }
    void refusesBadFiles()
    {
        QFETCH(QByteArray, name1);
        QFETCH(QByteArray, content1);
        QFETCH(QByteArray, name2);
        QFETCH(QByteArray, content2);
        QFETCH(int, code);
        QFETCH(QString, mentions);
        QTemporaryDir dir;
        std::map<QString, QByteArray> files;
        if (!name1.isEmpty())
            files[QString::fromUtf8(name1)] = content1;
        if (!name2.isEmpty())
            files[QString::fromUtf8(name2)] = content2;
        writeFiles(dir, files);
        const auto result = Tokenizer::loadFolder(dir.path().toStdString());
        QVERIFY(!result.ok());
        QCOMPARE(int(result.error().code), code);
        QVERIFY2(QString::fromStdString(result.error().detail).contains(mentions), result.error().detail.c_str());
    }

    void refusesMissingFolder()
    {
        const auto result = Tokenizer::loadFolder("/nonexistent/noosphere/tokenizer");
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, ErrorCode::NotFound);
        QVERIFY(result.error().detail.find("/nonexistent/noosphere/tokenizer") != std::string::npos);
    }

    void loadsMinimalFile()
    {
        QTemporaryDir dir;
        writeFiles(dir, {{"tokenizer.json", tokenizerJson(kSmallModel, "null", "null")}});
        const auto result = Tokenizer::loadFolder(dir.path().toStdString());
        QVERIFY2(result.ok(), result.ok() ? "" : result.error().detail.c_str());
        QCOMPARE(result->encode("abab"), (Ids{2, 2}));
        QCOMPARE(result->kind(), std::string_view("bpe"));
        // Without a decoder Hugging Face joins tokens with spaces; characters it has no token for are dropped.
        QCOMPARE(result->decode(result->encode("abxa")), std::string("ab a"));
    }

    // The whole GPT-2 tokenizer rebuilt by `make-reference.mjs --full-gpt2 DIR` (too large to keep in the tree).
    void matchesFullGpt2()
    {
        const QByteArray dir = qgetenv("NOOSPHERE_GPT2_FULL_DIR");
        if (dir.isEmpty())
            QSKIP("set NOOSPHERE_GPT2_FULL_DIR to a folder made by make-reference.mjs --full-gpt2");
        auto tokenizer = Tokenizer::loadFolder(dir.toStdString());
        QVERIFY2(tokenizer.ok(), tokenizer.ok() ? "" : tokenizer.error().detail.c_str());
        QCOMPARE(tokenizer->vocabSize(), 50257);
        for (const RefCase &c : readRef(QString::fromUtf8(dir) + "/gpt2-full-ref.json")) {
            QCOMPARE(idsText(tokenizer->encode(c.text, false)), idsText(c.ids));
            QCOMPARE(idsText(tokenizer->encode(c.text, true)), idsText(c.idsSpecial));
            QCOMPARE(tokenizer->decode(tokenizer->encode(c.text)), c.text);
        }
    }

    // Printed, not asserted: ~2 MB of English (Genesis ×10, or $NOOSPHERE_TOKENIZE_BENCH_TEXT) per tokenizer.
    void measuresEncodeSpeed()
    {
        QByteArray text;
        const QByteArray benchFile = qgetenv("NOOSPHERE_TOKENIZE_BENCH_TEXT");
        QFile f(benchFile.isEmpty() ? kDataDir + "/kjv-genesis.txt" : QString::fromUtf8(benchFile));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray once = f.readAll();
        while (text.size() < 2'000'000)
            text += once;
        QStringList folders{"gpt2", "llama3", "llama2", "llama2-metaspace"};
        if (!qgetenv("NOOSPHERE_GPT2_FULL_DIR").isEmpty())
            folders << QString::fromUtf8(qgetenv("NOOSPHERE_GPT2_FULL_DIR"));
        for (const QString &folder : folders) {
            auto loaded = Tokenizer::loadFolder(folder.startsWith('/') ? folder.toStdString()
                                                                       : (kDataDir + "/" + folder).toStdString());
            QVERIFY(loaded.ok());
            QElapsedTimer timer;
            timer.start();
            const Ids ids = loaded->encode(std::string_view(text.constData(), std::size_t(text.size())));
            const double seconds = double(timer.nsecsElapsed()) / 1e9;
            qInfo("encode %-20s %.1f MB in %.2f s: %.1f MB/s, %zu tokens", qPrintable(QDir(folder).dirName()),
                  text.size() / 1e6, seconds, text.size() / 1e6 / seconds, ids.size());
        }
    }
};

QTEST_GUILESS_MAIN(TestTokenize)
#include "tst_tokenize.moc"
