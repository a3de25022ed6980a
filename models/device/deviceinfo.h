// What compute the engine can use: the LibTorch build, CUDA devices, intra-op threads. Torch-free header so
// that the CLI and the UI can ask without paying LibTorch's compile cost.
#pragma once

#include <string>
#include <vector>

namespace noosphere::models {

enum class DeviceKind { Cpu, Cuda };

struct CudaDevice {
    int index = 0;
    std::string name;
    long long memoryBytes = 0;
};

struct DeviceInfo {
    std::string torchVersion;
    bool cudaAvailable = false;
    std::vector<CudaDevice> cudaDevices;
    int threads = 1;  // LibTorch intra-op threads now in use
    int hardwareThreads = 1;
};

/// Reads the current state; cheap, any thread.
DeviceInfo queryDevices();

/// Sets LibTorch's intra-op thread count (n <= 0: one per hardware thread). Call before model work starts.
void setComputeThreads(int n);

}  // namespace noosphere::models
