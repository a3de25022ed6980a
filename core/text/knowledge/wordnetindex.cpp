// Loading the compiled WordNet index: one pass over every table checks each reference against the table it
// points into (in 64-bit arithmetic, so no sum can wrap), then queries trust them. Work is linear in the file
// size whatever the counts claim, which keeps a hostile file as cheap to reject as a good one is to accept.
#include "wordnetindex.h"

#include <algorithm>
#include <cstddef>
#include <string>
#include <zlib.h>

namespace noosphere::core::text {

using models::Error;
using models::ErrorCode;
using models::Result;
namespace wf = wnformat;

namespace {

// Orders (text, pos) keys as the compiler sorted them.
int compareKey(std::string_view text, std::uint8_t pos, std::string_view otherText, std::uint8_t otherPos)
{
    if (const int c = text.compare(otherText); c != 0)
        return c;
    return int(pos) - int(otherPos);
}

class Validator {
public:
    Validator(std::span<const std::byte> bytes, const wf::Header &header) : m_bytes(bytes), m_header(header) {}

    // The first fault, or an empty string when the whole file is sound.
    std::string check()
    {
        if (auto fault = checkSections(); !fault.empty())
            return fault;
        if (auto fault = checkSynsets(); !fault.empty())
            return fault;
        if (auto fault = checkLemmas(); !fault.empty())
            return fault;
        return checkExceptions();
    }

private:
    std::uint64_t count(wf::Section s) const { return m_header.sections[s].count; }
    template <typename T> T at(wf::Section s, std::uint64_t i) const
    {
        T value;
        std::memcpy(&value, m_bytes.data() + m_header.sections[s].offset + i * sizeof(T), sizeof(T));
        return value;
    }
    bool validString(wf::StringRef ref) const
    {
        const std::uint64_t size = count(wf::kStrings);
        return ref.offset <= size && ref.length <= size - ref.offset;
    }
    std::string_view text(wf::StringRef ref) const
    {
        return {reinterpret_cast<const char *>(m_bytes.data() + m_header.sections[wf::kStrings].offset + ref.offset),
                ref.length};
    }

    std::string checkSections() const
    {
        std::uint64_t end = sizeof(wf::Header);
        for (std::uint32_t s = 0; s < wf::kSectionCount; ++s) {
            const auto &[offset, n] = m_header.sections[s];
            const std::uint64_t recordBytes = wf::kRecordBytes[s];
            if (offset % 8 != 0 || offset < end || offset > m_bytes.size() || n > 0xFFFFFFFFu ||
                n > (m_bytes.size() - offset) / recordBytes)
                return "table " + std::to_string(s) + " lies outside the file";
            end = offset + n * recordBytes;
        }
        return {};
    }

    std::string checkSynsets() const
    {
        const std::uint64_t nSynsets = count(wf::kSynsets);
        std::uint64_t nextWord = 0;
        std::uint64_t nextPointer = 0;
        for (std::uint64_t i = 0; i < nSynsets; ++i) {
            const auto s = at<wf::SynsetRecord>(wf::kSynsets, i);
            const auto where = [i] { return "synset " + std::to_string(i); };
            const auto pos = PartOfSpeech(s.posFlags & wf::kPosMask);
            if ((s.posFlags & ~(wf::kPosMask | wf::kSatelliteFlag)) != 0 ||
                ((s.posFlags & wf::kSatelliteFlag) && pos != PartOfSpeech::Adjective))
                return where() + ": bad part of speech";
            // Each synset's words and pointers follow the previous synset's, so every record has one owner.
            if (s.wordCount == 0 || s.firstWord != nextWord || s.firstPointer != nextPointer)
                return where() + ": words or pointers out of sequence";
            nextWord += s.wordCount;
            nextPointer += s.pointerCount;
            if (nextWord > count(wf::kWords) || nextPointer > count(wf::kPointers))
                return where() + ": words or pointers past their table";
            if (!validString(s.gloss))
                return where() + ": gloss outside the string pool";
            for (std::uint64_t w = s.firstWord; w < nextWord; ++w) {
                const auto word = at<wf::WordRecord>(wf::kWords, w);
                if (!validString(word.text) || word.text.length == 0 ||
                    word.marker > std::uint8_t(3))
                    return where() + ": bad word";
            }
            for (std::uint64_t p = s.firstPointer; p < nextPointer; ++p) {
                const auto pointer = at<wf::PointerRecord>(wf::kPointers, p);
                if (pointer.targetSynset >= nSynsets || pointer.relation >= kRelationCount ||
                    pointer.sourceWord > s.wordCount ||
                    pointer.targetWord > at<wf::SynsetRecord>(wf::kSynsets, pointer.targetSynset).wordCount)
                    return where() + ": bad pointer";
            }
        }
        if (nextWord != count(wf::kWords) || nextPointer != count(wf::kPointers))
            return "words or pointers that belong to no synset";
        return {};
    }

