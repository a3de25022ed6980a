// VADER's word list: 7.5k lower-case words, emoticons and slang with a mean valence in [-4, 4], read from npm
// vader-sentiment's vader_lexicon.txt (installed by scripts/npm-data.sh), never bundled or downloaded.
#pragma once

#include "common/result.h"
#include "tokenize/stringmap.h"

#include <filesystem>
#include <string_view>

namespace noosphere::core::text {

class VaderLexicon {
public:
    /// The npm package and the file inside the npm data folder.
    static constexpr std::string_view kPackage = "vader-sentiment";
    static constexpr std::string_view kRelativePath = "vader-sentiment/vader_lexicon.txt";

    /// From the npm data folder (findNpmDataFile). NotFound names the package when the file is missing;
    /// Corrupt names the file and line when it is damaged. ~10 ms; callers keep the result.
    static models::Result<VaderLexicon> load();
    static models::Result<VaderLexicon> loadFile(const std::filesystem::path &file);
    /// Parses the file's text: `token<TAB>mean<TAB>stddev<TAB>[ten ratings]` per line; a later line for the same
    /// token wins, as in the JS port's lexicon.
    static models::Result<VaderLexicon> parse(std::string_view text, std::string_view sourceName);

    /// The valence of `lowerToken` (already lower-cased), or nullptr.
    const double *find(std::string_view lowerToken) const
    {
        const auto it = m_valences.find(lowerToken);
        return it == m_valences.end() ? nullptr : &it->second;
    }
    std::size_t size() const { return m_valences.size(); }

private:
    models::StringMap<double> m_valences;
};

}  // namespace noosphere::core::text
