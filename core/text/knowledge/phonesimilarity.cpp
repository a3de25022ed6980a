#include "text/knowledge/phonesimilarity.h"

#include <algorithm>
#include <vector>

namespace noosphere::core::text {

namespace {

using enum Phone;

enum class Manner { Vowel, Stop, Affricate, Fricative, Nasal, Liquid, Glide };

Manner mannerOf(Phone p)
{
    switch (p) {
    case P: case B: case T: case D: case K: case G: return Manner::Stop;
    case CH: case JH: return Manner::Affricate;
    case F: case V: case TH: case DH: case S: case Z: case SH: case ZH: case HH: return Manner::Fricative;
    case M: case N: case NG: return Manner::Nasal;
    case L: case R: return Manner::Liquid;
    case W: case Y: return Manner::Glide;
    default: return Manner::Vowel;
    }
}

bool areVoicingPartners(Phone a, Phone b)
{
    constexpr Phone kPairs[][2] = {{P, B}, {T, D}, {K, G}, {F, V}, {TH, DH}, {S, Z}, {SH, ZH}, {CH, JH}};
    for (const auto &pair : kPairs)
        if ((a == pair[0] && b == pair[1]) || (a == pair[1] && b == pair[0]))
            return true;
    return false;
}

// The vowels an unstressed syllable blurs into one another.
bool isReducedVowel(Phone p) { return p == AH || p == IH || p == UH; }

// Adding or dropping a phone; a final S, Z, T or D costs half (plurals, past tenses: "cat"/"cats").
double indelCost(Phone p, bool isLast)
{
    return isLast && (p == S || p == Z || p == T || p == D) ? 0.5 : 1.0;
}

}  // namespace

double substitutionCost(Phone a, Phone b)
{
    if (a == b)
        return 0.0;
    const Manner ma = mannerOf(a);
    const Manner mb = mannerOf(b);
    if (ma == Manner::Vowel || mb == Manner::Vowel) {
        if (ma != mb)
            return (a == ER && b == R) || (a == R && b == ER) ? 0.5 : 1.0;
        return isReducedVowel(a) && isReducedVowel(b) ? 0.3 : 0.7;
    }
    if (areVoicingPartners(a, b))
        return 0.25;
    if (ma == mb)
        return 0.4;
    const bool affricateNeighbours = (ma == Manner::Affricate && (mb == Manner::Stop || mb == Manner::Fricative))
                                     || (mb == Manner::Affricate && (ma == Manner::Stop || ma == Manner::Fricative));
    return affricateNeighbours ? 0.6 : 1.0;
}

double tailSimilarity(std::span<const PhoneCode> a, std::span<const PhoneCode> b)
{
    const std::size_t longer = std::max(a.size(), b.size());
    if (longer == 0)
        return 1.0;
    // distance[i][j]: a[0, i) against b[0, j); one row at a time.
    std::vector<double> previous(b.size() + 1), current(b.size() + 1);
    for (std::size_t j = 1; j <= b.size(); ++j)
        previous[j] = previous[j - 1] + indelCost(phoneOf(b[j - 1]), j == b.size());
    for (std::size_t i = 1; i <= a.size(); ++i) {
        current[0] = previous[0] + indelCost(phoneOf(a[i - 1]), i == a.size());
        for (std::size_t j = 1; j <= b.size(); ++j) {
            current[j] = std::min({previous[j - 1] + substitutionCost(phoneOf(a[i - 1]), phoneOf(b[j - 1])),
                                   previous[j] + indelCost(phoneOf(a[i - 1]), i == a.size()),
                                   current[j - 1] + indelCost(phoneOf(b[j - 1]), j == b.size())});
        }
        std::swap(previous, current);
    }
    return std::max(0.0, 1.0 - previous[b.size()] / double(longer));
}

}  // namespace noosphere::core::text
