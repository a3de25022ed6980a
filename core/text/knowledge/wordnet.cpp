// Queries over the compiled index, in the order wn answers them: each part of speech, the word then its base
// forms, each form under each of its spellings, each lemma's senses in index order.
#include "wordnet.h"

#include "datafiles.h"
#include "morphy.h"
#include "wordnetgloss.h"

#include <algorithm>

namespace noosphere::core::text {

using models::Result;
namespace wf = wnformat;

namespace {

std::string displayForm(std::string_view text)
{
    std::string shown(text);
    std::replace(shown.begin(), shown.end(), '_', ' ');
    return shown;
}

bool equalsIgnoringAsciiCase(std::string_view a, std::string_view b)
{
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
               const auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c; };
               return lower(x) == lower(y);
           });
}

// The senses of one form, each synset once (findtheinfo skips a synset already listed under another spelling).
template <typename OnSense>
void forEachSenseOfForm(const WordNetIndex &index, std::string_view form, PartOfSpeech pos, OnSense &&onSense)
{
    for (const std::string &spelling : wordNetSpellings(form)) {
        const auto lemma = index.findLemma(spelling, pos);
        if (!lemma)
            continue;
        for (std::uint32_t i = 0; i < lemma->senseCount; ++i)
            onSense(index.text(lemma->text), int(i) + 1, index.senseSynset(lemma->firstSense + i));
    }
}

std::vector<PartOfSpeech> partsToSearch(std::optional<PartOfSpeech> pos)
{
    if (pos)
        return {*pos};
    return {kAllPartsOfSpeech.begin(), kAllPartsOfSpeech.end()};
}

}  // namespace

std::vector<const WordNetRelated *> WordSense::related(Relation relation) const
{
    std::vector<const WordNetRelated *> found;
    for (const WordNetRelated &r : relations)
        if (r.relation == relation)
            found.push_back(&r);
    return found;
}

WordNet::WordNet(WordNetIndex index, WordNetLoadReport report)
    : m_index(std::move(index))
    , m_report(std::move(report))
{
}

Result<WordNet> WordNet::open(const std::filesystem::path &sourceDir, const std::filesystem::path &indexFile)
{
    WordNetLoadReport report;
    auto index = openWordNetIndex(sourceDir, indexFile, &report);
    if (!index)
        return index.error();
    return WordNet(std::move(index.value()), std::move(report));
}

Result<WordNet> WordNet::openDefault() { return open(wordnetDir(), defaultWordNetIndexFile()); }

std::vector<std::string> WordNet::synsetWords(const wf::SynsetRecord &synset) const
{
    std::vector<std::string> words;
    words.reserve(synset.wordCount);
    for (std::uint32_t w = 0; w < synset.wordCount; ++w)
        words.push_back(displayForm(m_index.text(m_index.word(synset.firstWord + w).text)));
    return words;
}

WordNetRelated WordNet::makeRelated(const wf::PointerRecord &pointer) const
{
    const auto target = m_index.synset(pointer.targetSynset);
    WordNetRelated related{.relation = Relation(pointer.relation),
                           .pos = WordNetIndex::partOfSpeech(target),
                           .synsetOffset = target.dataOffset,
                           .words = synsetWords(target)};
    if (pointer.targetWord > 0) {
        const std::string_view word = m_index.text(m_index.word(target.firstWord + pointer.targetWord - 1).text);
        related.word = displayForm(word);
        if (const auto lemma = m_index.findLemma(wordNetSearchForm(word), related.pos))
            for (std::uint32_t i = 0; i < lemma->senseCount; ++i)
                if (m_index.senseSynset(lemma->firstSense + i) == pointer.targetSynset)
                    related.wordSense = int(i) + 1;
    }
    return related;
}

WordSense WordNet::makeSense(std::string_view lemma, PartOfSpeech pos, int senseNumber, std::uint32_t synsetIndex) const
{
    const auto synset = m_index.synset(synsetIndex);
    WordSense sense{.lemma = displayForm(lemma),
                    .pos = pos,
                    .senseNumber = senseNumber,
                    .synsetOffset = synset.dataOffset,
                    .satellite = (synset.posFlags & wf::kSatelliteFlag) != 0,
                    .words = synsetWords(synset),
                    .gloss = std::string(m_index.text(synset.gloss))};
    auto split = splitGloss(sense.gloss);
    sense.definition = std::move(split.definition);
    sense.examples = std::move(split.examples);
    // The lemma's place in the synset (1-based): lexical pointers from other words are theirs, not its.
    std::uint32_t whichWord = 0;
    for (std::uint32_t w = 0; w < synset.wordCount && whichWord == 0; ++w)
        if (equalsIgnoringAsciiCase(m_index.text(m_index.word(synset.firstWord + w).text), lemma))
            whichWord = w + 1;
    for (std::uint32_t p = 0; p < synset.pointerCount; ++p) {
        const auto pointer = m_index.pointer(synset.firstPointer + p);
        if (pointer.sourceWord == 0 || pointer.sourceWord == whichWord)
            sense.relations.push_back(makeRelated(pointer));
    }
    if (sense.satellite)
        addIndirectAntonyms(synset, sense.relations);
    return sense;
}

