// Text into XML (XHTML, OPF): the five special characters escaped, and every character that XML 1.0 forbids or
// HTML calls a parse error (controls, noncharacters) replaced by U+FFFD, so that no project text can make an
// EPUB document ill-formed.
#pragma once

#include <string>
#include <string_view>

namespace noosphere::core {

/// Appends `text` (any bytes; ill-formed UTF-8 becomes U+FFFD) to `out` as XML character data that is also safe
/// inside a double- or single-quoted attribute.
void appendXmlText(std::string &out, std::string_view text);
/// appendXmlText() into a new string.
std::string xmlText(std::string_view text);

}  // namespace noosphere::core
