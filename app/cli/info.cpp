// `noosphere-cli info`: what this build is and what it can compute on.
#include "verbs.h"

#include "buildinfo.h"
#include "device/deviceinfo.h"

#include <CLI/CLI.hpp>

#include <iostream>

namespace noosphere::cli {

void addInfoVerb(CLI::App &app, int &exitCode)
{
    auto *info = app.add_subcommand("info", "Print versions, compute devices, threads and the model folder");
    info->callback([&exitCode] {
        const auto devices = models::queryDevices();
        std::cout << "Noosphere " << core::studioVersion() << '\n'
                  << "LibTorch " << devices.torchVersion << '\n'
                  << "CUDA available: " << (devices.cudaAvailable ? "yes" : "no") << '\n';
        for (const auto &d : devices.cudaDevices)
            std::cout << "  cuda:" << d.index << ' ' << d.name << '\n';
        std::cout << "Threads: " << devices.threads << " of " << devices.hardwareThreads << " hardware threads\n"
                  << "Model folder: " << core::defaultModelDir() << '\n'
                  << "OpenCV " << core::opencvVersion() << '\n'
                  << "SQLite " << core::sqliteVersion() << '\n';
        exitCode = kExitOk;
    });
}

}  // namespace noosphere::cli
