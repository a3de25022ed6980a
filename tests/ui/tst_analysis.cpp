// The analysis panel's engine room as a writer relies on it: the emotion arc follows the chapter's mood and
// marks the sentence under the cursor, the manuscript arc spans chapters and a click on it opens the right one,
// long and hard sentences are marked in the editor and the marks follow edits, repetition is marked and a click
// selects its next use, the switches are remembered, closing the panel stops the work, a 5 MB chapter does not
// hold up the UI thread, and a missing lexicon says which package to install.
#include "analysis/analysiscontroller.h"
#include "engine/enginebridge.h"
#include "store/projectstore.h"
#include "writer/writercontroller.h"

#include <QElapsedTimer>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QQuickItem>
#include <QQuickTextDocument>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>

#include <memory>

using namespace noosphere;

namespace noosphere::ui {
char *toString(const ReadabilityLayer::Span &span)  // for QCOMPARE's messages
{
    return QTest::toString(QStringLiteral("[%1, %2)").arg(span.start).arg(span.end));
}
}  // namespace noosphere::ui

namespace {

QString repeated(const QString &sentence, int times)
{
    QStringList all;
    for (int i = 0; i < times; ++i)
        all << sentence;
    return all.join(QLatin1Char(' '));
}

const QString kHappy = repeated(QStringLiteral("It was a wonderful, happy morning and everyone laughed with joy."), 12);
const QString kSad = repeated(QStringLiteral("Then the terrible news came, and she wept in grief and despair."), 12);

}  // namespace

