#include "buildinfo.h"

#include <opencv2/core/version.hpp>
#include <sqlite3.h>

#include <cstdlib>
#include <filesystem>

namespace noosphere::core {

std::string studioVersion() { return NOOSPHERE_VERSION; }
std::string opencvVersion() { return CV_VERSION; }
std::string sqliteVersion() { return sqlite3_libversion(); }

std::string defaultModelDir()
{
    if (const char *env = std::getenv("NOOSPHERE_MODEL_DIR"); env && *env)
        return env;
    std::error_code ec;
    if (std::filesystem::is_directory(NOOSPHERE_INSTALLED_MODEL_DIR, ec))
        return NOOSPHERE_INSTALLED_MODEL_DIR;
    return NOOSPHERE_SOURCE_MODEL_DIR;  // running from a build tree
}

}  // namespace noosphere::core
