// GPT-2's byte-level alphabet: each of the 256 byte values stands for one printable character (bytes_to_unicode in
// openai/gpt-2 encoder.py), so that byte-level vocabularies store every token as visible text ("Ġ" = space).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace noosphere::models::bytelevel {

/// The character that byte `b` is written as in a byte-level vocabulary.
char32_t charOf(std::uint8_t b);
/// The byte that character `c` stands for, or nullopt when `c` is not in the byte-level alphabet.
std::optional<std::uint8_t> byteOf(char32_t c);
/// Raw bytes → their byte-level spelling (UTF-8).
std::string toChars(std::string_view bytes);
/// A byte-level spelling (UTF-8) → the raw bytes, or nullopt when a character is outside the alphabet or the
/// text is not valid UTF-8.
std::optional<std::string> toBytes(std::string_view chars);

}  // namespace noosphere::models::bytelevel
