// `noosphere-cli project export FILE [--format md|txt|epub|pdf] [--out PATH]`: the manuscript as Markdown, plain
// text, EPUB 3 or PDF. The project is opened read-only, as the studio's export reads it. PDF needs Qt (QPdfWriter),
// so it exists only in builds with the studio (NOOSPHERE_HAVE_PDF_EXPORT); the rest stays Qt-free.
#include "verbs.h"

#include "export/atomicfile.h"
#include "export/epubexport.h"
#include "export/exportformat.h"
#include "export/manuscript.h"
#include "export/markdownexport.h"
#include "store/projectstore.h"
#ifdef NOOSPHERE_HAVE_PDF_EXPORT
#include "export/pdfexport.h"
#endif

#include <CLI/CLI.hpp>

#include <iostream>
#include <memory>
#include <optional>
#include <string>

namespace noosphere::cli {

namespace {

struct ExportArguments {
    std::string file;
    std::string out;
    std::string format;
    core::BookMetadata metadata;  // given on the command line; empty fields come from the project
};

int badInput(const std::string &detail)
{
    std::cerr << "noosphere-cli: " << detail << '\n';
    return kExitBadInput;
}

int failed(const std::string &detail)
{
    std::cerr << "noosphere-cli: " << detail << '\n';
    return kExitFailed;
}

// --format, else the extension of --out, else Markdown; nullopt after saying why.
std::optional<core::ExportFormat> chooseFormat(const ExportArguments &args, int &exitCode)
{
    if (!args.format.empty()) {
        const auto format = core::exportFormatFromName(args.format);
        if (!format)
            exitCode = badInput("unknown export format '" + args.format + "': use md, txt, epub or pdf");
        return format;
    }
    if (args.out.empty())
        return core::ExportFormat::Markdown;
    const auto format = core::exportFormatFromPath(args.out);
    if (!format)
        exitCode = badInput("cannot tell the format from '" + args.out + "': add --format md|txt|epub|pdf");
    return format;
}

int runExport(const ExportArguments &args)
{
    int exitCode = kExitOk;
    const auto format = chooseFormat(args, exitCode);
    if (!format)
        return exitCode;
    const bool binary = *format == core::ExportFormat::Epub || *format == core::ExportFormat::Pdf;
    if (binary && args.out.empty())
        return badInput("--out is needed for " + core::exportFormatExtension(*format) + " (it is not text)");
#ifndef NOOSPHERE_HAVE_PDF_EXPORT
    if (*format == core::ExportFormat::Pdf)
        return badInput("PDF export needs the studio build with Qt (this noosphere-cli was built without it)");
#endif

    auto store = core::ProjectStore::open(args.file, core::OpenMode::ReadOnly);
    if (!store)
        return badInput(store.error().detail);
    auto manuscript = core::readManuscript(store.value(), args.metadata);
    if (!manuscript)
        return badInput(manuscript.error().detail);

    models::Result<void> written;
    switch (*format) {
    case core::ExportFormat::Markdown:
    case core::ExportFormat::PlainText: {
        const std::string text = *format == core::ExportFormat::Markdown ? core::markdownText(manuscript.value())
                                                                         : core::plainText(manuscript.value());
        if (args.out.empty()) {
            std::cout << text << std::flush;
            if (!std::cout)
                return failed("cannot write to standard output");
            return kExitOk;
        }
        written = core::writeFileAtomically(args.out, text);
        break;
    }
    case core::ExportFormat::Epub: written = core::writeEpub(manuscript.value(), args.out); break;
    case core::ExportFormat::Pdf:
#ifdef NOOSPHERE_HAVE_PDF_EXPORT
        written = ui::writePdfWithoutDisplay(manuscript.value(), args.out);
#endif
        break;
    }
    if (!written)
        return failed(written.error().detail);
    std::cerr << args.out << ": " << manuscript->chapters.size() << " chapters as "
              << core::exportFormatExtension(*format) << '\n';
    return kExitOk;
}

}  // namespace

void addProjectExportVerb(CLI::App &project, int &exitCode)
{
    auto *verb = project.add_subcommand(
        "export", "Write the manuscript as Markdown, plain text, EPUB or PDF (the project is opened read-only)");
    auto args = std::make_shared<ExportArguments>();  // option targets must outlive parsing
    verb->add_option("FILE", args->file, "The .noo file to export")->required();
    verb->add_option("--out,-o", args->out, "Where to write (default: standard output, for md and txt)");
    verb->add_option("--format,-f", args->format,
                     "md (markdown), txt (text), epub or pdf (default: from the extension of --out, else md)");
    verb->add_option("--title", args->metadata.title, "Book title (default: the project's book.title, else its file name)");
    verb->add_option("--author", args->metadata.author, "Author (default: the project's book.author)");
    verb->add_option("--language", args->metadata.language,
                     "Language tag such as en or zh-CN (default: the project's book.language, else guessed)");
    verb->callback([args, &exitCode] { exitCode = runExport(*args); });
}

}  // namespace noosphere::cli
