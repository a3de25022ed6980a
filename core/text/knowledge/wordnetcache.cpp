// The compile-once policy for WordNet: stamp the text files, trust a matching index, otherwise compile and
// replace it atomically (another process may be reading the old one).
#include "wordnetcache.h"

#include "wordnetindexwrite.h"
#include "wordnetsource.h"

#include <chrono>
#include <cstdlib>

namespace noosphere::core::text {

using models::Error;
using models::ErrorCode;
using models::Result;

namespace {

double msSince(std::chrono::steady_clock::time_point start)
{
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
}

bool sameStamps(const wnformat::Header &header, const WordNetSourceStamps &stamps)
{
    for (std::size_t i = 0; i < stamps.size(); ++i)
        if (header.sources[i].size != stamps[i].size || header.sources[i].modifiedNs != stamps[i].modifiedNs)
            return false;
    return true;
}

Result<std::vector<std::byte>> compileBytes(const std::filesystem::path &sourceDir, const WordNetSourceStamps &stamps)
{
    auto source = readWordNetSource(sourceDir);
    if (!source)
        return source.error();
    return compileWordNetIndex(source.value(), stamps, sourceDir);
}

}  // namespace

Result<WordNetIndex> openWordNetIndex(const std::filesystem::path &sourceDir, const std::filesystem::path &indexFile,
                                      WordNetLoadReport *report)
{
    WordNetLoadReport local;
    WordNetLoadReport &r = report ? *report : local;
    r = {.indexFile = indexFile};
    auto start = std::chrono::steady_clock::now();
    std::error_code ec;
    if (!std::filesystem::is_directory(sourceDir, ec))
        return Error{ErrorCode::NotFound, "WordNet is not installed (no folder " + sourceDir.string() +
                                              "): install the Debian package wordnet-base (sudo apt-get install "
                                              "wordnet-base)"};
    const auto stamps = stampWordNetSource(sourceDir);
    if (!stamps)
        return stamps.error();

    auto loaded = WordNetIndex::open(indexFile);
    if (loaded && sameStamps(loaded->header(), stamps.value())) {
        r.loadMs = msSince(start);
        return loaded;
    }
    if (loaded) {
        r.action = WordNetLoadReport::Action::Compiled;
        r.reason = "the WordNet files changed since it was compiled";
    } else if (loaded.error().code == ErrorCode::NotFound) {
        r.action = WordNetLoadReport::Action::Compiled;
        r.reason = "no compiled index yet";
    } else {
        r.action = WordNetLoadReport::Action::Rebuilt;
        r.reason = loaded.error().detail;
    }

    start = std::chrono::steady_clock::now();
    auto bytes = compileBytes(sourceDir, stamps.value());
    if (!bytes)
        return bytes.error();
    r.compileMs = msSince(start);
    if (const auto written = writeWordNetIndexFile(indexFile, bytes.value()); !written) {
        r.saved = false;
        r.reason += "; it stays in memory: " + written.error().detail;
    }
    start = std::chrono::steady_clock::now();
    auto index = WordNetIndex::fromBytes(std::move(bytes.value()));
    r.loadMs = msSince(start);
    return index;
}

Result<WordNetIndex> compileWordNetIndexInMemory(const std::filesystem::path &sourceDir)
{
    const auto stamps = stampWordNetSource(sourceDir);
    if (!stamps)
        return stamps.error();
    auto bytes = compileBytes(sourceDir, stamps.value());
    if (!bytes)
        return bytes.error();
    return WordNetIndex::fromBytes(std::move(bytes.value()));
}

std::filesystem::path defaultWordNetIndexFile()
{
    const auto fromEnv = [](const char *name) -> std::filesystem::path {
        const char *value = std::getenv(name);
        return value && *value ? std::filesystem::path(value) : std::filesystem::path();
    };
    std::filesystem::path cache = fromEnv("XDG_CACHE_HOME");
    if (cache.empty() || cache.is_relative()) {  // the XDG spec says to ignore a relative path
        const auto home = fromEnv("HOME");
        cache = home.empty() ? std::filesystem::temp_directory_path() : home / ".cache";
    }
    return cache / "noosphere" / "wordnet-3.0.idx";
}

}  // namespace noosphere::core::text
