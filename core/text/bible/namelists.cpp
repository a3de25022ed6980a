#include "text/bible/namelists.h"

#include "text/knowledge/datafiles.h"

#include <cstdint>
#include <cstring>
#include <fstream>
#include <iterator>
#include <optional>
#include <string>

namespace noosphere::core::text {

namespace {

std::optional<std::string> readFile(const std::filesystem::path &file)
{
    std::ifstream in(file, std::ios::binary);
    if (!in)
        return std::nullopt;
    return std::string(std::istreambuf_iterator<char>(in), {});
}

// A little-endian or big-endian 32-bit word of a .mo file.
std::uint32_t word32(std::string_view mo, std::size_t at, bool bigEndian)
{
    std::uint8_t b[4];
    std::memcpy(b, mo.data() + at, 4);
    return bigEndian ? std::uint32_t(b[0]) << 24 | std::uint32_t(b[1]) << 16 | std::uint32_t(b[2]) << 8 | b[3]
                     : std::uint32_t(b[3]) << 24 | std::uint32_t(b[2]) << 16 | std::uint32_t(b[1]) << 8 | b[0];
}

}  // namespace

NameLists NameLists::load()
{
    std::vector<std::filesystem::path> firstNameFiles;
    for (const auto relative : {kFemaleFirstNames, kMaleFirstNames})
        if (auto file = findNpmDataFile(relative))
            firstNameFiles.push_back(*file);
    return loadFiles(firstNameFiles, std::filesystem::path(kPlaceCatalogue));
}

NameLists NameLists::loadFiles(const std::vector<std::filesystem::path> &firstNameFiles,
                               const std::filesystem::path &placeCatalogue)
{
    NameLists lists;
    for (const auto &file : firstNameFiles)
        if (auto text = readFile(file))
            lists.addFirstNames(*text);
    if (auto mo = readFile(placeCatalogue))
        lists.addPlaceCatalogue(*mo);
    return lists;
}

void NameLists::addFirstNames(std::string_view text)
{
    while (!text.empty()) {
        const std::size_t newline = text.find('\n');
        std::string_view line = text.substr(0, newline);
        text.remove_prefix(newline == text.npos ? text.size() : newline + 1);
        while (!line.empty() && (line.back() == '\r' || line.back() == ' '))
            line.remove_suffix(1);
        if (!line.empty())
            m_firstNames.emplace(line, 0);
    }
}

bool NameLists::addPlaceCatalogue(std::string_view mo)
{
    // GNU gettext's format: magic, revision, N, offset of the msgid table, offset of the msgstr table; each table
    // N (length, offset) pairs. Every offset is checked before use: the file is input like any other.
    if (mo.size() < 20)
        return false;
    const std::uint32_t magic = word32(mo, 0, false);
    const bool bigEndian = magic == 0xde120495u;
    if (magic != 0x950412deu && !bigEndian)
        return false;
    const std::uint64_t n = word32(mo, 8, bigEndian);
    const std::uint64_t originals = word32(mo, 12, bigEndian);
    const std::uint64_t translations = word32(mo, 16, bigEndian);
    if (originals + n * 8 > mo.size() || translations + n * 8 > mo.size())
        return false;
    for (std::uint64_t i = 0; i < n; ++i) {
        const std::uint64_t idLength = word32(mo, std::size_t(originals + i * 8), bigEndian);
        const std::uint64_t length = word32(mo, std::size_t(translations + i * 8), bigEndian);
        const std::uint64_t offset = word32(mo, std::size_t(translations + i * 8 + 4), bigEndian);
        if (offset + length > mo.size())
            return false;
        if (idLength == 0)
            continue;  // the catalogue's header, not a place
        std::string_view name = mo.substr(std::size_t(offset), std::size_t(length));
        name = name.substr(0, name.find('\0'));  // plural forms are NUL-separated; places have none
        if (!name.empty())
            m_placeNames.emplace(name, 0);
    }
    return true;
}

}  // namespace noosphere::core::text
