#include "studio.h"

#include "buildinfo.h"
#include "engine/enginebridge.h"
#include "jobs/joblistmodel.h"
#include "project/errortext.h"
#include "project/exportcontroller.h"
#include "project/recentfilesmodel.h"
#include "settings/settingscontroller.h"
#include "settings/translations.h"
#include "store/projectstore.h"
#include "writer/writercontroller.h"

#include <QDir>
#include <QFileInfo>
#include <QJSEngine>
#include <QSettings>
#include <QStandardPaths>

namespace noosphere::ui {
namespace {
Studio *s_instance = nullptr;
}

Studio::Studio(QObject *parent)
    : QObject(parent)
    , m_bridge(new EngineBridge(this))
    , m_settings(new SettingsController(m_bridge, this))
    , m_jobs(new JobListModel(m_bridge, this))
    , m_writer(new WriterController(this))
    , m_recent(new RecentFilesModel(this))
    , m_export(new ExportController(m_bridge, this))
{
    s_instance = this;
    m_settings->applyThreads();
    const auto applyAutosave = [this] { m_writer->setAutosaveIntervalMs(m_settings->autosaveSeconds() * 1000); };
    applyAutosave();
    connect(m_settings, &SettingsController::changed, this, applyAutosave);
    connect(m_settings, &SettingsController::languageChanged, this, [this] {
        installTranslations(m_settings->language());
        Q_EMIT languageApplied();
    });
    connect(m_writer, &WriterController::failed, this, &Studio::notice);
    connect(m_export, &ExportController::exported, this, [this](const QString &path) {
        Q_EMIT notice(tr("Exported the manuscript to “%1”.").arg(QFileInfo(path).fileName()));
    });
    connect(m_export, &ExportController::failed, this, [this](const QString &, const QString &message) {
        Q_EMIT projectFailed(tr("Could not export the manuscript"), message, QUrl(), false);
    });
}

Studio::~Studio()
{
    m_writer->setStore(nullptr);  // flushes the editor's last words
    m_bridge->cancelAll();
    delete m_bridge;  // joins the worker while the controllers that its jobs report to still exist
    m_bridge = nullptr;
    if (s_instance == this)
        s_instance = nullptr;
}

Studio *Studio::instance() { return s_instance; }

Studio *Studio::create(QQmlEngine *, QJSEngine *)
{
    Q_ASSERT_X(s_instance, "Studio::create", "app/ or the test makes the Studio before loading QML");
    QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
    return s_instance;
}

bool Studio::isReadOnly() const { return m_store && m_store->isReadOnly(); }
QString Studio::projectPath() const { return m_store ? QString::fromStdString(m_store->path().string()) : QString(); }
QString Studio::projectName() const { return m_store ? QFileInfo(projectPath()).completeBaseName() : QString(); }

void Studio::setCurrentPane(int pane)
{
    pane = std::clamp(pane, int(WriterPane), int(DesignPane));
    if (pane == m_pane)
        return;
    m_pane = pane;
    Q_EMIT currentPaneChanged();
}

QString Studio::version() const { return QString::fromStdString(core::studioVersion()); }

QString Studio::buildDetails() const
{
    const auto &devices = m_settings->devices();
    return tr("Qt %1 · LibTorch %2 · OpenCV %3 · SQLite %4 · CUDA %5")
        .arg(QString::fromLatin1(qVersion()), QString::fromStdString(devices.torchVersion),
             QString::fromStdString(core::opencvVersion()), QString::fromStdString(core::sqliteVersion()),
             devices.cudaAvailable ? tr("available") : tr("not available"));
}

QString Studio::localPath(const QUrl &file) { return file.isLocalFile() ? file.toLocalFile() : file.toString(); }

void Studio::adopt(std::unique_ptr<core::ProjectStore> store)
{
    m_writer->setStore(nullptr);
    m_store = std::move(store);
    m_writer->setStore(m_store.get());
    if (m_store) {
        m_recent->add(projectPath());
        QSettings().setValue("project/lastFolder", QFileInfo(projectPath()).absolutePath());
    }
    Q_EMIT projectChanged();
}

bool Studio::newProject(const QUrl &file)
{
    QString path = localPath(file);
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".noo");
    m_writer->flush();
    auto created = core::ProjectStore::create(path.toStdString());
    if (!created.ok()) {
        Q_EMIT projectFailed(tr("Could not create the project"),
                             userMessage(created.error(), QFileInfo(path).fileName()), file, false);
        return false;
    }
    adopt(std::make_unique<core::ProjectStore>(std::move(created).value()));
    if (m_writer->chapters()->rowCount() == 1) {  // the store names the first chapter in English
        const auto title = tr("Chapter %1").arg(1).toStdString();
        if (m_store->renameChapter(m_writer->chapters()->idAt(0), title).ok())
            m_writer->chapters()->setTitle(0, QString::fromStdString(title));
    }
    return true;
}

