#include "text/bible/mentionfinder.h"

#include "common/utf8.h"
#include "text/bible/nametext.h"
#include "text/knowledge/wordkey.h"
#include "text/wordcount.h"
#include "tokenize/stringmap.h"

#include <algorithm>

namespace noosphere::core::text {

namespace {

// A name or alias as the matcher reads it.
struct Pattern {
    std::int64_t entryId = 0;
    std::vector<std::string> words;  // as spelt; lookupKey()s when not case-sensitive
    std::vector<std::string> gaps;   // between consecutive words, white space collapsed (see collapsedGap)
    bool caseSensitive = true;
};

// More than this between two words of a name is not the space inside a name.
constexpr std::size_t kMaxGapBytes = 32;

// The word without a possessive ending ("Anne's" → "Anne", "Anne’s" → "Anne"), or empty when it has none.
std::string_view possessiveStem(std::string_view word)
{
    for (std::string_view suffix : {"'s", "\xE2\x80\x99s", "'S", "\xE2\x80\x99S"})
        if (word.size() > suffix.size() && word.ends_with(suffix))
            return word.substr(0, word.size() - suffix.size());
    return {};
}

// Counts UTF-16 code units from the start of a text, forwards only (mentions come in text order).
class Utf16Counter {
public:
    explicit Utf16Counter(std::string_view text) : m_text(text) {}
    std::size_t at(std::size_t byte)
    {
        while (m_byte < byte) {
            const std::size_t length = models::utf8::sequenceLength(m_text, m_byte);
            m_units += length == 4 ? 2 : 1;  // an ill-formed byte reads as one U+FFFD
            m_byte += std::max<std::size_t>(length, 1);
        }
        return m_units;
    }

private:
    std::string_view m_text;
    std::size_t m_byte = 0;
    std::size_t m_units = 0;
};

}  // namespace

struct MentionFinder::Impl {
    std::vector<Pattern> patterns;
    models::StringMap<std::vector<std::size_t>> byFirstWord;        // case-sensitive patterns, by exact first word
    models::StringMap<std::vector<std::size_t>> byFoldedFirstWord;  // the others, by lookupKey(first word)

    void add(std::int64_t entryId, std::string_view name)
    {
        Pattern pattern;
        pattern.entryId = entryId;
        pattern.caseSensitive = hasCapital(name);
        WordScanner scanner(name);
        WordSpan word;
        std::size_t previousEnd = 0;
        while (scanner.next(word)) {
            const std::string_view spelt = name.substr(word.begin, word.end - word.begin);
            if (!pattern.words.empty())
                pattern.gaps.push_back(collapsedGap(name.substr(previousEnd, word.begin - previousEnd)));
            pattern.words.push_back(pattern.caseSensitive ? std::string(spelt) : lookupKey(spelt));
            previousEnd = word.end;
        }
        if (pattern.words.empty())
            return;  // punctuation only: nothing to find
        auto &index = pattern.caseSensitive ? byFirstWord : byFoldedFirstWord;
        index[pattern.words.front()].push_back(patterns.size());
        patterns.push_back(std::move(pattern));
    }

    // Whether text word `spelt` is pattern word `expected` (with a possessive ending when `last`); the end of
    // the name in the text, or 0.
    static std::size_t wordEnd(const Pattern &pattern, std::string_view text, const WordSpan &word,
                               const std::string &expected, bool last)
    {
        const std::string_view spelt = text.substr(word.begin, word.end - word.begin);
        const auto same = [&](std::string_view candidate) {
            return pattern.caseSensitive ? candidate == expected : lookupKey(candidate) == expected;
        };
        if (same(spelt))
            return word.end;
        if (const auto stem = possessiveStem(spelt); last && !stem.empty() && same(stem))
            return word.begin + stem.size();
        return 0;
    }

    // The end of `pattern` matched from text word `first`, or 0.
    static std::size_t matchAt(const Pattern &pattern, std::string_view text, const WordSpan &first)
    {
        const std::size_t n = pattern.words.size();
        WordSpan word = first;
        std::size_t end = wordEnd(pattern, text, word, pattern.words[0], n == 1);
        for (std::size_t k = 1; k < n; ++k) {
            if (end == 0)
                return 0;
            WordScanner rest(text.substr(end));
            if (!rest.next(word) || word.begin > kMaxGapBytes)
                return 0;
            if (collapsedGap(text.substr(end, word.begin)) != pattern.gaps[k - 1])
                return 0;
            word.begin += end;
            word.end += end;
            end = wordEnd(pattern, text, word, pattern.words[k], k + 1 == n);
        }
        return end;
    }
};

MentionFinder::MentionFinder(std::span<const BibleEntry> entries)
    : m_impl(std::make_unique<Impl>())
{
    for (const BibleEntry &entry : entries) {
        m_impl->add(entry.id, entry.name);
        for (const std::string &alias : entry.aliases)
            m_impl->add(entry.id, alias);
    }
}

MentionFinder::~MentionFinder() = default;
MentionFinder::MentionFinder(MentionFinder &&) noexcept = default;
MentionFinder &MentionFinder::operator=(MentionFinder &&) noexcept = default;

bool MentionFinder::isEmpty() const { return m_impl->patterns.empty(); }

std::vector<Mention> MentionFinder::find(std::string_view text) const
{
    std::vector<Mention> mentions;
    if (isEmpty())
        return mentions;
    const Impl &impl = *m_impl;
    Utf16Counter utf16(text);
    WordScanner scanner(text);
    WordSpan word;
    std::size_t taken = 0;  // mentions never overlap: words before this are inside the last one
    std::string folded;
    while (scanner.next(word)) {
        if (word.begin < taken)
            continue;
        const std::string_view spelt = text.substr(word.begin, word.end - word.begin);
        const std::string_view stem = possessiveStem(spelt);
        std::size_t bestEnd = 0;
        std::int64_t bestId = 0;
        const auto tryAll = [&](const models::StringMap<std::vector<std::size_t>> &index, std::string_view key) {
            const auto it = index.find(key);
            if (it == index.end())
                return;
            for (const std::size_t p : it->second) {
                const std::size_t end = Impl::matchAt(impl.patterns[p], text, word);
                if (end > bestEnd) {  // longest wins; on a tie the entry listed first
                    bestEnd = end;
                    bestId = impl.patterns[p].entryId;
                }
            }
        };
        tryAll(impl.byFirstWord, spelt);
        if (!stem.empty())
            tryAll(impl.byFirstWord, stem);
        if (!impl.byFoldedFirstWord.empty()) {
            folded = lookupKey(spelt);
            tryAll(impl.byFoldedFirstWord, folded);
            if (!stem.empty())
                tryAll(impl.byFoldedFirstWord, lookupKey(stem));
        }
        if (bestEnd == 0)
            continue;
        const std::size_t utf16Begin = utf16.at(word.begin);
        mentions.push_back({bestId, word.begin, bestEnd, utf16Begin, utf16.at(bestEnd)});
        taken = bestEnd;
    }
    return mentions;
}

}  // namespace noosphere::core::text
