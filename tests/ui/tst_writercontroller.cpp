// The Writer pane's promises: typing reaches the project file within 2 s, chapter operations are undoable
// and kept in the file, find/replace works through the editor's undo, counts follow the text.
#include "store/projectstore.h"
#include "text/wordcount.h"
#include "writer/writercontroller.h"

#include <QClipboard>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QQuickItem>
#include <QQuickTextDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextCursor>
#include <QTextDocument>

using namespace noosphere;

namespace {

std::vector<std::string> titlesOnDisk(const std::filesystem::path &file)
{
    auto store = core::ProjectStore::open(file, core::OpenMode::ReadOnly);
    std::vector<std::string> titles;
    const auto chapters = store->chapters();  // kept: a range-for over a temporary's value() would dangle
    for (const auto &c : chapters.value())
        titles.push_back(c.title);
    return titles;
}

std::string bodyOnDisk(const std::filesystem::path &file, qint64 chapterId)
{
    auto store = core::ProjectStore::open(file, core::OpenMode::ReadOnly);
    return store->chapter(chapterId)->body;
}

}  // namespace

class TestWriterController : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QQmlEngine m_engine;
    std::unique_ptr<QQuickItem> m_editor;
    std::unique_ptr<core::ProjectStore> m_store;
    std::unique_ptr<ui::WriterController> m_writer;
    std::filesystem::path m_file;

    QTextDocument *doc() { return m_writer->document(); }
    void type(const QString &text)
    {
        QTextCursor cursor(doc());
        cursor.movePosition(QTextCursor::End);
        cursor.insertText(text);
    }

