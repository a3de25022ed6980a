// The style GAN's speed through the public models/gan API: 64 samples at the model's resolution (mapping with
// truncation, then synthesis), and the Sketch pane's request, a sketch to 4 suggestions (encoder guess plus
// Adam steps in w+). Median of runs after a warm-up. With --dump DIR it also writes the z it used and the 64
// pictures (RGBA bytes), which bench/gan_sample_torch.py compares with PyTorch's on the same weights.
//
//   bench_gan_sample --model DIR [--runs 7] [--threads N] [--device cpu|cuda] [--json] [--dump DIR]
#include "device/deviceinfo.h"
#include "gan/stylegan.h"

#include <CLI/CLI.hpp>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <functional>
#include <vector>

namespace gan = noosphere::models::gan;

namespace {

double medianMs(int runs, const std::function<void()> &work)
{
    work();  // warm-up: allocations, thread pools
    std::vector<double> ms;
    for (int i = 0; i < runs; ++i) {
        const auto start = std::chrono::steady_clock::now();
        work();
        ms.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
    }
    std::sort(ms.begin(), ms.end());
    return ms[ms.size() / 2];
}

// A face-like sketch: a ring and two dots, as strokes on transparency, with its mask.
gan::SketchTarget faceSketch(int size)
{
    gan::SketchTarget target{{size, size, std::vector<std::uint8_t>(std::size_t(size) * size * 4, 0)},
                             std::vector<float>(std::size_t(size) * size, 0)};
    const auto ink = [&](int x, int y, std::uint8_t r, std::uint8_t g, std::uint8_t b) {
        auto *p = &target.image.rgba[(std::size_t(y) * size + x) * 4];
        p[0] = r, p[1] = g, p[2] = b, p[3] = 255;
        target.mask[std::size_t(y) * size + x] = 1;
    };
    const double c = size / 2.0, radius = size * 0.4;
    for (int y = 0; y < size; ++y)
        for (int x = 0; x < size; ++x) {
            const double d = std::hypot(x + 0.5 - c, y + 0.5 - c);
            if (std::abs(d - radius) < size / 32.0 + 0.5)
                ink(x, y, 40, 30, 20);
            if (std::hypot(x + 0.5 - c * 0.7, y + 0.5 - c * 0.8) < size / 20.0 ||
                std::hypot(x + 0.5 - c * 1.3, y + 0.5 - c * 0.8) < size / 20.0)
                ink(x, y, 40, 30, 20);
        }
    return target;
}

}  // namespace

int main(int argc, char **argv)
{
    CLI::App app{"Style GAN speed: 64 samples, and a sketch to 4 suggestions"};
    std::string model, device = "cpu", dump;
    int runs = 7, threads = 0;
    double psi = 0.7;
    bool json = false;
    app.add_option("--model", model, "Model folder")->required();
    app.add_option("--runs", runs, "Timed runs (median)")->check(CLI::Range(1, 1000));
    app.add_option("--threads", threads, "LibTorch threads (0: one per core)");
    app.add_option("--device", device, "cpu or cuda")->check(CLI::IsMember({"cpu", "cuda"}));
    app.add_option("--dump", dump, "Write z.bin and samples.bin here for the PyTorch comparison");
    app.add_flag("--json", json, "Print JSON");
    CLI11_PARSE(app, argc, argv);

    noosphere::models::setComputeThreads(threads);
    auto loaded = gan::StyleGan::load(model, device == "cuda" ? noosphere::models::DeviceKind::Cuda
                                                              : noosphere::models::DeviceKind::Cpu);
    if (!loaded) {
        std::fprintf(stderr, "bench_gan_sample: %s\n", loaded.error().detail.c_str());
        return 2;
    }
    auto &g = *loaded;
    const int res = g.config().resolution;
    std::vector<gan::RgbaImage> pictures;
    const double samplesMs = medianMs(runs, [&] {
        std::vector<std::uint64_t> seeds(64);
        for (std::uint64_t seed = 0; seed < 64; ++seed)
            seeds[seed] = seed;
        pictures = g.synthesize(g.sample(seeds, psi).value()).value();
    });
    const auto sketch = faceSketch(res);
    const double projectMs = medianMs(std::max(1, runs / 2), [&] { (void)g.project(sketch, {.count = 4}).value(); });
    const auto info = noosphere::models::queryDevices();

    if (!dump.empty()) {
        std::filesystem::create_directories(dump);
        std::ofstream z(std::filesystem::path(dump) / "z.bin", std::ios::binary);
        for (std::uint64_t seed = 0; seed < 64; ++seed) {
            const auto normals = g.zForSeed(seed);
            z.write(reinterpret_cast<const char *>(normals.data()), std::streamsize(normals.size() * sizeof(float)));
        }
        std::ofstream out(std::filesystem::path(dump) / "samples.bin", std::ios::binary);
        for (const auto &p : pictures)
            out.write(reinterpret_cast<const char *>(p.rgba.data()), std::streamsize(p.rgba.size()));
    }
    if (json)
        std::printf("{\"resolution\": %d, \"psi\": %.2f, \"samples64_ms\": %.2f, \"sketch_to_4_ms\": %.2f, "
                    "\"threads\": %d, \"device\": \"%s\", \"torch\": \"%s\"}\n",
                    res, psi, samplesMs, projectMs, info.threads, device.c_str(), info.torchVersion.c_str());
    else
        std::printf("64 samples at %d px: %.1f ms; sketch to 4 suggestions: %.1f ms (%d threads, %s, LibTorch %s)\n",
                    res, samplesMs, projectMs, info.threads, device.c_str(), info.torchVersion.c_str());
    return 0;
}
