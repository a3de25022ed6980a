// ARPAbet phones as CMUdict writes them ("AE1", "T"), packed one byte each so that 134k pronunciations fit in
// ~700 kB and compare with memcmp: the phone in the low six bits, a vowel's stress (0, 1, 2) plus one above.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace noosphere::core::text {

/// CMUdict's 39 phones: 15 vowels, then 24 consonants.
enum class Phone : std::uint8_t {
    AA, AE, AH, AO, AW, AY, EH, ER, EY, IH, IY, OW, OY, UH, UW,  // vowels
    B, CH, D, DH, F, G, HH, JH, K, L, M, N, NG, P, R, S, SH, T, TH, V, W, Y, Z, ZH,
};

/// A phone with its stress: see makePhoneCode().
using PhoneCode = std::uint8_t;

// The number of phones; Phone values are 0..kPhoneCount-1.
inline constexpr int kPhoneCount = 39;

inline constexpr bool isVowel(Phone p) { return p <= Phone::UW; }
/// `stress` 0 (none), 1 (primary) or 2 (secondary) for a vowel; ignored for a consonant.
inline constexpr PhoneCode makePhoneCode(Phone p, int stress = 0)
{
    return PhoneCode(std::uint8_t(p) | (isVowel(p) ? (stress + 1) << 6 : 0));
}
inline constexpr Phone phoneOf(PhoneCode code) { return Phone(code & 0x3F); }
inline constexpr bool isVowelCode(PhoneCode code) { return (code >> 6) != 0; }
/// 0, 1 or 2 for a vowel; -1 for a consonant.
inline constexpr int stressOf(PhoneCode code) { return int(code >> 6) - 1; }
/// A vowel's stress as 1 (primary or secondary) or 0: the stress that rhymes are counted from.
inline constexpr bool isStressed(PhoneCode code) { return stressOf(code) > 0; }

/// "AE1" or "T" (CMUdict's spelling); nullopt for anything else (an unknown phone, a stress on a consonant).
std::optional<PhoneCode> parsePhone(std::string_view symbol);
/// "AE" (without stress).
std::string_view phoneName(Phone p);
/// "B AH0 N AE1 N AH0".
std::string formatPhones(std::span<const PhoneCode> phones);

}  // namespace noosphere::core::text