class TestAnalysis : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QQmlEngine m_engine;
    std::unique_ptr<QQuickItem> m_editor;
    std::unique_ptr<core::ProjectStore> m_store;
    std::unique_ptr<ui::EngineBridge> m_bridge;
    std::unique_ptr<ui::WriterController> m_writer;
    std::unique_ptr<ui::AnalysisController> m_analysis;

    QTextDocument *doc() { return m_writer->document(); }
    /// Whether the editor shows document position `position` on the readability marks' amber background.
    bool isMarked(int position)
    {
        const QTextBlock block = doc()->findBlock(position);
        const int at = position - block.position();
        for (const auto &range : block.layout()->formats()) {
            if (at >= range.start && at < range.start + range.length && range.format.background().color().alpha() > 0)
                return true;
        }
        return false;
    }
    bool analysed()
    {
        m_analysis->analyseNow();
        return QTest::qWaitFor([this] { return !m_analysis->isBusy(); }, 30'000);
    }

private Q_SLOTS:
    void init()
    {
        QSettings().remove(QStringLiteral("analysis"));
        const auto file = (m_dir.path() + QStringLiteral("/%1.noo").arg(QTest::currentTestFunction())).toStdString();
        m_store = std::make_unique<core::ProjectStore>(core::ProjectStore::create(file).value());
        QVERIFY(m_store->addChapter("Two", kSad.toStdString()).ok());
        QQmlComponent component(&m_engine);
        component.setData("import QtQuick\nTextEdit {}", {});
        m_editor.reset(qobject_cast<QQuickItem *>(component.create()));
        QVERIFY(m_editor);
        m_bridge = std::make_unique<ui::EngineBridge>();
        m_writer = std::make_unique<ui::WriterController>();
        m_writer->setStore(m_store.get());
        m_writer->attachDocument(m_editor->property("textDocument").value<QQuickTextDocument *>());
        m_analysis = std::make_unique<ui::AnalysisController>(m_bridge.get(), m_writer.get());
        m_analysis->setStore(m_store.get());
    }
    void cleanup()
    {
        m_analysis.reset();
        m_writer.reset();
        m_bridge.reset();
        m_store.reset();
    }

    void arcFallsFromAHappyToASadHalfAndMarksTheCursorsSentence()
    {
        doc()->setPlainText(kHappy + QStringLiteral("\n\n") + kSad);
        QVERIFY(analysed());
        QVERIFY2(m_analysis->problem().isEmpty(), qPrintable(m_analysis->problem()));
        const QList<qreal> arc = m_analysis->chapterArc();
        QCOMPARE(arc.size(), 24);
        QVERIFY2(arc.first() > 0.3 && arc.last() < -0.3, qPrintable(QStringLiteral("%1 … %2").arg(arc.first()).arg(arc.last())));

        m_analysis->setCursorPosition(int(kHappy.size()) + 2 + 5);  // in the first sad sentence
        QCOMPARE(m_analysis->chapterPoint(), 12);
        m_analysis->setCursorPosition(3);
        QCOMPARE(m_analysis->chapterPoint(), 0);

        const QVariantMap r = m_analysis->readability();
        QCOMPARE(r.value("sentences").toInt(), 24);
        QVERIFY(r.value("ease").toDouble() > 50);  // short plain sentences
        QVERIFY(m_analysis->repeatedPhrases().size() > 0);  // twelve times the same sentence
    }

    void theManuscriptArcSpansChaptersAndAClickOpensTheChapter()
    {
        doc()->setPlainText(kHappy);
        QVERIFY(analysed());
        QCOMPARE(m_analysis->manuscriptArc().size(), 24);
        QCOMPARE(m_analysis->chapterStarts(), (QList<int>{0, 12}));
        QSignalSpy moves(m_analysis.get(), &ui::AnalysisController::cursorRequested);
        m_analysis->goToPoint(14, true);  // the third sentence of chapter two
        QCOMPARE(m_writer->currentIndex(), 1);
        QCOMPARE(moves.size(), 1);
        const int position = moves.at(0).at(0).toInt();
        QCOMPARE(position, 2 * int(QStringLiteral("Then the terrible news came, and she wept in grief and despair. ").size()));
        QVERIFY(doc()->toPlainText().mid(position).startsWith(QStringLiteral("Then the terrible")));
    }

    void marksLongAndHardSentencesInTheEditorAndFollowsEdits()
    {
        const QString shortOne = QStringLiteral("She smiled at him. ");
        const QString sixty = QStringLiteral("The dog and ") + repeated(QStringLiteral("the cat sat"), 19) + QStringLiteral(".");
        const QString hard = QStringLiteral("Institutional considerations notwithstanding, organizational "
                                            "responsibilities necessitate comprehensive interdisciplinary "
                                            "collaboration immediately.");
        const QString plain = QStringLiteral("He walked down to the river and sat on the bank for a while, "
                                             "watching the boats go by in the sun.");
        doc()->setPlainText(shortOne + sixty + QStringLiteral("\n\n") + hard + QStringLiteral(" ") + plain);
        m_analysis->setMarkHardSentences(true);
        QVERIFY(analysed());
        const int sixtyAt = int(shortOne.size());
        const int hardAt = sixtyAt + int(sixty.size()) + 2;
        using Span = ui::ReadabilityLayer::Span;
        QCOMPARE(m_analysis->hardSentenceMarks(),
                 (QList<Span>{{sixtyAt, sixtyAt + int(sixty.size())}, {hardAt, hardAt + int(hard.size())}}));
        QVERIFY(isMarked(sixtyAt + 10));
        QVERIFY(!isMarked(3));  // the short sentence before it
        QVERIFY(!isMarked(hardAt + int(hard.size()) + 5));  // the plain one after the hard one

        // Typing before the long sentence moves its mark with it; the words typed are not marked.
        QTextCursor(doc()).insertText(QStringLiteral("Yes. "));
        QCOMPARE(m_analysis->hardSentenceMarks().first(), (Span{sixtyAt + 5, sixtyAt + 5 + int(sixty.size())}));
        QVERIFY(!isMarked(sixtyAt + 2));
        QVERIFY(isMarked(sixtyAt + 5));
        // Deleting it takes its mark away before any new analysis.
        QTextCursor cursor(doc());
        cursor.setPosition(sixtyAt + 5);
        cursor.setPosition(sixtyAt + 5 + int(sixty.size()), QTextCursor::KeepAnchor);
        cursor.removeSelectedText();
        QCOMPARE(m_analysis->hardSentenceMarks().size(), 1);
        QVERIFY(!isMarked(sixtyAt + 5));

        // Switched off, nothing is marked; the switches are remembered.
        m_analysis->setMarkHardSentences(false);
        QVERIFY(!isMarked(hardAt));
        m_analysis->setMarkRepetition(true);
        ui::AnalysisController again(m_bridge.get(), m_writer.get());
        QVERIFY(!again.marksHardSentences());
        QVERIFY(again.marksRepetition());
    }

    void editsMadeWhileAnalysingMoveTheMarksItFinds()
    {
        const QString sixty = QStringLiteral("The dog and ") + repeated(QStringLiteral("the cat sat"), 19) + QStringLiteral(".");
        doc()->setPlainText(QStringLiteral("Short. ") + sixty);
        m_analysis->setMarkHardSentences(true);
        m_analysis->analyseNow();  // copies the text now; the result comes back after the edit below
        QTextCursor(doc()).insertText(QStringLiteral("Typed meanwhile. "));
        QVERIFY(QTest::qWaitFor([this] { return !m_analysis->isBusy(); }, 30'000));
        const int at = int(QStringLiteral("Typed meanwhile. Short. ").size());
        QCOMPARE(m_analysis->hardSentenceMarks(), (QList<ui::ReadabilityLayer::Span>{{at, at + int(sixty.size())}}));
    }

    void repetitionMarksWholeWordsAndAClickSelectsTheNextUse()
    {
        ui::RepetitionLayer repetition;
        QVERIFY(repetition.rangesFor(QStringLiteral("Suddenly"), 0).isEmpty());
        repetition.setTerms({QStringLiteral("suddenly")}, {QStringLiteral("at the end of the day")});
        const auto marks = repetition.rangesFor(QStringLiteral("Suddenly, at the  end of the day, suddenlyish."), 0);
        QCOMPARE(marks.size(), 2);  // not inside "suddenlyish"
        QCOMPARE(marks[0].start, 0);
        QCOMPARE(marks[1].start, 10);

        doc()->setPlainText(kHappy);
        QVERIFY(analysed());
        QVERIFY(!m_analysis->repeatedPhrases().isEmpty());
        QSignalSpy selections(m_analysis.get(), &ui::AnalysisController::selectionRequested);
        m_analysis->setCursorPosition(5);  // inside the first use: the next one is the second sentence
        m_analysis->selectNextUse(0, true);
        QCOMPARE(selections.size(), 1);
        const int start = selections.at(0).at(0).toInt();
        const int end = selections.at(0).at(1).toInt();
        const int sentence = int(kHappy.indexOf(QLatin1Char(' '), kHappy.indexOf(QLatin1Char('.')))) + 1;
        QCOMPARE(start, sentence);
        QVERIFY2(doc()->toPlainText().mid(start, end - start).startsWith(QStringLiteral("It was a wonderful")),
                 qPrintable(doc()->toPlainText().mid(start, end - start)));
        m_analysis->selectNextUse(99, true);  // no such row: nothing happens
        QCOMPARE(selections.size(), 1);
    }

    void closingThePanelStopsTheAnalysis()
    {
        doc()->setPlainText(kHappy);
        m_analysis->setOpen(true);  // analyses at once
        QVERIFY(m_analysis->isBusy());
        m_analysis->setOpen(false);
        QVERIFY(!m_analysis->isBusy());
        QTest::qWait(1500);
        QVERIFY(m_analysis->chapterArc().isEmpty());  // nothing came back
        m_analysis->setOpen(true);
        QVERIFY(QTest::qWaitFor([this] { return !m_analysis->chapterArc().isEmpty(); }, 30'000));
        m_analysis->setOpen(false);
    }

    void aFiveMegabyteChapterIsAnalysedOffTheUiThread()
    {
        QString big;
        while (big.size() < 5'000'000)
            big += kHappy + QStringLiteral("\n\n") + kSad + QStringLiteral("\n\n");
        doc()->setPlainText(big);
        QElapsedTimer clock;
        clock.start();
        m_analysis->analyseNow();
        const qint64 uiMs = clock.elapsed();
        qInfo("the UI thread spent %lld ms starting the analysis of 5 MB", qlonglong(uiMs));
        QVERIFY(m_analysis->isBusy());
        QVERIFY2(uiMs < 1000, "the UI thread did the analysis");
        QVERIFY(QTest::qWaitFor([this] { return !m_analysis->isBusy(); }, 60'000));
        qInfo("analysed in %lld ms", qlonglong(clock.elapsed()));
        QVERIFY(m_analysis->chapterArc().size() > 50'000);
    }

    void aMissingLexiconNamesThePackage()
    {
        const QByteArray saved = qgetenv("NOOSPHERE_NPM_DATA_DIR");
        qputenv("NOOSPHERE_NPM_DATA_DIR", m_dir.path().toUtf8());  // no packages there
        doc()->setPlainText(kHappy);
        const bool done = analysed();
        saved.isNull() ? qunsetenv("NOOSPHERE_NPM_DATA_DIR") : qputenv("NOOSPHERE_NPM_DATA_DIR", saved);
        QVERIFY(done);
        QVERIFY2(m_analysis->problem().contains(QStringLiteral("vader-sentiment")), qPrintable(m_analysis->problem()));
        QVERIFY(m_analysis->chapterArc().isEmpty());
    }
};

namespace noosphere::tests {
QObject *makeTestAnalysis() { return new TestAnalysis; }
}  // namespace noosphere::tests

#include "tst_analysis.moc"