    std::string checkLemmas() const
    {
        const std::uint64_t nLemmas = count(wf::kLemmas);
        std::uint64_t nSenses = 0;
        std::string_view previousText;
        std::uint8_t previousPos = 0;
        for (std::uint64_t i = 0; i < nLemmas; ++i) {
            const auto l = at<wf::LemmaRecord>(wf::kLemmas, i);
            const auto where = [i] { return "lemma " + std::to_string(i); };
            if (!validString(l.text) || l.text.length == 0 || l.pos > 3 || l.senseCount == 0)
                return where() + ": bad entry";
            if (std::uint64_t(l.firstSense) + l.senseCount > count(wf::kSenses))
                return where() + ": senses past their table";
            // Bounded by the senses table: the sum of all sense counts must equal its length (checked below).
            nSenses += l.senseCount;
            if (nSenses > count(wf::kSenses))
                return "more senses claimed than stored";
            if (i > 0 && compareKey(previousText, previousPos, text(l.text), l.pos) >= 0)
                return where() + ": lemmas out of order";
            previousText = text(l.text);
            previousPos = l.pos;
            for (std::uint64_t k = l.firstSense; k < std::uint64_t(l.firstSense) + l.senseCount; ++k) {
                const auto synset = at<std::uint32_t>(wf::kSenses, k);
                if (synset >= count(wf::kSynsets) ||
                    (at<wf::SynsetRecord>(wf::kSynsets, synset).posFlags & wf::kPosMask) != l.pos)
                    return where() + ": a sense names a synset that does not exist";
            }
        }
        if (nSenses != count(wf::kSenses))
            return "senses that belong to no lemma";
        return {};
    }

    std::string checkExceptions() const
    {
        const std::uint64_t nExceptions = count(wf::kExceptions);
        std::uint64_t nBases = 0;
        std::string_view previousText;
        std::uint8_t previousPos = 0;
        for (std::uint64_t i = 0; i < nExceptions; ++i) {
            const auto e = at<wf::ExceptionRecord>(wf::kExceptions, i);
            const auto where = [i] { return "exception " + std::to_string(i); };
            if (!validString(e.text) || e.text.length == 0 || e.pos > 3 || e.baseCount == 0 ||
                std::uint64_t(e.firstBase) + e.baseCount > count(wf::kExceptionBases))
                return where() + ": bad entry";
            nBases += e.baseCount;
            if (nBases > count(wf::kExceptionBases))
                return "more base forms claimed than stored";
            if (i > 0 && compareKey(previousText, previousPos, text(e.text), e.pos) >= 0)
                return where() + ": exceptions out of order";
            previousText = text(e.text);
            previousPos = e.pos;
        }
        if (nBases != count(wf::kExceptionBases))
            return "base forms that belong to no exception";
        for (std::uint64_t i = 0; i < nBases; ++i)
            if (const auto ref = at<wf::StringRef>(wf::kExceptionBases, i); !validString(ref) || ref.length == 0)
                return "base form " + std::to_string(i) + " outside the string pool";
        return {};
    }

