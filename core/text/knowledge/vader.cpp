#include "text/knowledge/vader.h"

#include "common/utf8.h"
#include "text/knowledge/vadertokens.h"

#include <array>
#include <charconv>
#include <cmath>
#include <string>
#include <vector>

namespace noosphere::core::text {

namespace {

using vader::isUpperPython;

// Empirical constants of the VADER paper, as the JS port names them.
constexpr double kBIncr = 0.293;    // a booster word ("very") adds this much intensity
constexpr double kBDecr = -0.293;   // a dampener ("barely") takes it away
constexpr double kCIncr = 0.733;    // an ALL-CAPS word among lower-case ones
constexpr double kNScalar = -0.74;  // negation flips and damps
constexpr double kAlpha = 15;       // normalisation: approximates the largest expected sum

// NEGATE: compared with the token as written (the JS does not lower-case here).
constexpr auto kNegate = std::to_array<std::string_view>(
    {"aint",    "arent",    "cannot",  "cant",    "couldnt", "darent",   "didnt",   "doesnt",    "ain't",    "aren't",
     "can't",   "couldn't", "daren't", "didn't",  "doesn't", "dont",     "hadnt",   "hasnt",     "havent",   "isnt",
     "mightnt", "mustnt",   "neither", "don't",   "hadn't",  "hasn't",   "haven't", "isn't",     "mightn't", "mustn't",
     "neednt",  "needn't",  "never",   "none",    "nope",    "nor",      "not",     "nothing",   "nowhere",  "oughtnt",
     "shant",   "shouldnt", "uhuh",    "wasnt",   "werent",  "oughtn't", "shan't",  "shouldn't", "uh-uh",    "wasn't",
     "weren't", "without",  "wont",    "wouldnt", "won't",   "wouldn't", "rarely",  "seldom",    "despite"});

// BOOSTER_DICT's one-word entries (looked up lower-cased); its two-word entries are kBoosterBigrams.
constexpr auto kBoosters = std::to_array<std::string_view>(
    {"absolutely",   "amazingly",  "awfully",       "completely",   "considerably",  "decidedly",    "deeply",
     "effing",       "enormously", "entirely",      "especially",   "exceptionally", "extremely",    "fabulously",
     "flipping",     "flippin",    "fricking",      "frickin",      "frigging",      "friggin",      "fully",
     "fucking",      "greatly",    "hella",         "highly",       "hugely",        "incredibly",   "intensely",
     "majorly",      "more",       "most",          "particularly", "purely",        "quite",        "really",
     "remarkably",   "so",         "substantially", "thoroughly",   "totally",       "tremendously", "uber",
     "unbelievably", "unusually",  "utterly",       "very"});
constexpr auto kDampeners = std::to_array<std::string_view>(
    {"almost", "barely", "hardly", "kinda", "kindof", "kind-of", "less", "little", "marginally", "occasionally",
     "partly", "scarcely", "slightly", "somewhat", "sorta", "sortof", "sort-of"});
constexpr auto kBoosterBigrams = std::to_array<std::string_view>({"just enough", "kind of", "sort of"});

struct Idiom {
    std::string_view words;
    double valence;
};
// SPECIAL_CASE_IDIOMS: matched case-sensitively, as the JS does.
constexpr std::array<Idiom, 7> kIdioms = {{{"the shit", 3},
                                           {"the bomb", 3},
                                           {"bad ass", 1.5},
                                           {"yeah right", -2},
                                           {"cut the mustard", 2},
                                           {"kiss of death", -1.5},
                                           {"hand to mouth", -2}}};

template <std::size_t N> bool contains(const std::array<std::string_view, N> &list, std::string_view word)
{
    for (const std::string_view w : list)
        if (w == word)
            return true;
    return false;
}

// BOOSTER_DICT[lowerWord], or 0 when it is not there.
double boosterValue(std::string_view lowerWord)
{
    if (contains(kBoosters, lowerWord))
        return kBIncr;
    if (contains(kDampeners, lowerWord))
        return kBDecr;
    return 0;
}

const Idiom *findIdiom(std::string_view words)
{
    for (const Idiom &idiom : kIdioms)
        if (idiom.words == words)
            return &idiom;
    return nullptr;
}

// negated([word]): a negation word, or any word containing "n't" (case-sensitive, as in the JS).
bool isNegation(std::string_view word)
{
    return contains(kNegate, word) || word.find("n't") != word.npos;
}

std::string joined(std::initializer_list<std::string_view> words)
{
    std::string out;
    for (const std::string_view w : words) {
        if (!out.empty())
            out.push_back(' ');
        out.append(w);
    }
    return out;
}

// One sentence's tokens and what the rules ask of each more than once.
struct SentenceTokens {
    std::vector<std::string> words;       // as written (after SentiText's punctuation stripping)
    std::vector<std::string> lower;       // toLowerCase of each
    std::vector<const double *> valence;  // LEXICON[lower] or nullptr
    bool isCapDiff = false;               // some, but not all, words are ALL CAPS
};

// scalar_inc_dec: what a preceding booster or dampener adds to `valence`.
double scalarIncDec(const SentenceTokens &t, std::size_t j, double valence)
{
    double scalar = 0;
    const double booster = boosterValue(t.lower[j]);
    if (booster != 0) {
        scalar = booster;
        if (valence < 0)
            scalar *= -1;
        if (t.isCapDiff && isUpperPython(t.words[j])) {
            if (valence > 0)
                scalar += kCIncr;
            else
                scalar -= kCIncr;
        }
    }
    return scalar;
}

// never_check: negation within three words before `i`, and the "never so/this" intensifiers.
double neverCheck(double valence, const SentenceTokens &t, int startI, std::size_t i)
{
    const auto &w = t.words;
    if (startI == 0 && isNegation(w[i - 1]))
        valence *= kNScalar;
    if (startI == 1) {
        if (w[i - 2] == "never" && (w[i - 1] == "so" || w[i - 1] == "this"))
            valence *= 1.5;
        else if (isNegation(w[i - 2]))
            valence *= kNScalar;
    }
    if (startI == 2) {
        // NOTE: the second alternative lacks a "never" test in the JS (and in the Python original); kept.
        if ((w[i - 3] == "never" && (w[i - 2] == "so" || w[i - 2] == "this")) ||
            (w[i - 1] == "so" || w[i - 1] == "this"))
            valence *= 1.25;
        else if (isNegation(w[i - 3]))
            valence *= kNScalar;
    }
    return valence;
}

// idioms_check (i ≥ 3): an idiom around the word replaces its valence; a "kind of" before it dampens it.
double idiomsCheck(double valence, const SentenceTokens &t, std::size_t i)
{
    const auto &w = t.words;
    const std::string twoOne = joined({w[i - 2], w[i - 1]});
    const std::string threeTwo = joined({w[i - 3], w[i - 2]});
    for (const std::string &sequence : {joined({w[i - 1], w[i]}), joined({w[i - 2], w[i - 1], w[i]}), twoOne,
                                        joined({w[i - 3], w[i - 2], w[i - 1]}), threeTwo}) {
        if (const Idiom *idiom = findIdiom(sequence)) {
            valence = idiom->valence;
            break;
        }
    }
    if (w.size() - 1 > i)
        if (const Idiom *idiom = findIdiom(joined({w[i], w[i + 1]})))
            valence = idiom->valence;
    if (w.size() - 1 > i + 1)
        if (const Idiom *idiom = findIdiom(joined({w[i], w[i + 1], w[i + 2]})))
            valence = idiom->valence;
    if (contains(kBoosterBigrams, threeTwo) || contains(kBoosterBigrams, twoOne))
        valence = valence + kBDecr;
    return valence;
}

// least_check: "least" before a word negates it, except in "at least" and "very least".
double leastCheck(double valence, const SentenceTokens &t, std::size_t i)
{
    const auto isLeast = [&](std::size_t j) { return t.lower[j] == "least" && t.valence[j] == nullptr; };
    if (i > 1 && isLeast(i - 1)) {
        if (t.lower[i - 2] != "at" && t.lower[i - 2] != "very")
            valence *= kNScalar;
    } else if (i > 0 && isLeast(i - 1)) {
        valence *= kNScalar;
    }
    return valence;
}

// sentiment_valence for a word found in the lexicon.
double sentimentValence(const SentenceTokens &t, std::size_t i)
{
    if (t.valence[i] == nullptr)
        return 0;
    double valence = *t.valence[i];
    if (isUpperPython(t.words[i]) && t.isCapDiff) {
        if (valence > 0)
            valence += kCIncr;
        else
            valence -= kCIncr;
    }
    for (int startI = 0; startI < 3; ++startI) {
        const std::size_t distance = std::size_t(startI) + 1;
        if (i > std::size_t(startI) && t.valence[i - distance] == nullptr) {
            double s = scalarIncDec(t, i - distance, valence);
            if (startI == 1 && s != 0)
                s = s * 0.95;
            else if (startI == 2 && s != 0)
                s = s * 0.9;
            valence = valence + s;
            valence = neverCheck(valence, t, startI, i);
            if (startI == 2)
                valence = idiomsCheck(valence, t, i);
        }
    }
    return leastCheck(valence, t, i);
}

// but_check: after the first "but" (or "BUT") words weigh 1.5×, before it 0.5×.
void butCheck(const SentenceTokens &t, std::vector<double> &sentiments)
{
    std::size_t but = t.words.size();
    for (const std::string_view spelling : {"but", "BUT"}) {
        for (std::size_t i = 0; i < t.words.size() && but == t.words.size(); ++i)
            if (t.words[i] == spelling)
                but = i;
        if (but != t.words.size())
            break;
    }
    if (but == t.words.size())
        return;
    for (std::size_t i = 0; i < sentiments.size(); ++i) {
        if (i < but)
            sentiments[i] = sentiments[i] * 0.5;
        else if (i > but)
            sentiments[i] = sentiments[i] * 1.5;
    }
}

// punctuation_emphasis: up to four "!" add 0.292 each; two or three "?" 0.18 each, more 0.96.
double punctuationEmphasis(std::string_view text)
{
    int exclamations = 0;
    int questions = 0;
    for (const char c : text) {
        exclamations += c == '!';
        questions += c == '?';
    }
    const double epAmplifier = (exclamations > 4 ? 4 : exclamations) * 0.292;
    double qmAmplifier = 0;
    if (questions > 1)
        qmAmplifier = questions <= 3 ? questions * 0.18 : 0.96;
    return epAmplifier + qmAmplifier;
}

double normalize(double score)
{
    const double normScore = score / std::sqrt(score * score + kAlpha);
    return normScore < -1.0 ? -1.0 : normScore > 1.0 ? 1.0 : normScore;
}

// score_valence: the sum, amplified and normalised, and the shares of positive, negative and neutral words.
VaderScores scoreValence(const std::vector<double> &sentiments, std::string_view text)
{
    if (sentiments.empty())
        return {};
    double sum = 0;
    for (const double s : sentiments)
        sum += s;
    const double amplifier = punctuationEmphasis(text);
    if (sum > 0)
        sum += amplifier;
    else if (sum < 0)
        sum -= amplifier;
    const double compound = normalize(sum);

    double posSum = 0;
    double negSum = 0;
    double neuCount = 0;
    for (const double s : sentiments) {
        if (s > 0)
            posSum += s + 1;  // compensates for neutral words, which count as 1
        else if (s < 0)
            negSum += s - 1;
        else
            neuCount += 1;
    }
    if (posSum > std::fabs(negSum))
        posSum += amplifier;
    else if (posSum < std::fabs(negSum))
        negSum -= amplifier;
    const double total = posSum + std::fabs(negSum) + neuCount;
    return {.neg = roundLikeJsToFixed(std::fabs(negSum / total), 3),
            .neu = roundLikeJsToFixed(std::fabs(neuCount / total), 3),
            .pos = roundLikeJsToFixed(std::fabs(posSum / total), 3),
            .compound = roundLikeJsToFixed(compound, 4)};
}

}  // namespace

double roundLikeJsToFixed(double x, int digits)
{
    if (!std::isfinite(x) || std::fabs(x) >= 1e21 || digits < 0 || digits > 20)
        return x;
    // 40 more digits than kept decide the rounding exactly: a double that is not itself a tie lies at least
    // ~1e-23 from one at these magnitudes, so the printed digits cannot fake one.
    std::array<char, 512> buffer{};
    const auto printed = std::to_chars(buffer.data(), buffer.data() + buffer.size(), std::fabs(x),
                                       std::chars_format::fixed, digits + 40);
    if (printed.ec != std::errc{})
        return x;
    const std::string_view text(buffer.data(), std::size_t(printed.ptr - buffer.data()));
    const std::size_t point = text.find('.');
    const std::string kept =
        std::string(text.substr(0, point)) + std::string(text.substr(point + 1, std::size_t(digits)));
    const bool roundUp = text[point + 1 + std::size_t(digits)] >= '5';
    double scaled = 0;
    std::from_chars(kept.data(), kept.data() + kept.size(), scaled);
    if (roundUp)
        scaled += 1;
    // n / 10^digits, both exact, is the nearest double to the decimal string: what parseFloat returns.
    const double value = scaled / std::pow(10.0, digits);
    return x < 0 && value != 0 ? -value : value;
}

VaderScores vaderPolarityScores(const VaderLexicon &lexicon, std::string_view sentence)
{
    std::string repaired;
    if (!models::utf8::isValid(sentence)) {
        repaired = models::utf8::toValid(sentence);
        sentence = repaired;
    }
    SentenceTokens t;
    t.words = vader::wordsAndEmoticons(sentence);
    const std::size_t n = t.words.size();
    t.lower.reserve(n);
    t.valence.reserve(n);
    std::size_t nAllCaps = 0;
    for (const std::string &word : t.words) {
        t.lower.push_back(vader::toLowerJs(word));
        t.valence.push_back(lexicon.find(t.lower.back()));
        nAllCaps += isUpperPython(word);
    }
    const std::size_t capDifferential = n - nAllCaps;
    t.isCapDiff = capDifferential > 0 && capDifferential < n;

    std::vector<double> sentiments;
    sentiments.reserve(n);
    for (std::size_t i = 0; i < n; ++i) {
        const bool kindOf = i + 1 < n && t.lower[i] == "kind" && t.lower[i + 1] == "of";
        if (kindOf || boosterValue(t.lower[i]) != 0)
            sentiments.push_back(0);  // a modifier carries no valence of its own
        else
            sentiments.push_back(sentimentValence(t, i));
    }
    butCheck(t, sentiments);
    return scoreValence(sentiments, sentence);
}

}  // namespace noosphere::core::text
