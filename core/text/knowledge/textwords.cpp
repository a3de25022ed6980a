#include "text/knowledge/textwords.h"

#include "common/utf8.h"
#include "text/knowledge/wordkey.h"
#include "text/wordcount.h"
#include "tokenize/stringmap.h"

#include <unicode/uchar.h>

namespace noosphere::core::text {

namespace {

// Whether the stretch between two words ends a sentence or clause, so that a phrase does not run across it.
bool endsClause(std::string_view gap)
{
    int newlines = 0;
    for (std::size_t i = 0; i < gap.size(); ++i) {
        const char c = gap[i];
        if (c == '.' || c == '!' || c == '?' || c == ';' || c == ':')
            return true;
        if (c == '\n' && ++newlines == 2)
            return true;  // a blank line
        const auto byte = static_cast<unsigned char>(c);
        if (byte >= 0x80) {
            const std::size_t length = models::utf8::sequenceLength(gap, i);
            if (length > 1) {
                const char32_t cp = models::utf8::decodeAt(gap, i, length);
                // … 。 ！ ？ ； ： (the CJK ones full-width)
                if (cp == U'\u2026' || cp == U'\u3002' || cp == U'\uFF01' || cp == U'\uFF1F' || cp == U'\uFF1B'
                    || cp == U'\uFF1A')
                    return true;
                i += length - 1;
            }
        }
    }
    return false;
}

bool startsUpperCase(std::string_view word)
{
    const auto first = static_cast<unsigned char>(word.front());
    if (first < 0x80)
        return first >= 'A' && first <= 'Z';
    const std::size_t length = models::utf8::sequenceLength(word, 0);
    return length > 0 && u_isupper(UChar32(models::utf8::decodeAt(word, 0, length)));
}

}  // namespace

TextWords collectWords(std::string_view text)
{
    TextWords words;
    words.tokens.reserve(text.size() / 6);
    models::StringMap<std::uint32_t> ids;
    std::size_t previousEnd = 0;
    WordScanner scanner(text);
    for (WordSpan span; scanner.next(span);) {
        const std::string_view spelled = text.substr(span.begin, span.end - span.begin);
        std::string key = lookupKey(spelled);
        auto it = ids.find(key);
        if (it == ids.end()) {
            it = ids.emplace(key, std::uint32_t(words.vocabulary.size())).first;
            words.vocabulary.push_back({std::move(key), 0, 0, span.ideograph});
        }
        TextToken token{span.begin, span.end, it->second, false, false};
        token.breakBefore = words.tokens.empty() || endsClause(text.substr(previousEnd, span.begin - previousEnd));
        token.capitalized = !span.ideograph && startsUpperCase(spelled);
        TextWord &word = words.vocabulary[token.wordId];
        ++word.count;
        word.capitalizedCount += token.capitalized ? 1 : 0;
        words.tokens.push_back(token);
        previousEnd = span.end;
    }
    return words;
}

}  // namespace noosphere::core::text
