#include "text/knowledge/phones.h"

#include <array>
#include <cstdint>

namespace noosphere::core::text {

namespace {

constexpr std::array<std::string_view, kPhoneCount> kNames = {
    "AA", "AE", "AH", "AO", "AW", "AY", "EH", "ER", "EY", "IH", "IY", "OW", "OY", "UH", "UW", "B",  "CH", "D", "DH", "F",
    "G",  "HH", "JH", "K",  "L",  "M",  "N",  "NG", "P",  "R",  "S",  "SH", "T",  "TH", "V",  "W",  "Y",  "Z", "ZH",
};

// Phone names are one or two capital letters: a table indexed by them replaces 39 comparisons per phone
// (CMUdict has ~850k phones to parse).
constexpr int nameKey(char first, char second) { return (first - 'A') * 27 + (second == 0 ? 0 : second - 'A' + 1); }

constexpr std::array<std::int8_t, 26 * 27> kPhoneByName = [] {
    std::array<std::int8_t, 26 * 27> table{};
    table.fill(-1);
    for (int i = 0; i < kPhoneCount; ++i) {
        const std::string_view name = kNames[std::size_t(i)];
        table[std::size_t(nameKey(name[0], name.size() > 1 ? name[1] : 0))] = std::int8_t(i);
    }
    return table;
}();

bool isCapital(char c) { return c >= 'A' && c <= 'Z'; }

}  // namespace

std::optional<PhoneCode> parsePhone(std::string_view symbol)
{
    int stress = -1;
    if (!symbol.empty() && symbol.back() >= '0' && symbol.back() <= '2') {
        stress = symbol.back() - '0';
        symbol.remove_suffix(1);
    }
    if (symbol.empty() || symbol.size() > 2 || !isCapital(symbol[0]) || (symbol.size() == 2 && !isCapital(symbol[1])))
        return std::nullopt;
    const int index = kPhoneByName[std::size_t(nameKey(symbol[0], symbol.size() == 2 ? symbol[1] : 0))];
    if (index < 0)
        return std::nullopt;
    const Phone phone = Phone(index);
    if (isVowel(phone) != (stress >= 0))
        return std::nullopt;  // CMUdict marks every vowel's stress, and never a consonant's
    return makePhoneCode(phone, stress < 0 ? 0 : stress);
}

std::string_view phoneName(Phone p) { return kNames[std::size_t(p)]; }

std::string formatPhones(std::span<const PhoneCode> phones)
{
    std::string out;
    for (const PhoneCode code : phones) {
        if (!out.empty())
            out += ' ';
        out += phoneName(phoneOf(code));
        if (isVowelCode(code))
            out += char('0' + stressOf(code));
    }
    return out;
}

}  // namespace noosphere::core::text
