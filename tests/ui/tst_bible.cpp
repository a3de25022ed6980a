// The story bible's adapter with the real worker and store: entries added, edited and deleted from the panel are
// in the project at once and after reopening it, a delete can be undone, mentions are underlined in the editor
// (and not when switched off), and names the chapter repeats are found on the worker and can be added.
#include "bible/biblecontroller.h"
#include "engine/enginebridge.h"
#include "store/projectstore.h"
#include "writer/writercontroller.h"

#include <QQmlComponent>
#include <QQmlEngine>
#include <QQuickItem>
#include <QQuickTextDocument>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

using namespace noosphere;
using core::text::BibleKind;

class TestBible : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QQmlEngine m_engine;
    std::unique_ptr<QQuickItem> m_editor;
    std::filesystem::path m_file;
    std::unique_ptr<core::ProjectStore> m_store;
    // Destroyed in this order (reverse of declaration): bible, writer, then the bridge's worker.
    std::unique_ptr<ui::EngineBridge> m_bridge;
    std::unique_ptr<ui::WriterController> m_writer;
    std::unique_ptr<ui::BibleController> m_bible;

    void openProject()
    {
        m_store = std::make_unique<core::ProjectStore>(core::ProjectStore::open(m_file).value());
        m_writer->setStore(m_store.get());
        m_bible->setStore(m_store.get());
    }
    void closeProject()
    {
        m_bible->setStore(nullptr);
        m_writer->setStore(nullptr);
        m_store.reset();
    }
    QTextDocument *doc() { return m_writer->document(); }
    // The underlined ranges of the first paragraph, as "start+length".
    QStringList underlined()
    {
        QStringList ranges;
        for (const auto &range : doc()->firstBlock().layout()->formats())
            if (range.format.fontUnderline())
                ranges << QStringLiteral("%1+%2").arg(range.start).arg(range.length);
        return ranges;
    }

