// TestPreferences: the assistant's feedback in the project file: batches with their provenance, ratings, and the
// preference pairs exported from them, on a connection beside the studio's own ProjectStore.
#include "storetestutil.h"

#include "store/preferences.h"
#include "store/preferencesjson.h"
#include "store/projectstore.h"
#include "store/schema.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace noosphere::core;
using storetest::RawDb;
using storetest::toPath;

namespace {

ContinuationBatch sampleBatch(const std::string &prompt, std::vector<std::string> texts,
                              const std::string &hash = "ab12")
{
    ContinuationBatch batch;
    batch.model = {"default-lm", hash, "/models/default-lm"};
    batch.chapterId = 1;
    batch.prompt = prompt;
    batch.promptSha256 = "00ff";
    batch.promptTokens = 12;
    batch.promptTokensDropped = 3;
    batch.contextWindow = 256;
    batch.sampler.temperature = 0.7f;
    batch.maxTokens = 24;
    batch.seed = 0x8000'0000'0000'0001ull;  // above INT64_MAX: must round-trip through the signed column
    batch.device = "cpu";
    for (auto &text : texts)
        batch.alternatives.push_back({text, 4, -2.5, "max_tokens"});
    return batch;
}

QJsonObject parsedLine(const std::string &line)
{
    QJsonParseError error{};
    const auto document = QJsonDocument::fromJson(QByteArray::fromStdString(line), &error);
    if (error.error != QJsonParseError::NoError)
        qWarning("not JSON (%s): %s", qPrintable(error.errorString()), line.c_str());
    return document.object();
}

}  // namespace

class TestPreferences : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    storetest::ProjectWithSideStore<PreferenceStore> m_fx;  // a fresh project per test function, and the store on it

