// `noosphere-cli project new|check|export`: a project file from the command line, opened as the studio opens it.
#include "verbs.h"

#include "store/projectstore.h"

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

// Words as a reader counts them: runs of non-space characters, except that each CJK ideograph or kana counts
// as a word of its own, since those scripts put no spaces between words.
std::int64_t countWords(const std::string &text)
{
    std::int64_t nWords = 0;
    bool inWord = false;
    for (std::size_t i = 0; i < text.size();) {
        const auto lead = static_cast<unsigned char>(text[i]);
        const std::size_t length = lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
        char32_t code = lead;
        if (length > 1 && i + length <= text.size()) {
            code = lead & (0x7F >> length);
            for (std::size_t k = 1; k < length; ++k)
                code = (code << 6) | (static_cast<unsigned char>(text[i + k]) & 0x3F);
        }
        const bool space = code == ' ' || (code >= '\t' && code <= '\r') || code == 0xA0 || code == 0x3000;
        const bool ideograph = (code >= 0x3040 && code <= 0x30FF) || (code >= 0x3400 && code <= 0x9FFF) ||
                               (code >= 0xF900 && code <= 0xFAFF) || (code >= 0x20000 && code <= 0x2FFFF);
        if (space) {
            inWord = false;
        } else if (ideograph) {
            ++nWords;
            inWord = false;
        } else if (!inWord) {
            ++nWords;
            inWord = true;
        }
        i += std::min(length, text.size() - i);
    }
    return nWords;
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
        if (!verified || !chapters) {
            exitCode = reportBadInput(!verified ? verified.error().detail : chapters.error().detail);
            return;
        }
        std::int64_t nWords = 0;
        for (const auto &info : chapters.value()) {
            auto chapter = store->chapter(info.id);
            if (!chapter) {
                exitCode = reportBadInput(chapter.error().detail);
                return;
            }
            nWords += countWords(chapter->body);
        }
        std::cout << *file << ": ok, schema v" << store->schemaVersion() << ", " << chapters->size() << " chapters, "
                  << nWords << " words\n";
        exitCode = kExitOk;
    });
}

void addExportVerb(CLI::App &project, int &exitCode)
{
    auto *verb = project.add_subcommand("export", "Write the manuscript as Markdown (the project is opened read-only)");
    auto file = std::make_shared<std::string>();
    auto out = std::make_shared<std::string>();
    auto format = std::make_shared<std::string>("markdown");
    verb->add_option("FILE", *file, "The .noo file to export")->required();
    verb->add_option("--out,-o", *out, "Where to write (default: standard output)");
    verb->add_option("--format", *format, "Output format")->check(CLI::IsMember({"markdown"}))->capture_default_str();
    verb->callback([file, out, format, &exitCode] {  // each option target must outlive parsing
        auto store = core::ProjectStore::open(*file, core::OpenMode::ReadOnly);
        if (!store) {
            exitCode = reportBadInput(store.error().detail);
            return;
        }
        auto markdown = core::exportMarkdown(store.value());
        if (!markdown) {
            exitCode = reportBadInput(markdown.error().detail);
            return;
        }
        if (out->empty()) {
            std::cout << markdown.value() << std::flush;
        } else {
            std::ofstream stream(*out, std::ios::binary | std::ios::trunc);
            stream << markdown.value();
            stream.close();
            if (!stream) {
                exitCode = reportBadInput("cannot write '" + *out + "'");
                return;
            }
        }
        exitCode = kExitOk;
    });
}

}  // namespace

void addProjectVerbs(CLI::App &app, int &exitCode)
{
    auto *project = app.add_subcommand("project", "Create, check and export project files (.noo)");
    project->require_subcommand(1);
    addNewVerb(*project, exitCode);
    addCheckVerb(*project, exitCode);
    addExportVerb(*project, exitCode);
}

}  // namespace noosphere::cli
