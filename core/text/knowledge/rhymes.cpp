#include "text/knowledge/rhymes.h"

#include "text/knowledge/phonesimilarity.h"
#include "text/knowledge/syllables.h"
#include "text/knowledge/wordkey.h"

#include <algorithm>
#include <cmath>
#include <optional>

namespace noosphere::core::text {

namespace {

// Endings at least this alike (with the same stressed vowel) are slant rhymes; below, assonance.
constexpr double kSlantSimilarity = 0.6;
// How much commonness counts against similarity when ranking near rhymes (per doubling of the score).
constexpr double kCommonnessWeight = 0.05;

// Consonant clusters English lets a syllable start with, beyond single consonants: "fl" in "flight", "str".
constexpr std::string_view kClusters[] = {
    "P R", "B R", "T R", "D R", "K R", "G R", "F R", "TH R", "SH R", "P L", "B L", "K L", "G L", "F L", "S L",
    "T W", "D W", "K W", "G W", "S W", "TH W", "P Y", "B Y", "K Y", "F Y", "V Y", "M Y", "HH Y", "S P", "S T",
    "S K", "S M", "S N", "S F", "S P R", "S T R", "S K R", "S P L", "S K W", "S P Y", "S K Y",
};

bool isLegalOnset(std::span<const PhoneCode> cluster)
{
    if (cluster.size() == 1)
        return phoneOf(cluster[0]) != Phone::NG;
    const std::string spelled = formatPhones(cluster);
    return std::find(std::begin(kClusters), std::end(kClusters), spelled) != std::end(kClusters);
}

// The consonants that start the stressed syllable: of the cluster before its vowel, the longest end that English
// allows to start a syllable ("F L" in "flight", but only "K" in "bobcat": B K starts none).
std::span<const PhoneCode> onsetBefore(std::span<const PhoneCode> phones, std::size_t vowel)
{
    std::size_t clusterStart = vowel;
    while (clusterStart > 0 && !isVowelCode(phones[clusterStart - 1]))
        --clusterStart;
    for (std::size_t begin = clusterStart; begin < vowel; ++begin)
        if (isLegalOnset(phones.subspan(begin, vowel - begin)))
            return phones.subspan(begin, vowel - begin);
    return {};
}

// The part of a pronunciation a rhyme is judged on.
struct RhymePart {
    std::span<const PhoneCode> phones;  // the whole pronunciation
    std::size_t start = 0;              // of the stressed vowel
    std::span<const PhoneCode> tail;    // from the stressed vowel to the end
    int tailVowels = 0;
    // The consonants starting that syllable (empty for "at"); only needed when two tails match.
    std::span<const PhoneCode> onset() const { return onsetBefore(phones, start); }
};

std::optional<RhymePart> rhymePartOf(std::span<const PhoneCode> phones)
{
    const auto start = rhymeStart(phones);
    if (!start)
        return std::nullopt;
    RhymePart part;
    part.phones = phones;
    part.start = *start;
    part.tail = phones.subspan(*start);
    part.tailVowels = countSyllables(part.tail);
    return part;
}

bool samePhones(std::span<const PhoneCode> a, std::span<const PhoneCode> b)
{
    return std::equal(a.begin(), a.end(), b.begin(), b.end(),
                      [](PhoneCode x, PhoneCode y) { return phoneOf(x) == phoneOf(y); });
}

// How `candidate` rhymes with `query`, or nullopt when it does not (or is the same sound: "light"/"lite").
std::optional<std::pair<RhymeKind, double>> classify(const RhymePart &query, std::span<const PhoneCode> queryPhones,
                                                     const RhymePart &candidate,
                                                     std::span<const PhoneCode> candidatePhones)
{
    if (samePhones(queryPhones, candidatePhones))
        return std::nullopt;
    if (samePhones(query.tail, candidate.tail))
        return std::pair{samePhones(query.onset(), candidate.onset()) ? RhymeKind::Identical : RhymeKind::Perfect, 1.0};
    const double similarity = tailSimilarity(query.tail, candidate.tail);
    const auto queryRest = query.tail.subspan(1);
    const auto candidateRest = candidate.tail.subspan(1);
    if (phoneOf(query.tail[0]) == phoneOf(candidate.tail[0])) {
        if (tailSimilarity(queryRest, candidateRest) >= kSlantSimilarity)
            return std::pair{RhymeKind::Slant, similarity};
        if (query.tailVowels == candidate.tailVowels)
            return std::pair{RhymeKind::Assonance, similarity};
        return std::nullopt;
    }
    if (!queryRest.empty() && samePhones(queryRest, candidateRest))
        return std::pair{RhymeKind::Consonance, similarity};
    return std::nullopt;
}

bool isPossessive(std::string_view word) { return word.ends_with("'s") || word.ends_with("s'"); }

// Near rhymes: within a kind, a 0.1 better similarity is worth about four times the commonness.
double nearRank(const Rhyme &rhyme) { return rhyme.similarity + kCommonnessWeight * std::log2(1 + rhyme.commonness); }

bool isKnownWord(const Rhyme &rhyme) { return rhyme.commonness >= 0.5; }

// A rhyme before its phones are formatted (only the ones kept are).
struct Candidate {
    Rhyme rhyme;
    std::uint32_t pronunciationId = 0;
};

void sortAndCut(std::vector<Candidate> &candidates, std::size_t limit, bool near)
{
    std::sort(candidates.begin(), candidates.end(), [near](const Candidate &x, const Candidate &y) {
        const Rhyme &a = x.rhyme;
        const Rhyme &b = y.rhyme;
        if (near) {
            // Dictionary words before names and rarities, then by kind, then similarity and commonness.
            if (isKnownWord(a) != isKnownWord(b))
                return isKnownWord(a);
            if (a.kind != b.kind)
                return a.kind < b.kind;
            if (nearRank(a) != nearRank(b))
                return nearRank(a) > nearRank(b);
        }
        if (a.commonness != b.commonness)
            return a.commonness > b.commonness;
        if (a.nSyllables != b.nSyllables)
            return a.nSyllables < b.nSyllables;
        return a.word < b.word;
    });
    if (candidates.size() > limit)
        candidates.resize(limit);
}

std::vector<Rhyme> formatted(std::vector<Candidate> candidates, const PronouncingDictionary &dictionary)
{
    std::vector<Rhyme> rhymes;
    for (Candidate &candidate : candidates) {
        candidate.rhyme.phones = formatPhones(dictionary.phones(candidate.pronunciationId));
        rhymes.push_back(std::move(candidate.rhyme));
    }
    return rhymes;
}

}  // namespace

std::string_view rhymeKindName(RhymeKind kind)
{
    switch (kind) {
    case RhymeKind::Perfect: return "perfect";
    case RhymeKind::Identical: return "identical";
    case RhymeKind::Slant: return "slant";
    case RhymeKind::Assonance: return "assonance";
    case RhymeKind::Consonance: return "consonance";
    }
    return "?";
}

RhymeFinder::RhymeFinder(std::shared_ptr<const Pronouncer> pronouncer, std::shared_ptr<const Commonness> commonness)
    : m_pronouncer(std::move(pronouncer))
    , m_commonness(std::move(commonness))
{
}

RhymeResult RhymeFinder::find(std::string_view word, const RhymeOptions &options) const
{
    RhymeResult result;
    const WordPronunciations pronounced = m_pronouncer->pronounce(word);
    result.word = pronounced.key;
    result.guessed = pronounced.guessed;
    std::vector<std::pair<std::span<const PhoneCode>, RhymePart>> queries;
    for (const auto &variant : pronounced.variants) {
        result.pronunciations.push_back(formatPhones(variant));
        if (auto part = rhymePartOf(variant))
            queries.emplace_back(variant, *part);
    }
    if (queries.empty())
        return result;

    const PronouncingDictionary &dictionary = m_pronouncer->dictionary();
    const bool allowPossessives = isPossessive(result.word);
    std::vector<Candidate> perfect, near;
    for (std::uint32_t w = 0; w < dictionary.wordCount(); ++w) {
        const std::string_view candidateWord = dictionary.word(w);
        if (candidateWord == result.word || !isPlainEnglishSpelling(candidateWord)
            || (!allowPossessives && isPossessive(candidateWord)))
            continue;
        std::optional<Candidate> best;
        for (auto [p, last] = dictionary.pronunciationIds(w); p < last; ++p) {
            const auto phones = dictionary.phones(p);
            const int nSyllables = countSyllables(phones);
            if (options.nSyllables > 0 && nSyllables != options.nSyllables)
                continue;
            const auto part = rhymePartOf(phones);
            if (!part)
                continue;
            for (const auto &[queryPhones, queryPart] : queries) {
                // Cheap rejection first: a rhyme's ending matches in its vowel or in its last phone.
                if (phoneOf(queryPart.tail.front()) != phoneOf(part->tail.front())
                    && phoneOf(queryPart.tail.back()) != phoneOf(part->tail.back()))
                    continue;
                const auto kind = classify(queryPart, queryPhones, *part, phones);
                if (!kind || (!options.near && kind->first != RhymeKind::Perfect))
                    continue;
                if (!best || kind->first < best->rhyme.kind
                    || (kind->first == best->rhyme.kind && kind->second > best->rhyme.similarity))
                    best = Candidate{{std::string(candidateWord), kind->first, kind->second, nSyllables, {}, 0}, p};
            }
        }
        if (!best)
            continue;
        best->rhyme.commonness = m_commonness ? m_commonness->score(best->rhyme.word) : 0.0;
        (best->rhyme.kind == RhymeKind::Perfect ? perfect : near).push_back(std::move(*best));
    }
    sortAndCut(perfect, options.limit, false);
    sortAndCut(near, options.limit, true);
    result.perfect = formatted(std::move(perfect), dictionary);
    result.near = formatted(std::move(near), dictionary);
    return result;
}

}  // namespace noosphere::core::text