private Q_SLOTS:
    void init()
    {
        QSettings().remove(QStringLiteral("bible"));
        m_file = (m_dir.path() + QStringLiteral("/%1.noo").arg(QTest::currentTestFunction())).toStdString();
        QVERIFY(core::ProjectStore::create(m_file).ok());
        QQmlComponent component(&m_engine);
        component.setData("import QtQuick\nTextEdit {}", {});
        m_editor.reset(qobject_cast<QQuickItem *>(component.create()));
        QVERIFY(m_editor);
        m_bridge = std::make_unique<ui::EngineBridge>();
        m_writer = std::make_unique<ui::WriterController>();
        m_writer->attachDocument(m_editor->property("textDocument").value<QQuickTextDocument *>());
        m_bible = std::make_unique<ui::BibleController>(m_bridge.get(), m_writer.get());
        openProject();
    }
    void cleanup()
    {
        m_bible.reset();
        m_writer.reset();
        m_bridge.reset();  // joins the worker
        m_editor.reset();
        m_store.reset();
    }

    void addEditAndDeleteAreSavedAtOnce()
    {
        QVERIFY(m_bible->isEditable());
        const qint64 anne = m_bible->addEntry(int(BibleKind::Character), QStringLiteral("  Anne   Elliot "),
                                              QStringLiteral("Anne, , Miss Anne "), QStringLiteral("the heroine"));
        const qint64 bath = m_bible->addEntry(int(BibleKind::Place), QStringLiteral("Bath"), {}, {});
        const qint64 ring = m_bible->addEntry(int(BibleKind::Item), QStringLiteral("The ring"), {}, {});
        QVERIFY(anne && bath && ring);
        QCOMPARE(m_bible->addEntry(0, QStringLiteral("   "), {}, {}), 0);  // no name: refused with a notice
        QVERIFY(!m_bible->notice().isEmpty());
        QVERIFY(m_bible->updateEntry(bath, int(BibleKind::Place), QStringLiteral("Bath"), QStringLiteral("the city"),
                                     QStringLiteral("where the Elliots take a house")));
        QSignalSpy removed(m_bible.get(), &ui::BibleController::entryRemoved);
        QVERIFY(m_bible->removeEntry(ring));
        QCOMPARE(removed.count(), 1);
        QCOMPARE(removed.at(0).at(0).toString(), QStringLiteral("The ring"));

        // Shown grouped by kind; filtered on request.
        auto *entries = m_bible->entries();
        QCOMPARE(entries->rowCount(), 2);
        QCOMPARE(entries->index(0).data(ui::BibleEntryListModel::NameRole).toString(), QStringLiteral("Anne Elliot"));
        QCOMPARE(entries->index(0).data(ui::BibleEntryListModel::AliasesRole).toString(),
                 QStringLiteral("Anne, Miss Anne"));
        entries->setKindFilter(int(BibleKind::Place));
        QCOMPARE(entries->rowCount(), 1);
        QCOMPARE(entries->index(0).data(ui::BibleEntryListModel::NotesRole).toString(),
                 QStringLiteral("where the Elliots take a house"));
        entries->setKindFilter(ui::BibleEntryListModel::kAllKinds);

        // Without any save call, the project holds it all after closing and reopening.
        closeProject();
        QCOMPARE(m_bible->entries()->rowCount(), 0);
        openProject();
        const auto stored = m_store->bibleEntries().value();
        QCOMPARE(stored.size(), std::size_t(2));
        QCOMPARE(stored[0].name, std::string("Anne Elliot"));
        QCOMPARE(stored[0].aliases, (std::vector<std::string>{"Anne", "Miss Anne"}));
        QCOMPARE(stored[1].aliases, std::vector<std::string>{"the city"});
        QCOMPARE(m_bible->entries()->rowCount(), 2);
    }

    void aDeleteCanBeUndoneInPlace()
    {
        const qint64 first = m_bible->addEntry(0, QStringLiteral("Anne"), {}, QStringLiteral("kind"));
        const qint64 second = m_bible->addEntry(0, QStringLiteral("Wentworth"), {}, QStringLiteral("a captain"));
        m_bible->addEntry(0, QStringLiteral("Louisa"), {}, {});
        QVERIFY(!m_bible->canUndoRemove());
        QVERIFY(m_bible->removeEntry(second));
        QVERIFY(m_bible->canUndoRemove());
        QVERIFY(m_bible->undoRemove());
        QVERIFY(!m_bible->canUndoRemove());
        const auto stored = m_store->bibleEntries().value();
        QCOMPARE(stored.size(), std::size_t(3));
        QCOMPARE(stored[1].id, second);  // same id, same place, same notes
        QCOMPARE(stored[1].notes, std::string("a captain"));
        QCOMPARE(stored[0].id, first);
    }

    void addsAndEditsAreUndoneAndRedoneInTheProject()
    {
        const qint64 anne = m_bible->addEntry(0, QStringLiteral("Anne"), {}, QStringLiteral("kind"));
        QVERIFY(m_bible->updateEntry(anne, 0, QStringLiteral("Anne Elliot"), QStringLiteral("Anne"),
                                     QStringLiteral("kind and clever")));
        QCOMPARE(m_bible->undoText(), QStringLiteral("Edit “Anne Elliot”"));
        m_bible->undo();  // the edit
        auto stored = m_store->bibleEntries().value();
        QCOMPARE(stored.size(), std::size_t(1));
        QCOMPARE(stored[0].name, std::string("Anne"));
        QCOMPARE(stored[0].notes, std::string("kind"));
        m_bible->undo();  // the add
        QVERIFY(m_store->bibleEntries().value().empty());
        QCOMPARE(m_bible->entries()->rowCount(), 0);
        QVERIFY(!m_bible->canUndo());
        m_bible->redo();
        m_bible->redo();
        stored = m_store->bibleEntries().value();
        QCOMPARE(stored.size(), std::size_t(1));
        QCOMPARE(stored[0].id, anne);  // the same entry, not a copy
        QCOMPARE(stored[0].name, std::string("Anne Elliot"));
        QCOMPARE(stored[0].aliases, std::vector<std::string>{"Anne"});
        QVERIFY(!m_bible->canUndoRemove());  // the last edit was no delete: the toast's Undo has nothing to do
    }

    void underlinesMentionsInTheEditorUnlessSwitchedOff()
    {
        QCOMPARE(m_writer->currentIndex(), 0);
        QTextCursor(doc()).insertText(QStringLiteral("Anne Elliot met Annette; then Anne’s letter came from Bath."));
        QVERIFY(underlined().isEmpty());
        m_bible->addEntry(0, QStringLiteral("Anne Elliot"), QStringLiteral("Anne"), {});
        m_bible->addEntry(1, QStringLiteral("Bath"), {}, {});
        QCOMPARE(underlined(), (QStringList{"0+11", "30+4", "54+4"}));
        m_bible->setHighlightMentions(false);
        QVERIFY(underlined().isEmpty());
        m_bible->setHighlightMentions(true);
        QCOMPARE(underlined().size(), 3);
    }

    void findsRepeatedNamesOnTheWorkerAndAddsThem()
    {
        m_bible->addEntry(0, QStringLiteral("Anne"), {}, {});
        QTextCursor(doc()).insertText(
            QStringLiteral("Anne met Captain Harville at Lyme. Later Captain Harville and Anne walked.\n"
                           "She said that Captain Harville was kind. Anne smiled at Benwick, and Benwick read; "
                           "Benwick sighed."));
        m_bible->setOpen(true);  // opening the panel looks for names
        QVERIFY(m_bible->isSuggesting());
        QTRY_VERIFY_WITH_TIMEOUT(!m_bible->isSuggesting(), 10'000);
        auto *suggestions = m_bible->suggestions();
        QStringList names;
        for (int row = 0; row < suggestions->rowCount(); ++row)
            names << suggestions->index(row).data(ui::NameSuggestionListModel::NameRole).toString();
        QCOMPARE(names, (QStringList{"Benwick", "Captain Harville"}));  // Anne is known; Lyme and She too rare
        QVERIFY(m_bible->addSuggestion(1) != 0);
        QCOMPARE(suggestions->rowCount(), 1);
        QCOMPARE(m_store->bibleEntries()->back().name, std::string("Captain Harville"));
        QCOMPARE(m_store->bibleEntries()->back().kind, BibleKind::Character);
    }

    void aReadOnlyProjectShowsTheBibleButTakesNoEdits()
    {
        m_bible->addEntry(0, QStringLiteral("Anne"), {}, {});
        closeProject();
        m_store = std::make_unique<core::ProjectStore>(
            core::ProjectStore::open(m_file, core::OpenMode::ReadOnly).value());
        m_writer->setStore(m_store.get());
        m_bible->setStore(m_store.get());
        QVERIFY(!m_bible->isEditable());
        QCOMPARE(m_bible->entries()->rowCount(), 1);
        QCOMPARE(m_bible->addEntry(0, QStringLiteral("Bath"), {}, {}), 0);
        QVERIFY(!m_bible->removeEntry(m_store->bibleEntries()->front().id));
    }
};

namespace noosphere::tests {
QObject *makeTestBible()
{
    return new TestBible;
}
}  // namespace noosphere::tests

#include "tst_bible.moc"
