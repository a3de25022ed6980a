// TestProjectStore: what a healthy project file does: create/open, the manuscript's chapter operations,
// byte-exact text, settings, the connection settings, migration with backup, and Markdown export.
#include "storetestutil.h"

#include "store/projectstore.h"
#include "store/schema.h"

#include <QTemporaryDir>
#include <QTest>

using namespace noosphere::core;
using storetest::RawDb;
using storetest::snapshot;
using storetest::toPath;

namespace {

// Titles in manuscript order; fails the test unless positions are exactly 0..n-1.
QStringList titlesInOrder(const ProjectStore &store)
{
    auto infos = store.chapters();
    if (!infos) {
        qWarning("%s", infos.error().detail.c_str());
        return {QStringLiteral("<error>")};
    }
    QStringList titles;
    for (std::size_t i = 0; i < infos->size(); ++i) {
        if ((*infos)[i].position != int(i))
            return {QStringLiteral("<position %1 at index %2>").arg((*infos)[i].position).arg(i)};
        titles << QString::fromStdString((*infos)[i].title);
    }
    return titles;
}

ProjectStore makeStore(const QString &file)
{
    auto store = ProjectStore::create(toPath(file));
    if (!store)
        qFatal("create failed: %s", store.error().detail.c_str());
    return std::move(store).value();
}

}  // namespace

