// libFuzzer target for the project file parser: arbitrary bytes as a .noo must give a clean Result (never a
// crash, hang or sanitizer report), and a file that opens must read (chapters, the sketch's strokes) and
// export without failing hard.
#include "store/projectstore.h"
#include "store/sketchstore.h"

#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <unistd.h>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace noosphere::core;
    static const std::filesystem::path file =
        std::filesystem::temp_directory_path() / ("noosphere-fuzz-" + std::to_string(::getpid()) + ".noo");
    {
        std::ofstream out(file, std::ios::binary | std::ios::trunc);
        out.write(reinterpret_cast<const char *>(data), static_cast<std::streamsize>(size));
    }
    if (auto store = ProjectStore::open(file, OpenMode::ReadOnly); store.ok()) {
        (void)store->verify();
        if (auto chapters = store->chapters(); chapters.ok())
            for (const auto &info : chapters.value())
                (void)store->chapter(info.id);
        (void)exportMarkdown(store.value());
        if (auto sketches = SketchStore::open(file, OpenMode::ReadOnly); sketches.ok())  // the strokes' blobs
            if (auto sketch = sketches->sketch(1024, 768); sketch.ok() && sketch->id)
                (void)sketches->strokes(sketch->id);
    }
    std::error_code ignored;
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        std::filesystem::remove(file.string() + suffix, ignored);
    return 0;
}