private Q_SLOTS:
    void init()
    {
        const std::string problem = m_fx.open(m_dir);
        QVERIFY2(problem.empty(), problem.c_str());
    }
    void cleanup() { m_fx.close(); }

    void storesABatchWithItsProvenance()
    {
        const auto stored = m_fx.store->storeBatch(sampleBatch("It was night.", {" The owl", " A bell", " Rain"}));
        QVERIFY(stored.ok());
        QCOMPARE(stored->itemIds.size(), std::size_t(3));
        QCOMPARE(stored->batchId, stored->itemIds.front());
        RawDb raw(m_fx.file);
        QCOMPARE(raw.scalar("SELECT count(DISTINCT batch_id) || '/' || count(*) FROM generated_items"),
                 QByteArray("1/3"));
        QCOMPARE(raw.scalar("SELECT name || ' ' || kind || ' ' || file_hash || ' ' || path FROM model_versions"),
                 QByteArray("default-lm lm ab12 /models/default-lm"));
        QCOMPARE(raw.scalar("SELECT group_concat(output_text, '|') FROM (SELECT output_text FROM generated_items"
                            " ORDER BY id)"),
                 QByteArray(" The owl| A bell| Rain"));
        QCOMPARE(raw.scalar("SELECT count(*) FROM generated_items WHERE chapter_id = 1 AND kind = 'continuation'"
                            " AND model_version_id = (SELECT id FROM model_versions)"),
                 QByteArray("3"));
        const auto inputs =
            parsedLine(raw.scalar("SELECT inputs FROM generated_items ORDER BY id LIMIT 1 OFFSET 1").toStdString());
        QCOMPARE(inputs["prompt"].toString(), QStringLiteral("It was night."));
        QCOMPARE(inputs["prompt_sha256"].toString(), QStringLiteral("00ff"));
        QCOMPARE(inputs["context_window"].toInt(), 256);
        QCOMPARE(inputs["prompt_tokens_dropped"].toInt(), 3);
        QCOMPARE(inputs["alternative"].toInt(), 1);
        QCOMPARE(inputs["n_alternatives"].toInt(), 3);
        QCOMPARE(inputs["max_tokens"].toInt(), 24);
        QVERIFY(qAbs(inputs["sampler"].toObject()["temperature"].toDouble() - 0.7) < 1e-6);
        QVERIFY(m_fx.project->verify().ok());  // the studio's connection sees a consistent file
    }

    void reusesTheModelVersionOfTheSameWeights()
    {
        QVERIFY(m_fx.store->storeBatch(sampleBatch("a", {"1", "2"})).ok());
        QVERIFY(m_fx.store->storeBatch(sampleBatch("b", {"3", "4"})).ok());
        QVERIFY(m_fx.store->storeBatch(sampleBatch("c", {"5", "6"}, "cd34")).ok());  // retrained weights
        RawDb raw(m_fx.file);
        QCOMPARE(raw.scalar("SELECT count(*) FROM model_versions"), QByteArray("2"));
        QCOMPARE(raw.scalar("SELECT count(DISTINCT batch_id) FROM generated_items"), QByteArray("3"));
    }

    void exportsAnAcceptedCardAgainstEachDifferentSibling()
    {
        const auto stored = m_fx.store->storeBatch(sampleBatch("Once", {" upon", " more", " upon"}));
        QVERIFY(stored.ok());
        const auto dismissed = m_fx.store->storeBatch(sampleBatch("Twice", {" x", " y"}));
        for (auto id : dismissed->itemIds)
            QVERIFY(m_fx.store->rate(id, FeedbackKind::Dismiss).ok());
        QVERIFY(m_fx.store->rate(dismissed->itemIds[0], FeedbackKind::Regenerate).ok());
        QVERIFY(m_fx.store->rate(stored->itemIds[0], FeedbackKind::Accept).ok());

        const auto pairs = m_fx.store->preferencePairs();
        QVERIFY(pairs.ok());
        QCOMPARE(pairs->size(), std::size_t(1));  // " upon" again is no preference; dismissals make no pairs
        const auto line = parsedLine(preferencePairJson(pairs->front()));
        QCOMPARE(line["prompt"].toString(), QStringLiteral("Once"));
        QCOMPARE(line["chosen"].toString(), QStringLiteral(" upon"));
        QCOMPARE(line["rejected"].toString(), QStringLiteral(" more"));
        QCOMPARE(line["source"].toString(), QStringLiteral("accept"));
        QCOMPARE(qint64(line["chosen_item_id"].toDouble()), stored->itemIds[0]);
        QCOMPARE(qint64(line["rejected_item_id"].toDouble()), stored->itemIds[1]);
        QCOMPARE(qint64(line["batch_id"].toDouble()), stored->batchId);
        QCOMPARE(line["model"].toObject()["file_hash"].toString(), QStringLiteral("ab12"));
        QCOMPARE(line["inputs"].toObject()["prompt_sha256"].toString(), QStringLiteral("00ff"));
        QCOMPARE(line["inputs"].toObject()["context_window"].toInt(), 256);
        QVERIFY(!line["inputs"].toObject().contains("prompt"));  // once per line is enough
        QCOMPARE(pairs->front().seed, 0x8000'0000'0000'0001ull);
        QCOMPARE(m_fx.store->ratingCount(FeedbackKind::Dismiss).value(), 2);
        QCOMPARE(m_fx.store->ratingCount(FeedbackKind::Regenerate).value(), 1);
    }

    void exportsATokenPickAsATokenLevelPair()
    {
        const auto stored = m_fx.store->storeBatch(sampleBatch("The sea", {" was grey and", " roared"}));
        TokenPick pick{.position = 2,
                       .textBefore = " was grey",
                       .originalId = 11,
                       .originalText = " and",
                       .originalLogProb = -0.5f,
                       .pickedId = 42,
                       .pickedText = " but",
                       .pickedLogProb = -1.5f};
        QVERIFY(m_fx.store->rateTokenPick(stored->itemIds[0], pick).ok());
        pick.pickedId = pick.originalId;  // picking the drawn token again says nothing
        QVERIFY(m_fx.store->rateTokenPick(stored->itemIds[0], pick).ok());
        const auto pairs = m_fx.store->preferencePairs();
        QCOMPARE(pairs->size(), std::size_t(1));
        const auto line = parsedLine(preferencePairJson(pairs->front()));
        QCOMPARE(line["source"].toString(), QStringLiteral("token_pick"));
        QCOMPARE(line["prompt"].toString(), QStringLiteral("The sea was grey"));
        QCOMPARE(line["chosen"].toString(), QStringLiteral(" but"));
        QCOMPARE(line["rejected"].toString(), QStringLiteral(" and"));
        QVERIFY(line["chosen_item_id"].isNull());
        RawDb raw(m_fx.file);
        const auto detail = parsedLine(raw.scalar("SELECT detail FROM ratings ORDER BY id LIMIT 1").toStdString());
        QCOMPARE(detail["position"].toInt(), 2);
        QCOMPARE(detail["picked"].toObject()["id"].toInt(), 42);
    }

    void keepsInvalidUtf8OutOfTheJson()
    {
        const auto stored = m_fx.store->storeBatch(sampleBatch("bad \xff bytes", {"ok", "\xc3"}));
        QVERIFY(m_fx.store->rate(stored->itemIds[0], FeedbackKind::Accept).ok());
        const auto line = preferencePairJson(m_fx.store->preferencePairs()->front());
        const auto parsed = parsedLine(line);
        QCOMPARE(parsed["prompt"].toString(), QStringLiteral("bad \uFFFD bytes"));
        QCOMPARE(parsed["rejected"].toString(), QStringLiteral("\uFFFD"));
    }

    void refusesWritesWhenReadOnlyAndReadsOlderFiles()
    {
        QVERIFY(m_fx.store->storeBatch(sampleBatch("x", {"1", "2"})).ok());
        auto readOnly = PreferenceStore::open(toPath(m_fx.file), OpenMode::ReadOnly);
        QVERIFY(readOnly.ok());
        QCOMPARE(readOnly->storeBatch(sampleBatch("y", {"1"})).error().code, ErrorCode::ReadOnly);
        QCOMPARE(readOnly->rate(1, FeedbackKind::Accept).error().code, ErrorCode::ReadOnly);
        QVERIFY(readOnly->preferencePairs().ok());

        // A v2 file (read-only in the studio, never upgraded) exports nothing rather than failing.
        const QString old = m_dir.filePath(QStringLiteral("old-v2.noo"));
        QVERIFY(noosphere::core::schema::createFile(toPath(old), 2).ok());
        auto v2 = PreferenceStore::open(toPath(old), OpenMode::ReadOnly);
        QVERIFY(v2.ok());
        QCOMPARE(v2->preferencePairs()->size(), std::size_t(0));
        QCOMPARE(PreferenceStore::open(toPath(old)).error().code, ErrorCode::InvalidArgument);  // not upgraded
        QCOMPARE(PreferenceStore::open(toPath(m_dir.filePath(QStringLiteral("missing.noo")))).ok(), false);
    }

    void saveAsCopiesTheFeedback()
    {
        const auto stored = m_fx.store->storeBatch(sampleBatch("Go", {" on", " back"}));
        QVERIFY(m_fx.store->rate(stored->itemIds[1], FeedbackKind::Accept).ok());
        const QString copy = m_dir.filePath(QStringLiteral("copy.noo"));
        QVERIFY(m_fx.project->copyTo(toPath(copy)).ok());  // VACUUM INTO on the studio's connection
        auto copied = PreferenceStore::open(toPath(copy), OpenMode::ReadOnly);
        QCOMPARE(copied->preferencePairs()->size(), std::size_t(1));
        QCOMPARE(copied->preferencePairs()->front().chosen, std::string(" back"));
    }
};

QObject *newTestPreferences()
{
    return new TestPreferences;
}

#include "tst_preferences.moc"
