// `noosphere-cli device bench`: the same GEMM speed check as Settings > Measure speed, from the shell.
#include "verbs.h"

#include "device/devicebenchmark.h"
#include "device/deviceinfo.h"

#include <CLI/CLI.hpp>

#include <cstdio>
#include <iostream>

namespace noosphere::cli {

void addDeviceVerbs(CLI::App &app, int &exitCode)
{
    auto *device = app.add_subcommand("device", "Compute devices: measure their speed");
    device->require_subcommand(1);
    auto *bench = device->add_subcommand("bench", "Run an n×n float32 GEMM for a few seconds and print GFLOP/s");
    struct Options {
        std::string kind = "cpu";
        double seconds = 3.0;
        int size = 512;
    };
    auto options = std::make_shared<Options>();  // CLI11 writes into it while parsing: it must outlive this call
    bench->add_option("--device", options->kind, "cpu or cuda")->check(CLI::IsMember({"cpu", "cuda"}));
    bench->add_option("--seconds", options->seconds, "How long to run")->check(CLI::Range(0.1, 600.0));
    bench->add_option("--size", options->size, "Matrix size n")->check(CLI::Range(8, 8192));
    bench->callback([options, &exitCode] {
        const auto &[kind, seconds, size] = *options;
        const auto result = models::runGemmBenchmark(
            {.device = kind == "cuda" ? models::DeviceKind::Cuda : models::DeviceKind::Cpu, .seconds = seconds,
             .matrixSize = size},
            {}, {});
        if (!result.ok()) {
            std::cerr << "noosphere-cli: " << result.error().detail << '\n';
            exitCode = result.error().code == models::ErrorCode::InvalidArgument ? kExitBadInput : kExitFailed;
            return;
        }
        std::printf("%s GEMM %dx%d: %.1f GFLOP/s (%d iterations in %.2f s, %d threads)\n", kind.c_str(), size, size,
                    result->gflops, result->iterations, result->elapsedSeconds, models::queryDevices().threads);
        exitCode = kExitOk;
    });
}

}  // namespace noosphere::cli
