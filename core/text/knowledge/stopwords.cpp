#include "text/knowledge/stopwords.h"

#include "text/knowledge/datafiles.h"
#include "text/knowledge/lexiconfile.h"
#include "text/knowledge/wordkey.h"

namespace noosphere::core::text {

models::Result<StopWords> StopWords::load()
{
    const auto file = findNpmDataFile(kRelativePath);
    if (!file)
        return models::Error{models::ErrorCode::NotFound, missingNpmDataMessage(kRelativePath, kPackage)};
    return loadFile(*file);
}

models::Result<StopWords> StopWords::loadFile(const std::filesystem::path &file)
{
    auto text = readLexiconFile(file, kPackage);
    if (!text)
        return text.error();
    return parse(text.value(), file.string());
}

models::Result<StopWords> StopWords::parse(std::string_view text, std::string_view sourceName)
{
    StopWords stopWords;
    std::size_t lineNumber = 0;
    for (std::size_t pos = 0; pos < text.size();) {
        std::size_t end = text.find('\n', pos);
        if (end == std::string_view::npos)
            end = text.size();
        std::string_view line = text.substr(pos, end - pos);
        pos = end + 1;
        ++lineNumber;
        while (!line.empty() && (line.back() == '\r' || line.back() == ' '))
            line.remove_suffix(1);
        if (line.empty())
            continue;
        if (line.find_first_of(" \t\"[]{},") != std::string_view::npos)  // not a word list (e.g. JSON)
            return models::Error{models::ErrorCode::Corrupt, damagedLexiconMessage(sourceName, lineNumber, kPackage)};
        stopWords.m_words.emplace(lookupKey(line), 1);
    }
    if (stopWords.m_words.empty())
        return models::Error{models::ErrorCode::Corrupt, damagedLexiconMessage(sourceName, 0, kPackage)};
    return stopWords;
}

}  // namespace noosphere::core::text
