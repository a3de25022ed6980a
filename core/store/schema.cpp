// The project schema, v1 onwards. Never edit a released migration: add the next one, and bump nothing else,
// because currentVersion() is the last migration's version.
#include "schema.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Exception.h>
#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>

#include <chrono>
#include <system_error>

namespace noosphere::core::schema {

namespace {

// v1: the tables of the whole product, even those that later work fills. Every *_at column holds Unix time in
// milliseconds (UTC). JSON columns hold UTF-8 JSON text.
constexpr std::string_view kV1 = R"sql(
CREATE TABLE documents (
    id         INTEGER PRIMARY KEY,
    title      TEXT    NOT NULL DEFAULT '',
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);
CREATE TABLE chapters (
    id          INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,            -- 0..n-1 within the document, kept dense by the store
    title       TEXT    NOT NULL DEFAULT '',
    body        TEXT    NOT NULL DEFAULT '', -- the bytes as given (bound with their length), never re-encoded
    created_at  INTEGER NOT NULL,
    updated_at  INTEGER NOT NULL
);
CREATE INDEX chapters_by_position ON chapters(document_id, position);

CREATE TABLE bible_entries (
    id          INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    kind        TEXT    NOT NULL CHECK (kind IN ('character', 'place', 'item', 'lore')),
    name        TEXT    NOT NULL,
    aliases     TEXT    NOT NULL DEFAULT '[]', -- JSON array of other names that call up the entry
    notes       TEXT    NOT NULL DEFAULT '',
    created_at  INTEGER NOT NULL,
    updated_at  INTEGER NOT NULL
);
CREATE INDEX bible_entries_by_document ON bible_entries(document_id);

CREATE TABLE sketches (
    id         INTEGER PRIMARY KEY,
    title      TEXT    NOT NULL DEFAULT '',
    width      INTEGER NOT NULL, -- canvas size in pixels
    height     INTEGER NOT NULL,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);
CREATE TABLE strokes (
    id         INTEGER PRIMARY KEY,
    sketch_id  INTEGER NOT NULL REFERENCES sketches(id) ON DELETE CASCADE,
    seq        INTEGER NOT NULL, -- drawing order within the sketch; undo removes the highest
    tool       TEXT    NOT NULL CHECK (tool IN ('pen', 'brush', 'eraser')),
    colour     INTEGER NOT NULL, -- 0xAARRGGBB
    width      REAL    NOT NULL, -- pixels at full pressure
    points     BLOB    NOT NULL, -- float32 little-endian triples (x, y, pressure), x and y in canvas pixels
    created_at INTEGER NOT NULL,
    UNIQUE (sketch_id, seq)
);

CREATE TABLE model_versions (
    id              INTEGER PRIMARY KEY,
    name            TEXT    NOT NULL,
    kind            TEXT    NOT NULL, -- 'lm', 'gan', 'reward', 'surrogate'
    base_version_id INTEGER REFERENCES model_versions(id) ON DELETE SET NULL, -- what it was fine-tuned from
    file_hash       TEXT    NOT NULL, -- SHA-256 of the weights file, lower-case hex
    path            TEXT    NOT NULL,
    metrics         TEXT    NOT NULL DEFAULT '{}', -- JSON: held-out scores measured before it was used
    created_at      INTEGER NOT NULL,
    active          INTEGER NOT NULL DEFAULT 0 CHECK (active IN (0, 1))
);

-- Every suggestion the studio offered, with what it takes to reproduce it: the provenance of its ratings.
CREATE TABLE generated_items (
    id               INTEGER PRIMARY KEY,
    kind             TEXT    NOT NULL, -- 'continuation', 'image', 'palette', 'design'...
    model_version_id INTEGER REFERENCES model_versions(id) ON DELETE RESTRICT, -- provenance must not dangle
    batch_id         INTEGER, -- items offered together share it: the siblings of a pick are its rejected pairs
    chapter_id       INTEGER REFERENCES chapters(id) ON DELETE SET NULL,
    sketch_id        INTEGER REFERENCES sketches(id) ON DELETE SET NULL,
    inputs           TEXT    NOT NULL DEFAULT '{}', -- JSON: prompt, sampler settings, guidance...
    seed             INTEGER,
    latent           BLOB, -- float32 latent vector (GAN) the output came from
    output_text      TEXT,
    output_blob      BLOB,
    created_at       INTEGER NOT NULL
);

CREATE TABLE ratings (
    id         INTEGER PRIMARY KEY,
    item_id    INTEGER NOT NULL REFERENCES generated_items(id) ON DELETE CASCADE,
    kind       TEXT    NOT NULL CHECK (kind IN ('stars', 'pick', 'accept', 'reject')),
    value      REAL    NOT NULL, -- stars: 0..5; pick, accept, reject: 1
    created_at INTEGER NOT NULL
);

CREATE TABLE designs (
    id          INTEGER PRIMARY KEY,
    family      TEXT    NOT NULL, -- 'vase', 'lamp', 'chair', 'ring'...
    genome      BLOB    NOT NULL,
    generation  INTEGER NOT NULL,
    objectives  TEXT    NOT NULL DEFAULT '{}', -- JSON: computed objectives (volume, stability, overhang...)
    parent_a_id INTEGER REFERENCES designs(id) ON DELETE SET NULL,
    parent_b_id INTEGER REFERENCES designs(id) ON DELETE SET NULL,
    item_id     INTEGER REFERENCES generated_items(id) ON DELETE SET NULL, -- rated through its item
    created_at  INTEGER NOT NULL
);

CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;
)sql";

// v2: chapter planning (a synopsis and a word goal), and indexes on the feedback tables' foreign keys, which
// fine-tuning reads by item, model version and batch (and which ON DELETE needs so as not to scan).
constexpr std::string_view kV2 = R"sql(
ALTER TABLE chapters ADD COLUMN synopsis TEXT NOT NULL DEFAULT '';
ALTER TABLE chapters ADD COLUMN word_goal INTEGER NOT NULL DEFAULT 0; -- words; 0 = no goal
CREATE INDEX ratings_by_item ON ratings(item_id);
CREATE INDEX generated_items_by_model ON generated_items(model_version_id);
CREATE INDEX generated_items_by_batch ON generated_items(batch_id);
CREATE INDEX generated_items_by_chapter ON generated_items(chapter_id);
CREATE INDEX designs_by_generation ON designs(family, generation);
)sql";

