// appendXmlText(): escaping plus removal of characters XML 1.0 does not allow.
#include "export/xmltext.h"

#include "common/utf8.h"

namespace noosphere::core {

namespace utf8 = models::utf8;

namespace {

// XML 1.0 Char minus what HTML's parser reports as errors: C0 controls other than tab, LF and CR; DEL and the C1
// controls; noncharacters (U+FDD0–U+FDEF and each plane's last two code points).
bool isAllowedInXml(char32_t cp)
{
    if (cp < 0x20)
        return cp == '\t' || cp == '\n' || cp == '\r';
    if (cp >= 0x7F && cp <= 0x9F)
        return false;
    if (cp >= 0xFDD0 && cp <= 0xFDEF)
        return false;
    return (cp & 0xFFFE) != 0xFFFE;
}

}  // namespace

void appendXmlText(std::string &out, std::string_view text)
{
    if (!utf8::isValid(text)) {
        appendXmlText(out, utf8::toValid(text));
        return;
    }
    out.reserve(out.size() + text.size());
    std::size_t pos = 0;
    while (pos < text.size()) {
        const char c = text[pos];
        switch (c) {
        case '&': out += "&amp;"; ++pos; continue;
        case '<': out += "&lt;"; ++pos; continue;
        case '>': out += "&gt;"; ++pos; continue;  // "]]>" must not appear in text
        case '"': out += "&quot;"; ++pos; continue;
        case '\'': out += "&#39;"; ++pos; continue;
        default: break;
        }
        const std::size_t length = utf8::sequenceLength(text, pos);  // ≥ 1: the text is valid
        const char32_t cp = length == 1 ? char32_t(static_cast<unsigned char>(c)) : utf8::decodeAt(text, pos, length);
        if (isAllowedInXml(cp))
            out.append(text, pos, length);
        else
            out += utf8::kReplacement;
        pos += length;
    }
}

std::string xmlText(std::string_view text)
{
    std::string out;
    appendXmlText(out, text);
    return out;
}

}  // namespace noosphere::core
