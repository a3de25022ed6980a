// The single background thread that owns the models. Jobs run one at a time, highest priority first (FIFO
// within a priority); a job's events reach the listener, which the UI bridge turns into queued signals.
#pragma once

#include "worker/job.h"

#include <functional>
#include <memory>

namespace noosphere::core {

class Worker {
public:
    /// Receives every state change and throttled progress of every job. Called on the worker thread, or on
    /// the thread that called submit()/cancel() for jobs that never started; it must not block.
    using Listener = std::function<void(const JobEvent &)>;

    explicit Worker(Listener listener);
    /// Cancels every job, waits for the running one to notice (it polls every ≤ 50 ms), joins the thread.
    ~Worker();
    Worker(const Worker &) = delete;
    Worker &operator=(const Worker &) = delete;

    /// Queues a job and returns its id at once. A queued or running job with the same non-empty
    /// supersedeKey is cancelled first. Any thread.
    JobId submit(JobSpec spec);
    /// Cancels a queued job (it never runs) or asks a running one to stop. False if the id is unknown or done.
    bool cancel(JobId id);
    /// Cancels everything queued and running.
    void cancelAll();
    /// Number of jobs queued or running (for tests and the status bar).
    int pendingCount() const;

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

}  // namespace noosphere::core
