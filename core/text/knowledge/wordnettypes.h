// The vocabulary shared by the WordNet parser, the compiled index and the query API: parts of speech and the
// relations (WordNet's pointer symbols), so that each file names them the same way.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string_view>

namespace noosphere::core::text {

// The order is WordNet's own (noun, verb, adj, adv), which is also the order results are listed in.
enum class PartOfSpeech : std::uint8_t { Noun, Verb, Adjective, Adverb };
inline constexpr std::array kAllPartsOfSpeech = {PartOfSpeech::Noun, PartOfSpeech::Verb, PartOfSpeech::Adjective,
                                                 PartOfSpeech::Adverb};

/// WordNet's relations, one per pointer symbol of wninput(5WN). Lexical relations (antonym, derivation, and some
/// also-see, participle and pertainym pointers) join words; the others join whole synsets.
enum class Relation : std::uint8_t {
    Antonym,           // !
    Hypernym,          // @
    InstanceHypernym,  // @i
    Hyponym,           // ~
    InstanceHyponym,   // ~i
    MemberHolonym,     // #m
    SubstanceHolonym,  // #s
    PartHolonym,       // #p
    MemberMeronym,     // %m
    SubstanceMeronym,  // %s
    PartMeronym,       // %p
    Attribute,         // =
    Derivation,        // +  derivationally related form
    Entailment,        // *
    Cause,             // >
    AlsoSee,           // ^
    VerbGroup,         // $
    SimilarTo,         // &
    Participle,        // <  participle of verb
    Pertainym,         // \  pertains to noun (adjectives), derived from adjective (adverbs)
    DomainTopic,       // ;c
    DomainRegion,      // ;r
    DomainUsage,       // ;u
    TopicMember,       // -c
    RegionMember,      // -r
    UsageMember,       // -u
};
inline constexpr int kRelationCount = int(Relation::UsageMember) + 1;

/// "noun", "verb", "adj", "adv" (wn's names, also the CLI's).
std::string_view partOfSpeechName(PartOfSpeech pos);
/// The inverse of partOfSpeechName(); also accepts "adjective" and "adverb".
std::optional<PartOfSpeech> partOfSpeechFromName(std::string_view name);
/// The one-letter code of index and data files: n, v, a (s, a satellite, is also an adjective), r.
std::optional<PartOfSpeech> partOfSpeechFromCode(char code);

/// The relation of a pointer symbol ("@i"), or nullopt for an unknown symbol.
std::optional<Relation> relationFromSymbol(std::string_view symbol);
/// A lower-case name for people and JSON: "hypernym", "part meronym", "similar to".
std::string_view relationName(Relation relation);

}  // namespace noosphere::core::text
