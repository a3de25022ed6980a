// The studio's manuscript export (File ▸ Export): the manuscript is read on the UI thread (a few ms even for
// 5 MB), then written on the worker as Markdown, plain text, EPUB or PDF, with progress and Cancel in the jobs area.
#pragma once

#include "common/result.h"

#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>

namespace noosphere::core {
class ProjectStore;
}

namespace noosphere::ui {

class EngineBridge;

class ExportController : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("owned by Studio")
    Q_PROPERTY(bool busy READ isBusy NOTIFY busyChanged)
public:
    enum Format { Markdown, PlainText, Epub, Pdf };  // the order of core::ExportFormat
    Q_ENUM(Format)

    ExportController(EngineBridge *bridge, QObject *parent);

    bool isBusy() const { return m_job != 0; }
    /// Reads the manuscript from `store` now and writes `path` on the worker; exported() or failed() follows.
    /// False (after failed()) when the manuscript could not be read. Thread: UI.
    bool start(const core::ProjectStore &store, const QString &path, Format format);

    /// For the save dialog: the extension without the dot, a name filter, a title.
    Q_INVOKABLE static QString fileSuffix(int format);
    Q_INVOKABLE QString nameFilter(int format) const;
    Q_INVOKABLE QString dialogTitle(int format) const;

    /// One translated sentence for a failed export of `path`: a missing or unwritable folder and a full disk
    /// are named as such; anything else gives the engine's detail. Any thread.
    static QString failureMessage(const QString &path, const models::Error &error);

Q_SIGNALS:
    void busyChanged();
    void exported(const QString &path);
    void failed(const QString &path, const QString &message);

private:
    EngineBridge *m_bridge;
    quint64 m_job = 0;
};

}  // namespace noosphere::ui
