// The one place where worker callbacks cross to the UI thread: core::Worker's listener runs on the worker
// thread, and every event is re-sent as a queued Qt signal carrying plain values. ui/ needs no mutex.
#pragma once

#include "worker/job.h"

#include <QObject>
#include <QString>

#include <memory>

namespace noosphere::core {
class Worker;
}

namespace noosphere::ui {

class EngineBridge : public QObject {
    Q_OBJECT
public:
    explicit EngineBridge(QObject *parent = nullptr);
    /// Cancels all jobs and joins the worker before the QObject goes away, so no event outlives us.
    ~EngineBridge() override;

    /// Queues a job on the worker. Thread: UI.
    core::JobId submit(core::JobSpec spec);
    bool cancel(core::JobId id);
    void cancelAll();
    int pendingCount() const;

Q_SIGNALS:
    /// state is a core::JobState as int; progress < 0 when unknown; message is the error text when Failed.
    void jobChanged(quint64 id, const QString &kind, const QString &title, int state, double progress,
                    const QString &message);

private:
    std::unique_ptr<core::Worker> m_worker;
};

}  // namespace noosphere::ui
