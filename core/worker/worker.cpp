// The worker's thread and its queue. One mutex guards the queue and the running job's identity; the listener is
// only ever called with it released, so a listener may submit or cancel from inside an event without deadlock.
#include "worker/worker.h"

#include <chrono>
#include <condition_variable>
#include <exception>
#include <mutex>
#include <optional>
#include <thread>
#include <utility>
#include <vector>

namespace noosphere::core {

namespace {

// At most one progress event per job this often: the UI cannot show more, and each event crosses threads.
constexpr auto kProgressInterval = std::chrono::milliseconds(50);

JobEvent makeEvent(JobId id, const JobSpec &spec, JobState state) {
    JobEvent event;
    event.id = id;
    event.kind = spec.kind;
    event.title = spec.title;
    event.state = state;
    return event;
}

} // namespace

struct Worker::Impl {
    struct Entry {
        JobId id = 0; // ids only grow, so an id doubles as the FIFO sequence number within a priority
        JobSpec spec;
        CancelToken token;
        // The thread takes only announced entries, so a job's Running event never overtakes its Queued event.
        bool announced = false;
        // Cancelled while its Queued event was being delivered: submit() reports Cancelled right after Queued.
        bool cancelRequested = false;
    };

    struct Running {
        JobId id = 0;
        std::string supersedeKey;
        CancelToken token;
    };

    explicit Impl(Listener listener)
        : m_listener(std::move(listener)) {}

    void emit(const JobEvent &event) const {
        if (m_listener)
            m_listener(event);
    }

    void emitCancelled(const std::vector<Entry> &entries) const {
        for (const Entry &entry : entries)
            emit(makeEvent(entry.id, entry.spec, JobState::Cancelled));
    }

    // Under m_mutex. Cancels the queued entries that match: announced ones move to `out` for the caller to report
    // once the mutex is released; unannounced ones are flagged for their submitter. Returns how many matched.
    template <typename Pred> int takeQueued(Pred matches, std::vector<Entry> &out) {
        int nMatched = 0;
        for (auto it = m_queue.begin(); it != m_queue.end();) {
            if (!matches(*it)) {
                ++it;
                continue;
            }
            ++nMatched;
            it->token.cancel();
            if (it->announced) {
                out.push_back(std::move(*it));
                it = m_queue.erase(it);
            } else {
                it->cancelRequested = true;
                ++it;
            }
        }
        return nMatched;
    }

    // Under m_mutex: the announced entry of highest priority, the oldest among equals; end() if none.
    std::vector<Entry>::iterator next() {
        auto best = m_queue.end();
        for (auto it = m_queue.begin(); it != m_queue.end(); ++it) {
            if (it->announced && (best == m_queue.end() || it->spec.priority > best->spec.priority))
                best = it;
        }
        return best;
    }

    void loop();
    JobEvent run(const Entry &entry);

