// writePdf(): the manuscript through PdfTypesetter into a QSaveFile, so that the PDF appears whole or not at all.
#include "export/pdfexport.h"

#include "export/atomicfile.h"
#include "export/paragraphs.h"
#include "export/pdftypesetter.h"

#include <QGuiApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>

#include <memory>

namespace noosphere::ui {

using models::Error;
using models::ErrorCode;

namespace {

// Device pixels per inch of the PDF's coordinates: fine enough that rounding never shows.
constexpr int kResolutionDpi = 600;

QString fromUtf8(std::string_view text) { return QString::fromUtf8(text.data(), qsizetype(text.size())); }

bool isCjk(const std::string &language)
{
    const std::string primary = language.substr(0, language.find('-'));
    return primary == "zh" || primary == "ja" || primary == "ko";
}

}  // namespace

core::Result<void> writePdf(const core::Manuscript &manuscript, const std::filesystem::path &file,
                            const core::ExportCallbacks &callbacks)
{
    const auto cancelled = [&callbacks] { return callbacks.isCancelled && callbacks.isCancelled(); };
    QSaveFile out(QString::fromStdString(file.string()));
    if (!out.open(QIODevice::WriteOnly))
        return Error{ErrorCode::Io, core::writeErrorDetail(file, out.errorString().toStdString())};

    QPdfWriter writer(&out);
    writer.setResolution(kResolutionDpi);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A5), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
    writer.setTitle(QString::fromStdString(manuscript.metadata.title));
    writer.setCreator(QStringLiteral("Noosphere"));

    PdfTypesetter typesetter(writer, isCjk(manuscript.metadata.language));
    if (!typesetter.begin())
        return Error{ErrorCode::Io, core::writeErrorDetail(file, "the PDF writer could not start")};
    typesetter.titlePage(QString::fromStdString(manuscript.metadata.title),
                         QString::fromStdString(manuscript.metadata.author));

    // Progress by bytes of text typeset; the last 5 % is QPdfWriter embedding the fonts at the end.
    std::size_t totalBytes = 1, bytesBefore = 0;
    for (const auto &chapter : manuscript.chapters)
        totalBytes += chapter.body.size();
    for (std::size_t i = 0; i < manuscript.chapters.size(); ++i) {
        const auto &chapter = manuscript.chapters[i];
        typesetter.chapterHeading(QString::fromStdString(core::chapterHeading(chapter, i)));
        for (const std::string_view paragraph : core::splitParagraphs(chapter.body)) {
            if (cancelled()) {
                typesetter.finish();
                out.cancelWriting();
                return Error{ErrorCode::Cancelled, "export cancelled"};
            }
            typesetter.paragraph(fromUtf8(paragraph));
            if (callbacks.progress) {
                const auto offset = std::size_t(paragraph.data() + paragraph.size() - chapter.body.data());
                callbacks.progress(0.95 * double(bytesBefore + offset) / double(totalBytes));
            }
        }
        bytesBefore += chapter.body.size();
    }
    // QPdfWriter writes the fonts and the cross-reference table when painting ends.
    if (!typesetter.finish() || !out.commit())
        return Error{ErrorCode::Io, core::writeErrorDetail(file, out.errorString().toStdString())};
    if (callbacks.progress)
        callbacks.progress(1.0);
    return {};
}

core::Result<void> writePdfWithoutDisplay(const core::Manuscript &manuscript, const std::filesystem::path &file,
                                          const core::ExportCallbacks &callbacks)
{
    std::unique_ptr<QGuiApplication> application;
    if (!QCoreApplication::instance()) {
        // NOTE: the offscreen platform needs no display server, and still finds fonts through fontconfig.
        qputenv("QT_QPA_PLATFORM", "offscreen");
        static int argc = 1;
        static char name[] = "noosphere-cli";
        static char *argv[] = {name, nullptr};
        application = std::make_unique<QGuiApplication>(argc, argv);
    }
    return writePdf(manuscript, file, callbacks);
}

}  // namespace noosphere::ui
