// `noosphere-cli text sentiment FILE [--afinn] [--window N]`: every sentence of a UTF-8 text with its VADER scores
// (and AFINN's), one JSON object per line, as the Writer's emotion arc sees them.
#include "textinput.h"
#include "verbs.h"

#include "common/utf8.h"
#include "text/knowledge/afinn.h"
#include "text/knowledge/emotionarc.h"
#include "text/knowledge/sentencesentiment.h"
#include "text/knowledge/vaderlexicon.h"

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace noosphere::cli {

namespace {

struct SentimentOptions {
    std::string file;
    bool afinn = false;
    int window = 0;
};

nlohmann::ordered_json sentenceJson(std::size_t index, std::string_view text, const core::text::SentenceSentiment &s,
                                    double arc)
{
    nlohmann::ordered_json line{
        {"sentence", index},
        {"begin", s.range.begin},
        {"end", s.range.end},
        {"utf16_begin", s.range.utf16Begin},
        {"utf16_end", s.range.utf16End},
        {"text", text.substr(s.range.begin, s.range.end - s.range.begin)},
        {"compound", s.vader.compound},
        {"pos", s.vader.pos},
        {"neu", s.vader.neu},
        {"neg", s.vader.neg},
        {"arc", arc},
    };
    if (s.afinn)
        line["afinn"] = {{"sum", s.afinn->sum},
                         {"mean", s.afinn->mean},
                         {"normalized", s.afinn->normalized},
                         {"rated", s.afinn->nRated},
                         {"words", s.afinn->nWords}};
    return line;
}

void run(const SentimentOptions &o, int &exitCode)
{
    const std::optional<std::string> text = readUtf8File(o.file, exitCode);
    if (!text)
        return;
    // A missing or damaged lexicon is the installation's fault, not the input's: exit 1, naming the package.
    const auto vader = core::text::VaderLexicon::load();
    if (!vader) {
        exitCode = report(kExitFailed, vader.error().detail);
        return;
    }
    std::optional<core::text::AfinnLexicon> afinn;
    if (o.afinn) {
        auto loaded = core::text::AfinnLexicon::load();
        if (!loaded) {
            exitCode = report(kExitFailed, loaded.error().detail);
            return;
        }
        afinn = std::move(*loaded);
    }
    const auto sentences = core::text::scoreSentences(*text, vader.value(), afinn ? &*afinn : nullptr);
    std::vector<double> compounds;
    compounds.reserve(sentences.size());
    for (const auto &s : sentences)
        compounds.push_back(s.vader.compound);
    const int window = o.window > 0 ? o.window | 1 : core::text::autoArcWindow(sentences.size());
    const std::vector<double> arc = core::text::movingAverage(compounds, window);
    for (std::size_t i = 0; i < sentences.size(); ++i)
        std::cout << sentenceJson(i, *text, sentences[i], arc[i])
                         .dump(-1, ' ', false, nlohmann::json::error_handler_t::replace)
                  << '\n';
    std::cout.flush();
    exitCode = std::cout ? kExitOk : kExitFailed;
}

}  // namespace

void addTextSentimentVerb(CLI::App &text, int &exitCode)
{
    auto *verb = text.add_subcommand(
        "sentiment", "Score each sentence (VADER, as npm vader-sentiment) and print JSON lines with the emotion arc");
    auto o = std::make_shared<SentimentOptions>();
    verb->add_option("FILE", o->file, "UTF-8 text (a chapter or a whole manuscript)")->required();
    verb->add_flag("--afinn", o->afinn, "Add AFINN-165 scores (sum, mean, normalised) as a second opinion");
    verb->add_option("--window", o->window, "Sentences per arc point (odd; default: about a tenth of the text)")
        ->check(CLI::Range(0, 1'000'000));
    verb->callback([o, &exitCode] { run(*o, exitCode); });
}

}  // namespace noosphere::cli
