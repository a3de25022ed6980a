// PreferenceStore: the assistant's batches and ratings on a connection of its own, and the preference pairs read
// back from them. Every SQLite::Exception stops here and becomes an Error.
#include "store/preferences.h"

#include "store/modelversions.h"
#include "store/preferencesjson.h"
#include "store/schema.h"
#include "store/sideconnection.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Exception.h>
#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>
#include <sqlite3.h>

#include <algorithm>
#include <chrono>

namespace noosphere::core {

struct PreferenceStore::Impl : SideConnection {};

namespace {

// The seed column is a signed 64-bit integer: the bits are kept, so any seed round-trips.
std::int64_t seedColumn(std::uint64_t seed)
{
    return static_cast<std::int64_t>(seed);
}

std::optional<std::int64_t> optionalId(const SQLite::Column &column)
{
    return column.isNull() ? std::nullopt : std::optional<std::int64_t>(column.getInt64());
}

// The columns every pair query selects first, from the rated item `a` and its model version `m`.
constexpr const char *kPairColumns = "r.id, r.created_at, a.id, a.batch_id, a.chapter_id, a.inputs, a.seed,"
                                     " a.output_text, m.id, m.name, m.file_hash, m.path";

PreferencePair pairFromRow(SQLite::Statement &row, std::string source)
{
    PreferencePair pair;
    pair.source = std::move(source);
    pair.ratedAtMs = row.getColumn(1).getInt64();
    pair.batchId = row.getColumn(3).isNull() ? row.getColumn(2).getInt64() : row.getColumn(3).getInt64();
    pair.chapterId = optionalId(row.getColumn(4));
    pair.inputsJson = row.getColumn(5).getString();
    pair.seed = static_cast<std::uint64_t>(row.getColumn(6).getInt64());
    pair.modelVersionId = optionalId(row.getColumn(8));
    pair.model = {row.getColumn(9).getString(), row.getColumn(10).getString(), row.getColumn(11).getString()};
    return pair;
}

}  // namespace

Result<PreferenceStore> PreferenceStore::open(const std::filesystem::path &project, OpenMode mode)
{
    // Older files are readable (they hold no assistant feedback yet); writing needs the current schema.
    auto connection = SideConnection::open(project, mode);
    if (!connection)
        return connection.error();
    auto impl = std::make_unique<Impl>();
    static_cast<SideConnection &>(*impl) = std::move(connection.value());
    return PreferenceStore(std::move(impl));
}

PreferenceStore::PreferenceStore(std::unique_ptr<Impl> impl)
    : m_impl(std::move(impl))
{
}
PreferenceStore::~PreferenceStore() = default;
PreferenceStore::PreferenceStore(PreferenceStore &&) noexcept = default;
PreferenceStore &PreferenceStore::operator=(PreferenceStore &&) noexcept = default;

Result<StoredBatch> PreferenceStore::storeBatch(const ContinuationBatch &batch)
{
    if (m_impl->readOnly)
        return Error{ErrorCode::ReadOnly, quotedPath(m_impl->path) + " was opened read-only, so it cannot be changed"};
    if (batch.alternatives.empty())
        return Error{ErrorCode::InvalidArgument, "a batch without alternatives cannot be stored"};
    return guardedSql(m_impl->path, [&]() -> Result<StoredBatch> {
        SQLite::Database &db = *m_impl->db;
        SQLite::Transaction transaction(db, SQLite::TransactionBehavior::IMMEDIATE);
        const std::int64_t modelId = findOrAddModelVersion(db, batch.model, "lm");
        SQLite::Statement insert(db, "INSERT INTO generated_items (kind, model_version_id, batch_id, chapter_id,"
                                     " inputs, seed, output_text, created_at)"
                                     " VALUES ('continuation', ?, ?, ?, ?, ?, ?, ?)");
        StoredBatch stored;
        const std::int64_t now = unixNowMs();
        for (std::size_t k = 0; k < batch.alternatives.size(); ++k) {
            insert.bind(1, modelId);
            if (k == 0)
                insert.bind(2);  // NULL until the first id is known: it becomes the batch's id
            else
                insert.bind(2, stored.batchId);
            if (batch.chapterId > 0)
                insert.bind(3, batch.chapterId);
            else
                insert.bind(3);
            insert.bind(4, continuationInputsJson(batch, k));
            insert.bind(5, seedColumn(batch.seed));
            insert.bind(6, batch.alternatives[k].text);
            insert.bind(7, now);
            insert.exec();
            insert.reset();
            stored.itemIds.push_back(db.getLastInsertRowid());
            if (k == 0)
                stored.batchId = stored.itemIds.front();
        }
        SQLite::Statement first(db, "UPDATE generated_items SET batch_id = id WHERE id = ?");
        first.bind(1, stored.batchId);
        first.exec();
        transaction.commit();
        return stored;
    });
}

Result<void> PreferenceStore::rate(std::int64_t itemId, FeedbackKind kind, const std::string &detailJson)
{
    if (m_impl->readOnly)
        return Error{ErrorCode::ReadOnly, quotedPath(m_impl->path) + " was opened read-only, so it cannot be changed"};
    return guardedSql(m_impl->path, [&]() -> Result<void> {
        SQLite::Statement insert(*m_impl->db, "INSERT INTO ratings (item_id, kind, value, detail, created_at)"
                                              " VALUES (?, ?, 1, ?, ?)");
        insert.bind(1, itemId);
        insert.bind(2, feedbackKindName(kind));
        insert.bind(3, detailJson);
        insert.bind(4, unixNowMs());
        insert.exec();
        return {};
    });
}

Result<void> PreferenceStore::rateTokenPick(std::int64_t itemId, const TokenPick &pick)
{
    return rate(itemId, FeedbackKind::TokenPick, tokenPickDetailJson(pick));
}

Result<std::vector<PreferencePair>> PreferenceStore::preferencePairs() const
{
    return guardedSql(m_impl->path, [&]() -> Result<std::vector<PreferencePair>> {
        SQLite::Database &db = *m_impl->db;
        std::vector<std::pair<std::int64_t, PreferencePair>> byRating;  // (rating id, pair): merged in time order
        // An accepted card over each sibling of its batch that was not accepted itself and says something else.
        SQLite::Statement accepted(db, std::string("SELECT ") + kPairColumns +
                                           ", s.id, s.output_text"
                                           " FROM ratings r"
                                           " JOIN generated_items a ON a.id = r.item_id"
                                           " JOIN generated_items s ON s.batch_id = a.batch_id AND s.id <> a.id"
                                           " LEFT JOIN model_versions m ON m.id = a.model_version_id"
                                           " WHERE r.kind = 'accept' AND a.kind = 'continuation'"
                                           " AND s.output_text IS NOT a.output_text"
                                           " AND NOT EXISTS (SELECT 1 FROM ratings x WHERE x.item_id = s.id"
                                           "                 AND x.kind = 'accept')"
                                           " ORDER BY r.id, s.id");
        while (accepted.executeStep()) {
            auto pair = pairFromRow(accepted, "accept");
            pair.prompt = promptFromInputsJson(pair.inputsJson);
            pair.chosen = accepted.getColumn(7).getString();
            pair.chosenItemId = accepted.getColumn(2).getInt64();
            pair.rejectedItemId = accepted.getColumn(12).getInt64();
            pair.rejected = accepted.getColumn(13).getString();
            byRating.emplace_back(accepted.getColumn(0).getInt64(), std::move(pair));
        }
        // Token picks need the v3 detail column; older files hold none.
        if (m_impl->schemaVersion >= 3) {
            SQLite::Statement picks(db, std::string("SELECT ") + kPairColumns +
                                            ", r.detail FROM ratings r"
                                            " JOIN generated_items a ON a.id = r.item_id"
                                            " LEFT JOIN model_versions m ON m.id = a.model_version_id"
                                            " WHERE r.kind = 'token_pick' ORDER BY r.id");
            while (picks.executeStep()) {
                const auto pick = tokenPickFromDetailJson(picks.getColumn(12).getString());
                if (!pick || pick->pickedId == pick->originalId)
                    continue;
                auto pair = pairFromRow(picks, "token_pick");
                pair.prompt = promptFromInputsJson(pair.inputsJson) + pick->textBefore;
                pair.chosen = pick->pickedText;
                pair.rejected = pick->originalText;
                pair.rejectedItemId = picks.getColumn(2).getInt64();
                byRating.emplace_back(picks.getColumn(0).getInt64(), std::move(pair));
            }
        }
        std::stable_sort(byRating.begin(), byRating.end(),
                         [](const auto &a, const auto &b) { return a.first < b.first; });
        std::vector<PreferencePair> pairs;
        for (auto &entry : byRating)
            pairs.push_back(std::move(entry.second));
        return pairs;
    });
}

Result<int> PreferenceStore::ratingCount(FeedbackKind kind) const
{
    return guardedSql(m_impl->path, [&]() -> Result<int> {
        SQLite::Statement count(*m_impl->db, "SELECT count(*) FROM ratings WHERE kind = ?");
        count.bind(1, feedbackKindName(kind));
        count.executeStep();
        return count.getColumn(0).getInt();
    });
}

std::string feedbackKindName(FeedbackKind kind)
{
    switch (kind) {
    case FeedbackKind::Accept:
        return "accept";
    case FeedbackKind::Reject:
        return "reject";
    case FeedbackKind::Dismiss:
        return "dismiss";
    case FeedbackKind::Regenerate:
        return "regenerate";
    case FeedbackKind::TokenPick:
        return "token_pick";
    }
    return "reject";
}

}  // namespace noosphere::core
