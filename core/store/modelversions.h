// The model_versions row of a model that made stored suggestions, found by kind, weights hash and path, or
// added. Shared by the feedback stores (internal: core/store only).
#pragma once

#include "store/preferences.h"

#include <SQLiteCpp/Database.h>

#include <cstdint>
#include <string_view>

namespace noosphere::core {

/// `kind`: "lm", "gan", … as model_versions.kind stores it. Throws SQLite::Exception.
std::int64_t findOrAddModelVersion(SQLite::Database &db, const ModelIdentity &model, std::string_view kind);

}  // namespace noosphere::core
