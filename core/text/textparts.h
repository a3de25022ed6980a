// Cuts a long text into parts of at most a given number of words, at paragraph ends where it can: a 5 MB paste
// becomes chapters the editor can handle, and no character is lost (the parts concatenate to the text).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace noosphere::core {

/// Parts of `text` (UTF-8), each of at most `maxWords` words (countWords) unless a single word is longer;
/// every part but the last ends after a blank line, a line break or a space, in that order of preference.
std::vector<std::string> splitIntoParts(std::string_view text, std::int64_t maxWords);

}  // namespace noosphere::core
