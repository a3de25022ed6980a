#include "text/knowledge/wordkey.h"

#include <unicode/locid.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <algorithm>

namespace noosphere::core::text {

namespace {

bool isAscii(std::string_view s)
{
    return std::all_of(s.begin(), s.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

bool isLowerLetter(char c) { return c >= 'a' && c <= 'z'; }

}  // namespace

std::string lookupKey(std::string_view word)
{
    if (isAscii(word)) {
        std::string key(word);
        for (char &c : key)
            if (c >= 'A' && c <= 'Z')
                c = char(c + ('a' - 'A'));
        return key;
    }
    icu::UnicodeString text = icu::UnicodeString::fromUTF8(icu::StringPiece(word.data(), int32_t(word.size())));
    text.toLower(icu::Locale::getRoot());
    text.findAndReplace(icu::UnicodeString(char16_t(0x2019)), icu::UnicodeString(u'\''));
    text.findAndReplace(icu::UnicodeString(char16_t(0x02BC)), icu::UnicodeString(u'\''));
    std::string key;
    text.toUTF8String(key);
    return key;
}

std::string withoutAccents(std::string_view key)
{
    if (isAscii(key))
        return {};
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2 *nfd = icu::Normalizer2::getNFDInstance(status);
    if (U_FAILURE(status))
        return {};
    const icu::UnicodeString decomposed =
        nfd->normalize(icu::UnicodeString::fromUTF8(icu::StringPiece(key.data(), int32_t(key.size()))), status);
    if (U_FAILURE(status))
        return {};
    icu::UnicodeString bare;
    for (int32_t i = 0; i < decomposed.length();) {
        const UChar32 c = decomposed.char32At(i);
        i += U16_LENGTH(c);
        if (u_charType(c) != U_NON_SPACING_MARK)
            bare.append(c);
    }
    std::string out;
    bare.toUTF8String(out);
    return out == key ? std::string() : out;
}

bool isPlainEnglishSpelling(std::string_view word)
{
    if (word.empty() || !isLowerLetter(word.front()))
        return false;
    return std::all_of(word.begin(), word.end(), [](char c) { return isLowerLetter(c) || c == '\'' || c == '-'; });
}

}  // namespace noosphere::core::text
