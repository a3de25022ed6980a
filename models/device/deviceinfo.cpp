// Device queries through LibTorch; the only place besides the networks that includes ATen.
#include "device/deviceinfo.h"

#include <ATen/Parallel.h>
#include <torch/cuda.h>
#include <torch/version.h>

#include <thread>

namespace noosphere::models {

DeviceInfo queryDevices()
{
    DeviceInfo info;
    info.torchVersion = TORCH_VERSION;
    info.cudaAvailable = torch::cuda::is_available();
    // NOTE: device names need the CUDA runtime API, which the CPU build of LibTorch lacks; the count is
    // portable, so names stay generic here until the CUDA build adds them.
    if (info.cudaAvailable) {
        for (size_t i = 0; i < torch::cuda::device_count(); ++i)
            info.cudaDevices.push_back({static_cast<int>(i), "CUDA device " + std::to_string(i), 0});
    }
    info.threads = at::get_num_threads();
    info.hardwareThreads = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
    return info;
}

void setComputeThreads(int n)
{
    if (n <= 0)
        n = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
    at::set_num_threads(n);
}

}  // namespace noosphere::models
