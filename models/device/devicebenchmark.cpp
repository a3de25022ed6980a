// GEMM throughput on the chosen device, run in small steps so that cancel and progress stay responsive.
#include "device/devicebenchmark.h"

#include <ATen/ATen.h>
#include <torch/cuda.h>

#include <chrono>

namespace noosphere::models {

Result<BenchmarkResult> runGemmBenchmark(const BenchmarkRequest &request, const std::function<bool()> &cancelled,
                                         const std::function<void(double)> &progress)
{
    if (request.matrixSize < 8 || request.matrixSize > 8192 || request.seconds <= 0)
        return Error{ErrorCode::InvalidArgument, "benchmark size must be 8..8192 and time positive"};
    if (request.device == DeviceKind::Cuda && !torch::cuda::is_available())
        return Error{ErrorCode::InvalidArgument, "CUDA was asked for but no CUDA device is available"};
    try {
        const auto device = request.device == DeviceKind::Cuda ? at::kCUDA : at::kCPU;
        const auto opts = at::TensorOptions().dtype(at::kFloat).device(device);
        const int64_t n = request.matrixSize;
        auto a = at::randn({n, n}, opts);  // (n, n)
        auto b = at::randn({n, n}, opts);  // (n, n)
        auto c = at::empty({n, n}, opts);  // reused: allocation is costly on this VM

        using Clock = std::chrono::steady_clock;
        const auto start = Clock::now();
        BenchmarkResult result;
        double elapsed = 0;
        while (elapsed < request.seconds) {
            if (cancelled && cancelled())
                return Error{ErrorCode::Cancelled, "benchmark cancelled"};
            at::mm_out(c, a, b);
            if (device == at::kCUDA)
                torch::cuda::synchronize();
            ++result.iterations;
            elapsed = std::chrono::duration<double>(Clock::now() - start).count();
            if (progress)
                progress(std::min(1.0, elapsed / request.seconds));
        }
        result.elapsedSeconds = elapsed;
        result.gflops = 2.0 * double(n) * double(n) * double(n) * result.iterations / elapsed / 1e9;
        return result;
    } catch (const std::exception &e) {  // c10::Error derives from std::exception
        return Error{ErrorCode::Unknown, std::string("LibTorch failed: ") + e.what()};
    }
}

}  // namespace noosphere::models
