// Keeping the compiled WordNet index fresh: load it when it matches the text files it was compiled from (their
// sizes and times are in its header), compile it again when it is missing, stale or damaged.
#pragma once

#include "common/result.h"
#include "wordnetindex.h"

#include <filesystem>
#include <string>

namespace noosphere::core::text {

/// What opening the index took.
struct WordNetLoadReport {
    enum class Action { Loaded, Compiled, Rebuilt };
    Action action = Action::Loaded;  // Compiled: none yet or stale; Rebuilt: the file was damaged
    std::string reason;              // why it compiled (the damage found, "the WordNet files changed"), or empty
    std::filesystem::path indexFile;
    bool saved = true;      // false when the compiled index could not be written (then it lives in memory only)
    double compileMs = 0;   // reading and compiling the text files, when it did
    double loadMs = 0;      // mapping and validating the compiled index (including the staleness check)
};

/// The compiled index for the text database in `sourceDir`, loaded from `indexFile` or compiled into it first.
/// NotFound or Corrupt (each naming the Debian package wordnet-base) when the text database is missing or
/// damaged; a damaged or unwritable index file is never an error. Blocks for ~1 s when it compiles.
models::Result<WordNetIndex> openWordNetIndex(const std::filesystem::path &sourceDir,
                                              const std::filesystem::path &indexFile,
                                              WordNetLoadReport *report = nullptr);

/// Compiles the text database in `sourceDir` in memory, without touching any index file.
models::Result<WordNetIndex> compileWordNetIndexInMemory(const std::filesystem::path &sourceDir);

/// $XDG_CACHE_HOME/noosphere/wordnet-3.0.idx, else ~/.cache/noosphere/wordnet-3.0.idx.
std::filesystem::path defaultWordNetIndexFile();

}  // namespace noosphere::core::text
