// `noosphere-cli words senses|synonyms|index`: the Writer's thesaurus (WordNet 3.0) from the command line. The
// rhyme and syllable verbs of the same noun live in wordssound.cpp.
//
// Exit codes: 0 with a "no senses" line (or [] with --json) for a word WordNet does not list, since that is an
// answer, not a failure; 1 when WordNet is missing or damaged; 2 for an argument that is not UTF-8.
#include "verbs.h"

#include "common/utf8.h"
#include "text/knowledge/datafiles.h"
#include "text/knowledge/wordnet.h"
#include "text/knowledge/wordnetcache.h"
#include "text/knowledge/wordnetindexwrite.h"
#include "text/knowledge/wordnetsource.h"

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <chrono>
#include <cstdio>
#include <iostream>
#include <memory>
#include <optional>
#include <string>

namespace noosphere::cli {
namespace {

using core::text::PartOfSpeech;
using core::text::WordNet;

struct QueryOptions {
    std::string word;
    std::string pos;  // empty = all parts of speech
    bool json = false;
};

void addQueryOptions(CLI::App &verb, QueryOptions &o)
{
    verb.add_option("WORD", o.word, "A word or collocation (\"ice cream\"), in any inflection")->required();
    verb.add_option("--pos", o.pos, "Only this part of speech")->check(CLI::IsMember({"noun", "verb", "adj", "adv"}));
    verb.add_flag("--json", o.json, "Print JSON instead of text");
}

// Opens WordNet (compiling its index on first use, with a note on stderr), or prints why not.
std::optional<WordNet> openWordNet(int &exitCode)
{
    auto wordnet = WordNet::openDefault();
    if (!wordnet) {
        std::cerr << "noosphere-cli: " << wordnet.error().detail << '\n';
        exitCode = kExitFailed;
        return std::nullopt;
    }
    const auto &report = wordnet->loadReport();
    if (report.action != core::text::WordNetLoadReport::Action::Loaded)
        std::fprintf(stderr, "noosphere-cli: compiled the WordNet index%s%s in %.0f ms (%s)\n",
                     report.saved ? " into " : "", report.saved ? report.indexFile.c_str() : "", report.compileMs,
                     report.reason.c_str());
    return std::move(wordnet.value());
}

bool checkWord(const QueryOptions &o, int &exitCode)
{
    if (models::utf8::isValid(o.word))
        return true;
    std::cerr << "noosphere-cli: the word is not valid UTF-8\n";
    exitCode = kExitBadInput;
    return false;
}

std::optional<PartOfSpeech> posOption(const QueryOptions &o)
{
    return o.pos.empty() ? std::nullopt : core::text::partOfSpeechFromName(o.pos);
}

std::string joined(const std::vector<std::string> &items, const char *separator)
{
    std::string text;
    for (const auto &item : items)
        text += (text.empty() ? "" : separator) + item;
    return text;
}

// "02084071-n": WordNet's synset id as other WordNet tools write it.
std::string synsetId(std::uint32_t offset, PartOfSpeech pos)
{
    char id[16];
    std::snprintf(id, sizeof id, "%08u-%c", offset, "nvar"[int(pos)]);
    return id;
}

nlohmann::json senseJson(const core::text::WordSense &sense)
{
    nlohmann::json relations = nlohmann::json::array();
    for (const auto &r : sense.relations) {
        nlohmann::json item{{"relation", core::text::relationName(r.relation)},
                            {"synset", synsetId(r.synsetOffset, r.pos)},
                            {"words", r.words}};
        if (!r.word.empty())
            item["word"] = r.word, item["wordSense"] = r.wordSense;
        relations.push_back(std::move(item));
    }
    return {{"lemma", sense.lemma},       {"pos", core::text::partOfSpeechName(sense.pos)},
            {"sense", sense.senseNumber}, {"synset", synsetId(sense.synsetOffset, sense.pos)},
            {"words", sense.words},       {"definition", sense.definition},
            {"examples", sense.examples}, {"relations", std::move(relations)}};
}

void printSense(const core::text::WordSense &sense)
{
    std::printf("%2d. %s\n    %s\n", sense.senseNumber, joined(sense.words, ", ").c_str(), sense.definition.c_str());
    for (const auto &example : sense.examples)
        std::printf("    \"%s\"\n", example.c_str());
    // One line per kind of relation, in the enum's order (antonyms and hypernyms first).
    for (int kind = 0; kind < core::text::kRelationCount; ++kind) {
        std::vector<std::string> targets;
        for (const auto *r : sense.related(core::text::Relation(kind)))
            targets.push_back(r->word.empty() ? joined(r->words, ", ") : r->word);
        if (!targets.empty())
            std::printf("    %s: %s\n", std::string(core::text::relationName(core::text::Relation(kind))).c_str(),
                        joined(targets, "; ").c_str());
    }
}

void addSensesVerb(CLI::App &words, int &exitCode)
{
    auto o = std::make_shared<QueryOptions>();
    auto *verb = words.add_subcommand("senses", "WordNet senses of a word: synonyms, definition, examples, relations");
    addQueryOptions(*verb, *o);
    verb->callback([o, &exitCode] {
        if (!checkWord(*o, exitCode))
            return;
        const auto wordnet = openWordNet(exitCode);
        if (!wordnet)
            return;
        const auto senses = wordnet->senses(o->word, posOption(*o));
        exitCode = kExitOk;
        if (o->json) {
            nlohmann::json out = nlohmann::json::array();
            for (const auto &sense : senses)
                out.push_back(senseJson(sense));
            std::cout << out.dump(2) << '\n';
            return;
        }
        if (senses.empty())
            return void(std::printf("%s: no senses in WordNet\n", o->word.c_str()));
        for (std::size_t i = 0; i < senses.size(); ++i) {
            const auto &s = senses[i];
            if (i == 0 || s.lemma != senses[i - 1].lemma || s.pos != senses[i - 1].pos)
                std::printf("%s%s (%s)\n", i == 0 ? "" : "\n", s.lemma.c_str(),
                            std::string(core::text::partOfSpeechName(s.pos)).c_str());
            printSense(s);
        }
    });
}

void addSynonymsVerb(CLI::App &words, int &exitCode)
{
    auto o = std::make_shared<QueryOptions>();
    auto *verb = words.add_subcommand("synonyms", "Synonyms of a word, sense by sense (WordNet)");
    addQueryOptions(*verb, *o);
    verb->callback([o, &exitCode] {
        if (!checkWord(*o, exitCode))
            return;
        const auto wordnet = openWordNet(exitCode);
        if (!wordnet)
            return;
        const auto groups = wordnet->synonyms(o->word, posOption(*o));
        exitCode = kExitOk;
        if (o->json) {
            nlohmann::json out = nlohmann::json::array();
            for (const auto &g : groups)
                out.push_back({{"lemma", g.lemma},
                               {"pos", core::text::partOfSpeechName(g.pos)},
                               {"sense", g.senseNumber},
                               {"definition", g.definition},
                               {"synonyms", g.words},
                               {"similar", g.similar}});
            std::cout << out.dump(2) << '\n';
            return;
        }
        if (groups.empty())
            return void(std::printf("%s: no senses in WordNet\n", o->word.c_str()));
        for (const auto &g : groups) {
            std::printf("%s (%s) %d: %s", g.lemma.c_str(), std::string(core::text::partOfSpeechName(g.pos)).c_str(),
                        g.senseNumber, g.words.empty() ? "-" : joined(g.words, ", ").c_str());
            if (!g.similar.empty())
                std::printf("; similar: %s", joined(g.similar, ", ").c_str());
            std::printf("  [%s]\n", g.definition.c_str());
        }
    });
}

void addIndexVerb(CLI::App &words, int &exitCode)
{
    struct Options {
        std::string source = core::text::wordnetDir().string();
        std::string out = core::text::defaultWordNetIndexFile().string();
    };
    auto o = std::make_shared<Options>();
    auto *verb = words.add_subcommand("index", "Compile WordNet's text files into the binary index the queries use");
    verb->add_option("--source", o->source, "WordNet's dict folder")->capture_default_str();
    verb->add_option("--out", o->out, "The index file to write")->capture_default_str();
    verb->callback([o, &exitCode] {
        const auto start = std::chrono::steady_clock::now();
        const auto stamps = core::text::stampWordNetSource(o->source);
        auto source = stamps ? core::text::readWordNetSource(o->source) : stamps.error();
        if (!source) {
            std::cerr << "noosphere-cli: " << source.error().detail << '\n';
            return void(exitCode = kExitFailed);
        }
        const auto bytes = core::text::compileWordNetIndex(source.value(), stamps.value(), o->source);
        const auto written = bytes ? core::text::writeWordNetIndexFile(o->out, bytes.value()) : bytes.error();
        if (!written) {
            std::cerr << "noosphere-cli: " << written.error().detail << '\n';
            return void(exitCode = kExitFailed);
        }
        const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
        std::printf("%s: %zu synsets, %zu lemmas, %zu bytes, compiled in %.0f ms\n", o->out.c_str(),
                    source->synsets.size(), source->lemmas.size(), bytes->size(), ms);
        exitCode = kExitOk;
    });
}

}  // namespace

void addWordsVerbs(CLI::App &app, int &exitCode)
{
    auto *words = app.add_subcommand("words", "The Writer's word tools: WordNet senses and synonyms, rhymes, syllables");
    words->require_subcommand(1);
    addSensesVerb(*words, exitCode);
    addSynonymsVerb(*words, exitCode);
    addIndexVerb(*words, exitCode);
    addWordsSoundVerbs(*words, exitCode);
}

}  // namespace noosphere::cli
