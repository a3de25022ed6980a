// Names and symbols of WordNet's parts of speech and relations, in one table each.
#include "wordnettypes.h"

namespace noosphere::core::text {

namespace {

struct RelationInfo {
    std::string_view symbol;
    std::string_view name;
};

// Indexed by Relation.
constexpr std::array<RelationInfo, kRelationCount> kRelations = {{
    {"!", "antonym"},
    {"@", "hypernym"},
    {"@i", "instance hypernym"},
    {"~", "hyponym"},
    {"~i", "instance hyponym"},
    {"#m", "member holonym"},
    {"#s", "substance holonym"},
    {"#p", "part holonym"},
    {"%m", "member meronym"},
    {"%s", "substance meronym"},
    {"%p", "part meronym"},
    {"=", "attribute"},
    {"+", "derivation"},
    {"*", "entailment"},
    {">", "cause"},
    {"^", "also see"},
    {"$", "verb group"},
    {"&", "similar to"},
    {"<", "participle"},
    {"\\", "pertainym"},
    {";c", "domain topic"},
    {";r", "domain region"},
    {";u", "domain usage"},
    {"-c", "topic member"},
    {"-r", "region member"},
    {"-u", "usage member"},
}};

}  // namespace

std::string_view partOfSpeechName(PartOfSpeech pos)
{
    switch (pos) {
    case PartOfSpeech::Noun:
        return "noun";
    case PartOfSpeech::Verb:
        return "verb";
    case PartOfSpeech::Adjective:
        return "adj";
    case PartOfSpeech::Adverb:
        return "adv";
    }
    return "?";
}

std::optional<PartOfSpeech> partOfSpeechFromName(std::string_view name)
{
    for (const PartOfSpeech pos : kAllPartsOfSpeech)
        if (name == partOfSpeechName(pos))
            return pos;
    if (name == "adjective")
        return PartOfSpeech::Adjective;
    if (name == "adverb")
        return PartOfSpeech::Adverb;
    return std::nullopt;
}

std::optional<PartOfSpeech> partOfSpeechFromCode(char code)
{
    switch (code) {
    case 'n':
        return PartOfSpeech::Noun;
    case 'v':
        return PartOfSpeech::Verb;
    case 'a':
    case 's':
        return PartOfSpeech::Adjective;
    case 'r':
        return PartOfSpeech::Adverb;
    default:
        return std::nullopt;
    }
}

std::optional<Relation> relationFromSymbol(std::string_view symbol)
{
    for (int i = 0; i < kRelationCount; ++i)
        if (kRelations[std::size_t(i)].symbol == symbol)
            return Relation(i);
    return std::nullopt;
}

std::string_view relationName(Relation relation)
{
    const auto i = std::size_t(relation);
    return i < kRelations.size() ? kRelations[i].name : "?";
}

}  // namespace noosphere::core::text
