// store_killchild: the process the kill tests SIGKILL. Qt-free, so that it is the engine alone that survives
// the kill. `write FILE FIRST` saves revisions FIRST, FIRST+1, ... of the first chapter forever, printing
// "saved <r>" after each save has returned; `strokes FILE` appends the sketch's strokes (killStroke(n) for the
// next n) forever, printing "stroke <n>" after each; `hold FILE` opens FILE for writing and waits to be killed.
#include "killpayload.h"
#include "store/projectstore.h"
#include "store/sketchstore.h"

#include <cstdio>
#include <cstdlib>
#include <string>
#include <unistd.h>

namespace {

// Straight to the pipe, unbuffered: a line the parent reads is a save that had returned.
void say(const std::string &line)
{
    const std::string text = line + "\n";
    if (::write(STDOUT_FILENO, text.data(), text.size()) < 0)
        std::_Exit(3);
}

}  // namespace

int main(int argc, char **argv)
{
    using namespace noosphere::core;
    if (argc < 3) {
        std::fprintf(stderr, "usage: %s write FILE FIRST | strokes FILE | hold FILE\n", argv[0]);
        return 2;
    }
    const std::string mode = argv[1];
    auto store = ProjectStore::open(argv[2], OpenMode::ReadWrite);
    if (!store) {
        std::fprintf(stderr, "store_killchild: %s\n", store.error().detail.c_str());
        return 1;
    }
    say("ready");
    if (mode == "hold") {
        for (;;)
            ::pause();
    }
    if (mode == "strokes") {
        auto sketches = SketchStore::open(argv[2]);
        auto sketch = sketches ? sketches->sketch(1024, 768) : noosphere::models::Result<SketchInfo>(sketches.error());
        auto drawn = sketch ? sketches->strokes(sketch->id) : noosphere::models::Result<std::vector<StoredStroke>>(sketch.error());
        if (!drawn) {
            std::fprintf(stderr, "store_killchild: %s\n", drawn.error().detail.c_str());
            return 1;
        }
        for (std::int64_t n = std::int64_t(drawn->size()) + 1;; ++n) {
            if (auto appended = sketches->append(sketch->id, storetest::killStroke(n)); !appended) {
                std::fprintf(stderr, "store_killchild: %s\n", appended.error().detail.c_str());
                return 1;
            }
            say("stroke " + std::to_string(n));
        }
    }
    auto chapters = store->chapters();
    if (!chapters || chapters->empty() || argc < 4) {
        std::fprintf(stderr, "store_killchild: no chapter to write to\n");
        return 1;
    }
    const std::int64_t chapterId = chapters->front().id;
    for (std::int64_t revision = std::atoll(argv[3]);; ++revision) {
        // Now and then a multi-row change (insert + renumbering) and a rename, so kills land in those too.
        if (revision % 50 == 0 && !store->addChapter("Scene " + std::to_string(revision), "draft").ok())
            return 1;
        if (revision % 7 == 0 && !store->renameChapter(chapterId, "Draft " + std::to_string(revision)).ok())
            return 1;
        if (auto saved = store->setChapterBody(chapterId, storetest::killPayload(revision)); !saved) {
            std::fprintf(stderr, "store_killchild: %s\n", saved.error().detail.c_str());
            return 1;
        }
        say("saved " + std::to_string(revision));
    }
}