    Listener m_listener;
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    std::vector<Entry> m_queue; // in submission order
    std::optional<Running> m_running;
    JobId m_lastId = 0;
    bool m_stopping = false;
    std::thread m_thread;
};

void Worker::Impl::loop() {
    std::unique_lock lock(m_mutex);
    for (;;) {
        auto it = m_queue.end();
        m_wake.wait(lock, [&] {
            it = next();
            return m_stopping || it != m_queue.end();
        });
        if (m_stopping)
            return; // the destructor reports what is left in the queue

        Entry entry = std::move(*it);
        m_queue.erase(it);
        m_running = Running{entry.id, entry.spec.supersedeKey, entry.token};
        lock.unlock();

        JobEvent event = run(entry);

        lock.lock();
        m_running.reset();
        // Read under the mutex, after the job left m_running: every cancel() that returned true counts.
        if (event.state == JobState::Done && entry.token.isCancelled())
            event.state = JobState::Cancelled;
        else if (event.state == JobState::Done)
            event.progress = 1;
        lock.unlock();
        emit(event);
        lock.lock();
    }
}

// Runs one job on the worker thread and returns its final event (Done, or Failed with the error text).
JobEvent Worker::Impl::run(const Entry &entry) {
    using Clock = std::chrono::steady_clock;
    JobEvent event = makeEvent(entry.id, entry.spec, JobState::Running);
    emit(event);

    // The latest report always lands in `event`, so the final event carries it even when its forward was dropped.
    // NOTE: the callback refers to these locals; a job must not keep it past its return.
    std::optional<Clock::time_point> lastForward;
    const Progress progress = [&](double fraction, const std::string &message) {
        event.progress = fraction;
        event.message = message;
        const auto now = Clock::now();
        if (lastForward && now - *lastForward < kProgressInterval)
            return;
        lastForward = now;
        emit(event);
    };

    try {
        entry.spec.run(entry.token, progress);
        event.state = JobState::Done;
    } catch (const std::exception &e) {
        event.state = JobState::Failed;
        event.message = e.what();
    } catch (...) {
        event.state = JobState::Failed;
        event.message = "unknown error";
    }
    return event;
}

Worker::Worker(Listener listener)
    : m_impl(std::make_unique<Impl>(std::move(listener))) {
    m_impl->m_thread = std::thread([impl = m_impl.get()] { impl->loop(); });
}

Worker::~Worker() {
    std::vector<Impl::Entry> dropped;
    {
        std::lock_guard lock(m_impl->m_mutex);
        m_impl->m_stopping = true;
        dropped = std::exchange(m_impl->m_queue, {});
        if (m_impl->m_running)
            m_impl->m_running->token.cancel();
    }
    m_impl->m_wake.notify_all();
    // NOTE: joining from the worker thread itself (a listener destroying its Worker) would deadlock; don't.
    m_impl->m_thread.join();
    // Reported after the join, so the listener is never called from two threads at once while we shut down.
    m_impl->emitCancelled(dropped);
}

JobId Worker::submit(JobSpec spec) {
    Impl &d = *m_impl;
    const JobEvent queued = makeEvent(0, spec, JobState::Queued);
    std::vector<Impl::Entry> superseded;
    JobId id = 0;
    bool stopping = false;
    {
        std::lock_guard lock(d.m_mutex);
        id = ++d.m_lastId;
        stopping = d.m_stopping;
        if (!spec.supersedeKey.empty()) {
            d.takeQueued([&](const Impl::Entry &e) { return e.spec.supersedeKey == spec.supersedeKey; }, superseded);
            if (d.m_running && d.m_running->supersedeKey == spec.supersedeKey)
                d.m_running->token.cancel(); // it reports Cancelled when it returns
        }
        if (!stopping)
            d.m_queue.push_back(Impl::Entry{id, std::move(spec), CancelToken(), false, false});
    }
    d.emitCancelled(superseded);

    JobEvent event = queued;
    event.id = id;
    d.emit(event);
    if (stopping) {
        // Submitted from a listener during shutdown: it will never run, but it still gets its terminal event.
        event.state = JobState::Cancelled;
        d.emit(event);
        return id;
    }

    bool cancelled = false;
    {
        std::lock_guard lock(d.m_mutex);
        for (auto it = d.m_queue.begin(); it != d.m_queue.end(); ++it) {
            if (it->id != id)
                continue;
            if (it->cancelRequested) {
                d.m_queue.erase(it);
                cancelled = true;
            } else {
                it->announced = true;
            }
            break;
        }
    }
    if (cancelled) {
        event.state = JobState::Cancelled;
        d.emit(event);
    } else {
        d.m_wake.notify_one();
    }
    return id;
}

bool Worker::cancel(JobId id) {
    Impl &d = *m_impl;
    std::vector<Impl::Entry> taken;
    bool found = false;
    {
        std::lock_guard lock(d.m_mutex);
        found = d.takeQueued([id](const Impl::Entry &e) { return e.id == id; }, taken) > 0;
        if (!found && d.m_running && d.m_running->id == id) {
            d.m_running->token.cancel();
            found = true;
        }
    }
    d.emitCancelled(taken);
    return found;
}

void Worker::cancelAll() {
    Impl &d = *m_impl;
    std::vector<Impl::Entry> taken;
    {
        std::lock_guard lock(d.m_mutex);
        d.takeQueued([](const Impl::Entry &) { return true; }, taken);
        if (d.m_running)
            d.m_running->token.cancel();
    }
    d.emitCancelled(taken);
}

int Worker::pendingCount() const {
    std::lock_guard lock(m_impl->m_mutex);
    return static_cast<int>(m_impl->m_queue.size()) + (m_impl->m_running ? 1 : 0);
}

} // namespace noosphere::core
