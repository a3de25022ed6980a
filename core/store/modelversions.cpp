#include "store/modelversions.h"

#include "store/sideconnection.h"

#include <SQLiteCpp/Statement.h>

#include <string>

namespace noosphere::core {

std::int64_t findOrAddModelVersion(SQLite::Database &db, const ModelIdentity &model, std::string_view kind)
{
    SQLite::Statement find(db, "SELECT id FROM model_versions WHERE kind = ? AND file_hash = ? AND path = ?"
                               " ORDER BY id LIMIT 1");
    find.bind(1, std::string(kind));
    find.bind(2, model.fileHash);
    find.bind(3, model.path);
    if (find.executeStep())
        return find.getColumn(0).getInt64();
    SQLite::Statement insert(db, "INSERT INTO model_versions (name, kind, file_hash, path, created_at)"
                                 " VALUES (?, ?, ?, ?, ?)");
    insert.bind(1, model.name);
    insert.bind(2, std::string(kind));
    insert.bind(3, model.fileHash);
    insert.bind(4, model.path);
    insert.bind(5, unixNowMs());
    insert.exec();
    return db.getLastInsertRowid();
}

}  // namespace noosphere::core
