// A cancel flag shared between the submitter of a job and the job itself. Jobs poll it at least every 50 ms
// of work; cancelling never interrupts a job mid-step, so a job always leaves its data consistent.
#pragma once

#include <atomic>
#include <memory>

namespace noosphere::core {

class CancelToken {
public:
    CancelToken() : m_flag(std::make_shared<std::atomic<bool>>(false)) {}

    bool isCancelled() const { return m_flag->load(std::memory_order_relaxed); }
    void cancel() const { m_flag->store(true, std::memory_order_relaxed); }

private:
    std::shared_ptr<std::atomic<bool>> m_flag;  // copies share one flag
};

}  // namespace noosphere::core
