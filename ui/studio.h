// The one object QML sees: made by app/ (or a test), handed to QML as the `Studio` singleton with C++
// ownership. It owns the worker bridge, the open project and the per-pane controllers.
#pragma once

#include <QObject>
#include <QString>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

#include <functional>
#include <memory>

class QQmlEngine;
class QJSEngine;

namespace noosphere::core {
class ProjectStore;
}

namespace noosphere::ui {

class EngineBridge;
class ExportController;
class JobListModel;
class RecentFilesModel;
class SettingsController;
class WriterController;

class Studio : public QObject {
    Q_OBJECT
    Q_MOC_INCLUDE("writer/writercontroller.h")
    Q_MOC_INCLUDE("jobs/joblistmodel.h")
    Q_MOC_INCLUDE("settings/settingscontroller.h")
    Q_MOC_INCLUDE("project/recentfilesmodel.h")
    Q_MOC_INCLUDE("project/exportcontroller.h")
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(noosphere::ui::WriterController *writer READ writer CONSTANT)
    Q_PROPERTY(noosphere::ui::JobListModel *jobs READ jobs CONSTANT)
    Q_PROPERTY(noosphere::ui::SettingsController *settings READ settings CONSTANT)
    Q_PROPERTY(noosphere::ui::RecentFilesModel *recentFiles READ recentFiles CONSTANT)
    Q_PROPERTY(noosphere::ui::ExportController *exporter READ exporter CONSTANT)
    Q_PROPERTY(bool hasProject READ hasProject NOTIFY projectChanged)
    Q_PROPERTY(bool readOnly READ isReadOnly NOTIFY projectChanged)
    Q_PROPERTY(QString projectPath READ projectPath NOTIFY projectChanged)
    Q_PROPERTY(QString projectName READ projectName NOTIFY projectChanged)
    Q_PROPERTY(int currentPane READ currentPane WRITE setCurrentPane NOTIFY currentPaneChanged)
    Q_PROPERTY(QString version READ version CONSTANT)
    Q_PROPERTY(QString buildDetails READ buildDetails CONSTANT)
public:
    enum Pane { WriterPane, SketchPane, DesignPane };
    Q_ENUM(Pane)

    // NOTE: no default argument on purpose: Qt 6.4 builds a default-constructible singleton itself instead of
    // calling create(), which would give QML a second, empty Studio.
    explicit Studio(QObject *parent);
    /// Flushes the project, cancels every job and joins the worker before the controllers go.
    ~Studio() override;

    /// The instance app/ made; QML's singleton factory returns it.
    static Studio *instance();
    static Studio *create(QQmlEngine *, QJSEngine *);

    WriterController *writer() const { return m_writer; }
    /// Calls `follow(path, readOnly)` now and whenever the open project changes (an empty path: none), for as long
    /// as `context` lives. It follows the Writer's projectChanged, not the Studio's: the Writer lets go of a
    /// project before the Studio closes it, so a second connection to the file (see SideConnection) closes first.
    void followProject(QObject *context, std::function<void(const QString &path, bool readOnly)> follow);
    JobListModel *jobs() const { return m_jobs; }
    SettingsController *settings() const { return m_settings; }
    RecentFilesModel *recentFiles() const { return m_recent; }
    ExportController *exporter() const { return m_export; }
    EngineBridge *engine() const { return m_bridge; }
    /// The open project (C++ only; nullptr when none). Controllers that keep it follow the Writer's projectChanged.
    core::ProjectStore *store() const { return m_store.get(); }
    bool hasProject() const { return m_store != nullptr; }
    bool isReadOnly() const;
    QString projectPath() const;
    QString projectName() const;
    int currentPane() const { return m_pane; }
    void setCurrentPane(int pane);
    QString version() const;
    QString buildDetails() const;

    /// Each returns false after reporting the problem through projectFailed() or notice().
    Q_INVOKABLE bool newProject(const QUrl &file);
    Q_INVOKABLE bool openProject(const QUrl &file, bool readOnly = false);
    Q_INVOKABLE bool saveProject();
    Q_INVOKABLE bool saveProjectAs(const QUrl &file);
    /// Saves the editor's text, then exports the manuscript on the worker (an ExportController::Format); the
    /// result comes as notice() or, on failure, projectFailed(). False when nothing was started.
    Q_INVOKABLE bool exportManuscript(const QUrl &file, int format);
    Q_INVOKABLE void closeProject();
    /// A suggested folder for file dialogs: the open project's, else the last used one, else Documents.
    Q_INVOKABLE QUrl suggestedFolder() const;

Q_SIGNALS:
    void projectChanged();
    void currentPaneChanged();
    /// A project could not be opened or created; `canOpenReadOnly` offers the read-only way in.
    void projectFailed(const QString &title, const QString &message, const QUrl &file, bool canOpenReadOnly);
    /// A short message for the status bar or a toast.
    void notice(const QString &message);
    /// Translators were replaced; the QML engine must retranslate.
    void languageApplied();

private:
    void adopt(std::unique_ptr<core::ProjectStore> store);
    static QString localPath(const QUrl &file);

    EngineBridge *m_bridge;
    SettingsController *m_settings;
    JobListModel *m_jobs;
    WriterController *m_writer;
    RecentFilesModel *m_recent;
    ExportController *m_export;
    std::unique_ptr<core::ProjectStore> m_store;
    int m_pane = WriterPane;
};

}  // namespace noosphere::ui