// v3: the writing assistant's feedback. Ratings gain the kinds 'dismiss' (Esc on a batch), 'regenerate' (asked
// for others instead) and 'token_pick' (a word swapped in the token view), and a JSON detail of what was rated
// (e.g. the token position and both tokens). SQLite cannot change a CHECK in place, so the table is rebuilt;
// no other table refers to ratings.
constexpr std::string_view kV3 = R"sql(
CREATE TABLE ratings_v3 (
    id         INTEGER PRIMARY KEY,
    item_id    INTEGER NOT NULL REFERENCES generated_items(id) ON DELETE CASCADE,
    kind       TEXT    NOT NULL CHECK (kind IN ('stars', 'pick', 'accept', 'reject', 'dismiss', 'regenerate',
                                                'token_pick')),
    value      REAL    NOT NULL, -- stars: 0..5; the others: 1
    detail     TEXT    NOT NULL DEFAULT '{}', -- JSON: what exactly was rated (token_pick: position and tokens)
    created_at INTEGER NOT NULL
);
INSERT INTO ratings_v3 (id, item_id, kind, value, created_at) SELECT id, item_id, kind, value, created_at FROM ratings;
DROP TABLE ratings;
ALTER TABLE ratings_v3 RENAME TO ratings;
CREATE INDEX ratings_by_item ON ratings(item_id);
)sql";

// v4: the Writer's story bible. Entries keep the writer's order (position, dense 0..n-1 per document like
// chapters'); rows a v1–v3 file may hold keep their id order.
constexpr std::string_view kV4 = R"sql(
ALTER TABLE bible_entries ADD COLUMN position INTEGER NOT NULL DEFAULT 0;
UPDATE bible_entries SET position = (SELECT count(*) FROM bible_entries AS earlier
                                     WHERE earlier.document_id = bible_entries.document_id
                                       AND earlier.id < bible_entries.id);
DROP INDEX bible_entries_by_document;
CREATE INDEX bible_entries_by_position ON bible_entries(document_id, position);
)sql";

// v5: the Sketch pane's suggestions. A sketch snapshot is what a batch of suggestions answered: the strokes
// drawn then (ids, in order) and the picture the model was shown (PNG, its alpha the mask of where the artist
// drew), so a rating can be traced to its sketch after those strokes are undone. Ratings gain the Sketch pane's
// actions: 'favourite', 'more_like_this', 'use_as_reference', 'take_palette', 'breed' (detail: the other
// parent). The ratings table is rebuilt for its CHECK, as in v3.
constexpr std::string_view kV5 = R"sql(
CREATE TABLE sketch_snapshots (
    id         INTEGER PRIMARY KEY,
    sketch_id  INTEGER REFERENCES sketches(id) ON DELETE CASCADE, -- NULL: a sketch not kept in a project
    stroke_ids TEXT    NOT NULL DEFAULT '[]', -- JSON array of the strokes drawn, in drawing order
    picture    BLOB, -- PNG the model was shown, alpha = where the artist drew
    created_at INTEGER NOT NULL
);
CREATE INDEX sketch_snapshots_by_sketch ON sketch_snapshots(sketch_id);
ALTER TABLE generated_items ADD COLUMN sketch_snapshot_id INTEGER REFERENCES sketch_snapshots(id) ON DELETE SET NULL;
CREATE TABLE ratings_v5 (
    id         INTEGER PRIMARY KEY,
    item_id    INTEGER NOT NULL REFERENCES generated_items(id) ON DELETE CASCADE,
    kind       TEXT    NOT NULL CHECK (kind IN ('stars', 'pick', 'accept', 'reject', 'dismiss', 'regenerate',
                                                'token_pick', 'favourite', 'more_like_this', 'use_as_reference',
                                                'take_palette', 'breed')),
    value      REAL    NOT NULL, -- stars: 0..5; favourite: 1 on, 0 off; the others: 1
    detail     TEXT    NOT NULL DEFAULT '{}',
    created_at INTEGER NOT NULL
);
INSERT INTO ratings_v5 (id, item_id, kind, value, detail, created_at)
    SELECT id, item_id, kind, value, detail, created_at FROM ratings;
