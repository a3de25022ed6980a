#include "text/bible/nametext.h"

#include "common/utf8.h"

#include <unicode/uchar.h>

#include <algorithm>

namespace noosphere::core::text {

namespace {

bool isCapital(char32_t c) { return u_isupper(UChar32(c)) || u_istitle(UChar32(c)); }

// Whether any well-formed character of `text` satisfies `test`.
template <typename Test> bool anyCharacter(std::string_view text, Test test)
{
    for (std::size_t i = 0; i < text.size();) {
        const std::size_t length = models::utf8::sequenceLength(text, i);
        if (length != 0 && test(models::utf8::decodeAt(text, i, length)))
            return true;
        i += std::max<std::size_t>(length, 1);
    }
    return false;
}

}  // namespace

bool hasCapital(std::string_view text) { return anyCharacter(text, isCapital); }

bool hasLowercase(std::string_view text)
{
    return anyCharacter(text, [](char32_t c) { return bool(u_islower(UChar32(c))); });
}

bool startsWithCapital(std::string_view word)
{
    const std::size_t length = word.empty() ? 0 : models::utf8::sequenceLength(word, 0);
    return length != 0 && isCapital(models::utf8::decodeAt(word, 0, length));
}

std::string collapsedGap(std::string_view gap)
{
    std::string collapsed;
    for (std::size_t i = 0; i < gap.size();) {
        const std::size_t length = std::max<std::size_t>(models::utf8::sequenceLength(gap, i), 1);
        const bool space = length == 1 ? (gap[i] == ' ' || (gap[i] >= '\t' && gap[i] <= '\r'))
                                       : u_isUWhiteSpace(UChar32(models::utf8::decodeAt(gap, i, length)));
        if (!space)
            collapsed.append(gap.substr(i, length));
        else if (collapsed.empty() || collapsed.back() != ' ')
            collapsed.push_back(' ');
        i += length;
    }
    return collapsed;
}

}  // namespace noosphere::core::text
