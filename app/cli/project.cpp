// `noosphere-cli project new|check|export|export-preferences`: a project file from the command line, opened as the
// studio opens it. `export` lives in projectexport.cpp.
#include "verbs.h"

#include "store/preferences.h"
#include "store/preferencesjson.h"
#include "store/projectstore.h"
#include "text/wordcount.h"

#include <CLI/CLI.hpp>

#include <algorithm>
#include <cstdint>
#include <fstream>
#include <iostream>
#include <memory>
#include <string>

namespace noosphere::cli {

namespace {

// Bad input (the file, an argument) exits 2 with exactly one line on stderr.
int reportBadInput(const std::string &detail)
{
    std::cerr << "noosphere-cli: " << detail << '\n';
    return kExitBadInput;
}


void addNewVerb(CLI::App &project, int &exitCode)
{
    auto *verb = project.add_subcommand("new", "Create a project file with one empty chapter (never overwrites)");
    auto file = std::make_shared<std::string>();
    verb->add_option("FILE", *file, "The .noo file to create")->required();
    verb->callback([file, &exitCode] {
        auto store = core::ProjectStore::create(*file);
        if (!store) {
            exitCode = reportBadInput(store.error().detail);
            return;
        }
        std::cout << *file << ": created, schema v" << store->schemaVersion() << '\n';
        exitCode = kExitOk;
    });
}

void addCheckVerb(CLI::App &project, int &exitCode)
{
    auto *verb = project.add_subcommand("check", "Open a project as the studio would and verify it in full");
    auto file = std::make_shared<std::string>();
    auto readOnly = std::make_shared<bool>(false);
    verb->add_option("FILE", *file, "The .noo file to check")->required();
    verb->add_flag("--read-only", *readOnly, "Open it read-only: no lock, no schema upgrade, no writes");
    verb->callback([file, readOnly, &exitCode] {
        const auto mode = *readOnly ? core::OpenMode::ReadOnly : core::OpenMode::ReadWrite;
        auto store = core::ProjectStore::open(*file, mode);
        if (!store) {
            exitCode = reportBadInput(store.error().detail);
            return;
        }
        auto verified = store->verify();
        auto chapters = store->chapters();
        auto bible = store->bibleEntries();  // read in full, as the Writer's story bible will
        if (!verified || !chapters || !bible) {
            exitCode = reportBadInput(!verified ? verified.error().detail
                                      : !chapters ? chapters.error().detail
                                                  : bible.error().detail);
            return;
        }
        std::int64_t nWords = 0;
        for (const auto &info : chapters.value()) {
            auto chapter = store->chapter(info.id);
            if (!chapter) {
                exitCode = reportBadInput(chapter.error().detail);
                return;
            }
            nWords += core::countWords(chapter->body);
        }
        std::cout << *file << ": ok, schema v" << store->schemaVersion() << ", " << chapters->size() << " chapters, "
                  << nWords << " words\n";
        exitCode = kExitOk;
    });
}

void addExportPreferencesVerb(CLI::App &project, int &exitCode)
{
    auto *verb = project.add_subcommand(
        "export-preferences",
        "Write the assistant's feedback as JSONL preference pairs (prompt, chosen, rejected) with provenance");
    auto file = std::make_shared<std::string>();
    auto out = std::make_shared<std::string>();
    verb->add_option("FILE", *file, "The .noo file to read (opened read-only)")->required();
    verb->add_option("--out,-o", *out, "Where to write the JSONL (default: standard output)");
    verb->callback([file, out, &exitCode] {
        // ProjectStore first: it classifies a bad file (missing, not a project, damaged…) without touching it.
        auto store = core::ProjectStore::open(*file, core::OpenMode::ReadOnly);
        if (!store) {
            exitCode = reportBadInput(store.error().detail);
            return;
        }
        auto feedback = core::PreferenceStore::open(*file, core::OpenMode::ReadOnly);
        auto pairs =
            feedback ? feedback->preferencePairs() : core::Result<std::vector<core::PreferencePair>>(feedback.error());
        if (!pairs) {
            exitCode = reportBadInput(pairs.error().detail);
            return;
        }
        std::ofstream stream;
        if (!out->empty())
            stream.open(*out, std::ios::binary | std::ios::trunc);
        std::ostream &lines = out->empty() ? std::cout : stream;
        for (const auto &pair : pairs.value())
            lines << core::preferencePairJson(pair) << '\n';
        lines.flush();
        if (!out->empty())
            stream.close();
        if (!lines) {
            exitCode = reportBadInput("cannot write '" + *out + "'");
            return;
        }
        const auto fromTokenPicks =
            std::count_if(pairs->begin(), pairs->end(), [](const auto &pair) { return pair.source == "token_pick"; });
        std::cerr << pairs->size() << " preference pairs (" << pairs->size() - std::size_t(fromTokenPicks)
                  << " from accepted continuations, " << fromTokenPicks << " from token picks)\n";
        exitCode = kExitOk;
    });
}

}  // namespace

void addProjectVerbs(CLI::App &app, int &exitCode)
{
    auto *project =
        app.add_subcommand("project", "Create, check and export project files (.noo) and their preference data");
    project->require_subcommand(1);
    addNewVerb(*project, exitCode);
    addCheckVerb(*project, exitCode);
    addProjectExportVerb(*project, exitCode);
    addExportPreferencesVerb(*project, exitCode);
}

}  // namespace noosphere::cli
