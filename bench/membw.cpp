// Sustained read bandwidth of main memory, STREAM-style: the floor under decode speed, since every decode step
// must stream all weights from memory once. Threads each sum their own slice of a buffer far larger than the
// caches; the best of several passes is reported, as STREAM does. A floor must be the best the machine can do, so
// the buffer asks for huge pages and the loop uses the widest vector loads the CPU has (here both are worth ~15%:
// the hardware prefetcher stops at 4 KiB page boundaries, and fewer, wider loads keep more bytes in flight).
#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <limits>
#include <memory>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

#include <CLI/CLI.hpp>

#if defined(__linux__)
#include <sys/mman.h>
#endif

namespace {

struct Options {
    int threads = 0;         // 0 = one per hardware thread
    std::size_t mib = 1024;  // buffer size; must dwarf the last-level cache
    double seconds = 2.0;    // measuring budget
    bool json = false;
};

Options parseOptions(int argc, char **argv)
{
    const CLI::Range kAtLeastZero(0, std::numeric_limits<int>::max());
    Options o;
    CLI::App app("Sustained read bandwidth of main memory", "bench_membw");
    app.add_option("--threads", o.threads, "0 = one per hardware thread")->check(kAtLeastZero);
    app.add_option("--mib", o.mib, "Buffer size in MiB")->check(CLI::Range(std::size_t(64), std::size_t(1) << 20));
    app.add_option("--seconds", o.seconds, "Measuring budget")->check(CLI::Range(0.01, 3600.0));
    app.add_flag("--json", o.json, "Print JSON");
    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError &e) {
        const int code = app.exit(e);  // prints the help or the error
        std::exit(code == 0 ? 0 : 2);  // bad input exits 2, as noosphere-cli does
    }
    if (o.threads <= 0)
        o.threads = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
    return o;
}

// 32 bytes of integers: one AVX2 load, two SSE2 loads (GCC/Clang vector extension, so no intrinsics per ISA).
using Block = std::uint64_t __attribute__((vector_size(32)));

// Integer sums need no -ffast-math to reorder; four accumulators keep several loads in flight per thread.
// target_clones compiles the loop once per ISA and picks the CPU's best at load time.
#if defined(__x86_64__)
#define WIDEST_LOADS __attribute__((target_clones("avx512f", "avx2", "default")))
#else
#define WIDEST_LOADS
#endif
WIDEST_LOADS std::uint64_t sumBlocks(const Block *blocks, std::size_t n)
{
    Block a{}, b{}, c{}, d{};
    std::size_t i = 0;
    for (; i + 4 <= n; i += 4) {
        a += blocks[i];
        b += blocks[i + 1];
        c += blocks[i + 2];
        d += blocks[i + 3];
    }
    for (; i < n; ++i)
        a += blocks[i];
    const Block sum = a + b + c + d;
    return sum[0] + sum[1] + sum[2] + sum[3];
}

// Huge-page aligned; huge pages asked for before the first touch (transparent huge pages in "madvise" mode).
Block *allocateBlocks(std::size_t n)
{
    constexpr std::size_t kHugePage = 2u << 20;
    const std::size_t bytes = (n * sizeof(Block) + kHugePage - 1) / kHugePage * kHugePage;
    auto *blocks = static_cast<Block *>(std::aligned_alloc(kHugePage, bytes));
    if (!blocks) {
        std::fprintf(stderr, "bench_membw: cannot allocate %zu bytes\n", bytes);
        std::exit(1);
    }
#if defined(__linux__)
    madvise(blocks, bytes, MADV_HUGEPAGE);  // a hint: without it the measurement is merely lower
#endif
    return blocks;
}

// Runs `work(thread, begin, end)` on each thread's slice of [0, n) and waits for all of them.
template <typename Work> void onSlices(int threads, std::size_t n, Work work)
{
    std::vector<std::jthread> pool;
    for (int t = 0; t < threads; ++t)
        pool.emplace_back([=] { work(t, n * t / threads, n * (t + 1) / threads); });
}

}  // namespace

int main(int argc, char **argv)
{
    const Options o = parseOptions(argc, argv);
    const std::size_t nBlocks = (o.mib << 20) / sizeof(Block);
    // Written by the thread that will read each slice: first touch puts its pages near that thread.
    const std::unique_ptr<Block, decltype(&std::free)> buffer(allocateBlocks(nBlocks), &std::free);
    onSlices(o.threads, nBlocks, [&](int, std::size_t begin, std::size_t end) {
        for (std::size_t i = begin; i < end; ++i)
            buffer.get()[i] = Block{i, i + 1, i + 2, i + 3};
    });

    std::vector<std::uint64_t> sums(o.threads);
    std::vector<double> passSeconds;
    const auto start = std::chrono::steady_clock::now();
    double elapsed = 0;
    while (passSeconds.size() < 3 || (elapsed < o.seconds && passSeconds.size() < 1000)) {
        const auto passStart = std::chrono::steady_clock::now();
        onSlices(o.threads, nBlocks, [&](int t, std::size_t begin, std::size_t end) {
            sums[t] += sumBlocks(buffer.get() + begin, end - begin);
        });
        const auto now = std::chrono::steady_clock::now();
        passSeconds.push_back(std::chrono::duration<double>(now - passStart).count());
        elapsed = std::chrono::duration<double>(now - start).count();
    }
    std::uint64_t check = 0;  // printed, so the compiler cannot drop the reads
    for (auto s : sums)
        check ^= s;

    std::sort(passSeconds.begin(), passSeconds.end());
    const double bytes = double(nBlocks) * sizeof(Block);
    const double bestGBps = bytes / passSeconds.front() / 1e9;
    const double medianGBps = bytes / passSeconds[passSeconds.size() / 2] / 1e9;
    if (o.json)
        std::printf("{\"threads\": %d, \"mib\": %zu, \"passes\": %zu, \"read_gbps\": %.3f, \"median_gbps\": %.3f, "
                    "\"check\": %llu}\n",
                    o.threads, o.mib, passSeconds.size(), bestGBps, medianGBps,
                    static_cast<unsigned long long>(check % 1000));
    else
        std::printf("read bandwidth, %d threads, %zu MiB: best %.2f GB/s, median %.2f GB/s over %zu passes "
                    "(check %llu)\n",
                    o.threads, o.mib, bestGBps, medianGBps, passSeconds.size(),
                    static_cast<unsigned long long>(check % 1000));
    return 0;
}