class TestProjectStore : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void createsAndReopens()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath("novel.noo");
        {
            auto store = makeStore(file);
            QCOMPARE(store.schemaVersion(), ProjectStore::currentSchemaVersion());
            QVERIFY(!store.isReadOnly());
            QCOMPARE(store.path(), toPath(file));
            QCOMPARE(titlesInOrder(store), QStringList{"Chapter 1"});
            QVERIFY(store.verify().ok());
        }
        auto again = ProjectStore::create(toPath(file));
        QVERIFY(!again);
        QCOMPARE(again.error().code, ErrorCode::AlreadyExists);
        QVERIFY(again.error().detail.find("novel.noo") != std::string::npos);
        auto nowhere = ProjectStore::create(toPath(dir.filePath("no/such/folder.noo")));
        QVERIFY(!nowhere);
        QCOMPARE(nowhere.error().code, ErrorCode::NotFound);
        QVERIFY(!QFile::exists(file + ".creating-" + QString::number(QCoreApplication::applicationPid())));

        auto reopened = ProjectStore::open(toPath(file));
        QVERIFY2(reopened.ok(), reopened.ok() ? "" : reopened.error().detail.c_str());
        QCOMPARE(titlesInOrder(reopened.value()), QStringList{"Chapter 1"});
    }

    void keepsChapterPositionsDense()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath("order.noo");
        {
            auto store = makeStore(file);
            const auto first = store.chapters().value().front().id;
            const auto b = store.addChapter("B").value();
            const auto a = store.addChapter("A", "", 0).value();
            const auto c = store.addChapter("C", "", 2).value();
            QVERIFY(store.addChapter("Z", "", 99).ok());  // clamped to the end
            QCOMPARE(titlesInOrder(store), (QStringList{"A", "Chapter 1", "C", "B", "Z"}));

            QVERIFY(store.renameChapter(first, "One").ok());
            QVERIFY(store.moveChapter(a, 3).ok());
            QCOMPARE(titlesInOrder(store), (QStringList{"One", "C", "B", "A", "Z"}));
            QVERIFY(store.moveChapter(a, -5).ok());  // clamped to the start
            QCOMPARE(titlesInOrder(store), (QStringList{"A", "One", "C", "B", "Z"}));
            QVERIFY(store.moveChapter(b, 1000).ok());
            QCOMPARE(titlesInOrder(store), (QStringList{"A", "One", "C", "Z", "B"}));

            QVERIFY(store.setChapterBody(c, "the body of C").ok());
            auto deleted = store.deleteChapter(c);
            QVERIFY(deleted.ok());
            QCOMPARE(deleted->title, std::string("C"));
            QCOMPARE(deleted->body, std::string("the body of C"));
            QCOMPARE(deleted->position, 2);
            QCOMPARE(titlesInOrder(store), (QStringList{"A", "One", "Z", "B"}));
            QVERIFY(store.restoreChapter(deleted.value()).ok());
            QCOMPARE(titlesInOrder(store), (QStringList{"A", "One", "C", "Z", "B"}));
            QCOMPARE(store.chapter(c)->body, std::string("the body of C"));
            QCOMPARE(store.chapter(c)->id, c);
        }
        // The order survives a reopen.
        auto reopened = ProjectStore::open(toPath(file));
        QVERIFY(reopened.ok());
        QCOMPARE(titlesInOrder(reopened.value()), (QStringList{"A", "One", "C", "Z", "B"}));
        QVERIFY(reopened->verify().ok());
    }

    void reportsMissingChapters()
    {
        QTemporaryDir dir;
        auto store = makeStore(dir.filePath("missing.noo"));
        const auto id = store.chapters().value().front().id;
        QCOMPARE(store.chapter(9999).error().code, ErrorCode::NotFound);
        QCOMPARE(store.renameChapter(9999, "x").error().code, ErrorCode::NotFound);
        QCOMPARE(store.setChapterBody(9999, "x").error().code, ErrorCode::NotFound);
        QCOMPARE(store.moveChapter(9999, 0).error().code, ErrorCode::NotFound);
        QCOMPARE(store.deleteChapter(9999).error().code, ErrorCode::NotFound);
        QCOMPARE(store.restoreChapter(Chapter{id, "dup", "", 0}).error().code, ErrorCode::AlreadyExists);
        QCOMPARE(titlesInOrder(store), QStringList{"Chapter 1"});
    }

    void roundTripsBytesExactly_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("ascii") << QByteArray("Call me Ishmael.\n\tSome years ago...");
        QTest::newRow("cjk") << QByteArray("第一章　天地玄黄，宇宙洪荒。日月盈昃，辰宿列张。「こんにちは」한국어");
        QTest::newRow("emoji-zwj") << QByteArray(
            "👩‍👩‍👧‍👦 family, 🏳️‍🌈 flag, 👍🏽 skin tone, 🧑‍💻 coder");
        QTest::newRow("combining-rtl") << QByteArray(
            "e\xcc\x81 (e + combining acute), \xd7\xa9\xd7\x9c\xd7\x95\xd7\x9d");
        QTest::newRow("invalid-utf8") << QByteArray(
            "bad: \xff\xfe \xc3\x28 \xa0\xa1 \xed\xa0\x80 \xf8\x88\x80\x80\x80 end");
        QTest::newRow("embedded-nul") << QByteArray("before\0after", 12);
        QTest::newRow("crlf-and-trailing-space") << QByteArray("line\r\nline \r\n\r\n  ");
        QTest::newRow("large") << QByteArray(2 * 1024 * 1024 + 3, 'x').append("\xe4\xb8\xad");
    }

    void roundTripsBytesExactly()
    {
        QFETCH(QByteArray, text);
        const std::string bytes(text.constData(), std::size_t(text.size()));
        QTemporaryDir dir;
        const QString file = dir.filePath("bytes.noo");
        std::int64_t edited = 0, added = 0;
        {
            auto store = makeStore(file);
            edited = store.chapters().value().front().id;
            QVERIFY(store.renameChapter(edited, bytes).ok());
            QVERIFY(store.setChapterBody(edited, bytes).ok());
            added = store.addChapter(bytes, bytes).value();
            QCOMPARE(store.chapter(edited)->body, bytes);
        }
        auto store = ProjectStore::open(toPath(file), OpenMode::ReadOnly);
        QVERIFY(store.ok());
        for (const auto id : {edited, added}) {
            const auto chapter = store->chapter(id);
            QVERIFY(chapter.ok());
            QCOMPARE(chapter->body.size(), bytes.size());
            QVERIFY(chapter->body == bytes);
            QVERIFY(chapter->title == bytes);
        }
        QVERIFY(store->verify().ok());
    }

    void storesSettings()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath("settings.noo");
        {
            auto store = makeStore(file);
            QCOMPARE(store.setting("writer.font").value(), std::optional<std::string>());
            QVERIFY(store.setSetting("writer.font", "Serif").ok());
            QVERIFY(store.setSetting("writer.font", "Noto Serif CJK 字体").ok());
            QVERIFY(store.setSetting("empty", "").ok());
        }
        auto store = ProjectStore::open(toPath(file), OpenMode::ReadOnly);
        QVERIFY(store.ok());
        QCOMPARE(store->setting("writer.font").value(), std::optional<std::string>("Noto Serif CJK 字体"));
        QCOMPARE(store->setting("empty").value(), std::optional<std::string>(""));
        QCOMPARE(store->setSetting("x", "y").error().code, ErrorCode::ReadOnly);
    }

    void usesWalAndForeignKeys()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath("wal.noo");
        auto store = makeStore(file);
        const auto id = store.addChapter("doomed", "text").value();
        QVERIFY(store.setChapterBody(id, "written while open").ok());
        // WAL: commits sit in the -wal while the store is open. (No QFile on the project here: closing any fd
        // on it would drop the store's SQLite locks; see core/store/projectlock.h.)
        QVERIFY(QFileInfo(file + "-wal").size() > 0);
        {
            RawDb raw(file);
            QCOMPARE(raw.scalar("PRAGMA journal_mode"), QByteArray("wal"));
            QCOMPARE(raw.scalar("PRAGMA application_id").toInt(), schema::kApplicationId);
            QVERIFY(raw.exec("INSERT INTO generated_items (kind, chapter_id, created_at) VALUES ('continuation', " +
                             std::to_string(id) + ", 0)"));
        }
        // foreign_keys=ON in the store's connection: deleting the chapter runs ON DELETE SET NULL.
        QVERIFY(store.deleteChapter(id).ok());
        RawDb raw(file);
        QCOMPARE(raw.scalar("SELECT chapter_id FROM generated_items"), QByteArray("NULL"));
        QVERIFY(store.verify().ok());
    }

    void refusesWritesWhenReadOnly()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath("ro.noo");
        makeStore(file);
        const auto before = snapshot(file);
        {
            auto store = ProjectStore::open(toPath(file), OpenMode::ReadOnly);
            QVERIFY(store.ok());
            QVERIFY(store->isReadOnly());
            const auto id = store->chapters().value().front().id;
            const auto refused = store->setChapterBody(id, "no");
            QCOMPARE(refused.error().code, ErrorCode::ReadOnly);
            QVERIFY(refused.error().detail.find("ro.noo") != std::string::npos);
            QCOMPARE(store->addChapter("no").error().code, ErrorCode::ReadOnly);
            QCOMPARE(store->renameChapter(id, "no").error().code, ErrorCode::ReadOnly);
            QCOMPARE(store->moveChapter(id, 0).error().code, ErrorCode::ReadOnly);
            QCOMPARE(store->deleteChapter(id).error().code, ErrorCode::ReadOnly);
            QCOMPARE(store->restoreChapter(Chapter{99, "no", "", 0}).error().code, ErrorCode::ReadOnly);
            QVERIFY(store->verify().ok());
        }
        QCOMPARE(snapshot(file), before);
    }

    void migrationsAreOrdered()
    {
        int expected = 1;
        for (const auto &migration : schema::migrations())
            QCOMPARE(migration.version, expected++);
        QVERIFY(schema::migrations().size() >= 2);
        QCOMPARE(schema::currentVersion(), expected - 1);
        QCOMPARE(ProjectStore::currentSchemaVersion(), schema::currentVersion());
    }

    void migratesOlderFileAndKeepsBackup()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath("old.noo");
        QVERIFY(schema::createFile(toPath(file), 1).ok());
        {
            RawDb raw(file);
            QCOMPARE(raw.scalar("PRAGMA user_version"), QByteArray("1"));
            QVERIFY(raw.exec("UPDATE chapters SET title = 'Old One', body = 'written by v1 ✍️'"));
            QVERIFY(raw.exec("INSERT INTO chapters (document_id, position, title, body, created_at, updated_at)"
                             " VALUES (1, 1, 'Old Two', 'more', 0, 0)"));
            QVERIFY(raw.exec("INSERT INTO settings VALUES ('kept', 'yes')"));
        }
        QVERIFY(!QFile::exists(file + "-wal"));
        const auto before = snapshot(file);

        // Read-only never migrates.
        {
            auto readOnly = ProjectStore::open(toPath(file), OpenMode::ReadOnly);
            QVERIFY(readOnly.ok());
            QCOMPARE(readOnly->schemaVersion(), 1);
            QCOMPARE(titlesInOrder(readOnly.value()), (QStringList{"Old One", "Old Two"}));
        }
        QCOMPARE(snapshot(file), before);
        QVERIFY(!QFile::exists(file + ".v1.bak"));

        {
            auto store = ProjectStore::open(toPath(file));
            QVERIFY2(store.ok(), store.ok() ? "" : store.error().detail.c_str());
            QCOMPARE(store->schemaVersion(), ProjectStore::currentSchemaVersion());
            QCOMPARE(titlesInOrder(store.value()), (QStringList{"Old One", "Old Two"}));
            QCOMPARE(store->chapter(store->chapters()->front().id)->body, std::string("written by v1 ✍️"));
            QCOMPARE(store->setting("kept").value(), std::optional<std::string>("yes"));
            QVERIFY(store->verify().ok());
        }
        // The backup is the old file, byte for byte, and still opens as v1.
        QVERIFY(QFile::exists(file + ".v1.bak"));
        QCOMPARE(snapshot(file + ".v1.bak").sha256, before.sha256);
        auto backup = ProjectStore::open(toPath(file + ".v1.bak"), OpenMode::ReadOnly);
        QVERIFY(backup.ok());
        QCOMPARE(backup->schemaVersion(), 1);
        RawDb raw(file);
        QCOMPARE(raw.scalar("PRAGMA user_version").toInt(), ProjectStore::currentSchemaVersion());
        QCOMPARE(raw.scalar("SELECT count(*) FROM pragma_table_info('chapters') WHERE name = 'synopsis'"),
                 QByteArray("1"));

        // A current file needs no backup.
        auto again = ProjectStore::open(toPath(file));
        QVERIFY(again.ok());
        QCOMPARE(QDir(dir.path()).entryList({"*.bak"}), QStringList{"old.noo.v1.bak"});
    }

    // v3 rebuilds the ratings table for the assistant's kinds: old ratings survive with an empty detail.
    void migratesRatingsToV3WithTheAssistantKinds()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath("v2.noo");
        QVERIFY(schema::createFile(toPath(file), 2).ok());
        {
            RawDb raw(file);
            QVERIFY(raw.exec("INSERT INTO generated_items (id, kind, batch_id, inputs, output_text, created_at)"
                             " VALUES (7, 'continuation', 7, '{}', 'a v2 suggestion', 0)"));
            QVERIFY(raw.exec("INSERT INTO ratings (item_id, kind, value, created_at) VALUES (7, 'accept', 1, 5)"));
            QVERIFY(!raw.exec("INSERT INTO ratings (item_id, kind, value, created_at) VALUES (7, 'dismiss', 1, 5)"));
        }
        const auto before = snapshot(file);
        {
            auto store = ProjectStore::open(toPath(file));
            QVERIFY2(store.ok(), store.ok() ? "" : store.error().detail.c_str());
            QCOMPARE(store->schemaVersion(), ProjectStore::currentSchemaVersion());
            QVERIFY(store->verify().ok());
        }
        QCOMPARE(snapshot(file + ".v2.bak").sha256, before.sha256);
        RawDb raw(file);
        QCOMPARE(raw.scalar("SELECT kind || ' ' || value || ' ' || detail || ' ' || created_at FROM ratings"),
                 QByteArray("accept 1.0 {} 5"));
        for (const char *kind : {"dismiss", "regenerate", "token_pick"})
            QVERIFY(raw.exec(std::string("INSERT INTO ratings (item_id, kind, value, created_at) VALUES (7, '") + kind +
                             "', 1, 6)"));
        QVERIFY(!raw.exec("INSERT INTO ratings (item_id, kind, value, created_at) VALUES (7, 'shrug', 1, 6)"));
        QCOMPARE(raw.scalar("SELECT count(*) FROM pragma_index_list('ratings') WHERE name = 'ratings_by_item'"),
                 QByteArray("1"));
        QVERIFY(raw.exec("PRAGMA foreign_keys = ON"));
        QVERIFY(raw.exec("DELETE FROM generated_items WHERE id = 7"));  // the foreign key still cascades
        QCOMPARE(raw.scalar("SELECT count(*) FROM ratings"), QByteArray("0"));
    }

    // v5 adds sketch snapshots and the Sketch pane's rating kinds: a v4 file's ratings survive the rebuilt table,
    // with their detail, and the new kinds are accepted.
    void migratesRatingsToV5()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath("v4.noo");
        QVERIFY(schema::createFile(toPath(file), 4).ok());
        {
            RawDb raw(file);
            QVERIFY(raw.exec("INSERT INTO generated_items (id, kind, inputs, created_at) VALUES (3, 'continuation', '{}', 0);"
                             "INSERT INTO ratings (id, item_id, kind, value, detail, created_at)"
                             " VALUES (5, 3, 'token_pick', 1, '{\"position\": 2}', 0)"));
        }
        {
            auto store = ProjectStore::open(toPath(file));
            QVERIFY2(store.ok(), store.ok() ? "" : store.error().detail.c_str());
            QCOMPARE(store->schemaVersion(), 5);
            QVERIFY(store->verify().ok());
        }
        RawDb raw(file);
        QCOMPARE(raw.scalar("SELECT kind || ' ' || detail FROM ratings WHERE id = 5"),
                 QByteArray("token_pick {\"position\": 2}"));
        QVERIFY(raw.exec("PRAGMA foreign_keys = ON"));
        QVERIFY(raw.exec("INSERT INTO ratings (item_id, kind, value, created_at) VALUES (3, 'favourite', 1, 0)"));
        QVERIFY(raw.exec("INSERT INTO sketch_snapshots (stroke_ids, created_at) VALUES ('[]', 0)"));
        QVERIFY(raw.exec("UPDATE generated_items SET sketch_snapshot_id = 1 WHERE id = 3"));
        QVERIFY(!raw.exec("INSERT INTO ratings (item_id, kind, value, created_at) VALUES (3, 'shrug', 1, 0)"));
    }

    // v4 orders the story bible: entries a v3 file holds keep their id order, and the v3 file is backed up.
    void migratesTheBibleToV4InIdOrder()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath("v3.noo");
        QVERIFY(schema::createFile(toPath(file), 3).ok());
        {
            RawDb raw(file);
            QVERIFY(raw.exec("INSERT INTO bible_entries (id, document_id, kind, name, aliases, notes, created_at,"
                             " updated_at) VALUES (9, 1, 'place', 'Kellynch', '[]', 'the hall', 0, 0),"
                             " (4, 1, 'character', 'Anne Elliot', '[\"Anne\"]', 'the heroine', 0, 0),"
                             " (12, 1, 'lore', 'The navy', 'not json', '', 0, 0)"));
        }
        const auto before = snapshot(file);
        {
            auto store = ProjectStore::open(toPath(file));
            QVERIFY2(store.ok(), store.ok() ? "" : store.error().detail.c_str());
            QCOMPARE(store->schemaVersion(), schema::currentVersion());
            QVERIFY(store->verify().ok());
            const auto entries = store->bibleEntries().value();
            QCOMPARE(entries.size(), std::size_t(3));
            QCOMPARE(entries[0].name, std::string("Anne Elliot"));
            QCOMPARE(entries[0].aliases, std::vector<std::string>{"Anne"});
            QCOMPARE(entries[0].kind, text::BibleKind::Character);
            QCOMPARE(entries[1].name, std::string("Kellynch"));
            QCOMPARE(entries[1].kind, text::BibleKind::Place);
            QCOMPARE(entries[1].notes, std::string("the hall"));
            QVERIFY(entries[2].aliases.empty());  // a damaged aliases column reads as none
        }
        QCOMPARE(snapshot(file + ".v3.bak").sha256, before.sha256);
        RawDb raw(file);
        QCOMPARE(raw.scalar("SELECT group_concat(id || ':' || position, ' ') FROM"
                            " (SELECT id, position FROM bible_entries ORDER BY id)"),
                 QByteArray("4:0 9:1 12:2"));
        QCOMPARE(raw.scalar("SELECT count(*) FROM pragma_index_list('bible_entries')"
                            " WHERE name = 'bible_entries_by_position'"),
                 QByteArray("1"));
    }

    void keepsBibleEntriesInOrderAcrossReopening()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath("bible.noo");
        std::int64_t anne = 0, kellynch = 0, ring = 0;
        {
            auto store = makeStore(file);
            QVERIFY(store.bibleEntries()->empty());
            anne = store.addBibleEntry({.name = "Anne Elliot", .aliases = {"Anne", "Miss \xFF Anne"}}).value();
            kellynch = store.addBibleEntry({.kind = text::BibleKind::Place, .name = "Kellynch", .notes = "hall"}).value();
            ring = store.addBibleEntry({.kind = text::BibleKind::Item, .name = "魔戒", .notes = "一枚戒指"}).value();
            QVERIFY(anne > 0 && kellynch > 0 && ring > 0);
            QCOMPARE(store.addBibleEntry({.name = "  "}).error().code, ErrorCode::InvalidArgument);
            text::BibleEntry edited{.id = kellynch, .kind = text::BibleKind::Lore, .name = "Kellynch Hall",
                                    .aliases = {"Kellynch"}, .notes = "let to the Crofts"};
            QVERIFY(store.updateBibleEntry(edited).ok());
            QCOMPARE(store.updateBibleEntry({.id = 999, .name = "x"}).error().code, ErrorCode::NotFound);
        }
        auto store = ProjectStore::open(toPath(file)).value();
        auto entries = store.bibleEntries().value();
        QCOMPARE(entries.size(), std::size_t(3));
        QCOMPARE(entries[0].aliases[1], std::string("Miss \xEF\xBF\xBD Anne"));  // ill-formed UTF-8 repaired
        QCOMPARE(entries[1].name, std::string("Kellynch Hall"));
        QCOMPARE(entries[1].kind, text::BibleKind::Lore);
        QCOMPARE(entries[1].aliases, std::vector<std::string>{"Kellynch"});
        QCOMPARE(entries[1].notes, std::string("let to the Crofts"));
        QCOMPARE(entries[2].name, std::string("魔戒"));

        // Delete and undo: the entry comes back with its id, in its place.
        const auto deleted = store.deleteBibleEntry(kellynch).value();
        QCOMPARE(deleted.name, std::string("Kellynch Hall"));
        QCOMPARE(store.bibleEntries()->size(), std::size_t(2));
        QCOMPARE(store.deleteBibleEntry(kellynch).error().code, ErrorCode::NotFound);
        QVERIFY(store.restoreBibleEntry(deleted, 1).ok());
        QCOMPARE(store.restoreBibleEntry(deleted, 1).error().code, ErrorCode::AlreadyExists);
        entries = store.bibleEntries().value();
        QCOMPARE(entries[1].id, kellynch);
        QCOMPARE(entries[1].notes, std::string("let to the Crofts"));
        QCOMPARE(entries[2].id, ring);
        QVERIFY(store.verify().ok());

        store = ProjectStore::open(toPath(file), OpenMode::ReadOnly).value();
        QCOMPARE(store.bibleEntries()->size(), std::size_t(3));
        QCOMPARE(store.addBibleEntry({.name = "Wentworth"}).error().code, ErrorCode::ReadOnly);
        QCOMPARE(store.deleteBibleEntry(ring).error().code, ErrorCode::ReadOnly);
    }

    void exportsMarkdown()
    {
        QTemporaryDir dir;
        auto store = makeStore(dir.filePath("export.noo"));
        const auto first = store.chapters().value().front().id;
        QVERIFY(store.renameChapter(first, "The Beginning").ok());
        QVERIFY(store.setChapterBody(first, "It was a dark night.\n\nThen 雨 fell.").ok());
        QVERIFY(store.addChapter("Empty").ok());
        QVERIFY(store.addChapter("Two\nLines", "Ends with a newline.\n").ok());
        const auto markdown = exportMarkdown(store);
        QVERIFY(markdown.ok());
        QCOMPARE(QString::fromStdString(markdown.value()),
                 QStringLiteral("# The Beginning\n\nIt was a dark night.\n\nThen 雨 fell.\n"
                                "\n# Empty\n"
                                "\n# Two Lines\n\nEnds with a newline.\n"));
    }
};

QObject *newTestProjectStore() { return new TestProjectStore; }

#include "tst_projectstore.moc"
