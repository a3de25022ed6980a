// Whole-file writes that never leave a half-written export: the bytes go to a temporary file beside the target,
// which is renamed over it only when everything is written and flushed.
#pragma once

#include "common/result.h"

#include <filesystem>
#include <string>
#include <string_view>

namespace noosphere::core {

/// Writes `bytes` to `file` (replacing it; its permissions are kept). On failure (disk full, folder not writable or
/// missing) any earlier `file` is unchanged and no temporary file is left. Fails with Io naming the file and the
/// system's reason. Any thread.
models::Result<void> writeFileAtomically(const std::filesystem::path &file, std::string_view bytes);

/// The detail line of an Io error about `file`: "cannot write 'FILE': REASON".
std::string writeErrorDetail(const std::filesystem::path &file, const std::string &reason);

}  // namespace noosphere::core
