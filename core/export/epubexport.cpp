// writeEpub(): an OCF container (mimetype first and stored, then META-INF/container.xml) holding the package
// document, navigation document, style sheet and chapters, all deflated.
#include "export/epubexport.h"

#include "export/epubdocuments.h"
#include "export/zipwriter.h"

#include <ctime>

namespace noosphere::core {

namespace {

using Compression = ZipWriter::Compression;

// The share of the progress bar that building the documents takes; compressing takes the rest.
constexpr double kBuildShare = 0.4;

}  // namespace

std::string epubDate(std::time_t time)
{
    std::tm utc{};
    gmtime_r(&time, &utc);
    char text[32];
    std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &utc);
    return text;
}

Result<void> writeEpub(const Manuscript &manuscript, const std::filesystem::path &file,
                       const ExportCallbacks &callbacks, const std::string &modifiedUtc)
{
    const auto cancelled = [&callbacks] { return callbacks.isCancelled && callbacks.isCancelled(); };
    const auto report = [&callbacks](double fraction) {
        if (callbacks.progress)
            callbacks.progress(fraction);
    };
    std::vector<ManuscriptChapter> fallback;
    if (manuscript.chapters.empty())
        fallback.push_back({manuscript.metadata.title, {}});  // a spine needs at least one document
    const auto &chapters = manuscript.chapters.empty() ? fallback : manuscript.chapters;

    auto archive = ZipWriter::create(file);
    if (!archive)
        return archive.error();
    // NOTE: OCF requires "mimetype" as the first entry, stored, so that its bytes sit at a fixed offset.
    auto added = archive->add("mimetype", "application/epub+zip", Compression::Stored);
    if (added)
        added = archive->add("META-INF/container.xml", epub::containerXml(), Compression::Deflated);
    if (added)
        added = archive->add("OEBPS/package.opf",
                             epub::packageDocument(manuscript.metadata, chapters.size(),
                                                   modifiedUtc.empty() ? epubDate(std::time(nullptr)) : modifiedUtc),
                             Compression::Deflated);
    if (added)
        added = archive->add("OEBPS/style.css", epub::styleSheet(), Compression::Deflated);

    std::vector<std::string> headings;
    std::size_t totalBytes = 1, doneBytes = 0;
    for (const auto &chapter : chapters)
        totalBytes += chapter.body.size();
    for (std::size_t i = 0; added && i < chapters.size(); ++i) {
        if (cancelled())
            return Error{ErrorCode::Cancelled, "export cancelled"};
        headings.push_back(chapterHeading(chapters[i], i));
        added = archive->add("OEBPS/" + epub::chapterFileName(i),
                             epub::chapterDocument(manuscript.metadata, headings.back(), chapters[i].body),
                             Compression::Deflated);
        doneBytes += chapters[i].body.size();
        report(kBuildShare * double(doneBytes) / double(totalBytes));
    }
    if (added)
        added = archive->add("OEBPS/nav.xhtml", epub::navigationDocument(manuscript.metadata, headings),
                             Compression::Deflated);
    if (!added)
        return added.error();
    return archive->commit(cancelled, [&report](double fraction) { report(kBuildShare + (1 - kBuildShare) * fraction); });
}

}  // namespace noosphere::core
