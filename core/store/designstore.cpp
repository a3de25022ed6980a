#include "store/designstore.h"

#include "store/sideconnection.h"

#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>
#include <nlohmann/json.hpp>

#include <cmath>
#include <cstring>

namespace noosphere::core {

using models::Error;
using models::ErrorCode;
using models::Result;

struct DesignStore::Impl : SideConnection {};

namespace {

// The genome column: the genes as little-endian float64 (the machines we build for are little-endian).
std::string genomeBlob(const std::vector<double> &genes)
{
    std::string blob(genes.size() * sizeof(double), '\0');
    std::memcpy(blob.data(), genes.data(), blob.size());
    return blob;
}

std::vector<double> genesOf(const SQLite::Column &column)
{
    std::vector<double> genes(size_t(column.getBytes()) / sizeof(double));
    std::memcpy(genes.data(), column.getBlob(), genes.size() * sizeof(double));
    return genes;
}

}  // namespace

Result<DesignStore> DesignStore::open(const std::filesystem::path &project, OpenMode mode)
{
    auto connection = SideConnection::open(project, mode);
    if (!connection)
        return connection.error();
    auto impl = std::make_unique<Impl>();
    static_cast<SideConnection &>(*impl) = std::move(connection.value());
    return DesignStore(std::move(impl));
}

DesignStore::DesignStore(std::unique_ptr<Impl> impl)
    : m_impl(std::move(impl))
{
}
DesignStore::~DesignStore() = default;
DesignStore::DesignStore(DesignStore &&) noexcept = default;
DesignStore &DesignStore::operator=(DesignStore &&) noexcept = default;

Result<std::vector<std::int64_t>> DesignStore::storeGeneration(const std::string &family, std::uint64_t runSeed,
                                                               int generation, const std::vector<DesignRecord> &variants)
{
    if (m_impl->readOnly)
        return m_impl->readOnlyError();
    return guardedSql(m_impl->path, [&]() -> Result<std::vector<std::int64_t>> {
        SQLite::Database &db = *m_impl->db;
        SQLite::Transaction transaction(db, SQLite::TransactionBehavior::IMMEDIATE);
        SQLite::Statement item(db, "INSERT INTO generated_items (kind, batch_id, inputs, seed, output_text, created_at)"
                                   " VALUES ('design', ?, ?, ?, ?, ?)");
        SQLite::Statement design(db, "INSERT INTO designs (family, genome, generation, objectives, parent_a_id,"
                                     " item_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)");
        std::vector<std::int64_t> ids;
        std::int64_t batch = 0;
        const std::int64_t now = unixNowMs();
        for (size_t k = 0; k < variants.size(); ++k) {
            const DesignRecord &v = variants[k];
            nlohmann::json inputs = {{"family", family},       {"run_seed", runSeed},
                                     {"generation", generation}, {"index", k},
                                     {"edited", v.edited},     {"predicted", {{"mean", v.predictedMean}, {"sd", v.predictedSd}}},
                                     {"objectives", nlohmann::json::parse(v.objectivesJson, nullptr, false)}};
            if (batch)
                item.bind(1, batch);
            else
                item.bind(1);
            item.bind(2, inputs.dump());
            item.bind(3, static_cast<std::int64_t>(runSeed));
            item.bind(4, v.genomeJson);
            item.bind(5, now);
            item.exec();
            item.reset();
            const std::int64_t itemId = db.getLastInsertRowid();
            if (!batch)
                batch = itemId;
            const std::string blob = genomeBlob(v.genes);
            design.bind(1, family);
            design.bind(2, blob.data(), int(blob.size()));
            design.bind(3, generation);
            design.bind(4, v.objectivesJson);
            if (v.parentDesignId > 0)
                design.bind(5, v.parentDesignId);
            else
                design.bind(5);
            design.bind(6, itemId);
            design.bind(7, now);
            design.exec();
            design.reset();
            ids.push_back(db.getLastInsertRowid());
        }
        SQLite::Statement first(db, "UPDATE generated_items SET batch_id = id WHERE id = ?");
        first.bind(1, batch);
        first.exec();
        transaction.commit();
        return ids;
    });
}

Result<void> DesignStore::rate(std::int64_t designId, double stars, const std::string &provenanceJson)
{
    if (m_impl->readOnly)
        return m_impl->readOnlyError();
    if (!(stars >= 1 && stars <= 5))
        return Error{ErrorCode::InvalidArgument, "a rating is 1 to 5 stars"};
    return guardedSql(m_impl->path, [&]() -> Result<void> {
        SQLite::Statement insert(*m_impl->db, "INSERT INTO ratings (item_id, kind, value, detail, created_at)"
                                              " SELECT item_id, 'stars', ?, ?, ? FROM designs WHERE id = ?"
                                              " AND item_id IS NOT NULL");
        insert.bind(1, stars);
        insert.bind(2, provenanceJson);
        insert.bind(3, unixNowMs());
        insert.bind(4, designId);
        if (insert.exec() != 1)
            return Error{ErrorCode::NotFound, "no stored design has the id " + std::to_string(designId)};
        return {};
    });
}

Result<std::vector<StoredDesign>> DesignStore::designs(const std::string &family) const
{
    return guardedSql(m_impl->path, [&]() -> Result<std::vector<StoredDesign>> {
        SQLite::Statement query(*m_impl->db,
                                "SELECT d.id, d.family, g.seed, d.generation, d.genome, d.created_at,"
                                " (SELECT r.value FROM ratings r WHERE r.item_id = d.item_id AND r.kind = 'stars'"
                                "  ORDER BY r.id DESC LIMIT 1)"
                                " FROM designs d LEFT JOIN generated_items g ON g.id = d.item_id"
                                " WHERE d.family = ? ORDER BY d.id");
        query.bind(1, family);
        std::vector<StoredDesign> out;
        while (query.executeStep()) {
            StoredDesign d;
            d.designId = query.getColumn(0).getInt64();
            d.family = query.getColumn(1).getString();
            d.runSeed = static_cast<std::uint64_t>(query.getColumn(2).getInt64());
            d.generation = query.getColumn(3).getInt();
            d.genes = genesOf(query.getColumn(4));
            d.createdAtMs = query.getColumn(5).getInt64();
            if (!query.getColumn(6).isNull())
                d.stars = query.getColumn(6).getDouble();
            out.push_back(std::move(d));
        }
        return out;
    });
}

}  // namespace noosphere::core
