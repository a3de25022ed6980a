// libFuzzer target for the compiled WordNet index loader: arbitrary bytes must give a clean Result (never a read
// outside the input, a crash, a hang or a sanitizer report), and an index that loads must answer queries within
// its bounds. The checksum is re-sealed before loading, so that mutations reach the structural checks instead
// of all failing at the CRC.
#include "text/knowledge/wordnet.h"
#include "text/knowledge/wordnetformat.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>
#include <zlib.h>

namespace {

using namespace noosphere::core::text;
namespace wf = noosphere::core::text::wnformat;

void resealChecksum(std::vector<std::byte> &bytes)
{
    constexpr std::size_t kChecked = offsetof(wf::Header, checksum) + sizeof(std::uint32_t);
    if (bytes.size() < kChecked)
        return;
    const auto crc = std::uint32_t(crc32_z(0, reinterpret_cast<const Bytef *>(bytes.data() + kChecked), bytes.size() - kChecked));
    std::memcpy(bytes.data() + offsetof(wf::Header, checksum), &crc, sizeof crc);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    std::vector<std::byte> bytes(size);
    if (size > 0)
        std::memcpy(bytes.data(), data, size);
    resealChecksum(bytes);
    auto index = WordNetIndex::fromBytes(std::move(bytes));
    if (!index.ok()) {
        const auto &detail = index.error().detail;
        if (detail.find("WordNet index") == std::string::npos || detail.find('\n') != std::string::npos)
            std::abort();  // every detail is one line naming what was read
        return 0;
    }
    // Query the index's own first lemmas (those a mutation most likely touched) and a few fixed words, through
    // morphy, every spelling variant and every relation.
    std::vector<std::string> words = {"dog", "dogs", "geese", "ran", "ran away", "better", "hotter", "a-b_c.d", ""};
    for (std::uint32_t i = 0; i < index->lemmaCount() && i < 16; ++i)
        words.emplace_back(index->text(index->lemma(i).text));
    const WordNet wordnet(std::move(index.value()));
    std::size_t checksum = 0;
    for (const auto &word : words) {
        for (const auto &sense : wordnet.senses(word))
            checksum += sense.words.size() + sense.relations.size() + sense.definition.size();
        checksum += wordnet.synonyms(word).size();
    }
    static volatile std::size_t sink;
    sink = checksum;
    return 0;
}
