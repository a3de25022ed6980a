// Words as a novelist counts them, one definition for the whole product (status bar, chapter list, CLI):
// each CJK ideograph or kana is a word (those scripts put no spaces between words, and word processors count
// so); other words are runs of letters, digits and combining marks, joined by an inner apostrophe or hyphen.
#pragma once

#include <cstdint>
#include <string_view>

namespace noosphere::core {

/// `text` is UTF-8; invalid bytes count as separators. Pure function, any thread.
std::int64_t countWords(std::string_view text);

}  // namespace noosphere::core
