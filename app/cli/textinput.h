// What the text and words verbs share: one error line on stderr with its exit code, a file read as UTF-8, and the
// English data (CMUdict, stop words, WordNet's counts) loaded with its errors and warning reported.
#pragma once

#include "text/knowledge/languagedata.h"

#include <optional>
#include <string>

namespace noosphere::cli {

/// "noosphere-cli: DETAIL" on stderr; returns `exitCode`.
int report(int exitCode, const std::string &detail);
/// The file as valid UTF-8, or nullopt after reporting why not (kExitBadInput).
std::optional<std::string> readUtf8File(const std::string &path, int &exitCode);
/// LanguageData::load(), or nullopt after reporting its error (kExitFailed); its warning goes to stderr.
std::optional<core::text::LanguageData> loadLanguageData(int &exitCode);

}  // namespace noosphere::cli
