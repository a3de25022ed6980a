// BPE training as Sennrich et al. (2016) describe it, over unique words with counts; the pair counts are updated
// incrementally from the words a merge touches, so 4k merges over a 20 MB corpus take seconds.
#include "train/bpetrainer.h"

#include "tokenize/bytelevel.h"
#include "tokenize/icuregex.h"
#include "tokenize/pretokenizer.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <queue>
#include <unordered_map>

namespace noosphere::models {
namespace {

using Pair = std::uint64_t;  // (left symbol << 32) | right symbol
Pair pairOf(std::uint32_t left, std::uint32_t right)
{
    return (Pair(left) << 32) | right;
}
std::uint32_t leftOf(Pair p)
{
    return std::uint32_t(p >> 32);
}
std::uint32_t rightOf(Pair p)
{
    return std::uint32_t(p);
}

struct Word {
    std::vector<std::uint32_t> symbols;
    std::int64_t count = 0;
};

class Merger {
public:
    Merger(std::vector<Word> words)
        : m_words(std::move(words))
    {
        for (std::uint32_t b = 0; b < 256; ++b)
            m_bytes.emplace_back(1, char(b));
        for (std::size_t w = 0; w < m_words.size(); ++w)
            forEachPair(m_words[w], [&](Pair p) { add(p, m_words[w].count, w); });
        for (const auto &[p, count] : m_counts)
            m_queue.push({count, p});
    }

    /// The most frequent pair with at least `minCount`, or nothing.
    std::optional<Pair> best(std::int64_t minCount)
    {
        while (!m_queue.empty()) {
            const auto [count, p] = m_queue.top();
            m_queue.pop();
            auto it = m_counts.find(p);
            if (it == m_counts.end() || it->second != count)
                continue;  // stale entry: a newer one with the current count is queued
            if (count < minCount)
                return std::nullopt;
            return p;
        }
        return std::nullopt;
    }

    std::uint32_t merge(Pair p)
    {
        const auto merged = std::uint32_t(m_bytes.size());
        m_bytes.push_back(mergedBytes(p));
        auto where = std::move(m_where[p]);
        m_where.erase(p);
        std::sort(where.begin(), where.end());
        where.erase(std::unique(where.begin(), where.end()), where.end());
        std::unordered_map<Pair, std::int64_t> changed;
        for (auto w : where) {
            auto &word = m_words[w];
            bool holds = false;
            forEachPair(word, [&](Pair q) { holds = holds || q == p; });
            if (!holds)
                continue;  // an earlier merge in this word used up the pair
            forEachPair(word, [&](Pair q) { changed[q] -= word.count; });
            std::vector<std::uint32_t> out;
            out.reserve(word.symbols.size());
            for (std::size_t i = 0; i < word.symbols.size(); ++i) {
                if (i + 1 < word.symbols.size() && pairOf(word.symbols[i], word.symbols[i + 1]) == p) {
                    out.push_back(merged);
                    ++i;
                } else {
                    out.push_back(word.symbols[i]);
                }
            }
            word.symbols = std::move(out);
            forEachPair(word, [&](Pair q) {
                changed[q] += word.count;
                m_where[q].push_back(std::uint32_t(w));
            });
        }
        for (const auto &[q, delta] : changed) {
            if (delta == 0)
                continue;
            auto &count = m_counts[q];
            count += delta;
            if (count <= 0)
                m_counts.erase(q);
            else
                m_queue.push({count, q});
        }
        m_counts.erase(p);
        return merged;
    }

    const std::string &bytesOf(std::uint32_t symbol) const { return m_bytes[symbol]; }

private:
    struct Entry {
        std::int64_t count;
        Pair pair;
    };
    // Highest count first; equal counts by merged bytes, so the result does not depend on hash order.
    struct Later {
        const Merger *merger;
        bool operator()(const Entry &a, const Entry &b) const
        {
            if (a.count != b.count)
                return a.count < b.count;
            return merger->mergedBytes(a.pair) > merger->mergedBytes(b.pair);
        }
    };

    template <typename F> static void forEachPair(const Word &word, F &&f)
    {
        for (std::size_t i = 0; i + 1 < word.symbols.size(); ++i)
            f(pairOf(word.symbols[i], word.symbols[i + 1]));
    }
    void add(Pair p, std::int64_t count, std::size_t word)
    {
        m_counts[p] += count;
        m_where[p].push_back(std::uint32_t(word));
    }
    std::string mergedBytes(Pair p) const { return m_bytes[leftOf(p)] + m_bytes[rightOf(p)]; }

