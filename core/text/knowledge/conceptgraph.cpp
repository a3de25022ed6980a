// Choosing what the concept graph shows: few enough boxes to read in a side panel (~25), varied enough to be worth
// walking (one of each kind of relation before a second of any).
#include "conceptgraph.h"

#include <algorithm>
#include <array>
#include <map>
#include <tuple>

namespace noosphere::core::text {

namespace {

ConceptLink linkOf(Relation relation)
{
    switch (relation) {
    case Relation::Antonym: return ConceptLink::Opposite;
    case Relation::Hypernym:
    case Relation::InstanceHypernym: return ConceptLink::Broader;
    case Relation::Hyponym:
    case Relation::InstanceHyponym: return ConceptLink::Narrower;
    case Relation::MemberHolonym:
    case Relation::SubstanceHolonym:
    case Relation::PartHolonym: return ConceptLink::PartOf;
    case Relation::MemberMeronym:
    case Relation::SubstanceMeronym:
    case Relation::PartMeronym: return ConceptLink::HasPart;
    case Relation::SimilarTo:
    case Relation::AlsoSee:
    case Relation::VerbGroup: return ConceptLink::Similar;
    case Relation::Derivation:
    case Relation::Participle:
    case Relation::Pertainym: return ConceptLink::Derived;
    default: return ConceptLink::Other;
    }
}

// The order in which one relation of each kind is taken, the most telling first.
constexpr std::array kRelationPriority = {ConceptLink::Opposite, ConceptLink::Broader, ConceptLink::Narrower,
                                          ConceptLink::PartOf,   ConceptLink::HasPart, ConceptLink::Similar,
                                          ConceptLink::Derived,  ConceptLink::Other};

bool sameIgnoringAsciiCase(std::string_view a, std::string_view b)
{
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
               const auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c; };
               return lower(x) == lower(y);
           });
}

std::string joined(const std::vector<std::string> &words, std::string_view separator)
{
    std::string text;
    for (const auto &w : words)
        text += (text.empty() ? "" : std::string(separator)) + w;
    return text;
}

// `text` cut to at most `maxChars` bytes at a space (so never inside a UTF-8 sequence), with "…" when cut.
std::string shortened(std::string_view text, int maxChars)
{
    if (text.size() <= std::size_t(std::max(maxChars, 1)))
        return std::string(text);
    const std::size_t space = text.rfind(' ', std::size_t(maxChars));
    if (space == std::string_view::npos || space == 0) {
        // One long word: cut before a UTF-8 continuation byte.
        std::size_t cut = std::size_t(maxChars);
        while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80)
            --cut;
        return std::string(text.substr(0, cut)) + "…";
    }
    std::string_view head = text.substr(0, space);
    while (!head.empty() && (head.back() == ',' || head.back() == ';' || head.back() == '('))
        head.remove_suffix(1);
    return std::string(head) + "…";
}

// The senses to show: round-robin over the parts of speech, each in WordNet's order (commonest first).
std::vector<const WordSense *> chooseSenses(const std::vector<WordSense> &senses, int maxSenses)
{
    std::array<std::vector<const WordSense *>, kAllPartsOfSpeech.size()> byPos;
    for (const WordSense &s : senses)
        byPos[std::size_t(s.pos)].push_back(&s);
    std::vector<const WordSense *> chosen;
    for (std::size_t k = 0; int(chosen.size()) < maxSenses; ++k) {
        bool any = false;
        for (const auto &list : byPos)
            if (k < list.size() && int(chosen.size()) < maxSenses) {
                chosen.push_back(list[k]);
                any = true;
            }
        if (!any)
            break;
    }
    return chosen;
}

// One related synset (or, for lexical relations, one word of it).
struct Candidate {
    ConceptLink link;
    const WordNetRelated *related;
};

