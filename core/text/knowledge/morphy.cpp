// morphy as morph.c does it, step for step (morphstr, morphword, morphprep, hasprep), minus its static state: the
// rules and the preposition list are WordNet 3.0's. Forms are kept only when the index lists them.
#include "morphy.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <optional>
#include <span>

namespace noosphere::core::text {

namespace {

struct Rule {
    std::string_view suffix;
    std::string_view ending;
};

// morph.c's sufx[] and addr[], per part of speech, in its order (the first rule that gives a lemma wins).
constexpr std::array<Rule, 8> kNounRules = {{{"s", ""}, {"ses", "s"}, {"xes", "x"}, {"zes", "z"},
                                              {"ches", "ch"}, {"shes", "sh"}, {"men", "man"}, {"ies", "y"}}};
constexpr std::array<Rule, 8> kVerbRules = {{{"s", ""}, {"ies", "y"}, {"es", "e"}, {"es", ""},
                                              {"ed", "e"}, {"ed", ""}, {"ing", "e"}, {"ing", ""}}};
constexpr std::array<Rule, 4> kAdjectiveRules = {{{"er", ""}, {"est", ""}, {"er", "e"}, {"est", "e"}}};

// The prepositions after which a verb phrase's first word is taken as the verb (hasprep).
constexpr std::array<std::string_view, 15> kPrepositions = {"to",   "at",   "of",   "on",   "off",
                                                             "in",   "out",  "up",   "down", "from",
                                                             "with", "into", "for",  "about", "between"};

std::span<const Rule> rulesOf(PartOfSpeech pos)
{
    switch (pos) {
    case PartOfSpeech::Noun:
        return kNounRules;
    case PartOfSpeech::Verb:
        return kVerbRules;
    case PartOfSpeech::Adjective:
        return kAdjectiveRules;
    case PartOfSpeech::Adverb:
        break;
    }
    return {};
}

// morph.c's strend(): `word` ends with `suffix` and is longer than it.
bool endsWithShorter(std::string_view word, std::string_view suffix)
{
    return suffix.size() < word.size() && word.ends_with(suffix);
}

std::string applyRule(std::string_view word, const Rule &rule)
{
    if (!endsWithShorter(word, rule.suffix))
        return std::string(word);
    return std::string(word.substr(0, word.size() - rule.suffix.size())) + std::string(rule.ending);
}

bool isSeparator(char c, char separator) { return c == separator || c == ' ' || c == '_'; }

// cntwords(): runs of separators, plus one.
int countWords(std::string_view text, char separator)
{
    int n = 0;
    for (std::size_t i = 0; i < text.size();) {
        if (isSeparator(text[i], separator)) {
            ++n;
            while (i < text.size() && isSeparator(text[i], separator))
                ++i;
        } else {
            ++i;
        }
    }
    return n + 1;
}

// morphword(): the base form of one word, or nullopt.
std::optional<std::string> morphWord(const WordNetIndex &index, std::string_view word, PartOfSpeech pos)
{
    if (word.empty())
        return std::nullopt;
    if (const auto bases = index.exceptionBases(word, pos); !bases.empty())
        return std::string(bases.front());
    if (pos == PartOfSpeech::Adverb)  // adverbs have only the exception list
        return std::nullopt;
    std::string_view stem = word;
    std::string_view ending;
    if (pos == PartOfSpeech::Noun) {
        if (endsWithShorter(word, "ful")) {  // "boxesful" → "boxful": the rules apply before -ful
            stem = word.substr(0, word.rfind('f'));
            ending = "ful";
        } else if (endsWithShorter(word, "ss") || word.size() <= 2) {
            return std::nullopt;
        }
    }
    for (const Rule &rule : rulesOf(pos)) {
        const std::string candidate = applyRule(stem, rule);
        if (candidate != stem && isWordNetLemma(index, candidate, pos))
            return candidate + std::string(ending);
    }
    return std::nullopt;
}

// hasprep(): the 1-based number of the first word (from the second on) that is a preposition, or 0.
int prepositionWord(std::string_view text, int wordCount)
{
    std::size_t at = 0;
    for (int n = 2; n <= wordCount; ++n) {
        at = text.find('_', at);
        if (at == std::string_view::npos)
            return 0;
        const std::string_view rest = text.substr(++at);
        for (const std::string_view preposition : kPrepositions)
            if (rest.starts_with(preposition) && (rest.size() == preposition.size() || rest[preposition.size()] == '_'))
                return n;
    }
    return 0;
}

// morphprep(): a verb phrase "verb_prep_…": the verb is inflected, the rest stays (or its last word is a plural).
std::optional<std::string> morphVerbPhrase(const WordNetIndex &index, std::string_view phrase)
{
    const std::size_t firstBreak = phrase.find('_');
    const std::size_t lastBreak = phrase.rfind('_');
    if (firstBreak == std::string_view::npos)
        return std::nullopt;
    const std::string_view rest = phrase.substr(firstBreak);
    std::optional<std::string> restWithBaseNoun;  // "_in_the_shoes" → "_in_the_shoe"
    if (firstBreak != lastBreak)
        if (const auto noun = morphWord(index, phrase.substr(lastBreak + 1), PartOfSpeech::Noun))
            restWithBaseNoun = std::string(phrase.substr(firstBreak, lastBreak - firstBreak + 1)) + *noun;
    const std::string_view verb = phrase.substr(0, firstBreak);
    if (!std::all_of(verb.begin(), verb.end(), [](char c) { return std::isalnum(static_cast<unsigned char>(c)); }))
        return std::nullopt;

    const auto withVerb = [&](std::string_view base) -> std::optional<std::string> {
        if (std::string candidate = std::string(base) + std::string(rest); isWordNetLemma(index, candidate, PartOfSpeech::Verb))
            return candidate;
        if (restWithBaseNoun)
            if (std::string candidate = std::string(base) + *restWithBaseNoun;
                isWordNetLemma(index, candidate, PartOfSpeech::Verb))
                return candidate;
        return std::nullopt;
    };
    if (const auto bases = index.exceptionBases(verb, PartOfSpeech::Verb); !bases.empty() && bases.front() != verb)
        if (auto found = withVerb(bases.front()))
            return found;
    for (const Rule &rule : kVerbRules)
        if (const std::string base = applyRule(verb, rule); base != verb)
            if (auto found = withVerb(base))
                return found;
    if (restWithBaseNoun)
        if (std::string candidate = std::string(verb) + *restWithBaseNoun;
            candidate != phrase && isWordNetLemma(index, candidate, PartOfSpeech::Verb))
            return candidate;
    return std::nullopt;
}

}  // namespace

std::string wordNetSearchForm(std::string_view word)
{
    while (!word.empty() && (word.front() == ' ' || word.front() == '\t'))
        word.remove_prefix(1);
    while (!word.empty() && (word.back() == ' ' || word.back() == '\t' || word.back() == '\n' || word.back() == '\r'))
        word.remove_suffix(1);
    std::string form(word);
    for (char &c : form) {
        if (c >= 'A' && c <= 'Z')
            c = char(c - 'A' + 'a');
        else if (c == ' ')
            c = '_';
    }
    return form;
}

std::vector<std::string> wordNetSpellings(std::string_view searchForm)
{
    std::string hyphens(searchForm);
    std::replace(hyphens.begin(), hyphens.end(), '_', '-');
    std::string underscores(searchForm);
    std::replace(underscores.begin(), underscores.end(), '-', '_');
    std::string joined;
    std::string noPeriods;
    for (const char c : searchForm) {
        if (c != '_' && c != '-')
            joined += c;
        if (c != '.')
            noPeriods += c;
    }
    std::vector<std::string> spellings{std::string(searchForm)};
    for (std::string *spelling : {&hyphens, &underscores, &joined, &noPeriods})
        if (std::find(spellings.begin(), spellings.end(), *spelling) == spellings.end())
            spellings.push_back(std::move(*spelling));
    return spellings;
}

bool isWordNetLemma(const WordNetIndex &index, std::string_view searchForm, PartOfSpeech pos)
{
    for (const std::string &spelling : wordNetSpellings(searchForm))
        if (index.findLemma(spelling, pos))
            return true;
    return false;
}

std::vector<std::string> morphyBaseForms(const WordNetIndex &index, std::string_view searchForm, PartOfSpeech pos)
{
    std::vector<std::string> forms;
    const auto add = [&](std::string form) {
        if (form != searchForm && std::find(forms.begin(), forms.end(), form) == forms.end())
            forms.push_back(std::move(form));
    };
    if (searchForm.empty())
        return forms;
    if (const auto bases = index.exceptionBases(searchForm, pos); !bases.empty() && bases.front() != searchForm) {
        for (const std::string_view base : bases)
            add(std::string(base));
        return forms;
    }
    if (pos != PartOfSpeech::Verb)
        if (auto base = morphWord(index, searchForm, pos); base && *base != searchForm) {
            add(std::move(*base));
            return forms;
        }
    const int nWords = countWords(searchForm, '_');
    if (pos == PartOfSpeech::Verb && nWords > 1 && prepositionWord(searchForm, nWords) > 0) {
        if (auto phrase = morphVerbPhrase(index, searchForm))
            add(std::move(*phrase));
        return forms;
    }
    // A collocation, word by word ("attorneys-general" → "attorney-general"), keeping its separators.
    std::string joined;
    for (std::size_t start = 0;;) {
        const std::size_t end = searchForm.find_first_of("_-", start);
        const std::string_view part = searchForm.substr(start, end == std::string_view::npos ? end : end - start);
        const auto base = morphWord(index, part, pos);
        joined += base ? *base : std::string(part);
        if (end == std::string_view::npos)
            break;
        joined += searchForm[end];
        start = end + 1;
    }
    if (joined != searchForm && isWordNetLemma(index, joined, pos))
        add(std::move(joined));
    return forms;
}

}  // namespace noosphere::core::text
