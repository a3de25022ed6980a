// The chapter body that revision r of the kill test writes: shared by the child that writes it and the test
// that reads it back, so that a torn or mixed write cannot pass for a whole revision.
#pragma once

#include "sketch/stroke.h"

#include <cstdint>
#include <string>

namespace storetest {

inline std::string killPayload(std::int64_t revision)
{
    // Mixed scripts, and a length that swings between ~50 bytes and ~16 KB so that overflow pages come and go.
    static const std::string phrase =
        "It was a dark and stormy night; 风雨如晦，鸡鸣不已。 👩‍👩‍👧‍👦 🏳️‍🌈 — ";
    std::string body = "revision " + std::to_string(revision) + "\n";
    const std::int64_t nPhrases = (revision * 37) % 160;
    for (std::int64_t i = 0; i < nPhrases; ++i)
        body += phrase;
    body += "\nend " + std::to_string(revision) + "\n";
    return body;
}

// Stroke n of the stroke kill test: its own point count (2 to 401, so blobs of 24 bytes to ~4.8 KB) and values,
// so that a torn or mixed write cannot pass for a whole stroke.
inline noosphere::core::sketch::Stroke killStroke(std::int64_t n)
{
    using noosphere::core::sketch::StrokeTool;
    noosphere::core::sketch::Stroke stroke{n % 5 == 0 ? StrokeTool::Eraser : StrokeTool::Pen,
                                           std::uint32_t(0xff000000u | std::uint32_t(n * 2654435761u & 0xffffff)),
                                           float(1 + n % 40), {}};
    const std::int64_t points = 2 + (n * 37) % 400;
    for (std::int64_t i = 0; i < points; ++i)
        stroke.points.push_back({float(n % 1000) + float(i) * 0.5f, float(i % 97), float((n + i) % 11) / 10.0f});
    return stroke;
}

}  // namespace storetest
