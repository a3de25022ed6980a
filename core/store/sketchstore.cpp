#include "store/sketchstore.h"

#include "store/sideconnection.h"

#include <SQLiteCpp/Statement.h>

#include <cmath>
#include <cstring>
#include <string>

namespace noosphere::core {

using models::Error;
using models::ErrorCode;
using models::Result;
using sketch::Stroke;
using sketch::StrokePoint;
using sketch::StrokeTool;

struct SketchStore::Impl : SideConnection {};

namespace {

constexpr int kMaxCanvasPx = 16384;

// The points column: float32 little-endian triples (x, y, pressure); the machines we build for are little-endian.
std::string pointsBlob(const std::vector<StrokePoint> &points)
{
    std::string blob(points.size() * 3 * sizeof(float), '\0');
    for (size_t i = 0; i < points.size(); ++i) {
        const float triple[3] = {points[i].x, points[i].y, points[i].pressure};
        std::memcpy(blob.data() + i * sizeof triple, triple, sizeof triple);
    }
    return blob;
}

bool validPoint(const StrokePoint &p)
{
    return std::isfinite(p.x) && std::isfinite(p.y) && p.pressure >= 0 && p.pressure <= 1;
}

// One strokes row; `stroke.id` 0 lets SQLite choose the id (a new stroke), else it is kept (a redo).
void insertStroke(SQLite::Database &db, std::int64_t sketchId, const StoredStroke &stroke)
{
    SQLite::Statement insert(db, "INSERT INTO strokes (id, sketch_id, seq, tool, colour, width, points, created_at)"
                                 " VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    if (stroke.id)
        insert.bind(1, stroke.id);
    else
        insert.bind(1);  // NULL: the next rowid
    insert.bind(2, sketchId);
    insert.bind(3, stroke.seq);
    insert.bind(4, std::string(sketch::toolName(stroke.stroke.tool)));
    insert.bind(5, std::int64_t(stroke.stroke.colour));
    insert.bind(6, double(stroke.stroke.width));
    const std::string blob = pointsBlob(stroke.stroke.points);
    insert.bind(7, blob.data(), int(blob.size()));
    insert.bind(8, unixNowMs());
    insert.exec();
}

std::optional<StrokeTool> toolNamed(const std::string &name)
{
    for (StrokeTool tool : {StrokeTool::Pen, StrokeTool::Brush, StrokeTool::Eraser})
        if (sketch::toolName(tool) == name)
            return tool;
    return std::nullopt;
}

}  // namespace

Result<SketchStore> SketchStore::open(const std::filesystem::path &project, OpenMode mode)
{
    auto connection = SideConnection::open(project, mode);
    if (!connection)
        return connection.error();
    auto impl = std::make_unique<Impl>();
    static_cast<SideConnection &>(*impl) = std::move(connection.value());
    return SketchStore(std::move(impl));
}

SketchStore::SketchStore(std::unique_ptr<Impl> impl)
    : m_impl(std::move(impl))
{
}
SketchStore::~SketchStore() = default;
SketchStore::SketchStore(SketchStore &&) noexcept = default;
SketchStore &SketchStore::operator=(SketchStore &&) noexcept = default;

Result<SketchInfo> SketchStore::sketch(int width, int height)
{
    if (width < 1 || height < 1 || width > kMaxCanvasPx || height > kMaxCanvasPx)
        return Error{ErrorCode::InvalidArgument, "a canvas is 1 to 16384 pixels each way"};
    return guardedSql(m_impl->path, [&]() -> Result<SketchInfo> {
        SQLite::Database &db = *m_impl->db;
        SQLite::Statement first(db, "SELECT id, width, height FROM sketches ORDER BY id LIMIT 1");
        if (first.executeStep()) {
            SketchInfo info{first.getColumn(0).getInt64(), first.getColumn(1).getInt(), first.getColumn(2).getInt()};
            if (info.width < 1 || info.height < 1 || info.width > kMaxCanvasPx || info.height > kMaxCanvasPx)
                return Error{ErrorCode::Corrupt, quotedPath(m_impl->path) + ": the sketch's canvas size is damaged"};
            return info;
        }
        if (m_impl->readOnly)
            return SketchInfo{0, width, height};
        SQLite::Statement insert(db, "INSERT INTO sketches (width, height, created_at, updated_at) VALUES (?, ?, ?, ?)");
        const std::int64_t now = unixNowMs();
        insert.bind(1, width);
        insert.bind(2, height);
        insert.bind(3, now);
        insert.bind(4, now);
        insert.exec();
        return SketchInfo{db.getLastInsertRowid(), width, height};
    });
}

Result<std::vector<StoredStroke>> SketchStore::strokes(std::int64_t sketchId) const
{
    return guardedSql(m_impl->path, [&]() -> Result<std::vector<StoredStroke>> {
        SQLite::Statement query(*m_impl->db, "SELECT id, seq, tool, colour, width, points FROM strokes"
                                             " WHERE sketch_id = ? ORDER BY seq");
        query.bind(1, sketchId);
        std::vector<StoredStroke> strokes;
        while (query.executeStep()) {
            const int seq = query.getColumn(1).getInt();
            auto damaged = [&](const char *what) {
                return Error{ErrorCode::Corrupt, quotedPath(m_impl->path) + ": stroke " + std::to_string(seq) +
                                                     " of the sketch is damaged (" + what + ")"};
            };
            const auto tool = toolNamed(query.getColumn(2).getString());
            if (!tool)
                return damaged("an unknown tool");
            const SQLite::Column points = query.getColumn(5);
            const size_t bytes = size_t(points.getBytes());
            constexpr size_t kTriple = 3 * sizeof(float);
            if (bytes % kTriple != 0 || bytes / kTriple > sketch::kMaxStrokePoints)
                return damaged("its points are not whole triples");
            StoredStroke stored{query.getColumn(0).getInt64(), seq,
                                Stroke{*tool, std::uint32_t(query.getColumn(3).getInt64()),
                                       float(query.getColumn(4).getDouble()), {}}};
            if (!std::isfinite(stored.stroke.width) || stored.stroke.width <= 0)
                return damaged("its width");
            stored.stroke.points.resize(bytes / kTriple);
            const auto *blob = static_cast<const char *>(points.getBlob());
            for (size_t i = 0; i < stored.stroke.points.size(); ++i) {
                float triple[3];
                std::memcpy(triple, blob + i * kTriple, kTriple);
                stored.stroke.points[i] = {triple[0], triple[1], triple[2]};
                if (!validPoint(stored.stroke.points[i]))
                    return damaged("a point is not a number or its pressure is outside 0-1");
            }
            strokes.push_back(std::move(stored));
        }
        return strokes;
    });
}

Result<StoredStroke> SketchStore::append(std::int64_t sketchId, const Stroke &stroke)
{
    if (m_impl->readOnly)
        return m_impl->readOnlyError();
    if (stroke.points.empty() || stroke.points.size() > sketch::kMaxStrokePoints)
        return Error{ErrorCode::InvalidArgument, "a stroke has 1 to 1,000,000 points"};
    if (!std::isfinite(stroke.width) || stroke.width <= 0)
        return Error{ErrorCode::InvalidArgument, "a stroke's width is a positive number of pixels"};
    for (const auto &p : stroke.points)
        if (!validPoint(p))
            return Error{ErrorCode::InvalidArgument, "a stroke's points are numbers with a pressure of 0 to 1"};
    return guardedSql(m_impl->path, [&]() -> Result<StoredStroke> {
        SQLite::Database &db = *m_impl->db;
        SQLite::Statement last(db, "SELECT COALESCE(MAX(seq), 0) FROM strokes WHERE sketch_id = ?");
        last.bind(1, sketchId);
        last.executeStep();
        const int seq = last.getColumn(0).getInt() + 1;
        insertStroke(db, sketchId, StoredStroke{0, seq, stroke});
        return StoredStroke{db.getLastInsertRowid(), seq, stroke};
    });
}

Result<void> SketchStore::remove(std::int64_t strokeId)
{
    if (m_impl->readOnly)
        return m_impl->readOnlyError();
    return guardedSql(m_impl->path, [&]() -> Result<void> {
        SQLite::Statement erase(*m_impl->db, "DELETE FROM strokes WHERE id = ?");
        erase.bind(1, strokeId);
        erase.exec();
        return {};
    });
}

Result<void> SketchStore::restore(std::int64_t sketchId, const StoredStroke &stroke)
{
    if (m_impl->readOnly)
        return m_impl->readOnlyError();
    return guardedSql(m_impl->path, [&]() -> Result<void> {
        insertStroke(*m_impl->db, sketchId, stroke);
        return {};
    });
}

}  // namespace noosphere::core
