// Genome files: what a designer saves and loads, and what the CLI is given. Round trips, and each kind of
// bad file named in the message (unknown family, missing, extra, non-numeric, out-of-range, fractional gene).
#include "genomeutil.h"

#include <QObject>
#include <QTest>

using namespace noosphere::core::design;

namespace {

std::string errorOf(const std::string &json)
{
    auto parsed = parseGenomeJson(json);
    return parsed.ok() ? std::string("(parsed)") : parsed.error().detail;
}

// A lathe genome file with the defaults, one gene's JSON text replaced (or left out when empty), and more
// members appended.
QString latheWith(const std::string &geneId, const std::string &valueText, const std::string &extra = "")
{
    const Family &lathe = *findFamily("lathe");
    std::string genes;
    for (const GeneSpec &gene : lathe.genes) {
        const std::string value = gene.id == geneId ? valueText : std::to_string(gene.defaultValue);
        if (!value.empty())
            genes += (genes.empty() ? "" : ", ") + ("\"" + gene.id + "\": " + value);
    }
    return QString::fromStdString("{\"family\": \"lathe\", \"genes\": {" + genes + extra + "}}");
}

}  // namespace

class TestDesignGenome : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void roundTripsEveryFamily()
    {
        std::mt19937_64 random(7);
        for (const Family &family : families()) {
            const Genome genome = noosphere::tests::randomGenome(family, random);
            auto parsed = parseGenomeJson(genomeToJson(genome));
            QVERIFY2(parsed.ok(), parsed.ok() ? "" : parsed.error().detail.c_str());
            QCOMPARE(parsed->family, genome.family);
            QCOMPARE(parsed->values.size(), genome.values.size());
            for (size_t i = 0; i < genome.values.size(); ++i)
                QCOMPARE(parsed->values[i], genome.values[i]);
        }
    }

    void normalisedCoordinatesRoundTrip()
    {
        const Family &sweep = *findFamily("sweep");
        const Genome genome = defaultGenome(sweep);
        const auto unit = normalise(sweep, genome.values);
        for (double u : unit)
            QVERIFY(u >= 0 && u <= 1);
        const auto back = denormalise(sweep, unit);
        for (size_t i = 0; i < back.size(); ++i)
            QVERIFY(std::abs(back[i] - genome.values[i]) < 1e-9);
        // Integer genes come back whole; values outside the range are held at its ends.
        const auto clamped = clampedValues(sweep, std::vector<double>(sweep.genes.size(), 1e9));
        for (size_t i = 0; i < clamped.size(); ++i)
            QCOMPARE(clamped[i], sweep.genes[i].max);
    }

    void badFilesAreNamed_data()
    {
        QTest::addColumn<QString>("json");
        QTest::addColumn<QString>("message");
        QTest::newRow("not json") << "{\"family\": " << "does not parse";
        QTest::newRow("empty") << "" << "does not parse";
        QTest::newRow("array") << "[1, 2]" << "\"family\"";
        QTest::newRow("unknown family") << "{\"family\": \"teapot\", \"genes\": {}}" << "teapot";
        QTest::newRow("no genes") << "{\"family\": \"lathe\"}" << "\"genes\"";
        QTest::newRow("missing gene") << latheWith("wall", "") << "\"wall\" is missing";
        QTest::newRow("extra gene") << latheWith("", "", ", \"handle\": 3") << "no gene \"handle\"";
        QTest::newRow("out of range") << latheWith("height", "9000") << "\"height\" is 9000, outside 40 to 300 mm";
        QTest::newRow("negative") << latheWith("wall", "-1") << "\"wall\" is -1";
        QTest::newRow("not a number") << latheWith("radius_top", "\"big\"") << "\"radius_top\" is not a number";
        QTest::newRow("null") << latheWith("twist", "null") << "\"twist\" is not a number";
        QTest::newRow("fractional count") << latheWith("ribs", "2.5") << "whole number";
    }

    void badFilesAreNamed()
    {
        QFETCH(QString, json);
        QFETCH(QString, message);
        const std::string error = errorOf(json.toStdString());
        QVERIFY2(error != "(parsed)", qPrintable(json));
        QVERIFY2(QString::fromStdString(error).contains(message), error.c_str());
    }

    void hugeAndHostileInputIsRefusedCalmly()
    {
        QVERIFY(errorOf(std::string(1 << 20, '[')) != "(parsed)");                   // deep nesting
        QVERIFY(errorOf("{\"family\": \"lathe\", \"genes\": {\"height\": 1e999}}") != "(parsed)");
        QVERIFY(errorOf(std::string("{\"family\": \"\xff\xfe\"}")) != "(parsed)");  // invalid UTF-8
    }
};

QObject *newTestDesignGenome() { return new TestDesignGenome; }

#include "tst_designgenome.moc"
