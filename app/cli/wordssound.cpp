// `noosphere-cli words rhymes|syllables`: the sound side of the words noun (pronunciations from CMUdict, guessed
// for words it lacks). Exit codes: 0 with an answer (also "no pronunciation" for a word with no readable
// letters), 1 when CMUdict or the stop words are missing or damaged (the line names the npm package), 2 for an
// argument that is not UTF-8.
#include "textinput.h"
#include "verbs.h"

#include "common/utf8.h"
#include "text/knowledge/languagedata.h"
#include "text/knowledge/rhymes.h"
#include "text/knowledge/syllables.h"

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <cstdio>
#include <iostream>
#include <memory>
#include <string>

namespace noosphere::cli {
namespace {

namespace text = core::text;

bool checkWord(const std::string &word, int &exitCode)
{
    if (models::utf8::isValid(word) && !word.empty())
        return true;
    exitCode = report(kExitBadInput, word.empty() ? "the word is empty" : "the word is not valid UTF-8");
    return false;
}

void addSyllablesVerb(CLI::App &words, int &exitCode)
{
    struct Options {
        std::string word;
        bool json = false;
    };
    auto o = std::make_shared<Options>();
    auto *verb = words.add_subcommand("syllables", "Syllable count, stress pattern and phones of a word (CMUdict)");
    verb->add_option("WORD", o->word, "A word, known or invented (\"Zarnathor\" is guessed)")->required();
    verb->add_flag("--json", o->json, "Print JSON instead of text");
    verb->callback([o, &exitCode] {
        if (!checkWord(o->word, exitCode))
            return;
        const auto pronouncer = text::Pronouncer::load();
        if (!pronouncer) {
            exitCode = report(kExitFailed, pronouncer.error().detail);
            return;
        }
        const text::WordPronunciations pronounced = pronouncer->pronounce(o->word);
        exitCode = kExitOk;
        if (o->json) {
            nlohmann::ordered_json variants = nlohmann::ordered_json::array();
            for (const auto &phones : pronounced.variants)
                variants.push_back({{"syllables", text::countSyllables(phones)},
                                    {"stress", text::stressPattern(phones)},
                                    {"phones", text::formatPhones(phones)}});
            const nlohmann::ordered_json out{
                {"word", pronounced.key}, {"guessed", pronounced.guessed}, {"pronunciations", std::move(variants)}};
            std::cout << out.dump(2) << '\n';
            return;
        }
        if (pronounced.variants.empty())
            return void(std::printf("%s: no pronunciation (no letters an English reader would sound out)\n",
                                    o->word.c_str()));
        for (const auto &phones : pronounced.variants) {
            const int n = text::countSyllables(phones);
            std::printf("%s: %d syllable%s, stress %s, %s%s\n", pronounced.key.c_str(), n, n == 1 ? "" : "s",
                        text::stressPattern(phones).c_str(), text::formatPhones(phones).c_str(),
                        pronounced.guessed ? " (guessed)" : "");
        }
    });
}

nlohmann::ordered_json rhymesJson(const std::vector<text::Rhyme> &rhymes)
{
    nlohmann::ordered_json out = nlohmann::ordered_json::array();
    for (const auto &r : rhymes)
        out.push_back({{"word", r.word},
                       {"kind", text::rhymeKindName(r.kind)},
                       {"syllables", r.nSyllables},
                       {"similarity", r.similarity},
                       {"commonness", r.commonness},
                       {"phones", r.phones}});
    return out;
}

void printRhymes(const std::vector<text::Rhyme> &rhymes)
{
    for (const auto &r : rhymes)
        std::printf("  %-18s %d  %-10s %s\n", r.word.c_str(), r.nSyllables, std::string(text::rhymeKindName(r.kind)).c_str(),
                    r.phones.c_str());
}

void addRhymesVerb(CLI::App &words, int &exitCode)
{
    struct Options {
        std::string word;
        bool near = false;
        int nSyllables = 0;
        int limit = 30;
        bool json = false;
    };
    auto o = std::make_shared<Options>();
    auto *verb = words.add_subcommand("rhymes", "Perfect (and with --near, near) rhymes of a word, common words first");
    verb->add_option("WORD", o->word, "A word, known or invented")->required();
    verb->add_flag("--near", o->near, "Also near rhymes: identical, slant, assonance, consonance");
    verb->add_option("--syllables", o->nSyllables, "Only rhymes of this many syllables")->check(CLI::Range(1, 20));
    verb->add_option("--limit", o->limit, "At most this many rhymes of each list (default 30)")->check(CLI::Range(1, 100000));
    verb->add_flag("--json", o->json, "Print JSON instead of text");
    verb->callback([o, &exitCode] {
        if (!checkWord(o->word, exitCode))
            return;
        const auto data = loadLanguageData(exitCode);
        if (!data)
            return;
        const text::RhymeFinder finder(data->pronouncer, data->commonness);
        const text::RhymeResult result = finder.find(
            o->word, {.near = o->near, .nSyllables = o->nSyllables, .limit = std::size_t(o->limit)});
        exitCode = kExitOk;
        if (o->json) {
            nlohmann::ordered_json out{{"word", result.word},
                                       {"guessed", result.guessed},
                                       {"pronunciations", result.pronunciations},
                                       {"perfect", rhymesJson(result.perfect)}};
            if (o->near)
                out["near"] = rhymesJson(result.near);
            std::cout << out.dump(2) << '\n';
            return;
        }
        if (result.pronunciations.empty())
            return void(std::printf("%s: no pronunciation, so no rhymes\n", o->word.c_str()));
        std::printf("%s (%s%s): ", result.word.c_str(), result.pronunciations.front().c_str(),
                    result.guessed ? ", guessed" : "");
        if (result.perfect.empty())
            std::printf("no perfect rhymes%s\n", o->near ? "" : " (try --near)");
        else
            std::printf("%zu perfect rhymes\n", result.perfect.size());
        printRhymes(result.perfect);
        if (o->near) {
            std::printf("%zu near rhymes\n", result.near.size());
            printRhymes(result.near);
        }
    });
}

}  // namespace

void addWordsSoundVerbs(CLI::App &words, int &exitCode)
{
    addRhymesVerb(words, exitCode);
    addSyllablesVerb(words, exitCode);
}

}  // namespace noosphere::cli
