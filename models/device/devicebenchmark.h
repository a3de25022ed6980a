// A short matrix-multiply run that tells the user how fast the chosen device is. It is also the studio's
// first real CPU-bound job, which the frame-time probe runs behind the window.
#pragma once

#include "common/result.h"
#include "device/deviceinfo.h"

#include <functional>

namespace noosphere::models {

struct BenchmarkRequest {
    DeviceKind device = DeviceKind::Cpu;
    double seconds = 3.0;  // wall-clock budget; the run stops early when cancelled
    int matrixSize = 512;  // n of the n×n float32 GEMM
};

struct BenchmarkResult {
    double gflops = 0;  // sustained, over the whole run
    int iterations = 0;
    double elapsedSeconds = 0;
};

/// Runs on the caller's thread (the worker). `progress(fraction)` is called after every GEMM; when
/// `cancelled()` turns true the run stops within one GEMM (a few ms) and returns ErrorCode::Cancelled.
Result<BenchmarkResult> runGemmBenchmark(const BenchmarkRequest &request, const std::function<bool()> &cancelled,
                                         const std::function<void(double)> &progress);

}  // namespace noosphere::models