    std::span<const std::byte> m_bytes;
    const wf::Header &m_header;
};

}  // namespace

WordNetIndex::WordNetIndex(std::span<const std::byte> bytes, const wf::Header &header, models::MappedFile mapped,
                           std::vector<std::byte> owned)
    : m_mapped(std::move(mapped))
    , m_owned(std::move(owned))
    , m_bytes(bytes)
    , m_header(header)
{
}

Result<WordNetIndex> WordNetIndex::open(const std::filesystem::path &file)
{
    auto mapped = models::MappedFile::open(file);
    if (!mapped)
        return mapped.error();
    const auto bytes = mapped->bytes();
    auto index = validateAndWrap(bytes, std::move(mapped.value()), {});
    if (!index)
        return Error{index.error().code, "the WordNet index " + file.string() + " " + index.error().detail};
    return index;
}

Result<WordNetIndex> WordNetIndex::fromBytes(std::vector<std::byte> bytes)
{
    const std::span<const std::byte> view(bytes);  // the vector's buffer survives the move below
    auto index = validateAndWrap(view, {}, std::move(bytes));
    if (!index)
        return Error{index.error().code, "the WordNet index " + index.error().detail};
    return index;
}

Result<WordNetIndex> WordNetIndex::validateAndWrap(std::span<const std::byte> bytes, models::MappedFile mapped,
                                                   std::vector<std::byte> owned)
{
    const auto damaged = [](const std::string &what) { return Error{ErrorCode::Corrupt, "is damaged: " + what}; };
    wf::Header header{};
    if (bytes.size() < sizeof header)
        return damaged("shorter than its header");
    std::memcpy(&header, bytes.data(), sizeof header);
    if (header.magic != wf::kMagic)
        return damaged("not a WordNet index");
    if (header.version != wf::kVersion || header.headerBytes != sizeof header)
        return damaged("made by another version (" + std::to_string(header.version) + ")");
    if (header.fileBytes != bytes.size())
        return damaged("truncated or extended (" + std::to_string(bytes.size()) + " bytes, header says " +
                       std::to_string(header.fileBytes) + ")");
    if (header.sourceCount != header.sources.size())
        return damaged("bad source count");
    constexpr std::size_t kChecked = offsetof(wf::Header, checksum) + sizeof(header.checksum);
    const auto crc = crc32_z(0, reinterpret_cast<const Bytef *>(bytes.data() + kChecked), bytes.size() - kChecked);
    if (std::uint32_t(crc) != header.checksum)
        return damaged("checksum mismatch");
    if (const std::string fault = Validator(bytes, header).check(); !fault.empty())
        return damaged(fault);
    return WordNetIndex(bytes, header, std::move(mapped), std::move(owned));
}

std::optional<wf::LemmaRecord> WordNetIndex::findLemma(std::string_view lemma, PartOfSpeech pos) const
{
    std::uint32_t low = 0;
    std::uint32_t high = lemmaCount();
    while (low < high) {
        const std::uint32_t mid = low + (high - low) / 2;
        const auto entry = record<wf::LemmaRecord>(wf::kLemmas, mid);
        const int c = compareKey(text(entry.text), entry.pos, lemma, std::uint8_t(pos));
        if (c == 0)
            return entry;
        if (c < 0)
            low = mid + 1;
        else
            high = mid;
    }
    return std::nullopt;
}

std::vector<std::string_view> WordNetIndex::exceptionBases(std::string_view inflected, PartOfSpeech pos) const
{
    std::uint32_t low = 0;
    std::uint32_t high = count(wf::kExceptions);
    while (low < high) {
        const std::uint32_t mid = low + (high - low) / 2;
        const auto entry = record<wf::ExceptionRecord>(wf::kExceptions, mid);
        const int c = compareKey(text(entry.text), entry.pos, inflected, std::uint8_t(pos));
        if (c == 0) {
            std::vector<std::string_view> bases;
            for (std::uint32_t i = 0; i < entry.baseCount; ++i)
                bases.push_back(text(record<wf::StringRef>(wf::kExceptionBases, entry.firstBase + i)));
            return bases;
        }
        if (c < 0)
            low = mid + 1;
        else
            high = mid;
    }
    return {};
}

}  // namespace noosphere::core::text
