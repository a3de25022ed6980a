// WordNet 3.0 for the Writer's thesaurus: the senses of a word (inflected or not) with their synonyms,
// definition, examples and relations, answered from the compiled index in well under a millisecond.
#pragma once

#include "common/result.h"
#include "wordnetcache.h"
#include "wordnetindex.h"
#include "wordnettypes.h"

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace noosphere::core::text {

/// A synset that a sense points to.
struct WordNetRelated {
    Relation relation = Relation::Hypernym;
    PartOfSpeech pos = PartOfSpeech::Noun;
    std::uint32_t synsetOffset = 0;  // the target's offset in data.<pos>, WordNet's synset id
    std::vector<std::string> words;  // the target synset's words, spaces for '_'
    std::string word;                // lexical relations (antonym, derivation…): the word pointed to; else empty
    int wordSense = 0;               // lexical relations: the sense number of `word` in the target synset
    /// An adjective satellite's indirect antonym (Antonym only): the head word whose antonym this is, as wn's
    /// "INDIRECT (VIA unstressed) -> stressed". Empty for direct antonyms and every other relation.
    std::string via;
};

/// One sense of a lemma.
struct WordSense {
    std::string lemma;  // the WordNet entry, spaces for '_' ("goose" when "geese" was asked)
    PartOfSpeech pos = PartOfSpeech::Noun;
    int senseNumber = 0;             // 1-based, WordNet's order (most frequent first)
    std::uint32_t synsetOffset = 0;  // offset in data.<pos>: with pos, WordNet's id of the synset
    bool satellite = false;          // an adjective satellite: its head is the "similar to" relation
    std::vector<std::string> words;  // the synset, in WordNet's order and spelling ("Canis familiaris")
    std::string gloss;               // as written in WordNet
    std::string definition;          // the gloss without its examples
    std::vector<std::string> examples;
    /// Relations of the whole synset, and lexical ones of this lemma's word, in WordNet's order.
    std::vector<WordNetRelated> relations;

    std::vector<const WordNetRelated *> related(Relation relation) const;
};

/// The synonyms of one sense, for a thesaurus.
struct WordNetSynonyms {
    std::string lemma;
    PartOfSpeech pos = PartOfSpeech::Noun;
    int senseNumber = 0;
    std::string definition;
    std::vector<std::string> words;    // the synset's other words
    std::vector<std::string> similar;  // adjectives: the words of "similar to" synsets (good → bang-up, great…)
};

class WordNet {
public:
    /// Opens WordNet from the compiled index `indexFile`, compiling it from `sourceDir` first when it is
    /// missing, stale or damaged (see openWordNetIndex). The error names the Debian package wordnet-base.
    static models::Result<WordNet> open(const std::filesystem::path &sourceDir, const std::filesystem::path &indexFile);
    /// open(wordnetDir(), defaultWordNetIndexFile()).
    static models::Result<WordNet> openDefault();
    explicit WordNet(WordNetIndex index, WordNetLoadReport report = {});

    /// The senses of `word` (any case; spaces or '_' in collocations) in `pos`, or in noun, verb, adj, adv order:
    /// the word as it stands first, then each base form morphy finds ("better" adj: better, good, well). A synset
    /// reached twice within a part of speech is listed once, under its first lemma. Unknown or non-English words
    /// give none. Const and allocation-only: any number of threads may query at once.
    std::vector<WordSense> senses(std::string_view word, std::optional<PartOfSpeech> pos = {}) const;
    /// senses(), reduced to synonyms: per sense, the other words of the synset (and adjectives' similar words).
    std::vector<WordNetSynonyms> synonyms(std::string_view word, std::optional<PartOfSpeech> pos = {}) const;
    /// The lemmas WordNet lists for `word` in `pos`: itself when listed, then morphy's base forms; spaces for '_'.
    std::vector<std::string> lemmas(std::string_view word, PartOfSpeech pos) const;

    const WordNetIndex &index() const { return m_index; }
    const WordNetLoadReport &loadReport() const { return m_report; }

private:
    WordSense makeSense(std::string_view lemma, PartOfSpeech pos, int senseNumber, std::uint32_t synset) const;
    WordNetRelated makeRelated(const wnformat::PointerRecord &pointer) const;
    void addIndirectAntonyms(const wnformat::SynsetRecord &satellite, std::vector<WordNetRelated> &relations) const;
    std::vector<std::string> synsetWords(const wnformat::SynsetRecord &synset) const;

    WordNetIndex m_index;
    WordNetLoadReport m_report;
};

}  // namespace noosphere::core::text
