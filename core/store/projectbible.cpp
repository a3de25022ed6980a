// ProjectStore's story bible: the bible_entries rows of the project's document, kept in the writer's order
// (position dense 0..n-1, as chapters), aliases as a JSON array of strings.
#include "store/projectstore.h"

#include "store/projectstoreimpl.h"

#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>
#include <nlohmann/json.hpp>

#include <algorithm>

namespace noosphere::core {

namespace {

using json = nlohmann::json;

std::string aliasesJson(const std::vector<std::string> &aliases)
{
    // Replace, not throw, on ill-formed UTF-8: a name pasted from anywhere must still be saved.
    return json(aliases).dump(-1, ' ', false, json::error_handler_t::replace);
}

// A damaged or hand-edited column reads as no aliases rather than failing the whole bible.
std::vector<std::string> aliasesFromJson(const std::string &text)
{
    std::vector<std::string> aliases;
    const json parsed = json::parse(text, nullptr, false);
    if (parsed.is_array())
        for (const auto &alias : parsed)
            if (alias.is_string())
                aliases.push_back(alias.get<std::string>());
    return aliases;
}

Error noEntry(const std::filesystem::path &file, std::int64_t id)
{
    return Error{ErrorCode::NotFound, "there is no story-bible entry " + std::to_string(id) + " in " + quoted(file)};
}

Result<void> checkName(const text::BibleEntry &entry)
{
    if (entry.name.find_first_not_of(" \t\r\n") == std::string::npos)
        return Error{ErrorCode::InvalidArgument, "a story-bible entry needs a name"};
    return {};
}

std::vector<std::int64_t> orderedEntryIds(SQLite::Database &db, std::int64_t documentId)
{
    SQLite::Statement query(db, "SELECT id FROM bible_entries WHERE document_id = ? ORDER BY position, id");
    query.bind(1, documentId);
    std::vector<std::int64_t> ids;
    while (query.executeStep())
        ids.push_back(query.getColumn(0).getInt64());
    return ids;
}

void writeEntryPositions(SQLite::Database &db, const std::vector<std::int64_t> &ids)
{
    SQLite::Statement update(db, "UPDATE bible_entries SET position = ?1 WHERE id = ?2 AND position <> ?1");
    for (std::size_t i = 0; i < ids.size(); ++i) {
        update.bind(1, static_cast<std::int64_t>(i));
        update.bind(2, ids[i]);
        update.exec();
        update.reset();
    }
}

// Inserts `entry` at `position` of the order; with its own id when `keepId` (undo of a delete).
std::int64_t insertEntry(SQLite::Database &db, std::int64_t documentId, const text::BibleEntry &entry, int position,
                         bool keepId)
{
    auto ids = orderedEntryIds(db, documentId);
    const auto at = position < 0 ? std::ptrdiff_t(ids.size()) : std::clamp<std::ptrdiff_t>(position, 0, ids.size());
    SQLite::Statement insert(db, "INSERT INTO bible_entries (id, document_id, kind, name, aliases, notes, position,"
                                 " created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?8)");
    if (keepId)
        insert.bind(1, entry.id);
    else
        insert.bind(1);  // NULL: SQLite picks the id
    insert.bind(2, documentId);
    insert.bind(3, std::string(text::kindName(entry.kind)));
    insert.bind(4, entry.name);
    insert.bind(5, aliasesJson(entry.aliases));
    insert.bind(6, entry.notes);
    insert.bind(7, static_cast<std::int64_t>(at));
    insert.bind(8, nowMs());
    insert.exec();
    const std::int64_t id = db.getLastInsertRowid();
    ids.insert(ids.begin() + at, id);
    writeEntryPositions(db, ids);
    return id;
}

}  // namespace

Result<std::vector<text::BibleEntry>> ProjectStore::bibleEntries() const
{
    return guarded(m_impl->path, [&]() -> Result<std::vector<text::BibleEntry>> {
        SQLite::Statement query(*m_impl->db, "SELECT id, kind, name, aliases, notes FROM bible_entries"
                                             " WHERE document_id = ? ORDER BY position, id");
        query.bind(1, m_impl->documentId);
        std::vector<text::BibleEntry> entries;
        while (query.executeStep())
            entries.push_back({.id = query.getColumn(0).getInt64(),
                               .kind = text::kindFromName(query.getColumn(1).getString())
                                           .value_or(text::BibleKind::Character),
                               .name = query.getColumn(2).getString(),
                               .aliases = aliasesFromJson(query.getColumn(3).getString()),
                               .notes = query.getColumn(4).getString()});
        return entries;
    });
}

Result<std::int64_t> ProjectStore::addBibleEntry(const text::BibleEntry &entry)
{
    if (m_impl->readOnly)
        return readOnlyError(m_impl->path);
    if (auto named = checkName(entry); !named)
        return named.error();
    return guarded(m_impl->path, [&]() -> Result<std::int64_t> {
        SQLite::Transaction transaction(*m_impl->db, SQLite::TransactionBehavior::IMMEDIATE);
        const std::int64_t id = insertEntry(*m_impl->db, m_impl->documentId, entry, -1, false);
        transaction.commit();
        return id;
    });
}

Result<void> ProjectStore::updateBibleEntry(const text::BibleEntry &entry)
{
    if (m_impl->readOnly)
        return readOnlyError(m_impl->path);
    if (auto named = checkName(entry); !named)
        return named.error();
    return guarded(m_impl->path, [&]() -> Result<void> {
        SQLite::Statement update(*m_impl->db, "UPDATE bible_entries SET kind = ?, name = ?, aliases = ?, notes = ?,"
                                              " updated_at = ? WHERE id = ? AND document_id = ?");
        update.bind(1, std::string(text::kindName(entry.kind)));
        update.bind(2, entry.name);
        update.bind(3, aliasesJson(entry.aliases));
        update.bind(4, entry.notes);
        update.bind(5, nowMs());
        update.bind(6, entry.id);
        update.bind(7, m_impl->documentId);
        if (update.exec() == 0)
            return noEntry(m_impl->path, entry.id);
        return {};
    });
}

Result<text::BibleEntry> ProjectStore::deleteBibleEntry(std::int64_t id)
{
    if (m_impl->readOnly)
        return readOnlyError(m_impl->path);
    return guarded(m_impl->path, [&]() -> Result<text::BibleEntry> {
        SQLite::Database &db = *m_impl->db;
        SQLite::Transaction transaction(db, SQLite::TransactionBehavior::IMMEDIATE);
        auto entries = bibleEntries();
        if (!entries)
            return entries.error();
        const auto it = std::find_if(entries->begin(), entries->end(), [id](const auto &e) { return e.id == id; });
        if (it == entries->end())
            return noEntry(m_impl->path, id);
        SQLite::Statement remove(db, "DELETE FROM bible_entries WHERE id = ?");
        remove.bind(1, id);
        remove.exec();
        writeEntryPositions(db, orderedEntryIds(db, m_impl->documentId));
        transaction.commit();
        return *it;
    });
}

Result<void> ProjectStore::restoreBibleEntry(const text::BibleEntry &entry, int position)
{
    if (m_impl->readOnly)
        return readOnlyError(m_impl->path);
    if (entry.id <= 0)
        return Error{ErrorCode::InvalidArgument,
                     "story-bible entry id " + std::to_string(entry.id) + " cannot be restored"};
    if (auto named = checkName(entry); !named)
        return named.error();
    return guarded(m_impl->path, [&]() -> Result<void> {
        SQLite::Database &db = *m_impl->db;
        SQLite::Transaction transaction(db, SQLite::TransactionBehavior::IMMEDIATE);
        SQLite::Statement exists(db, "SELECT 1 FROM bible_entries WHERE id = ?");
        exists.bind(1, entry.id);
        if (exists.executeStep())
            return Error{ErrorCode::AlreadyExists, "story-bible entry " + std::to_string(entry.id) +
                                                       " is already in " + quoted(m_impl->path)};
        insertEntry(db, m_impl->documentId, entry, std::max(0, position), true);
        transaction.commit();
        return {};
    });
}

}  // namespace noosphere::core
