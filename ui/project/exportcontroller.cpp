#include "project/exportcontroller.h"

#include "engine/enginebridge.h"
#include "export/atomicfile.h"
#include "export/epubexport.h"
#include "export/exportformat.h"
#include "export/manuscript.h"
#include "export/markdownexport.h"
#include "export/pdfexport.h"
#include "store/projectstore.h"

#include <QFileInfo>
#include <QPointer>
#include <QStorageInfo>

#include <memory>
#include <stdexcept>

namespace noosphere::ui {

namespace {

static_assert(int(core::ExportFormat::Pdf) == int(ExportController::Pdf), "the two enums name the same formats");

// Below this much free space a failed write is put down to a full disk.
constexpr qint64 kFullDiskBytes = 1024 * 1024;

core::Result<void> writeManuscript(const core::Manuscript &manuscript, const std::filesystem::path &file,
                                   ExportController::Format format, const core::ExportCallbacks &callbacks)
{
    switch (format) {
    case ExportController::Markdown: return core::writeFileAtomically(file, core::markdownText(manuscript));
    case ExportController::PlainText: return core::writeFileAtomically(file, core::plainText(manuscript));
    case ExportController::Epub: return core::writeEpub(manuscript, file, callbacks);
    case ExportController::Pdf: return writePdf(manuscript, file, callbacks);
    }
    return models::Error{models::ErrorCode::InvalidArgument, "unknown export format"};
}

}  // namespace

ExportController::ExportController(EngineBridge *bridge, QObject *parent) : QObject(parent), m_bridge(bridge)
{
    connect(m_bridge, &EngineBridge::jobChanged, this,
            [this](quint64 id, const QString &, const QString &, int state, double, const QString &) {
                if (id != m_job || state < int(core::JobState::Done))
                    return;
                m_job = 0;
                Q_EMIT busyChanged();
            });
}

QString ExportController::fileSuffix(int format)
{
    return QString::fromStdString(core::exportFormatExtension(core::ExportFormat(std::clamp(format, 0, int(Pdf)))));
}

QString ExportController::nameFilter(int format) const
{
    switch (format) {
    case PlainText: return tr("Plain text (*.txt)");
    case Epub: return tr("EPUB books (*.epub)");
    case Pdf: return tr("PDF documents (*.pdf)");
    default: return tr("Markdown (*.md)");
    }
}

QString ExportController::dialogTitle(int format) const
{
    switch (format) {
    case PlainText: return tr("Export Manuscript as Plain Text");
    case Epub: return tr("Export Manuscript as EPUB");
    case Pdf: return tr("Export Manuscript as PDF");
    default: return tr("Export Manuscript as Markdown");
    }
}

QString ExportController::failureMessage(const QString &path, const models::Error &error)
{
    const QFileInfo file(path);
    const QString name = file.fileName();
    const QFileInfo folder(file.absolutePath());
    if (!folder.isDir())
        return tr("Could not export to “%1”: the folder “%2” does not exist.").arg(name, folder.absoluteFilePath());
    if (!folder.isWritable())
        return tr("Could not export to “%1”: the folder “%2” is not writable.").arg(name, folder.absoluteFilePath());
    const QStorageInfo storage(folder.absoluteFilePath());
    if (error.detail.find("No space left") != std::string::npos ||
        (storage.isValid() && storage.bytesAvailable() < kFullDiskBytes))
        return tr("Could not export to “%1”: the disk is full.").arg(name);
    return tr("Could not export to “%1”: %2").arg(name, QString::fromStdString(error.detail));
}

bool ExportController::start(const core::ProjectStore &store, const QString &path, Format format)
{
    auto read = core::readManuscript(store);
    if (!read.ok()) {
        Q_EMIT failed(path, failureMessage(path, read.error()));
        return false;
    }
    // Shared, not copied, into the job: std::function needs a copyable lambda, and a 5 MB text should not be.
    auto manuscript = std::make_shared<const core::Manuscript>(std::move(read).value());
    QPointer<ExportController> self(this);
    const bool wasBusy = isBusy();
    m_job = m_bridge->submit(
        {.kind = "project.export",
         .title = tr("Exporting “%1”").arg(QFileInfo(path).fileName()).toStdString(),
         .supersedeKey = {},
         .priority = core::Priority::Interactive,
         .run = [self, manuscript, path, format](const core::CancelToken &cancel, const core::Progress &progress) {
             const core::ExportCallbacks callbacks{.isCancelled = [&cancel] { return cancel.isCancelled(); },
                                                   .progress = [&progress](double f) { progress(f, {}); }};
             const auto written = writeManuscript(*manuscript, path.toStdString(), format, callbacks);
             if (!written.ok() && written.error().code == models::ErrorCode::Cancelled)
                 return;
             const QString message = written.ok() ? QString() : failureMessage(path, written.error());
             QMetaObject::invokeMethod(
                 self, [self, path, message] {
                     if (!self)
                         return;
                     if (message.isEmpty())
                         Q_EMIT self->exported(path);
                     else
                         Q_EMIT self->failed(path, message);
                 },
                 Qt::QueuedConnection);
             if (!written.ok())
                 throw std::runtime_error(message.toStdString());  // the jobs area keeps it until dismissed
         }});
    if (!wasBusy)
        Q_EMIT busyChanged();
    return true;
}

}  // namespace noosphere::ui