DROP TABLE ratings;
ALTER TABLE ratings_v5 RENAME TO ratings;
CREATE INDEX ratings_by_item ON ratings(item_id);
)sql";

constexpr Migration kMigrations[] = {
    {1, kV1},
    {2, kV2},
    {3, kV3},
    {4, kV4},
    {5, kV5},
};

// How long a statement waits for another connection's write lock before it fails with SQLITE_BUSY.
constexpr int kBusyTimeoutMs = 5000;

std::int64_t nowMs()
{
    using namespace std::chrono;
    return duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count();
}

void removeWithSidecars(const std::filesystem::path &file)
{
    std::error_code ignored;
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        std::filesystem::remove(file.string() + suffix, ignored);
}

}  // namespace

std::span<const Migration> migrations() { return kMigrations; }

int currentVersion() { return kMigrations[std::size(kMigrations) - 1].version; }

void configureConnection(SQLite::Database &db, bool writable)
{
    db.setBusyTimeout(kBusyTimeoutMs);
    db.exec("PRAGMA foreign_keys = ON");
    if (writable) {
        db.exec("PRAGMA journal_mode = WAL");
        // In WAL mode NORMAL syncs only at checkpoints, yet a commit has been written to the -wal (the OS page
        // cache) before it returns: a killed or crashed process loses nothing. Only a power cut or kernel
        // crash may drop the last commits, and even then the file stays consistent. FULL would fsync on every
        // autosave, which costs a disk flush per keystroke pause for protection against power loss only.
        db.exec("PRAGMA synchronous = NORMAL");
    }
}

void migrate(SQLite::Database &db, int targetVersion)
{
    int version = db.execAndGet("PRAGMA user_version").getInt();
    for (const Migration &migration : kMigrations) {
        if (migration.version <= version || migration.version > targetVersion)
            continue;
        // IMMEDIATE: take the write lock before reading anything, so that two migrators cannot interleave.
        SQLite::Transaction transaction(db, SQLite::TransactionBehavior::IMMEDIATE);
        if (version == 0)
            db.exec("PRAGMA application_id = " + std::to_string(kApplicationId));
        db.exec(std::string(migration.sql));
        db.exec("PRAGMA user_version = " + std::to_string(migration.version));
        transaction.commit();
        version = migration.version;
    }
}

Result<void> createFile(const std::filesystem::path &file, int version)
{
    using models::Error;
    using models::ErrorCode;
    const std::string name = "'" + file.string() + "'";
    if (version < 1 || version > currentVersion())
        return Error{ErrorCode::InvalidArgument, "schema v" + std::to_string(version) +
                                                     " is unknown; this build has v1 to v" +
                                                     std::to_string(currentVersion())};
    std::error_code error;
    if (std::filesystem::exists(std::filesystem::symlink_status(file, error)))
        return Error{ErrorCode::AlreadyExists, name + " already exists; choose another name"};
    try {
        SQLite::Database db(file, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
        configureConnection(db, true);
        migrate(db, version);
        SQLite::Transaction transaction(db, SQLite::TransactionBehavior::IMMEDIATE);
        const std::int64_t now = nowMs();
        SQLite::Statement document(db, "INSERT INTO documents (title, created_at, updated_at) VALUES ('', ?, ?)");
        document.bind(1, now);
        document.bind(2, now);
        document.exec();
        SQLite::Statement chapter(db,
                                  "INSERT INTO chapters (document_id, position, title, body, created_at, updated_at)"
                                  " VALUES (?, 0, 'Chapter 1', '', ?, ?)");
        chapter.bind(1, db.getLastInsertRowid());
        chapter.bind(2, now);
        chapter.bind(3, now);
        chapter.exec();
        transaction.commit();
        // The last connection's close checkpoints the -wal into the file and removes it.
    } catch (const SQLite::Exception &e) {
        removeWithSidecars(file);
        return Error{ErrorCode::Io, "cannot create " + name + ": " + e.what()};
    }
    return {};
}

}  // namespace noosphere::core::schema
