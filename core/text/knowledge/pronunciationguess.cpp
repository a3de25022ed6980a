#include "text/knowledge/pronunciationguess.h"

#include "text/knowledge/letterrules.h"
#include "text/knowledge/syllables.h"

#include <algorithm>
#include <initializer_list>
#include <limits>
#include <string>

namespace noosphere::core::text {

namespace {

// Dictionary pieces shorter than this are mostly abbreviations and letter names ("zr", "na"): the rules read
// those letters better.
constexpr std::size_t kMinPieceLetters = 3;
// Longer words are read by the rules alone (the search is quadratic in the length).
constexpr std::size_t kMaxAnalogyLetters = 40;
// The cost of a piece (one dictionary word), of a letter left to the rules, and of a cut through "th", "ee".
constexpr double kPieceCost = 1.0;
constexpr double kRuleLetterCost = 1.0;
constexpr double kDigraphCutCost = 0.75;

bool isVowelLetter(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y'; }

int vowelGroups(std::string_view letters)
{
    int groups = 0;
    for (std::size_t i = 0; i < letters.size(); ++i)
        if (isVowelLetter(letters[i]) && (i == 0 || !isVowelLetter(letters[i - 1])))
            ++groups;
    return groups;
}

// The first pronunciation of `piece` when it is a usable analogy: a word read as written, not an abbreviation
// spelled out letter by letter ("nato" yes, "nbc" no: it has more vowel sounds than vowel letters).
std::span<const PhoneCode> piecePhones(const PronouncingDictionary &dictionary, std::string_view piece)
{
    const auto wordId = dictionary.find(piece);
    if (!wordId)
        return {};
    const auto phones = dictionary.phones(dictionary.pronunciationIds(*wordId).first);
    const int nSyllables = countSyllables(phones);
    if (nSyllables == 0 || nSyllables > vowelGroups(piece))
        return {};
    return phones;
}

// Endings English adds to words it knows: "filmed" is "film" + D, "speedier" "speedy" + ER0. Tried before the
// analogy, since a piece such as "med" would otherwise read "filmed" as "fil-med".
enum class EndingSound { Plural, Past, Fixed };
struct Ending {
    std::string_view letters;
    EndingSound sound;
    std::initializer_list<Phone> phones;
};
const Ending kEndings[] = {
    {"es", EndingSound::Plural, {}},
    {"s", EndingSound::Plural, {}},
    {"ed", EndingSound::Past, {}},
    {"ings", EndingSound::Fixed, {Phone::IH, Phone::NG, Phone::Z}},
    {"ing", EndingSound::Fixed, {Phone::IH, Phone::NG}},
    {"ers", EndingSound::Fixed, {Phone::ER, Phone::Z}},
    {"er", EndingSound::Fixed, {Phone::ER}},
    {"est", EndingSound::Fixed, {Phone::AH, Phone::S, Phone::T}},
    {"ly", EndingSound::Fixed, {Phone::L, Phone::IY}},
    {"ness", EndingSound::Fixed, {Phone::N, Phone::AH, Phone::S}},
    {"ment", EndingSound::Fixed, {Phone::M, Phone::AH, Phone::N, Phone::T}},
    {"ments", EndingSound::Fixed, {Phone::M, Phone::AH, Phone::N, Phone::T, Phone::S}},
    {"ful", EndingSound::Fixed, {Phone::F, Phone::AH, Phone::L}},
    {"less", EndingSound::Fixed, {Phone::L, Phone::AH, Phone::S}},
    {"able", EndingSound::Fixed, {Phone::AH, Phone::B, Phone::AH, Phone::L}},
};
// The shortest stem an ending is taken off.
constexpr std::size_t kMinStemLetters = 3;

bool isSibilant(Phone p)
{
    return p == Phone::S || p == Phone::Z || p == Phone::SH || p == Phone::ZH || p == Phone::CH || p == Phone::JH;
}
bool isVoiceless(Phone p)
{
    return p == Phone::P || p == Phone::T || p == Phone::K || p == Phone::F || p == Phone::TH || p == Phone::S
           || p == Phone::SH || p == Phone::CH;
}

// The sound of `ending` after `stem` (plural -s as S, Z or IH0 Z; past -ed as T, D or IH0 D).
void appendEnding(std::vector<PhoneCode> &phones, const Ending &ending)
{
    const Phone last = phoneOf(phones.back());
    std::vector<Phone> sound(ending.phones);
    if (ending.sound == EndingSound::Plural)
        sound = isSibilant(last) ? std::vector{Phone::IH, Phone::Z}
                                 : std::vector{isVoiceless(last) ? Phone::S : Phone::Z};
    else if (ending.sound == EndingSound::Past)
        sound = last == Phone::T || last == Phone::D ? std::vector{Phone::IH, Phone::D}
                                                     : std::vector{isVoiceless(last) ? Phone::T : Phone::D};
    for (const Phone p : sound)
        if (phones.empty() || isVowel(p) || phoneOf(phones.back()) != p)  // "logistical" + "ly": one L
            phones.push_back(makePhoneCode(p, 0));
}

// A known stem plus an ending, or empty. Stems are tried as written, with a silent e restored ("miter" ← "mite"),
// a doubled consonant undone ("stopped") and y restored ("speedier").
std::vector<PhoneCode> knownStemWithEnding(const PronouncingDictionary &dictionary, std::string_view word)
{
    for (const Ending &ending : kEndings) {
        if (word.size() < ending.letters.size() + kMinStemLetters || !word.ends_with(ending.letters))
            continue;
        const std::string stem(word.substr(0, word.size() - ending.letters.size()));
        std::vector<std::string> stems{stem, stem + "e"};
        if (stem.size() > kMinStemLetters && stem.back() == stem[stem.size() - 2] && !isVowelLetter(stem.back()))
            stems.push_back(stem.substr(0, stem.size() - 1));
        if (stem.back() == 'i')
            stems.push_back(stem.substr(0, stem.size() - 1) + "y");
        for (const std::string &candidate : stems) {
            const auto phones = piecePhones(dictionary, candidate);
            if (phones.empty())
                continue;
            std::vector<PhoneCode> joined(phones.begin(), phones.end());
            appendEnding(joined, ending);
            return joined;
        }
    }
    return {};
}

// One primary stress: the stressed vowel of the longest dictionary piece keeps it (the later on a tie: endings
// such as "-thor" carry names), other stresses become secondary; without any, the first vowel takes it.
void settleStress(std::vector<PhoneCode> &phones, std::size_t primaryAt)
{
    for (std::size_t i = 0; i < phones.size(); ++i)
        if (isVowelCode(phones[i]) && stressOf(phones[i]) == 1 && i != primaryAt)
            phones[i] = makePhoneCode(phoneOf(phones[i]), 2);
    if (primaryAt < phones.size())
        return;
    const auto firstVowel = std::find_if(phones.begin(), phones.end(), isVowelCode);
    if (firstVowel != phones.end())
        *firstVowel = makePhoneCode(phoneOf(*firstVowel), 1);
}

}  // namespace

std::vector<PhoneCode> guessPronunciation(const PronouncingDictionary &dictionary, std::string_view word)
{
    std::string letters;
    for (const char c : word)
        if (c >= 'a' && c <= 'z')
            letters += c;
    const std::size_t n = letters.size();
    if (n == 0)
        return {};
    if (auto inflected = knownStemWithEnding(dictionary, letters); !inflected.empty())
        return inflected;
    if (n > kMaxAnalogyLetters) {
        auto phones = soundOutLetters(letters, 0, n);
        settleStress(phones, phones.size());
        return phones;
    }

    // Cheapest cover of the letters by dictionary pieces and rule-read letters (dynamic programming over cuts).
    std::vector<double> cost(n + 1, std::numeric_limits<double>::infinity());
    std::vector<std::size_t> from(n + 1, 0);
    std::vector<bool> isPiece(n + 1, false);
    cost[0] = 0;
    const auto cutCost = [&](std::size_t at) { return splitsDigraph(letters, at) ? kDigraphCutCost : 0.0; };
    for (std::size_t end = 1; end <= n; ++end) {
        cost[end] = cost[end - 1] + kRuleLetterCost;
        from[end] = end - 1;
        for (std::size_t begin = 0; begin + kMinPieceLetters <= end; ++begin) {
            if (begin == 0 && end == n)
                continue;  // the whole word: not in the dictionary, or we would not be guessing
            const double candidate = cost[begin] + kPieceCost + cutCost(begin) + cutCost(end);
            // `<=` prefers the later cut on a tie, so the ending (what rhymes) comes from the longer piece.
            if (candidate <= cost[end] && !piecePhones(dictionary, std::string_view(letters).substr(begin, end - begin)).empty()) {
                cost[end] = candidate;
                from[end] = begin;
                isPiece[end] = true;
            }
        }
    }

    // Walk back to list the segments, then read them front to back.
    std::vector<std::pair<std::size_t, std::size_t>> segments;  // [begin, end), pieces and single rule letters
    for (std::size_t end = n; end > 0; end = from[end])
        segments.emplace_back(from[end], end);
    std::reverse(segments.begin(), segments.end());

    std::vector<PhoneCode> phones;
    std::size_t primaryAt = std::numeric_limits<std::size_t>::max();
    std::size_t longestPiece = 0;
    for (std::size_t k = 0; k < segments.size();) {
        const auto [begin, end] = segments[k];
        if (isPiece[end]) {
            const auto piece = piecePhones(dictionary, std::string_view(letters).substr(begin, end - begin));
            for (std::size_t i = 0; i < piece.size(); ++i)
                if (stressOf(piece[i]) == 1 && end - begin >= longestPiece) {
                    longestPiece = end - begin;
                    primaryAt = phones.size() + i;
                }
            phones.insert(phones.end(), piece.begin(), piece.end());
            ++k;
            continue;
        }
        std::size_t ruleEnd = end;  // consecutive rule letters are read together, as one spelling
        while (++k < segments.size() && !isPiece[segments[k].second])
            ruleEnd = segments[k].second;
        const auto read = soundOutLetters(letters, begin, ruleEnd);
        phones.insert(phones.end(), read.begin(), read.end());
    }
    settleStress(phones, primaryAt);
    return phones;
}

}  // namespace noosphere::core::text
