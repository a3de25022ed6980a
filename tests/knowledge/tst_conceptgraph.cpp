// The concept graph's promises: the layout never lets two boxes overlap (random trees of any sizes, degenerate
// input, and the real graphs of hundreds of WordNet words), and the graph of a word shows its senses across parts
// of speech with their relations, while unknown, Chinese and ill-formed words give the word alone.
#include "text/knowledge/conceptgraph.h"
#include "text/knowledge/datafiles.h"
#include "text/knowledge/graphlayout.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <limits>
#include <optional>
#include <random>

using namespace noosphere::core::text;

namespace {

// Roughly what the panel measures: a 13 px font is ~7 px per character, plus padding.
std::vector<GraphLayoutNode> boxesOf(const ConceptGraph &graph)
{
    std::vector<GraphLayoutNode> boxes;
    for (const ConceptNode &node : graph.nodes)
        boxes.push_back({.width = 20.0 + 7.0 * double(node.label.size()), .height = 26, .parent = node.parent});
    return boxes;
}

QString describeOverlap(std::span<const GraphLayoutNode> nodes, const GraphLayout &layout, std::size_t i, std::size_t j)
{
    return QStringLiteral("boxes %1 (%2×%3 at %4,%5) and %6 (%7×%8 at %9,%10) overlap")
        .arg(i).arg(nodes[i].width).arg(nodes[i].height).arg(layout.centres[i].x).arg(layout.centres[i].y)
        .arg(j).arg(nodes[j].width).arg(nodes[j].height).arg(layout.centres[j].x).arg(layout.centres[j].y);
}

bool insideDrawing(std::span<const GraphLayoutNode> nodes, const GraphLayout &layout)
{
    for (std::size_t i = 0; i < nodes.size(); ++i) {
        const double w = std::max(1.0, nodes[i].width), h = std::max(1.0, nodes[i].height);
        const auto &c = layout.centres[i];
        if (!(c.x - w / 2 >= -1e-6 && c.y - h / 2 >= -1e-6 && c.x + w / 2 <= layout.width + 1e-6 &&
              c.y + h / 2 <= layout.height + 1e-6))
            return false;
    }
    return true;
}

}  // namespace

class TestConceptGraph : public QObject {
    Q_OBJECT