    std::vector<Word> m_words;
    std::vector<std::string> m_bytes;  // each symbol's bytes
    std::unordered_map<Pair, std::int64_t> m_counts;
    std::unordered_map<Pair, std::vector<std::uint32_t>> m_where;  // words that hold the pair (may repeat)
    std::priority_queue<Entry, std::vector<Entry>, Later> m_queue{Later{this}};
};

std::vector<Word> countWords(const std::vector<std::string_view> &texts, const IcuRegex &pattern)
{
    std::unordered_map<std::string_view, std::int64_t> counts;
    for (auto text : texts) {
        for (auto [begin, end] : pattern.findAll(text))
            ++counts[text.substr(begin, end - begin)];
    }
    std::vector<std::pair<std::string_view, std::int64_t>> sorted(counts.begin(), counts.end());
    std::sort(sorted.begin(), sorted.end());  // a fixed order, whatever the hash map's
    std::vector<Word> words;
    words.reserve(sorted.size());
    for (const auto &[text, count] : sorted) {
        Word word;
        word.count = count;
        for (unsigned char c : text)
            word.symbols.push_back(c);
        words.push_back(std::move(word));
    }
    return words;
}

std::string tokenizerJson(const std::vector<std::string> &specials, const std::vector<std::string> &symbolBytes,
                          const std::vector<std::pair<std::uint32_t, std::uint32_t>> &merges)
{
    using nlohmann::json;
    json vocab = json::object();
    json added = json::array();
    for (std::size_t i = 0; i < specials.size(); ++i) {
        added.push_back({{"id", i},
                         {"content", specials[i]},
                         {"single_word", false},
                         {"lstrip", false},
                         {"rstrip", false},
                         {"normalized", false},
                         {"special", true}});
        vocab[specials[i]] = i;
    }
    const auto offset = specials.size();
    for (std::size_t s = 0; s < symbolBytes.size(); ++s)
        vocab[bytelevel::toChars(symbolBytes[s])] = offset + s;
    json mergeList = json::array();
    for (auto [left, right] : merges)
        mergeList.push_back(bytelevel::toChars(symbolBytes[left]) + " " + bytelevel::toChars(symbolBytes[right]));
    const json byteLevel = {
        {"type", "ByteLevel"}, {"add_prefix_space", false}, {"trim_offsets", true}, {"use_regex", true}};
    json out = {
        {"version", "1.0"},
        {"truncation", nullptr},
        {"padding", nullptr},
        {"added_tokens", added},
        {"normalizer", nullptr},
        {"pre_tokenizer", byteLevel},
        {"post_processor", nullptr},
        {"decoder", byteLevel},
        {"model",
         {{"type", "BPE"},
          {"dropout", nullptr},
          {"unk_token", nullptr},
          {"continuing_subword_prefix", nullptr},
          {"end_of_word_suffix", nullptr},
          {"fuse_unk", false},
          {"byte_fallback", false},
          {"vocab", vocab},
          {"merges", mergeList}}},
    };
    return out.dump(1);
}

}  // namespace

Result<std::string> trainByteLevelBpe(const std::vector<std::string_view> &texts, const BpeTrainOptions &options,
                                      const std::function<bool(double)> &progress)
{
    const int base = int(options.specialTokens.size()) + 256;
    if (options.vocabSize < base)
        return Error{ErrorCode::InvalidArgument, "a vocabulary of " + std::to_string(options.vocabSize) +
                                                     " cannot hold the " + std::to_string(base) +
                                                     " special and byte tokens"};
    std::string regexError;
    auto pattern = IcuRegex::compile(kGpt2Pattern, false, regexError);
    if (!pattern)
        return Error{ErrorCode::Unknown, "GPT-2 pattern: " + regexError};

    Merger merger(countWords(texts, *pattern));
    std::vector<std::pair<std::uint32_t, std::uint32_t>> merges;
    const int wanted = options.vocabSize - base;
    while (int(merges.size()) < wanted) {
        auto best = merger.best(options.minPairCount);
        if (!best)
            break;
        merges.emplace_back(leftOf(*best), rightOf(*best));
        merger.merge(*best);
        if (progress && merges.size() % 64 == 0 && !progress(double(merges.size()) / wanted))
            return Error{ErrorCode::Cancelled, "tokenizer training cancelled"};
    }
    std::vector<std::string> symbolBytes;
    for (std::uint32_t s = 0; s < 256 + merges.size(); ++s)
        symbolBytes.push_back(merger.bytesOf(s));
    return tokenizerJson(options.specialTokens, symbolBytes, merges);
}

}  // namespace noosphere::models
