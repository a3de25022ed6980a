// How a long export hears about cancelling and tells its progress, without knowing whether it runs on the
// studio's worker (CancelToken, Progress) or in noosphere-cli (nothing).
#pragma once

#include <functional>

namespace noosphere::core {

struct ExportCallbacks {
    std::function<bool()> isCancelled;        // polled between chapters and while compressing; empty: never
    std::function<void(double)> progress;     // fraction of the work done, in [0, 1]; empty: not reported
};

}  // namespace noosphere::core
