// TestDesignStore: the Design pane's history in the project file: generations with their provenance, stars
// with what was rated, reading them back after a reopen, and a read-only project left untouched.
#include "storetestutil.h"

#include "store/designstore.h"
#include "store/projectstore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace noosphere::core;
using storetest::RawDb;
using storetest::toPath;

namespace {

std::vector<DesignRecord> generationOf(int n, double base)
{
    std::vector<DesignRecord> records;
    for (int i = 0; i < n; ++i)
        records.push_back({{base + i, 2.5, 7.0}, R"({"family": "lathe", "genes": {}})", R"({"volume": 12.5})", 3.1,
                           0.8, i == 1, 0});
    return records;
}

}  // namespace

class TestDesignStore : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    storetest::ProjectWithSideStore<DesignStore> m_fx;  // a fresh project per test function, and the store on it

private Q_SLOTS:
    void init()
    {
        const std::string problem = m_fx.open(m_dir);
        QVERIFY2(problem.empty(), problem.c_str());
    }
    void cleanup() { m_fx.close(); }

    void storesGenerationsWithProvenance()
    {
        const auto first = m_fx.store->storeGeneration("lathe", 0x8000'0000'0000'0005ull, 0, generationOf(16, 100));
        QVERIFY(first.ok());
        QCOMPARE(first->size(), size_t(16));
        const auto second = m_fx.store->storeGeneration("lathe", 0x8000'0000'0000'0005ull, 1, generationOf(16, 200));
        QVERIFY(second.ok());
        RawDb raw(m_fx.file);
        QCOMPARE(raw.scalar("SELECT count(DISTINCT batch_id) || '/' || count(*) FROM generated_items WHERE kind = 'design'"),
                 QByteArray("2/32"));
        QCOMPARE(raw.scalar("SELECT count(*) FROM designs d JOIN generated_items g ON g.id = d.item_id"
                            " WHERE d.generation = 1"),
                 QByteArray("16"));
        const auto inputs = QJsonDocument::fromJson(
            raw.scalar("SELECT inputs FROM generated_items ORDER BY id LIMIT 1 OFFSET 1")).object();
        QCOMPARE(inputs["family"].toString(), QStringLiteral("lathe"));
        QCOMPARE(inputs["edited"].toBool(), true);
        QCOMPARE(inputs["predicted"].toObject()["mean"].toDouble(), 3.1);
        QCOMPARE(inputs["objectives"].toObject()["volume"].toDouble(), 12.5);

        const auto stored = m_fx.store->designs("lathe");
        QVERIFY(stored.ok());
        QCOMPARE(stored->size(), size_t(32));
        QCOMPARE(stored->at(17).generation, 1);
        QCOMPARE(stored->at(17).genes, (std::vector<double>{201, 2.5, 7.0}));
        QCOMPARE(stored->at(17).runSeed, 0x8000'0000'0000'0005ull);
        QVERIFY(m_fx.store->designs("sweep")->empty());
    }

    void starsKeepTheLatestAndTheirProvenance()
    {
        const auto ids = m_fx.store->storeGeneration("sweep", 9, 0, generationOf(4, 10)).value();
        QVERIFY(m_fx.store->rate(ids[2], 2, R"({"generation": 0, "predicted": {"mean": 3.0}})").ok());
        QVERIFY(m_fx.store->rate(ids[2], 5, R"({"generation": 0})").ok());  // changed their mind
        QVERIFY(!m_fx.store->rate(ids[2], 0, "{}").ok());
        QVERIFY(!m_fx.store->rate(ids[2], 6, "{}").ok());
        QVERIFY(!m_fx.store->rate(999999, 3, "{}").ok());
        const auto stored = m_fx.store->designs("sweep").value();
        QCOMPARE(stored[2].stars, std::optional<double>(5));
        QVERIFY(!stored[1].stars);
        RawDb raw(m_fx.file);
        QCOMPARE(raw.scalar("SELECT count(*) FROM ratings WHERE kind = 'stars'"), QByteArray("2"));
        QCOMPARE(raw.scalar("SELECT json_extract(detail, '$.predicted.mean') FROM ratings ORDER BY id LIMIT 1"),
                 QByteArray("3.0"));
    }

    void survivesAReopen()
    {
        const auto ids = m_fx.store->storeGeneration("assembled", 3, 0, generationOf(2, 1)).value();
        QVERIFY(m_fx.store->rate(ids[0], 4, "{}").ok());
        m_fx.store.reset();
        m_fx.project.reset();
        auto project = ProjectStore::open(toPath(m_fx.file));
        QVERIFY(project.ok());
        auto designs = DesignStore::open(toPath(m_fx.file));
        QVERIFY(designs.ok());
        QCOMPARE(designs->designs("assembled")->at(0).stars, std::optional<double>(4));
    }

    void readOnlyProjectsAreNotChanged()
    {
        auto readOnly = DesignStore::open(toPath(m_fx.file), OpenMode::ReadOnly);
        QVERIFY(readOnly.ok());
        const auto refused = readOnly->storeGeneration("lathe", 1, 0, generationOf(1, 1));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, noosphere::models::ErrorCode::ReadOnly);
        QVERIFY(readOnly->designs("lathe")->empty());
    }
};

QObject *newTestDesignStore() { return new TestDesignStore; }

#include "tst_designstore.moc"
