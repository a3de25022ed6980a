// A word's neighbourhood in WordNet as a small graph for the Writer's concept panel: the word, its commonest
// senses (taken across parts of speech, so "light" shows the noun, the verb and the adjective), and per sense
// its synonyms and nearest relations (opposites, broader and narrower terms, parts and wholes, similar words).
// Every node is labelled with a word and says which word a click on it walks to.
#pragma once

#include "wordnet.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace noosphere::core::text {

/// How a node hangs from its parent, as the panel colours it: WordNet's relations folded into a few kinds a
/// writer tells apart.
enum class ConceptLink : std::uint8_t {
    Sense,     // the word → one of its senses
    Synonym,   // a sense → another word of its synset
    Opposite,  // antonym
    Broader,   // hypernym, instance hypernym
    Narrower,  // hyponym, instance hyponym
    PartOf,    // holonyms: the whole this is a part or member of
    HasPart,   // meronyms
    Similar,   // similar to, also see, verb group
    Derived,   // derivation, pertainym, participle
    Other,     // attribute, entailment, cause, domains
};
inline constexpr int kConceptLinkCount = int(ConceptLink::Other) + 1;

/// "sense", "synonym", "opposite", "broader", "narrower", "part of", "has part", "similar", "derived", "other".
std::string_view conceptLinkName(ConceptLink link);

enum class ConceptNodeKind : std::uint8_t { Word, Sense, Related };

struct ConceptNode {
    ConceptNodeKind kind = ConceptNodeKind::Related;
    std::string label;    ///< what the box shows: a word, or for a sense the start of its definition
    std::string walkTo;   ///< the word a click re-centres on; empty when there is none (a sense without synonyms)
    std::string detail;   ///< for a tooltip: a sense's definition, the words of a synonym's or related synset
    int parent = -1;      ///< the node it hangs from (node 0, the word, has none); parents come first
    ConceptLink link = ConceptLink::Sense;  ///< how it hangs from its parent
    Relation relation = Relation::Hypernym; ///< WordNet's own relation (Related nodes only)
    PartOfSpeech pos = PartOfSpeech::Noun;  ///< of the sense, or of the related synset
    int senseNumber = 0;                    ///< Sense nodes: WordNet's number within pos
};

/// A link that is not the tree's own: a related synset reached from a second sense ("bank" n.2 and n.9 are both
/// kinds of "financial institution"), drawn as one more edge to the node already there.
struct ConceptExtraEdge {
    int from = 0;
    int to = 0;
    ConceptLink link = ConceptLink::Broader;
};

struct ConceptGraph {
    std::string word;                     ///< as asked
    bool found = false;                   ///< WordNet lists it (in some inflection)
    int sensesShown = 0;
    int sensesTotal = 0;
    std::vector<ConceptNode> nodes;       ///< node 0 is the word
    std::vector<ConceptExtraEdge> extraEdges;
};

struct ConceptGraphLimits {
    int maxSenses = 5;        ///< senses shown, commonest first, alternating parts of speech
    int maxPerSense = 4;      ///< synonyms and relations under one sense
    int maxSynonyms = 2;      ///< of those, synonyms at most
    int maxLabelChars = 26;   ///< a sense's label: its definition cut at a word boundary, with "…"
};

/// The graph around `word` (UTF-8, any case, any inflection; collocations with spaces). An unknown, empty or
/// non-English word gives the word alone with found = false. Pure, any thread; well under a millisecond.
ConceptGraph buildConceptGraph(const WordNet &wordnet, std::string_view word, const ConceptGraphLimits &limits = {});

}  // namespace noosphere::core::text
