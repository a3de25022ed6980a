// The compiled WordNet index file, byte for byte: a header, then fixed-size record tables and one string pool,
// all referring to each other by index or offset, so that the file is used in place once it is mapped. The
// writer (wordnetindexwrite) and the validating reader (wordnetindex) share these definitions and nothing else.
#pragma once

#include <array>
#include <bit>
#include <cstdint>
#include <type_traits>

namespace noosphere::core::text::wnformat {

static_assert(std::endian::native == std::endian::little, "the index is stored little-endian, as it is used in place");

inline constexpr std::array<char, 8> kMagic = {'N', 'O', 'O', 'S', 'W', 'N', 'I', 'X'};
// Bump on any change below; an index of another version is rebuilt.
inline constexpr std::uint32_t kVersion = 1;

// A byte range of the string pool (no terminator).
struct StringRef {
    std::uint32_t offset;
    std::uint32_t length;
};

struct SourceStamp {
    std::uint64_t size;
    std::int64_t modifiedNs;  // last write time, file clock, nanoseconds
};

enum Section : std::uint32_t {
    kStrings,         // bytes
    kSynsets,         // SynsetRecord
    kWords,           // WordRecord
    kPointers,        // PointerRecord
    kLemmas,          // LemmaRecord, sorted by (text, pos) for binary search
    kSenses,          // std::uint32_t synset index, each lemma's senses in WordNet's order
    kExceptions,      // ExceptionRecord, sorted by (text, pos)
    kExceptionBases,  // StringRef
    kSectionCount
};

struct SectionEntry {
    std::uint64_t offset;  // from the start of the file, 8-aligned
    std::uint64_t count;   // records (bytes for kStrings)
};

struct Header {
    std::array<char, 8> magic;
    std::uint32_t version;
    std::uint32_t headerBytes;  // sizeof(Header)
    std::uint64_t fileBytes;
    std::uint32_t checksum;  // CRC-32 of every byte after this field (zlib's crc32)
    std::uint32_t sourceCount;
    std::array<SourceStamp, 12> sources;  // kWordNetSourceFiles, in order
    std::array<SectionEntry, kSectionCount> sections;
};

// Flags of SynsetRecord::posFlags: the part of speech in the low two bits.
inline constexpr std::uint8_t kPosMask = 0x03;
inline constexpr std::uint8_t kSatelliteFlag = 0x04;

struct SynsetRecord {
    std::uint32_t dataOffset;  // the synset's byte offset in data.<pos>: WordNet's id
    std::uint32_t firstWord;
    std::uint32_t firstPointer;
    StringRef gloss;
    std::uint16_t pointerCount;
    std::uint8_t wordCount;
    std::uint8_t posFlags;
    std::uint8_t lexFile;
    std::array<std::uint8_t, 3> padding;
};

struct WordRecord {
    StringRef text;  // original case, '_' for spaces
    std::uint8_t lexId;
    std::uint8_t marker;  // AdjectiveMarker
    std::array<std::uint8_t, 2> padding;
};

struct PointerRecord {
    std::uint32_t targetSynset;  // index into kSynsets
    std::uint8_t relation;       // Relation
    std::uint8_t sourceWord;     // 1-based; 0 = semantic (the whole synset)
    std::uint8_t targetWord;
    std::uint8_t padding;
};

struct LemmaRecord {
    StringRef text;  // lower case, '_' for spaces
    std::uint32_t firstSense;
    std::uint16_t senseCount;
    std::uint16_t taggedSenseCount;
    std::uint8_t pos;
    std::array<std::uint8_t, 3> padding;
};

struct ExceptionRecord {
    StringRef text;
    std::uint32_t firstBase;
    std::uint16_t baseCount;
    std::uint8_t pos;
    std::uint8_t padding;
};

template <typename T> inline constexpr bool kIsRecord = std::is_trivially_copyable_v<T> && alignof(T) <= 8;
static_assert(kIsRecord<Header> && sizeof(Header) == 8 + 4 + 4 + 8 + 4 + 4 + 12 * 16 + kSectionCount * 16);
static_assert(kIsRecord<SynsetRecord> && sizeof(SynsetRecord) == 28);
static_assert(kIsRecord<WordRecord> && sizeof(WordRecord) == 12);
static_assert(kIsRecord<PointerRecord> && sizeof(PointerRecord) == 8);
static_assert(kIsRecord<LemmaRecord> && sizeof(LemmaRecord) == 20);
static_assert(kIsRecord<ExceptionRecord> && sizeof(ExceptionRecord) == 16);

// The size of one record of each section (1 for the string pool's bytes).
inline constexpr std::array<std::uint64_t, kSectionCount> kRecordBytes = {
    1, sizeof(SynsetRecord), sizeof(WordRecord), sizeof(PointerRecord), sizeof(LemmaRecord), sizeof(std::uint32_t),
    sizeof(ExceptionRecord), sizeof(StringRef)};

}  // namespace noosphere::core::text::wnformat
