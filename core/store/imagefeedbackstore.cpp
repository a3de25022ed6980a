// ImageFeedbackStore: the Sketch pane's suggestion batches and ratings on a connection of its own. Every
// SQLite::Exception stops here and becomes an Error.
#include "store/imagefeedbackstore.h"

#include "store/modelversions.h"
#include "store/sideconnection.h"

#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>
#include <nlohmann/json.hpp>

#include <cstring>

namespace noosphere::core {

using models::Error;
using models::ErrorCode;
using models::Result;

struct ImageFeedbackStore::Impl : SideConnection {};

namespace {

constexpr int kFirstVersion = 5;  // the schema that holds sketch snapshots and the Sketch pane's rating kinds

std::string floatsBlob(const std::vector<float> &values)
{
    std::string blob(values.size() * sizeof(float), '\0');  // float32 little-endian, as strokes store points
    std::memcpy(blob.data(), values.data(), blob.size());
    return blob;
}

std::vector<float> floatsFrom(const SQLite::Column &column)
{
    std::vector<float> values(std::size_t(column.getBytes()) / sizeof(float));
    if (!values.empty())
        std::memcpy(values.data(), column.getBlob(), values.size() * sizeof(float));
    return values;
}

void bindBlob(SQLite::Statement &statement, int index, const std::vector<std::uint8_t> &bytes)
{
    if (bytes.empty())
        statement.bind(index);
    else
        statement.bind(index, bytes.data(), int(bytes.size()));
}

std::string inputsJson(const OfferedImage &image)
{
    auto detail = nlohmann::json::parse(image.detailJson, nullptr, false);
    return nlohmann::json{{"operation", image.operation},
                          {"psi", image.psi},
                          {"styles", image.styles},
                          {"w_dim", image.wDim},
                          {"latent", image.styles > 1 ? "w+" : "w"},
                          {"parents", image.parentItemIds},
                          {"detail", detail.is_discarded() ? nlohmann::json::object() : detail}}
        .dump();
}

}  // namespace

std::string imageFeedbackName(ImageFeedback kind)
{
    switch (kind) {
    case ImageFeedback::Stars:
        return "stars";
    case ImageFeedback::Favourite:
        return "favourite";
    case ImageFeedback::MoreLikeThis:
        return "more_like_this";
    case ImageFeedback::UseAsReference:
        return "use_as_reference";
    case ImageFeedback::TakePalette:
        return "take_palette";
    case ImageFeedback::Breed:
        return "breed";
    }
    return "stars";
}

ImageFeedbackStore::ImageFeedbackStore(std::unique_ptr<Impl> impl)
    : m_impl(std::move(impl))
{
}
ImageFeedbackStore::~ImageFeedbackStore() = default;
ImageFeedbackStore::ImageFeedbackStore(ImageFeedbackStore &&) noexcept = default;
ImageFeedbackStore &ImageFeedbackStore::operator=(ImageFeedbackStore &&) noexcept = default;

Result<ImageFeedbackStore> ImageFeedbackStore::open(const std::filesystem::path &project, OpenMode mode)
{
    auto connection = SideConnection::open(project, mode);
    if (!connection)
        return connection.error();
    auto impl = std::make_unique<Impl>();
    static_cast<SideConnection &>(*impl) = std::move(connection.value());
    return ImageFeedbackStore(std::move(impl));
}

Result<std::int64_t> ImageFeedbackStore::storeSnapshot(const SketchSnapshot &snapshot)
{
    if (m_impl->readOnly)
        return m_impl->readOnlyError();
    return guardedSql(m_impl->path, [&]() -> Result<std::int64_t> {
        SQLite::Statement insert(*m_impl->db, "INSERT INTO sketch_snapshots (sketch_id, stroke_ids, picture, created_at)"
                                              " VALUES (?, ?, ?, ?)");
        if (snapshot.sketchId > 0)
            insert.bind(1, snapshot.sketchId);
        else
            insert.bind(1);
        insert.bind(2, nlohmann::json(snapshot.strokeIds).dump());
        bindBlob(insert, 3, snapshot.png);
        insert.bind(4, unixNowMs());
        insert.exec();
        return m_impl->db->getLastInsertRowid();
    });
}

Result<std::vector<std::int64_t>> ImageFeedbackStore::storeBatch(const ImageBatch &batch)
{
    if (m_impl->readOnly)
        return m_impl->readOnlyError();
    if (batch.images.empty())
        return Error{ErrorCode::InvalidArgument, "a batch without pictures cannot be stored"};
    for (const auto &image : batch.images) {
        if (image.styles < 1 || image.wDim < 1 || image.wPlus.size() != std::size_t(image.styles) * std::size_t(image.wDim))
            return Error{ErrorCode::InvalidArgument, "a latent of " + std::to_string(image.wPlus.size()) +
                                                         " numbers is not " + std::to_string(image.styles) + " × " +
                                                         std::to_string(image.wDim)};
    }
    return guardedSql(m_impl->path, [&]() -> Result<std::vector<std::int64_t>> {
        SQLite::Database &db = *m_impl->db;
        SQLite::Transaction transaction(db, SQLite::TransactionBehavior::IMMEDIATE);
        const std::int64_t modelId = findOrAddModelVersion(db, batch.model, "gan");
        SQLite::Statement insert(db, "INSERT INTO generated_items (kind, model_version_id, batch_id, sketch_id,"
                                     " sketch_snapshot_id, inputs, seed, latent, output_blob, created_at)"
                                     " VALUES ('image', ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        std::vector<std::int64_t> ids;
        const std::int64_t now = unixNowMs();
        for (const auto &image : batch.images) {
            insert.bind(1, modelId);
            if (ids.empty())
                insert.bind(2);  // NULL until the first id is known: it becomes the batch's id
            else
                insert.bind(2, ids.front());
            if (batch.sketchId > 0)
                insert.bind(3, batch.sketchId);
            else
                insert.bind(3);
            if (batch.snapshotId > 0)
                insert.bind(4, batch.snapshotId);
            else
                insert.bind(4);
            insert.bind(5, inputsJson(image));
            insert.bind(6, static_cast<std::int64_t>(image.seed));  // the bits are kept: any seed round-trips
            const auto latent = floatsBlob(image.wPlus);
            insert.bind(7, latent.data(), int(latent.size()));
            bindBlob(insert, 8, image.png);
            insert.bind(9, now);
            insert.exec();
            insert.reset();
            ids.push_back(db.getLastInsertRowid());
        }
        SQLite::Statement first(db, "UPDATE generated_items SET batch_id = id WHERE id = ?");
        first.bind(1, ids.front());
        first.exec();
        transaction.commit();
        return ids;
    });
}

Result<void> ImageFeedbackStore::rate(std::int64_t itemId, ImageFeedback kind, double value, const std::string &detailJson)
{
    if (m_impl->readOnly)
        return m_impl->readOnlyError();
    if (kind == ImageFeedback::Stars && !(value >= 1 && value <= 5))
        return Error{ErrorCode::InvalidArgument, "stars must be from 1 to 5"};
    const auto detail = nlohmann::json::parse(detailJson, nullptr, false);
    if (detail.is_discarded() || !detail.is_object())
        return Error{ErrorCode::InvalidArgument, "a rating's detail must be a JSON object"};
    return guardedSql(m_impl->path, [&]() -> Result<void> {
        SQLite::Statement insert(*m_impl->db, "INSERT INTO ratings (item_id, kind, value, detail, created_at)"
                                              " VALUES (?, ?, ?, ?, ?)");
        insert.bind(1, itemId);
        insert.bind(2, imageFeedbackName(kind));
        insert.bind(3, kind == ImageFeedback::Stars || kind == ImageFeedback::Favourite ? value : 1.0);
        insert.bind(4, detail.dump());
        insert.bind(5, unixNowMs());
        insert.exec();
        return {};
    });
}

Result<std::vector<RatedImage>> ImageFeedbackStore::ratedImages() const
{
    if (m_impl->schemaVersion < kFirstVersion)
        return std::vector<RatedImage>{};  // an older file, opened read-only, holds none
    return guardedSql(m_impl->path, [&]() -> Result<std::vector<RatedImage>> {
        SQLite::Statement rows(*m_impl->db,
                               "SELECT r.id, r.item_id, i.batch_id, r.kind, r.value, r.detail, r.created_at,"
                               " m.name, m.file_hash, m.path, i.inputs, i.seed, i.latent, i.sketch_snapshot_id"
                               " FROM ratings r JOIN generated_items i ON i.id = r.item_id"
                               " LEFT JOIN model_versions m ON m.id = i.model_version_id"
                               " WHERE i.kind = 'image' ORDER BY r.id");
        std::vector<RatedImage> out;
        while (rows.executeStep()) {
            RatedImage rated;
            rated.ratingId = rows.getColumn(0).getInt64();
            rated.itemId = rows.getColumn(1).getInt64();
            rated.batchId = rows.getColumn(2).isNull() ? rated.itemId : rows.getColumn(2).getInt64();
            rated.kind = rows.getColumn(3).getString();
            rated.value = rows.getColumn(4).getDouble();
            rated.detailJson = rows.getColumn(5).getString();
            rated.ratedAtMs = rows.getColumn(6).getInt64();
            rated.model = {rows.getColumn(7).getString(), rows.getColumn(8).getString(), rows.getColumn(9).getString()};
            rated.inputsJson = rows.getColumn(10).getString();
            rated.seed = static_cast<std::uint64_t>(rows.getColumn(11).getInt64());
            rated.wPlus = floatsFrom(rows.getColumn(12));
            if (!rows.getColumn(13).isNull())
                rated.snapshotId = rows.getColumn(13).getInt64();
            out.push_back(std::move(rated));
        }
        return out;
    });
}

Result<SketchSnapshot> ImageFeedbackStore::snapshot(std::int64_t snapshotId) const
{
    return guardedSql(m_impl->path, [&]() -> Result<SketchSnapshot> {
        SQLite::Statement row(*m_impl->db, "SELECT sketch_id, stroke_ids, picture FROM sketch_snapshots WHERE id = ?");
        row.bind(1, snapshotId);
        if (!row.executeStep())
            return Error{ErrorCode::NotFound, "no sketch snapshot " + std::to_string(snapshotId)};
        SketchSnapshot snapshot;
        snapshot.sketchId = row.getColumn(0).isNull() ? 0 : row.getColumn(0).getInt64();
        const auto ids = nlohmann::json::parse(row.getColumn(1).getString(), nullptr, false);
        if (ids.is_discarded() || !ids.is_array())
            return Error{ErrorCode::Corrupt, "sketch snapshot " + std::to_string(snapshotId) + " has damaged stroke ids"};
        for (const auto &id : ids)
            if (id.is_number_integer())
                snapshot.strokeIds.push_back(id.get<std::int64_t>());
        const auto picture = row.getColumn(2);
        const auto *bytes = static_cast<const std::uint8_t *>(picture.getBlob());
        if (bytes)
            snapshot.png.assign(bytes, bytes + picture.getBytes());
        return snapshot;
    });
}

}  // namespace noosphere::core