bool Studio::openProject(const QUrl &file, bool readOnly)
{
    const QString path = localPath(file);
    if (m_store && QFileInfo(path) == QFileInfo(projectPath()) && readOnly == isReadOnly())
        return true;  // already open
    m_writer->flush();
    // NOTE: the project is closed first so that reopening the same file (read-only → writable) is not refused
    // by our own lock; when the new one fails, the old one is opened again.
    const QString previous = projectPath();
    const bool previousReadOnly = isReadOnly();
    adopt(nullptr);
    auto opened = core::ProjectStore::open(path.toStdString(), readOnly ? core::OpenMode::ReadOnly
                                                                        : core::OpenMode::ReadWrite);
    if (!opened.ok()) {
        if (!previous.isEmpty()) {
            auto back = core::ProjectStore::open(previous.toStdString(),
                                                 previousReadOnly ? core::OpenMode::ReadOnly : core::OpenMode::ReadWrite);
            if (back.ok())
                adopt(std::make_unique<core::ProjectStore>(std::move(back).value()));
        }
        Q_EMIT projectFailed(tr("Could not open the project"), userMessage(opened.error(), QFileInfo(path).fileName()),
                             QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()),
                             !readOnly && canOpenReadOnlyAfter(opened.error()));
        return false;
    }
    adopt(std::make_unique<core::ProjectStore>(std::move(opened).value()));
    if (readOnly)
        Q_EMIT notice(tr("Opened read-only: changes cannot be saved."));
    return true;
}

bool Studio::saveProject()
{
    if (!m_store)
        return false;
    const bool ok = m_writer->flush();
    if (ok)
        Q_EMIT notice(tr("All changes saved."));
    return ok;
}

bool Studio::saveProjectAs(const QUrl &file)
{
    if (!m_store)
        return false;
    QString path = localPath(file);
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".noo");
    m_writer->flush();
    const auto copied = m_store->copyTo(path.toStdString());
    if (!copied.ok()) {
        Q_EMIT projectFailed(tr("Could not save a copy"), userMessage(copied.error(), QFileInfo(path).fileName()), file,
                             false);
        return false;
    }
    return openProject(QUrl::fromLocalFile(path));
}

bool Studio::exportManuscript(const QUrl &file, int format)
{
    if (!m_store)
        return false;
    QString path = localPath(file);
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + ExportController::fileSuffix(format);
    m_writer->flush();  // the export reads the store: the editor's last words must be in it
    return m_export->start(*m_store, path,
                           ExportController::Format(std::clamp(format, int(ExportController::Markdown),
                                                               int(ExportController::Pdf))));
}

void Studio::closeProject() { adopt(nullptr); }

QUrl Studio::suggestedFolder() const
{
    if (m_store)
        return QUrl::fromLocalFile(QFileInfo(projectPath()).absolutePath());
    const QString last = QSettings().value("project/lastFolder").toString();
    if (!last.isEmpty() && QDir(last).exists())
        return QUrl::fromLocalFile(last);
    return QUrl::fromLocalFile(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
}

void Studio::followProject(QObject *context, std::function<void(const QString &path, bool readOnly)> follow)
{
    auto update = [this, follow = std::move(follow)] {
        follow(m_writer->hasProject() ? projectPath() : QString(), m_writer->isReadOnly());
    };
    connect(m_writer, &WriterController::projectChanged, context, update);
    update();
}

}  // namespace noosphere::ui
