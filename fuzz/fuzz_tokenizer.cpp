// libFuzzer target for tokenizer.json loading: arbitrary bytes as the file must give a clean Result (never a crash,
// hang or sanitizer report); a tokenizer that loads must encode and decode a fixed string and the input itself,
// and decode every id, without failing hard or producing ill-formed UTF-8.
#include "tokenize/tokenizer.h"

#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <unistd.h>

namespace {

using noosphere::models::Tokenizer;

bool isValidUtf8(const std::string &s)
{
    std::size_t i = 0;
    while (i < s.size()) {
        const auto b = static_cast<unsigned char>(s[i]);
        const int n = b < 0x80 ? 1 : (b >> 5) == 0x6 ? 2 : (b >> 4) == 0xE ? 3 : (b >> 3) == 0x1E ? 4 : 0;
        if (n == 0 || i + std::size_t(n) > s.size())
            return false;
        for (int k = 1; k < n; ++k)
            if ((static_cast<unsigned char>(s[i + std::size_t(k)]) & 0xC0) != 0x80)
                return false;
        i += std::size_t(n);
    }
    return true;
}

void exercise(const Tokenizer &tokenizer, const std::string &input)
{
    static const std::string fixed = "Hello, world! I'm 12345 тест 你好 🙂\n\t  <s><|endoftext|>▁x\xE4\xBD";
    for (const std::string *text : {&fixed, &input}) {
        for (const bool special : {false, true}) {
            const auto ids = tokenizer.encode(*text, special);
            if (!isValidUtf8(tokenizer.decode(ids)))
                std::abort();
            for (const std::int32_t id : ids)
                (void)tokenizer.tokenBytes(id);
        }
    }
    const int n = tokenizer.vocabSize();
    std::vector<std::int32_t> all;
    for (std::int32_t id = -2; id < n + 2 && id < 4096; ++id)
        all.push_back(id);
    if (!isValidUtf8(tokenizer.decode(all)))
        std::abort();
    (void)tokenizer.bosId();
    (void)tokenizer.eosId();
    (void)tokenizer.idOf("<s>");
}

// A folder per process on /dev/shm where there is one: a tmpfs write per input keeps the run fast.
std::filesystem::path fuzzFolder()
{
    const std::filesystem::path base = std::filesystem::is_directory("/dev/shm")
                                           ? std::filesystem::path("/dev/shm")
                                           : std::filesystem::temp_directory_path();
    return base / ("noosphere-fuzz-tokenizer-" + std::to_string(::getpid()));
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    static const std::filesystem::path folder = fuzzFolder();
    const std::string input(reinterpret_cast<const char *>(data), size);
    std::filesystem::create_directories(folder);
    {
        std::ofstream out(folder / "tokenizer.json", std::ios::binary | std::ios::trunc);
        out << input;
    }
    if (auto tokenizer = Tokenizer::loadFolder(folder); tokenizer.ok())
        exercise(tokenizer.value(), input);
    // Removed each time: libFuzzer ends with _Exit, so no exit handler would run.
    std::error_code ignored;
    std::filesystem::remove_all(folder, ignored);
    return 0;
}