    QTemporaryDir m_cache;
    std::optional<WordNet> m_wordnet;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_cache.isValid());
        auto wordnet = WordNet::open(wordnetDir(), m_cache.filePath(QStringLiteral("wordnet.idx")).toStdString());
        QVERIFY2(wordnet.ok(), wordnet.ok() ? "" : wordnet.error().detail.c_str());
        m_wordnet.emplace(std::move(wordnet.value()));
    }

    void layoutOfNothingAndOfOneBox()
    {
        QVERIFY(layOutRadialTree({}).centres.empty());
        const std::vector<GraphLayoutNode> one{{.width = 80, .height = 30}};
        const GraphLayout layout = layOutRadialTree(one, {.margin = 12});
        QCOMPARE(layout.centres.size(), std::size_t(1));
        QCOMPARE(layout.width, 104.0);
        QCOMPARE(layout.height, 54.0);
        QCOMPARE(layout.centres[0].x, 52.0);
        // The checker itself sees an overlap, and a gap that is too small.
        const std::vector<GraphLayoutNode> two{{.width = 80, .height = 30}, {.width = 80, .height = 30}};
        QVERIFY(findOverlap(two, std::vector<GraphPoint>{{0, 0}, {79, 29}}, 0));
        QVERIFY(findOverlap(two, std::vector<GraphPoint>{{0, 0}, {85, 0}}, 10));
        QVERIFY(!findOverlap(two, std::vector<GraphPoint>{{0, 0}, {90, 0}}, 10));
    }

    void randomTreesNeverOverlap()
    {
        std::mt19937 random(20240601);
        for (int trial = 0; trial < 3000; ++trial) {
            const int n = 1 + int(random() % 70);
            std::vector<GraphLayoutNode> nodes;
            nodes.resize(std::size_t(n));
            const bool star = trial % 7 == 0;  // everything on one ring: the hardest case for the wedges
            for (int i = 0; i < n; ++i) {
                nodes[std::size_t(i)] = {.width = 4.0 + double(random() % 320), .height = 4.0 + double(random() % 80),
                                         .parent = i == 0 ? -1 : star ? 0 : int(random() % std::uint32_t(i))};
            }
            const double gap = double(random() % 20);
            const GraphLayout layout = layOutRadialTree(nodes, {.gap = gap, .aspect = 0.5 + double(random() % 20) / 10});
            QCOMPARE(layout.centres.size(), nodes.size());
            if (const auto hit = findOverlap(nodes, layout.centres, gap))
                QFAIL(qPrintable(QStringLiteral("trial %1: ").arg(trial) + describeOverlap(nodes, layout, hit->first, hit->second)));
            QVERIFY2(insideDrawing(nodes, layout), qPrintable(QStringLiteral("trial %1 leaves the drawing").arg(trial)));
        }
    }

    void identicalPositionsAndBadSizesAreSeparated()
    {
        // Zero, negative, NaN and infinite sizes; parents that point forward, at themselves or far away.
        const double nan = std::numeric_limits<double>::quiet_NaN(), inf = std::numeric_limits<double>::infinity();
        std::vector<GraphLayoutNode> nodes{{.width = 50, .height = 20, .parent = 3},
                                           {.width = 0, .height = -5, .parent = 1},
                                           {.width = nan, .height = 20, .parent = 7},
                                           {.width = inf, .height = inf, .parent = -4},
                                           {.width = 1e6, .height = 20, .parent = 0},
                                           {.width = 40, .height = 20, .parent = 4},
                                           {.width = 40, .height = 20, .parent = 4}};
        const GraphLayout layout = layOutRadialTree(nodes, {.gap = 5, .ringSpacing = nan, .aspect = nan, .margin = -3});
        QCOMPARE(layout.centres.size(), nodes.size());
        for (const auto &c : layout.centres)
            QVERIFY(std::isfinite(c.x) && std::isfinite(c.y));
        QVERIFY(!findOverlap(nodes, layout.centres, 5));
    }

    void conceptGraphOfBankSpansItsSensesAndRelations()
    {
        const ConceptGraph graph = buildConceptGraph(*m_wordnet, "bank");
        QVERIFY(graph.found);
        QCOMPARE(graph.nodes.front().label, std::string("bank"));
        QCOMPARE(graph.sensesShown, 5);
        QVERIFY(graph.sensesTotal >= 18);  // 10 nouns and 8 verbs in WordNet 3.0
        bool noun = false, verb = false, broader = false, synonym = false;
        for (const ConceptNode &node : graph.nodes) {
            QVERIFY(!node.label.empty());
            QVERIFY(node.parent < int(&node - graph.nodes.data()));
            noun = noun || (node.kind == ConceptNodeKind::Sense && node.pos == PartOfSpeech::Noun);
            verb = verb || (node.kind == ConceptNodeKind::Sense && node.pos == PartOfSpeech::Verb);
            broader = broader || node.link == ConceptLink::Broader;
            synonym = synonym || (node.link == ConceptLink::Synonym && node.label == "depository financial institution");
        }
        QVERIFY(noun && verb && broader && synonym);
        QVERIFY(graph.nodes.size() <= 1 + 5 * 5);
    }

    void inflectionsCentreOnTheLemma()
    {
        QCOMPARE(buildConceptGraph(*m_wordnet, "Geese").nodes.front().label, std::string("goose"));
        const ConceptGraph good = buildConceptGraph(*m_wordnet, "good");
        bool opposite = false;
        for (const ConceptNode &node : good.nodes)
            opposite = opposite || (node.link == ConceptLink::Opposite && node.label == "bad");
        QVERIFY2(opposite, "good's antonym bad is among its relations");
    }

    void unknownForeignAndBrokenWordsStandAlone_data()
    {
        QTest::addColumn<QByteArray>("word");
        QTest::newRow("invented") << QByteArray("zarnathor");
        QTest::newRow("chinese") << QByteArray("银行");
        QTest::newRow("mixed") << QByteArray("bank银行");
        QTest::newRow("ill-formed") << QByteArray("ba\xff\xfenk");
        QTest::newRow("empty") << QByteArray("");
        QTest::newRow("spaces") << QByteArray("   ");
    }

    void unknownForeignAndBrokenWordsStandAlone()
    {
        QFETCH(QByteArray, word);
        const ConceptGraph graph = buildConceptGraph(*m_wordnet, std::string_view(word.constData(), std::size_t(word.size())));
        QVERIFY(!graph.found);
        QCOMPARE(graph.nodes.size(), std::size_t(1));
        const auto boxes = boxesOf(graph);
        QCOMPARE(layOutRadialTree(boxes).centres.size(), std::size_t(1));
    }

    // Hundreds of real graphs: every 97th lemma of the index, all parts of speech, laid out as the panel does.
    void conceptGraphsOfManyWordsNeverOverlap()
    {
        const WordNetIndex &index = m_wordnet->index();
        int graphs = 0, nodes = 0;
        QElapsedTimer clock;
        qint64 layoutNs = 0, buildNs = 0;
        // The busiest graphs (words of many senses and relations), then a sample of the whole index.
        std::vector<std::string> words{"bank", "light", "run", "set", "good", "head", "play", "line", "break",
                                       "take", "give", "hand", "heart", "fire", "cold", "dog", "tree", "water"};
        for (std::uint32_t i = 0; i < index.lemmaCount(); i += 97)
            words.emplace_back(index.text(index.lemma(i).text));
        std::size_t most = 0;
        for (const std::string &word : words) {
            clock.start();
            const ConceptGraph graph = buildConceptGraph(*m_wordnet, word);
            buildNs += clock.nsecsElapsed();
            const auto boxes = boxesOf(graph);
            clock.start();
            const GraphLayout layout = layOutRadialTree(boxes, {.gap = 10});
            layoutNs += clock.nsecsElapsed();
            if (const auto hit = findOverlap(boxes, layout.centres, 10))
                QFAIL(qPrintable(QString::fromStdString(word) + QStringLiteral(": ") +
                                 describeOverlap(boxes, layout, hit->first, hit->second)));
            QVERIFY(insideDrawing(boxes, layout));
            if (graphs < 18)  // the busy words: how big their drawings are, for the panel's ~440 px
                qInfo("%s: %zu boxes, %.0f × %.0f px", word.c_str(), boxes.size(), layout.width, layout.height);
            ++graphs;
            nodes += int(graph.nodes.size());
            most = std::max(most, graph.nodes.size());
        }
        QVERIFY(graphs > 1500);
        QCOMPARE(most, std::size_t(1 + 5 * 5));  // the limits are reached, and kept
        qInfo("%d graphs, %.1f nodes each; build %.1f µs, layout %.1f µs per graph", graphs, double(nodes) / graphs,
              double(buildNs) / graphs / 1000, double(layoutNs) / graphs / 1000);
    }
};

QTEST_GUILESS_MAIN(TestConceptGraph)

#include "tst_conceptgraph.moc"
