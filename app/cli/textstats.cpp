// `noosphere-cli text stats FILE [--json] [--limit N]`: the Writer's text statistics (sentence lengths,
// readability with CMUdict syllables, dialogue share, overused words, repeated phrases) for a UTF-8 file.
// Exit codes: 2 with one line for a missing or unreadable file or one that is not UTF-8; 1 when CMUdict or the
// stop words are missing or damaged (the line names the npm package).
#include "textinput.h"
#include "verbs.h"

#include "common/utf8.h"
#include "text/knowledge/textstats.h"

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <memory>
#include <optional>
#include <string>

namespace noosphere::cli {
namespace {

namespace text = core::text;

// Below this share of dictionary words, readability scores (English formulas) are flagged as not meaningful.
constexpr double kEnglishShare = 0.5;

struct StatsOptions {
    std::string file;
    bool json = false;
    int limit = 10;
};

nlohmann::ordered_json statsJson(const text::TextStats &s)
{
    nlohmann::ordered_json overused = nlohmann::ordered_json::array();
    for (const auto &o : s.overused)
        overused.push_back({{"word", o.word},
                            {"count_in_window", o.countInWindow},
                            {"expected_in_window", o.expectedInWindow},
                            {"total", o.totalCount},
                            {"surprise", o.surprise},
                            {"window_begin", o.windowBegin},
                            {"window_end", o.windowEnd}});
    nlohmann::ordered_json phrases = nlohmann::ordered_json::array();
    for (const auto &p : s.repeatedPhrases)
        phrases.push_back({{"phrase", p.phrase},
                           {"words", p.nWords},
                           {"count", p.count},
                           {"near_repeats", p.nearRepeats},
                           {"closest_gap_words", p.closestGapWords},
                           {"first_begin", p.firstBegin}});
    const auto &l = s.sentenceLength;
    return {
        {"words", s.nWords},
        {"distinct_words", s.nDistinctWords},
        {"sentences", s.nSentences},
        {"paragraphs", s.nParagraphs},
        {"syllables", s.nSyllables},
        {"sentence_length",
         {{"mean", l.mean}, {"stdev", l.stdev}, {"shortest", l.shortest}, {"p10", l.p10}, {"median", l.median},
          {"p90", l.p90}, {"longest", l.longest}}},
        {"flesch_reading_ease", s.readability.fleschReadingEase},
        {"flesch_kincaid_grade", s.readability.fleschKincaidGrade},
        {"words_per_sentence", s.readability.wordsPerSentence},
        {"syllables_per_word", s.readability.syllablesPerWord},
        {"dictionary_share", s.dictionaryShare},
        {"guessed_words", s.nGuessedWords},
        {"readability_meaningful", s.dictionaryShare >= kEnglishShare},
        {"dialogue",
         {{"share", s.dialogue.share},
          {"quoted_characters", s.dialogue.quotedCharacters},
          {"characters", s.dialogue.characters}}},
        {"overused", std::move(overused)},
        {"repeated_phrases", std::move(phrases)},
    };
}

void printStats(const text::TextStats &s, const text::TextStatsOptions &options)
{
    const auto &l = s.sentenceLength;
    std::printf("words: %lld (%lld distinct)\n", (long long)s.nWords, (long long)s.nDistinctWords);
    std::printf("sentences: %lld; paragraphs: %lld\n", (long long)s.nSentences, (long long)s.nParagraphs);
    std::printf("sentence length in words: mean %.1f, stdev %.1f; shortest %d, 10%% %d, median %d, 90%% %d, "
                "longest %d\n",
                l.mean, l.stdev, l.shortest, l.p10, l.median, l.p90, l.longest);
    std::printf("syllables: %lld (%.2f per word; %.1f%% of words guessed)\n", (long long)s.nSyllables,
                s.readability.syllablesPerWord,
                s.nWords == 0 ? 0.0 : 100.0 * double(s.nGuessedWords) / double(s.nWords));
    std::printf("Flesch reading ease: %.1f\n", s.readability.fleschReadingEase);
    std::printf("Flesch-Kincaid grade: %.1f\n", s.readability.fleschKincaidGrade);
    if (s.nWords > 0 && s.dictionaryShare < kEnglishShare)
        std::printf("note: only %.0f%% of the words are in the English pronouncing dictionary, so both readability "
                    "scores (English formulas) say little here\n",
                    100.0 * s.dictionaryShare);
    std::printf("dialogue: %.1f%% of characters (%lld of %lld)\n", 100.0 * s.dialogue.share,
                (long long)s.dialogue.quotedCharacters, (long long)s.dialogue.characters);
    std::printf("overused words (busiest %d-word window): %s\n", options.overuse.windowWords,
                s.overused.empty() ? "none" : "");
    for (const auto &o : s.overused)
        std::printf("  %s: %d times (%.2f expected), %d in all, bytes %zu-%zu\n", o.word.c_str(), o.countInWindow,
                    o.expectedInWindow, o.totalCount, o.windowBegin, o.windowEnd);
    std::printf("repeated phrases (within %d words): %s\n", options.phrases.windowWords,
                s.repeatedPhrases.empty() ? "none" : "");
    for (const auto &p : s.repeatedPhrases)
        std::printf("  \"%s\": %d times, %d close repeats, closest %d words apart\n", p.phrase.c_str(), p.count,
                    p.nearRepeats, p.closestGapWords);
}

void run(const StatsOptions &o, int &exitCode)
{
    const std::optional<std::string> content = readUtf8File(o.file, exitCode);
    if (!content)
        return;
    const auto data = loadLanguageData(exitCode);
    if (!data)
        return;
    text::TextStatsOptions options;
    options.overuse.limit = std::size_t(o.limit);
    options.phrases.limit = std::size_t(o.limit);
    const text::TextStats stats = text::computeTextStats(*content, data.value(), options);
    if (o.json)
        std::cout << statsJson(stats).dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
    else
        printStats(stats, options);
    std::cout.flush();
    exitCode = std::cout ? kExitOk : kExitFailed;
}

}  // namespace

void addTextStatsVerb(CLI::App &textNoun, int &exitCode)
{
    auto *verb = textNoun.add_subcommand(
        "stats", "Sentence lengths, readability, dialogue share, overused words and repeated phrases of a text");
    auto o = std::make_shared<StatsOptions>();
    verb->add_option("FILE", o->file, "UTF-8 text (a chapter or a whole manuscript)")->required();
    verb->add_flag("--json", o->json, "Print JSON instead of text");
    verb->add_option("--limit", o->limit, "At most this many overused words and repeated phrases (default 10)")
        ->check(CLI::Range(0, 100000));
    verb->callback([o, &exitCode] { run(*o, exitCode); });
}

}  // namespace noosphere::cli
