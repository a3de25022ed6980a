// `noosphere-cli text …`: the Writer's text analyses on a plain UTF-8 file (sentiment and the emotion arc, text
// statistics). One verb per file; this one only makes the noun.
#include "verbs.h"

#include <CLI/CLI.hpp>

namespace noosphere::cli {

void addTextVerbs(CLI::App &app, int &exitCode)
{
    auto *text = app.add_subcommand("text", "Analyse a UTF-8 text: sentiment and emotion arc, statistics");
    text->require_subcommand(1);
    addTextSentimentVerb(*text, exitCode);
    addTextStatsVerb(*text, exitCode);
}

}  // namespace noosphere::cli
