// Compiling the parsed WordNet text database into the binary index (wordnetformat.h) and writing it to disk
// atomically, so that a reader never sees half a file.
#pragma once

#include "common/result.h"
#include "wordnetformat.h"
#include "wordnetsource.h"

#include <cstddef>
#include <filesystem>
#include <span>
#include <vector>

namespace noosphere::core::text {

using WordNetSourceStamps = std::array<wnformat::SourceStamp, kWordNetSourceFiles.size()>;

/// The size and last write time of each source file in `dir`; NotFound (naming wordnet-base) when one is missing.
models::Result<WordNetSourceStamps> stampWordNetSource(const std::filesystem::path &dir);

/// The bytes of an index file for `source`, stamped with `stamps`. Corrupt (naming `dir` and wordnet-base) when a
/// pointer, a sense or a count does not fit: a synset that does not exist, a word number past a synset's end.
models::Result<std::vector<std::byte>> compileWordNetIndex(const WordNetSource &source,
                                                           const WordNetSourceStamps &stamps,
                                                           const std::filesystem::path &dir);

/// Writes `bytes` to a temporary file beside `file` and renames it into place (creating the folder), so that a
/// concurrent reader sees the old file or the new one, whole. Io with the reason on failure.
models::Result<void> writeWordNetIndexFile(const std::filesystem::path &file, std::span<const std::byte> bytes);

}  // namespace noosphere::core::text
