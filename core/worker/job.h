// What the worker runs: a named piece of work with a priority, a supersede key, a cancel token and a
// progress callback, and the events it reports back. Plain values only, so they cross threads freely.
#pragma once

#include "worker/canceltoken.h"

#include <cstdint>
#include <functional>
#include <string>

namespace noosphere::core {

using JobId = std::uint64_t;

enum class Priority { Background = 0, Normal = 1, Interactive = 2 };

enum class JobState { Queued, Running, Done, Cancelled, Failed };

/// Reports progress from inside a job: fraction in [0, 1], or negative when unknown; message may be empty.
/// Thread: the worker's. The worker throttles the events it forwards, so call it as often as is natural.
using Progress = std::function<void(double fraction, const std::string &message)>;

struct JobSpec {
    std::string kind;          // machine name, e.g. "device.benchmark"
    std::string title;         // what the user reads in the jobs area, translated; empty = housekeeping, not shown
    std::string supersedeKey;  // non-empty: submitting another job with this key cancels this one
    Priority priority = Priority::Normal;
    // Runs on the worker thread. Returns normally when done or when it noticed the cancel; throws to fail
    // (the exception's what() becomes the job's error text).
    std::function<void(const CancelToken &cancel, const Progress &progress)> run;
};

struct JobEvent {
    JobId id = 0;
    std::string kind;
    std::string title;
    JobState state = JobState::Queued;
    double progress = 0;  // last reported fraction; negative when unknown
    std::string message;  // last progress message, or the error text when Failed
};

}  // namespace noosphere::core
