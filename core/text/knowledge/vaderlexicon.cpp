#include "text/knowledge/vaderlexicon.h"

#include "text/knowledge/datafiles.h"
#include "text/knowledge/lexiconfile.h"

#include <charconv>
#include <cmath>
#include <string>

namespace noosphere::core::text {

using models::Error;
using models::ErrorCode;
using models::Result;

namespace {

// The next tab-separated field of `line` from `pos`, advancing `pos` past the tab.
std::string_view nextField(std::string_view line, std::size_t &pos)
{
    if (pos > line.size())
        return {};
    const std::size_t tab = line.find('\t', pos);
    const std::string_view field = line.substr(pos, tab == std::string_view::npos ? line.npos : tab - pos);
    pos = tab == std::string_view::npos ? line.size() + 1 : tab + 1;
    return field;
}

}  // namespace

Result<VaderLexicon> VaderLexicon::load()
{
    const auto file = findNpmDataFile(kRelativePath);
    if (!file)
        return Error{ErrorCode::NotFound, missingNpmDataMessage(kRelativePath, kPackage)};
    return loadFile(*file);
}

Result<VaderLexicon> VaderLexicon::loadFile(const std::filesystem::path &file)
{
    auto text = readLexiconFile(file, kPackage);
    if (!text)
        return text.error();
    return parse(*text, file.string());
}

Result<VaderLexicon> VaderLexicon::parse(std::string_view text, std::string_view sourceName)
{
    VaderLexicon lexicon;
    std::size_t lineNumber = 0;
    for (std::size_t start = 0; start < text.size();) {
        const std::size_t newline = text.find('\n', start);
        std::string_view line = text.substr(start, newline == text.npos ? text.npos : newline - start);
        start = newline == text.npos ? text.size() : newline + 1;
        ++lineNumber;
        if (!line.empty() && line.back() == '\r')
            line.remove_suffix(1);
        if (line.empty())
            continue;
        std::size_t pos = 0;
        const std::string_view token = nextField(line, pos);
        const std::string_view mean = nextField(line, pos);
        nextField(line, pos);  // standard deviation
        const std::string_view ratings = pos <= line.size() ? line.substr(pos) : std::string_view{};
        // from_chars, not strtod: the studio runs under the user's locale, where the decimal point may be ','.
        double valence = 0;
        const auto parsed = std::from_chars(mean.data(), mean.data() + mean.size(), valence);
        // A truncated or edited file shows as a line without its four fields or a number that does not parse.
        if (token.empty() || mean.empty() || parsed.ec != std::errc{} || parsed.ptr != mean.data() + mean.size() ||
            !std::isfinite(valence) || ratings.size() < 2 || ratings.front() != '[' || ratings.back() != ']')
            return Error{ErrorCode::Corrupt, damagedLexiconMessage(sourceName, lineNumber, kPackage)};
        lexicon.m_valences.insert_or_assign(std::string(token), valence);
    }
    if (lexicon.m_valences.empty())
        return Error{ErrorCode::Corrupt, damagedLexiconMessage(sourceName, 0, kPackage)};
    return lexicon;
}

}  // namespace noosphere::core::text