std::vector<Candidate> chooseRelations(const WordSense &sense, int room)
{
    std::array<std::vector<const WordNetRelated *>, kConceptLinkCount> byLink;
    for (const WordNetRelated &r : sense.relations)
        if (!r.words.empty())
            byLink[std::size_t(linkOf(r.relation))].push_back(&r);
    std::vector<Candidate> chosen;
    for (std::size_t round = 0; round < 3 && int(chosen.size()) < room; ++round)
        for (const ConceptLink link : kRelationPriority)
            if (round < byLink[std::size_t(link)].size() && int(chosen.size()) < room)
                chosen.push_back({link, byLink[std::size_t(link)][round]});
    return chosen;
}

}  // namespace

std::string_view conceptLinkName(ConceptLink link)
{
    static constexpr std::array<std::string_view, kConceptLinkCount> kNames = {
        "sense", "synonym", "opposite", "broader", "narrower", "part of", "has part", "similar", "derived", "other"};
    return kNames[std::size_t(link)];
}

ConceptGraph buildConceptGraph(const WordNet &wordnet, std::string_view word, const ConceptGraphLimits &limits)
{
    ConceptGraph graph;
    graph.word = std::string(word);
    graph.nodes.push_back({.kind = ConceptNodeKind::Word, .label = graph.word, .walkTo = graph.word});
    const std::vector<WordSense> senses = wordnet.senses(word);
    graph.found = !senses.empty();
    graph.sensesTotal = int(senses.size());
    if (!graph.found)
        return graph;
    graph.nodes[0].label = graph.nodes[0].walkTo = senses.front().lemma;  // "geese" centres on "goose"

    // A related synset already on show, by (part of speech, synset, word): reached again, it gets an edge only.
    std::map<std::tuple<PartOfSpeech, std::uint32_t, std::string>, int> shown;
    for (const WordSense *sense : chooseSenses(senses, std::max(1, limits.maxSenses))) {
        const int senseNode = int(graph.nodes.size());
        std::vector<std::string> synonyms;
        for (const std::string &w : sense->words)
            if (!sameIgnoringAsciiCase(w, sense->lemma) && !sameIgnoringAsciiCase(w, graph.word))
                synonyms.push_back(w);
        graph.nodes.push_back({.kind = ConceptNodeKind::Sense,
                               .label = shortened(sense->definition.empty() ? joined(sense->words, ", ")
                                                                            : sense->definition,
                                                  limits.maxLabelChars),
                               .walkTo = synonyms.empty() ? std::string() : synonyms.front(),
                               .detail = sense->definition,
                               .parent = 0,
                               .link = ConceptLink::Sense,
                               .pos = sense->pos,
                               .senseNumber = sense->senseNumber});
        ++graph.sensesShown;
        int room = std::max(0, limits.maxPerSense);
        for (std::size_t i = 0; i < synonyms.size() && int(i) < limits.maxSynonyms && room > 0; ++i, --room)
            graph.nodes.push_back({.kind = ConceptNodeKind::Related,
                                   .label = synonyms[i],
                                   .walkTo = synonyms[i],
                                   .detail = joined(sense->words, ", "),
                                   .parent = senseNode,
                                   .link = ConceptLink::Synonym,
                                   .pos = sense->pos});
        for (const Candidate &c : chooseRelations(*sense, room)) {
            const WordNetRelated &r = *c.related;
            const std::string label = r.word.empty() ? r.words.front() : r.word;
            const auto key = std::tuple{r.pos, r.synsetOffset, label};
            if (const auto it = shown.find(key); it != shown.end()) {
                graph.extraEdges.push_back({.from = senseNode, .to = it->second, .link = c.link});
                continue;
            }
            shown.emplace(key, int(graph.nodes.size()));
            graph.nodes.push_back({.kind = ConceptNodeKind::Related,
                                   .label = label,
                                   .walkTo = label,
                                   .detail = joined(r.words, ", "),
                                   .parent = senseNode,
                                   .link = c.link,
                                   .relation = r.relation,
                                   .pos = r.pos});
        }
    }
    return graph;
}

}  // namespace noosphere::core::text
