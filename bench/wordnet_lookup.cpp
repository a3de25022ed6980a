// WordNet: compiling the text database, loading the compiled index and looking words up, each beside a peer
// measured in the same run: reading the text files the compiler parses; reading and splitting the text index
// files, the least a text-based loader must do before its first answer; and Princeton's `wn` answering the same
// word (a process per word, as the Writer would have to call it). Goals: load ≤ 200 ms, look-up ≤ 1 ms.
#include "text/knowledge/datafiles.h"
#include "text/knowledge/wordnet.h"
#include "text/knowledge/wordnetindexwrite.h"
#include "text/knowledge/wordnetsource.h"

#include <CLI/CLI.hpp>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <optional>
#include <string>
#include <string_view>
#include <unistd.h>
#include <vector>

using namespace noosphere::core::text;
using Clock = std::chrono::steady_clock;

namespace {

double msSince(Clock::time_point start) { return std::chrono::duration<double, std::milli>(Clock::now() - start).count(); }

template <typename F> double medianMs(int runs, F &&f)
{
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        const auto start = Clock::now();
        f();
        times.push_back(msSince(start));
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

std::string readFile(const std::filesystem::path &file)
{
    std::ifstream in(file, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// The peer of loading: the four index.* files read and split into sorted lines, ready for a binary search.
std::size_t loadTextIndexes(const std::filesystem::path &dir)
{
    std::size_t nLines = 0;
    for (const char *name : {"index.noun", "index.verb", "index.adj", "index.adv"}) {
        const std::string text = readFile(dir / name);
        std::vector<std::string_view> lines;
        for (std::size_t start = 0; start < text.size();) {
            const std::size_t end = std::min(text.find('\n', start), text.size());
            if (text.compare(start, 2, "  ") != 0)
                lines.push_back(std::string_view(text).substr(start, end - start));
            start = end + 1;
        }
        nLines += lines.size();
    }
    return nLines;
}

// Every n-th lemma of the index (all parts of speech, collocations included), with a share inflected.
std::vector<std::string> sampleWords(const WordNetIndex &index, std::size_t count)
{
    std::vector<std::string> words;
    const std::uint32_t stride = std::max<std::uint32_t>(1, index.lemmaCount() / std::uint32_t(count));
    for (std::uint32_t i = 0; i < index.lemmaCount() && words.size() < count; i += stride) {
        std::string word(index.text(index.lemma(i).text));
        std::replace(word.begin(), word.end(), '_', ' ');
        if (words.size() % 4 == 0 && word.find(' ') == std::string::npos)
            word += "s";  // "dogs", "runs": morphy at work
        words.push_back(std::move(word));
    }
    return words;
}

std::string shellQuoted(const std::string &word)
{
    std::string quoted = "'";
    for (const char c : word)
        quoted += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return quoted + "'";
}

}  // namespace

int main(int argc, char **argv)
{
    CLI::App app{"WordNet compile, load and look-up times against peers measured in the same run", "bench_wordnet_lookup"};
    std::string source = wordnetDir().string();
    std::size_t nWords = 1000;
    std::size_t nWnWords = 100;
    app.add_option("--source", source, "WordNet's dict folder")->capture_default_str();
    app.add_option("--words", nWords, "Words to look up")->capture_default_str();
    app.add_option("--wn-words", nWnWords, "Of those, words to ask wn too (0 = skip wn)")->capture_default_str();
    CLI11_PARSE(app, argc, argv);

    const auto stamps = stampWordNetSource(source);
    if (!stamps) {
        std::fprintf(stderr, "%s\n", stamps.error().detail.c_str());
        return 1;
    }
    std::vector<std::byte> bytes;
    const double compileMs = medianMs(3, [&] {
        auto parsed = readWordNetSource(source);
        bytes = compileWordNetIndex(parsed.value(), stamps.value(), source).value();
    });
    const double readTextMs = medianMs(3, [&] {
        std::size_t total = 0;
        for (const auto name : kWordNetSourceFiles)
            total += readFile(std::filesystem::path(source) / name).size();
        if (total == 0)
            std::abort();
    });

    const std::filesystem::path file =
        std::filesystem::temp_directory_path() / ("noosphere-bench-wordnet-" + std::to_string(::getpid()) + ".idx");
    if (!writeWordNetIndexFile(file, bytes)) {
        std::fprintf(stderr, "cannot write %s\n", file.c_str());
        return 1;
    }
    std::optional<WordNetIndex> index;
    const double loadMs = medianMs(5, [&] { index.emplace(std::move(WordNetIndex::open(file).value())); });
    std::filesystem::remove(file);
    const double loadTextMs = medianMs(5, [&] {
        if (loadTextIndexes(source) == 0)
            std::abort();
    });

    const WordNet wordnet(std::move(*index));
    const auto words = sampleWords(wordnet.index(), nWords);
    std::size_t nSenses = 0;
    for (const auto &word : words)  // warm the pages the look-ups touch
        nSenses += wordnet.senses(word).size();
    const auto start = Clock::now();
    for (const auto &word : words)
        nSenses += wordnet.senses(word).size();
    const double lookupMs = msSince(start) / double(words.size());

    std::printf("WordNet 3.0 (%s): %u synsets, %u lemmas, index %.1f MB\n", source.c_str(), wordnet.index().synsetCount(),
                wordnet.index().lemmaCount(), double(bytes.size()) / 1e6);
    std::printf("compile text -> index   %8.1f ms  | reading the 12 text files       %8.1f ms  | ratio %6.1f\n",
                compileMs, readTextMs, compileMs / readTextMs);
    std::printf("load (map + validate)   %8.1f ms  | reading + splitting index.*     %8.1f ms  | ratio %6.2f  (goal <= 200 ms)\n",
                loadMs, loadTextMs, loadMs / loadTextMs);
    if (nWnWords > 0) {
        const std::size_t n = std::min(nWnWords, words.size());
        const auto wnStart = Clock::now();
        for (std::size_t i = 0; i < n; ++i) {
            const std::string command =
                "wn " + shellQuoted(words[i * words.size() / n]) + " -synsn -synsv -synsa -synsr >/dev/null 2>&1";
            if (std::system(command.c_str()) == -1)
                return 1;
        }
        const double wnMs = msSince(wnStart) / double(n);
        std::printf("look-up, mean of %zu   %8.3f ms  | wn WORD -syns{n,v,a,r} (%zu)  %8.3f ms  | ratio %6.4f  (goal <= 1 ms)\n",
                    words.size(), lookupMs, n, wnMs, lookupMs / wnMs);
    } else {
        std::printf("look-up, mean of %zu   %8.3f ms  (goal <= 1 ms)\n", words.size(), lookupMs);
    }
    std::printf("(%zu senses listed; median of 3 compiles and 5 loads, page cache warm)\n", nSenses / 2);
    return 0;
}