// A satellite has no antonym of its own; like wn, it borrows those of its head ("weak" → via "unstressed" →
// "stressed"), which is what a thesaurus user wants to see.
void WordNet::addIndirectAntonyms(const wf::SynsetRecord &satellite, std::vector<WordNetRelated> &relations) const
{
    for (std::uint32_t p = 0; p < satellite.pointerCount; ++p) {
        const auto toHead = m_index.pointer(satellite.firstPointer + p);
        if (Relation(toHead.relation) != Relation::SimilarTo)
            continue;
        const auto head = m_index.synset(toHead.targetSynset);
        for (std::uint32_t q = 0; q < head.pointerCount; ++q) {
            const auto pointer = m_index.pointer(head.firstPointer + q);
            if (Relation(pointer.relation) != Relation::Antonym || pointer.sourceWord == 0)
                continue;
            WordNetRelated related = makeRelated(pointer);
            related.via = displayForm(m_index.text(m_index.word(head.firstWord + pointer.sourceWord - 1).text));
            relations.push_back(std::move(related));
        }
    }
}

std::vector<WordSense> WordNet::senses(std::string_view word, std::optional<PartOfSpeech> pos) const
{
    std::vector<WordSense> found;
    const std::string form = wordNetSearchForm(word);
    if (form.empty())
        return found;
    for (const PartOfSpeech part : partsToSearch(pos)) {
        std::vector<std::uint32_t> listed;
        std::vector<std::string> forms{form};
        for (std::string &base : morphyBaseForms(m_index, form, part))
            forms.push_back(std::move(base));
        for (const std::string &each : forms)
            forEachSenseOfForm(m_index, each, part, [&](std::string_view lemma, int number, std::uint32_t synset) {
                if (std::find(listed.begin(), listed.end(), synset) != listed.end())
                    return;
                listed.push_back(synset);
                found.push_back(makeSense(lemma, part, number, synset));
            });
    }
    return found;
}

std::vector<WordNetSynonyms> WordNet::synonyms(std::string_view word, std::optional<PartOfSpeech> pos) const
{
    std::vector<WordNetSynonyms> groups;
    for (WordSense &sense : senses(word, pos)) {
        WordNetSynonyms group{.lemma = sense.lemma,
                              .pos = sense.pos,
                              .senseNumber = sense.senseNumber,
                              .definition = std::move(sense.definition)};
        for (std::string &w : sense.words)
            if (!equalsIgnoringAsciiCase(w, sense.lemma))
                group.words.push_back(std::move(w));
        if (sense.pos == PartOfSpeech::Adjective)
            for (const WordNetRelated *similar : sense.related(Relation::SimilarTo))
                group.similar.insert(group.similar.end(), similar->words.begin(), similar->words.end());
        groups.push_back(std::move(group));
    }
    return groups;
}

std::vector<std::string> WordNet::lemmas(std::string_view word, PartOfSpeech pos) const
{
    std::vector<std::string> found;
    const std::string form = wordNetSearchForm(word);
    if (form.empty())
        return found;
    std::vector<std::string> forms{form};
    for (std::string &base : morphyBaseForms(m_index, form, pos))
        forms.push_back(std::move(base));
    // Spelling variants of one entry ("ice cream", "icecream") share their synsets; like wn, list an entry only
    // when it brings a sense not already listed.
    std::vector<std::uint32_t> covered;
    for (const std::string &each : forms)
        for (const std::string &spelling : wordNetSpellings(each))
            if (const auto lemma = m_index.findLemma(spelling, pos)) {
                bool bringsNewSense = false;
                for (std::uint32_t i = 0; i < lemma->senseCount; ++i) {
                    const std::uint32_t synset = m_index.senseSynset(lemma->firstSense + i);
                    if (std::find(covered.begin(), covered.end(), synset) == covered.end()) {
                        covered.push_back(synset);
                        bringsNewSense = true;
                    }
                }
                std::string shown = displayForm(m_index.text(lemma->text));
                if (bringsNewSense && std::find(found.begin(), found.end(), shown) == found.end())
                    found.push_back(std::move(shown));
            }
    return found;
}

}  // namespace noosphere::core::text
