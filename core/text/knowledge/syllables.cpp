#include "text/knowledge/syllables.h"

#include <algorithm>

namespace noosphere::core::text {

int countSyllables(std::span<const PhoneCode> phones)
{
    return int(std::count_if(phones.begin(), phones.end(), isVowelCode));
}

std::string stressPattern(std::span<const PhoneCode> phones)
{
    std::string pattern;
    for (const PhoneCode code : phones)
        if (isVowelCode(code))
            pattern += char('0' + stressOf(code));
    return pattern;
}

std::optional<std::size_t> rhymeStart(std::span<const PhoneCode> phones)
{
    std::optional<std::size_t> lastVowel;
    for (std::size_t i = phones.size(); i-- > 0;) {
        if (!isVowelCode(phones[i]))
            continue;
        if (isStressed(phones[i]))
            return i;
        if (!lastVowel)
            lastVowel = i;
    }
    return lastVowel;
}

}  // namespace noosphere::core::text
