#include "engine/enginebridge.h"

#include "worker/worker.h"

#include <QMetaObject>
#include <QPointer>

namespace noosphere::ui {

EngineBridge::EngineBridge(QObject *parent)
    : QObject(parent)
{
    m_worker = std::make_unique<core::Worker>([this](const core::JobEvent &event) {
        // Worker thread (or the submitting thread): copy into Qt values and hop to our thread.
        const auto id = quint64(event.id);
        const auto kind = QString::fromStdString(event.kind);
        const auto title = QString::fromStdString(event.title);
        const auto message = QString::fromStdString(event.message);
        const int state = int(event.state);
        const double progress = event.progress;
        QMetaObject::invokeMethod(
            this, [this, id, kind, title, state, progress, message] {
                Q_EMIT jobChanged(id, kind, title, state, progress, message);
            },
            Qt::QueuedConnection);
    });
}

EngineBridge::~EngineBridge()
{
    // NOTE: reset before QObject's destructor runs: the worker's destructor joins its thread, after which no
    // listener call can queue a lambda that captures `this`. Lambdas already queued die with this object.
    m_worker.reset();
}

core::JobId EngineBridge::submit(core::JobSpec spec) { return m_worker->submit(std::move(spec)); }
bool EngineBridge::cancel(core::JobId id) { return m_worker->cancel(id); }
void EngineBridge::cancelAll() { m_worker->cancelAll(); }
int EngineBridge::pendingCount() const { return m_worker->pendingCount(); }

}  // namespace noosphere::ui
