// UTF-8 validation and repair: text from a model or a paste may be any bytes. Ill-formed input and decoded byte
// runs that are not text become U+FFFD, one per maximal ill-formed subpart (as WHATWG's TextDecoder and Rust's from_utf8_lossy do).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace noosphere::models::utf8 {

// The Unicode replacement character U+FFFD, encoded.
inline constexpr std::string_view kReplacement = "\xEF\xBF\xBD";

/// Length in bytes (1–4) of the well-formed sequence starting at `text[pos]`, or 0 when it is ill-formed
/// (stray continuation byte, overlong form, surrogate, above U+10FFFF or truncated).
std::size_t sequenceLength(std::string_view text, std::size_t pos);
/// Whether `text` is entirely well-formed UTF-8.
bool isValid(std::string_view text);
/// `text` with each maximal ill-formed subpart replaced by U+FFFD; a valid input comes back unchanged.
std::string toValid(std::string_view text);
/// The code point of the well-formed sequence at `text[pos]` (length from sequenceLength()).
char32_t decodeAt(std::string_view text, std::size_t pos, std::size_t length);
/// Appends the UTF-8 form of `cp` (which must be a scalar value) to `out`.
void append(std::string &out, char32_t cp);
/// The length of the longest prefix of `text` that does not end inside a UTF-8 sequence, for streaming the
/// text of a token whose bytes complete a character only with the next token.
std::size_t completePrefix(std::string_view text);

}  // namespace noosphere::models::utf8
