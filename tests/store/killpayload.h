// The chapter body that revision r of the kill test writes: shared by the child that writes it and the test
// that reads it back, so that a torn or mixed write cannot pass for a whole revision.
#pragma once

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

}  // namespace storetest
