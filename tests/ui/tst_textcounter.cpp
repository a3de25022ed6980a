// Word and character counts as a novelist reads them, in English, Chinese and emoji.
#include "writer/textcounter.h"

#include <QTest>

using noosphere::ui::countText;

class TestTextCounter : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void countsEnglishWordsWithApostrophesAndHyphens()
    {
        const auto c = countText(QStringLiteral("Don't stop — it's a well-known road.  End"));
        QCOMPARE(c.words, 7);  // Don't, stop, it's, a, well-known, road, End
    }
    void countsEachCjkCharacterAsAWord()
    {
        const auto c = countText(QStringLiteral("春眠不觉晓，处处闻啼鸟。"));
        QCOMPARE(c.words, 10);
        QCOMPARE(c.characters, 12);
    }
    void countsMixedScripts()
    {
        QCOMPARE(countText(QStringLiteral("Tokyo東京 is big")).words, 5);  // Tokyo, 東, 京, is, big
    }
    void countsEmojiSequencesAsOneCharacter()
    {
        // family (ZWJ sequence), thumbs up with skin tone, flag, e + combining acute
        const auto c = countText(QStringLiteral("👨‍👩‍👧 👍🏽 🇫🇷 e\u0301"));
        QCOMPARE(c.characters, 7);
        QCOMPARE(c.words, 1);  // only the accented e is a word
    }
    void emptyTextCountsNothing()
    {
        const auto c = countText({});
        QCOMPARE(c.words, 0);
        QCOMPARE(c.characters, 0);
    }
    void countsALongChapterQuickly()
    {
        const QString chapter = QStringLiteral("The quick brown fox jumps over the lazy dog. ").repeated(20'000);
        QElapsedTimer t;
        t.start();
        QCOMPARE(countText(chapter).words, 180'000);
        qInfo("counted 180,000 words in %lld ms (runs on a pool thread)", static_cast<long long>(t.elapsed()));
    }
};

namespace noosphere::tests {
QObject *makeTestTextCounter() { return new TestTextCounter; }
}

#include "tst_textcounter.moc"
