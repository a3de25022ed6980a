// BPE merging as Hugging Face's models/bpe/word.rs does it: a heap of candidate pairs ordered by (rank, position),
// each popped pair merged if it is still adjacent and unchanged. Results for short words are cached.
#include "tokenize/bpe.h"

#include "tokenize/bytelevel.h"
#include "common/utf8.h"

#include <cstdio>
#include <mutex>
#include <queue>

namespace noosphere::models {

namespace {

// Words up to this many bytes are cached; longer ones (a whole paragraph under a metaspace tokenizer) are rare and
// would only fill the cache.
constexpr std::size_t kMaxCachedWordBytes = 128;
// Cached words before the cache is emptied and refilled: bounds memory on endless varied input.
constexpr std::size_t kCacheCapacity = 200'000;

std::string byteToken(unsigned b)
{
    char name[8];
    std::snprintf(name, sizeof name, "<0x%02X>", b);
    return name;
}

}  // namespace

struct BpeModel::Cache {
    std::mutex mutex;
    StringMap<std::vector<std::int32_t>> words;
};

BpeModel::BpeModel()
    : m_cache(std::make_unique<Cache>())
{
    m_byteIds.fill(-1);
    m_fallbackIds.fill(-1);
}
BpeModel::~BpeModel() = default;
BpeModel::BpeModel(BpeModel &&) noexcept = default;
BpeModel &BpeModel::operator=(BpeModel &&) noexcept = default;

std::string BpeModel::build(StringMap<std::int32_t> vocab,
                            const std::vector<std::pair<std::string, std::string>> &merges, const Options &options)
{
    m_options = options;
    m_vocab = std::move(vocab);
    std::int32_t maxId = -1;
    for (const auto &[token, id] : m_vocab)
        maxId = std::max(maxId, id);
    m_tokens.assign(std::size_t(maxId + 1), std::string());
    for (const auto &[token, id] : m_vocab)
        m_tokens[std::size_t(id)] = token;

    if (options.unkToken) {
        const auto unk = m_vocab.find(*options.unkToken);
        if (unk == m_vocab.end())
            return "its unknown token \"" + *options.unkToken + "\" is not in the vocabulary";
        m_unkId = unk->second;
    }
    for (unsigned b = 0; b < 256; ++b) {
        if (const auto it = m_vocab.find(byteToken(b)); it != m_vocab.end())
            m_fallbackIds[b] = it->second;
    }
    if (options.byteLevel) {
        for (const auto &[token, id] : m_vocab) {
            if (auto raw = bytelevel::toBytes(token))
                m_rawVocab.emplace(std::move(*raw), id);
        }
        for (unsigned b = 0; b < 256; ++b) {
            if (const auto it = m_vocab.find(bytelevel::toChars(std::string(1, char(b)))); it != m_vocab.end())
                m_byteIds[b] = it->second;
        }
    } else {
        for (const auto &[token, id] : m_vocab) {
            const std::size_t n = utf8::sequenceLength(token, 0);
            if (n != 0 && n == token.size())
                m_charIds.emplace(utf8::decodeAt(token, 0, n), id);
        }
    }

    m_merges.reserve(merges.size());
    for (std::size_t rank = 0; rank < merges.size(); ++rank) {
        const auto &[left, right] = merges[rank];
        const auto a = m_vocab.find(left);
        const auto b = m_vocab.find(right);
        const auto merged = m_vocab.find(left + right);
        if (a == m_vocab.end() || b == m_vocab.end() || merged == m_vocab.end())
            return "merge " + std::to_string(rank) + " (\"" + left + "\" + \"" + right +
                   "\") names a token that is not in the vocabulary";
        // A repeated pair takes its later rank, as Hugging Face's map construction does.
        m_merges[pairKey(a->second, b->second)] = Merge{std::uint32_t(rank), merged->second};
    }
    return {};
}

std::optional<std::int32_t> BpeModel::idOf(std::string_view token) const
{
    const auto it = m_vocab.find(token);
    if (it == m_vocab.end())
        return std::nullopt;
    return it->second;
}

void BpeModel::appendUnknown(std::string_view character, std::vector<std::int32_t> &symbols, bool &lastWasUnk) const
{
    if (m_options.byteFallback) {
        bool all = true;
        for (const char c : character)
            all = all && m_fallbackIds[static_cast<unsigned char>(c)] >= 0;
        if (all) {
            for (const char c : character)
                symbols.push_back(m_fallbackIds[static_cast<unsigned char>(c)]);
            lastWasUnk = false;
            return;
        }
    }
    if (!m_unkId)
        return;  // Hugging Face drops a character it has no token for when there is no unknown token
    if (!(m_options.fuseUnk && lastWasUnk))
        symbols.push_back(*m_unkId);
    lastWasUnk = true;
}

void BpeModel::initialSymbols(std::string_view word, std::vector<std::int32_t> &symbols) const
{
    bool lastWasUnk = false;
    if (m_options.byteLevel) {
        for (const char c : word) {
            const std::int32_t id = m_byteIds[static_cast<unsigned char>(c)];
            if (id >= 0) {
                symbols.push_back(id);
                lastWasUnk = false;
            } else {
                appendUnknown(bytelevel::toChars(std::string_view(&c, 1)), symbols, lastWasUnk);
            }
        }
        return;
    }
    std::size_t pos = 0;
    while (pos < word.size()) {
        std::size_t n = utf8::sequenceLength(word, pos);
        std::int32_t id = -1;
        if (n == 0) {
            n = 1;  // callers pass valid UTF-8; a stray byte can only take the fallback path
        } else if (const auto it = m_charIds.find(utf8::decodeAt(word, pos, n)); it != m_charIds.end()) {
            id = it->second;
        }
        if (id >= 0) {
            symbols.push_back(id);
            lastWasUnk = false;
        } else {
            appendUnknown(word.substr(pos, n), symbols, lastWasUnk);
        }
        pos += n;
    }
}

void BpeModel::merge(std::vector<std::int32_t> &symbols) const
{
    const std::size_t n = symbols.size();
    if (n < 2 || m_merges.empty())
        return;
    // A doubly linked list over the symbols; a merged-away symbol has id -1.
    std::vector<std::int32_t> prev(n), next(n);
    for (std::size_t i = 0; i < n; ++i) {
        prev[i] = std::int32_t(i) - 1;
        next[i] = i + 1 < n ? std::int32_t(i + 1) : -1;
    }
    struct Candidate {
        std::uint32_t rank;
        std::uint32_t pos;
        std::int32_t id;
        bool operator<(const Candidate &o) const  // std::priority_queue pops the largest: invert
        {
            return rank != o.rank ? rank > o.rank : pos > o.pos;
        }
    };
    std::vector<Candidate> storage;
    storage.reserve(n);
    std::priority_queue<Candidate> queue(std::less<Candidate>(), std::move(storage));
    const auto offer = [&](std::int32_t left) {
        const std::int32_t right = next[std::size_t(left)];
        if (left < 0 || right < 0)
            return;
        const auto it = m_merges.find(pairKey(symbols[std::size_t(left)], symbols[std::size_t(right)]));
        if (it != m_merges.end())
            queue.push({it->second.rank, std::uint32_t(left), it->second.id});
    };
    for (std::size_t i = 0; i + 1 < n; ++i)
        offer(std::int32_t(i));

    while (!queue.empty()) {
        const Candidate top = queue.top();
        queue.pop();
        const std::size_t pos = top.pos;
        const std::int32_t right = next[pos];
        if (symbols[pos] < 0 || right < 0)
            continue;
        // Stale when either side has changed since the pair was offered.
        const auto it = m_merges.find(pairKey(symbols[pos], symbols[std::size_t(right)]));
        if (it == m_merges.end() || it->second.id != top.id)
            continue;
        symbols[pos] = top.id;
        symbols[std::size_t(right)] = -1;
        next[pos] = next[std::size_t(right)];
        if (next[pos] >= 0)
            prev[std::size_t(next[pos])] = std::int32_t(pos);
        if (prev[pos] >= 0)
            offer(prev[pos]);
        offer(std::int32_t(pos));
    }
    std::size_t out = 0;
    for (std::size_t i = 0; i < n; ++i)
        if (symbols[i] >= 0)
            symbols[out++] = symbols[i];
    symbols.resize(out);
}

bool BpeModel::enableSplitBefore(std::string marker)
{
    if (marker.empty() || m_options.byteLevel || !m_vocab.contains(marker))
        return false;
    // A token that holds the marker right after another character could be merged across the cut.
    for (const std::string &token : m_tokens) {
        for (std::size_t p = token.find(marker, 1); p != std::string::npos; p = token.find(marker, p + 1)) {
            if (p < marker.size() || token.compare(p - marker.size(), marker.size(), marker) != 0)
                return false;
        }
    }
    m_splitMarker = std::move(marker);
    return true;
}

void BpeModel::encodeWord(std::string_view word, std::vector<std::int32_t> &ids) const
{
    if (word.empty())
        return;
    if (m_options.ignoreMerges) {
        const StringMap<std::int32_t> &whole = m_options.byteLevel ? m_rawVocab : m_vocab;
        if (const auto it = whole.find(word); it != whole.end()) {
            ids.push_back(it->second);
            return;
        }
    }
    if (m_splitMarker.empty()) {
        encodeCached(word, ids);
        return;
    }
    const std::string_view marker = m_splitMarker;
    std::size_t start = 0;
    for (std::size_t p = word.find(marker, 1); p != std::string_view::npos; p = word.find(marker, p + 1)) {
        if (p >= marker.size() && word.substr(p - marker.size(), marker.size()) == marker)
            continue;  // inside a run of markers: no cut
        encodeCached(word.substr(start, p - start), ids);
        start = p;
    }
    encodeCached(word.substr(start), ids);
}

void BpeModel::encodeCached(std::string_view word, std::vector<std::int32_t> &ids) const
{
    if (word.empty())
        return;
    const bool cacheable = word.size() <= kMaxCachedWordBytes;
    if (cacheable) {
        std::lock_guard lock(m_cache->mutex);
        if (const auto it = m_cache->words.find(word); it != m_cache->words.end()) {
            ids.insert(ids.end(), it->second.begin(), it->second.end());
            return;
        }
    }
    std::vector<std::int32_t> symbols;
    symbols.reserve(word.size());
    initialSymbols(word, symbols);
    merge(symbols);
    ids.insert(ids.end(), symbols.begin(), symbols.end());
    if (cacheable) {
        std::lock_guard lock(m_cache->mutex);
        if (m_cache->words.size() >= kCacheCapacity)
            m_cache->words.clear();
        m_cache->words.emplace(std::string(word), std::move(symbols));
    }
}

}  // namespace noosphere::models