private Q_SLOTS:
    void init()
    {
        m_file = (m_dir.path() + QStringLiteral("/%1.noo").arg(QTest::currentTestFunction())).toStdString();
        m_store = std::make_unique<core::ProjectStore>(core::ProjectStore::create(m_file).value());
        QQmlComponent component(&m_engine);
        component.setData("import QtQuick\nTextEdit {}", {});
        m_editor.reset(qobject_cast<QQuickItem *>(component.create()));
        QVERIFY(m_editor);
        m_writer = std::make_unique<ui::WriterController>();
        m_writer->setStore(m_store.get());
        m_writer->attachDocument(m_editor->property("textDocument").value<QQuickTextDocument *>());
        QCOMPARE(m_writer->chapters()->rowCount(), 1);
        QCOMPARE(m_writer->currentIndex(), 0);
    }
    void cleanup()
    {
        m_writer.reset();
        m_editor.reset();
        m_store.reset();
    }

    void typingReachesTheFileWithinTwoSeconds()
    {
        const qint64 id = m_writer->chapters()->idAt(0);
        QElapsedTimer clock;
        clock.start();
        type(QStringLiteral("It was a bright cold day in April, 时钟敲了十三下 🕐."));
        QCOMPARE(m_writer->saveState(), ui::WriterController::SaveState::Pending);
        QTRY_VERIFY_WITH_TIMEOUT(bodyOnDisk(m_file, id).find("时钟敲了十三下 🕐") != std::string::npos, 2000);
        qInfo("on disk %lld ms after the keystroke", static_cast<long long>(clock.elapsed()));
        QCOMPARE(m_writer->saveState(), ui::WriterController::SaveState::Saved);
    }

    void highlightsMarkTextWithoutCountingAsAnEdit()
    {
        // A layer that underlines every "storm", as the story bible or a repetition warning would.
        class StormLayer : public ui::HighlightLayer {
        public:
            QList<QTextLayout::FormatRange> rangesFor(const QString &text, int) const override
            {
                QList<QTextLayout::FormatRange> ranges;
                QTextCharFormat underline;
                underline.setFontUnderline(true);
                for (int at = text.indexOf(QStringLiteral("storm")); at >= 0;
                     at = text.indexOf(QStringLiteral("storm"), at + 1))
                    ranges.append({at, 5, underline});
                return ranges;
            }
        } layer;
        type(QStringLiteral("The storm broke over the storm wall."));
        QTRY_COMPARE_WITH_TIMEOUT(m_writer->saveState(), ui::WriterController::SaveState::Saved, 3000);
        QSignalSpy saveStates(m_writer.get(), &ui::WriterController::saveStateChanged);
        const auto underlined = [this] {
            int count = 0;
            for (const auto &range : doc()->firstBlock().layout()->formats())
                count += range.format.fontUnderline() ? range.length : 0;
            return count;
        };
        m_writer->highlighter()->addLayer(&layer);
        QCOMPARE(underlined(), 10);
        layer.setEnabled(false);
        QCOMPARE(underlined(), 0);
        layer.setEnabled(true);
        QCOMPARE(underlined(), 10);
        QCOMPARE(saveStates.count(), 0);  // restyling is not typing: nothing to save
        QCOMPARE(m_writer->saveState(), ui::WriterController::SaveState::Saved);
        type(QStringLiteral(" Another storm."));  // typing is highlighted as it comes
        QCOMPARE(underlined(), 15);
        m_writer->highlighter()->removeLayer(&layer);
        QCOMPARE(underlined(), 0);
    }

    void continuousTypingStillSavesWithinTheInterval()
    {
        const qint64 id = m_writer->chapters()->idAt(0);
        for (int i = 0; i < 15; ++i) {  // a keystroke every 100 ms for 1.5 s, never pausing
            type(QStringLiteral("w%1 ").arg(i));
            QTest::qWait(100);
        }
        QVERIFY(bodyOnDisk(m_file, id).find("w5 ") != std::string::npos);
    }

    void chapterOperationsAreUndoableAndStored()
    {
        m_writer->renameChapter(0, QStringLiteral("Opening"));
        m_writer->addChapter();
        m_writer->renameChapter(1, QStringLiteral("Middle"));
        m_writer->addChapter();
        m_writer->renameChapter(2, QStringLiteral("End"));
        QCOMPARE(titlesOnDisk(m_file), (std::vector<std::string>{"Opening", "Middle", "End"}));

        m_writer->moveChapter(2, 0);
        QCOMPARE(titlesOnDisk(m_file), (std::vector<std::string>{"End", "Opening", "Middle"}));
        m_writer->undoChapterChange();
        QCOMPARE(titlesOnDisk(m_file), (std::vector<std::string>{"Opening", "Middle", "End"}));

        m_writer->undoChapterChange();  // rename End
        QCOMPARE(titlesOnDisk(m_file).back(), std::string("Chapter 3"));
        m_writer->redoChapterChange();
        QCOMPARE(m_writer->chapters()->titleAt(2), QStringLiteral("End"));
    }

    void deletedChapterComesBackWithItsTextOnUndo()
    {
        m_writer->addChapter();
        QCOMPARE(m_writer->currentIndex(), 1);
        type(QStringLiteral("Words that must not be lost."));
        QSignalSpy deleted(m_writer.get(), &ui::WriterController::chapterDeleted);
        m_writer->deleteChapter(1);  // before the autosave fired
        QCOMPARE(deleted.count(), 1);
        QCOMPARE(m_writer->chapters()->rowCount(), 1);
        QCOMPARE(titlesOnDisk(m_file).size(), size_t(1));

        m_writer->undoChapterChange();
        QCOMPARE(m_writer->chapters()->rowCount(), 2);
        QCOMPARE(m_writer->currentIndex(), 1);
        QCOMPARE(doc()->toPlainText(), QStringLiteral("Words that must not be lost."));
        QCOMPARE(titlesOnDisk(m_file).size(), size_t(2));
    }

    void switchingChaptersKeepsEachText()
    {
        type(QStringLiteral("first"));
        m_writer->addChapter();
        type(QStringLiteral("second"));
        m_writer->setCurrentIndex(0);
        QCOMPARE(doc()->toPlainText(), QStringLiteral("first"));
        m_writer->setCurrentIndex(1);
        QCOMPARE(doc()->toPlainText(), QStringLiteral("second"));
    }

    void splitChapterAtCursorAndUndoJoinsIt()
    {
        type(QStringLiteral("Part one. 第一部分。Part two 🌸 begins here."));
        const qint64 first = m_writer->chapters()->idAt(0);
        const int cursor = int(QStringLiteral("Part one. 第一部分。").size());
        m_writer->splitChapter(cursor);
        QCOMPARE(m_writer->chapters()->rowCount(), 2);
        QCOMPARE(m_writer->currentIndex(), 0);
        QCOMPARE(doc()->toPlainText(), QStringLiteral("Part one. 第一部分。"));
        QCOMPARE(bodyOnDisk(m_file, first), std::string("Part one. 第一部分。"));
        QCOMPARE(bodyOnDisk(m_file, m_writer->chapters()->idAt(1)), std::string("Part two 🌸 begins here."));
        QVERIFY(m_writer->chapters()->titleAt(1).endsWith(QStringLiteral("(continued)")));

        m_writer->undoChapterChange();
        QCOMPARE(m_writer->chapters()->rowCount(), 1);
        QCOMPARE(doc()->toPlainText(), QStringLiteral("Part one. 第一部分。Part two 🌸 begins here."));
        m_writer->redoChapterChange();
        QCOMPARE(m_writer->chapters()->rowCount(), 2);
        QCOMPARE(bodyOnDisk(m_file, m_writer->chapters()->idAt(1)), std::string("Part two 🌸 begins here."));
    }

    void fiveMegabytePasteBecomesChaptersWithoutLosingText()
    {
        type(QStringLiteral("Before the paste."));
        QString paragraph =
            QStringLiteral("She walked to the window, looked at the rain, and thought of him — 雨。 🌧\n\n");
        QString pasted;
        while (pasted.size() < 5'000'000)
            pasted += paragraph;  // ~5 MB of UTF-8 with the multi-byte characters
        QGuiApplication::clipboard()->setText(pasted);
        QSignalSpy notices(m_writer.get(), &ui::WriterController::notice);
        QElapsedTimer timer;
        timer.start();
        QVERIFY(m_writer->pasteLargeClipboard());
        qInfo("%lld MB pasted as %d chapters in %lld ms", static_cast<long long>(pasted.toUtf8().size() >> 20),
              m_writer->chapters()->rowCount() - 1, static_cast<long long>(timer.elapsed()));
        QCOMPARE(notices.count(), 1);

        const int made = m_writer->chapters()->rowCount() - 1;
        QVERIFY(made > 1);
        QCOMPARE(m_writer->currentIndex(), 1);  // the first pasted chapter is open
        std::string joined;
        for (int row = 1; row <= made; ++row) {
            const auto body = bodyOnDisk(m_file, m_writer->chapters()->idAt(row));
            QVERIFY(core::countWords(body) <= ui::WriterController::kPastedChapterWords);
            joined += body;
        }
        QVERIFY(joined == pasted.toStdString());  // every character, in order
        QCOMPARE(bodyOnDisk(m_file, m_writer->chapters()->idAt(0)), std::string("Before the paste."));

        m_writer->undoChapterChange();
        QCOMPARE(m_writer->chapters()->rowCount(), 1);
        QCOMPARE(doc()->toPlainText(), QStringLiteral("Before the paste."));

        // A small paste stays the editor's.
        QGuiApplication::clipboard()->setText(QStringLiteral("a few words"));
        QVERIFY(!m_writer->pasteLargeClipboard());
    }

    void replaceAllIsOneUndoStep()
    {
        type(QStringLiteral("The cat sat. The Cat ran. A category."));
        QCOMPARE(m_writer->countMatches(QStringLiteral("cat"), false, false), 3);
        QCOMPARE(m_writer->countMatches(QStringLiteral("cat"), false, true), 2);
        QCOMPARE(m_writer->replaceAll(QStringLiteral("cat"), QStringLiteral("dog"), false, true), 2);
        QCOMPARE(doc()->toPlainText(), QStringLiteral("The dog sat. The dog ran. A category."));
        doc()->undo();
        QCOMPARE(doc()->toPlainText(), QStringLiteral("The cat sat. The Cat ran. A category."));
    }

    void findWrapsAroundAndReplacesOneMatch()
    {
        type(QStringLiteral("alpha beta alpha"));
        auto match = m_writer->find(QStringLiteral("alpha"), 3, false, false, false);
        QCOMPARE(match.value("start").toInt(), 11);
        match = m_writer->find(QStringLiteral("alpha"), 16, false, false, false);
        QCOMPARE(match.value("start").toInt(), 0);  // wrapped
        QVERIFY(m_writer->replaceMatch(0, 5, QStringLiteral("alpha"), QStringLiteral("omega"), false, false));
        QVERIFY(!m_writer->replaceMatch(0, 5, QStringLiteral("alpha"), QStringLiteral("x"), false, false));
        QCOMPARE(doc()->toPlainText(), QStringLiteral("omega beta alpha"));
    }

    void countsFollowTheText()
    {
        QSignalSpy counted(m_writer.get(), &ui::WriterController::countsChanged);
        type(QStringLiteral("Hello world, 你好 👋🏽"));
        QTRY_COMPARE(m_writer->wordCount(), 4);
        QCOMPARE(m_writer->characterCount(), 17);
    }

    void readOnlyProjectIgnoresEdits()
    {
        m_writer->setStore(nullptr);
        m_store.reset();
        auto store = core::ProjectStore::open(m_file, core::OpenMode::ReadOnly);
        QVERIFY(store.ok());
        m_writer->setStore(&store.value());
        QVERIFY(m_writer->isReadOnly());
        m_writer->addChapter();
        QCOMPARE(m_writer->chapters()->rowCount(), 1);
        m_writer->setStore(nullptr);
    }
};

namespace noosphere::tests {
QObject *makeTestWriterController()
{
    return new TestWriterController;
}
}  // namespace noosphere::tests

#include "tst_writercontroller.moc"
