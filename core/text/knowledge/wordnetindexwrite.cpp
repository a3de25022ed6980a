// The index compiler: resolves every data-file offset to a synset number, pools the strings (each distinct
// spelling once), sorts lemmas and exceptions for binary search, and lays the tables out behind the header.
#include "wordnetindexwrite.h"

#include <algorithm>
#include <cerrno>
#include <cstddef>
#include <cstring>
#include <fcntl.h>
#include <string>
#include <sys/stat.h>
#include <unistd.h>
#include <unordered_map>
#include <zlib.h>

namespace noosphere::core::text {

using models::Error;
using models::ErrorCode;
using models::Result;
namespace wf = wnformat;

namespace {

// Every offset is 32 bits; WordNet 3.0 compiles to about 25 MB.
constexpr std::uint64_t kMaxIndexBytes = std::uint64_t(1) << 31;

class StringPool {
public:
    wf::StringRef add(std::string_view text)
    {
        if (const auto it = m_refs.find(text); it != m_refs.end())
            return it->second;
        const wf::StringRef ref{std::uint32_t(m_bytes.size()), std::uint32_t(text.size())};
        m_bytes.insert(m_bytes.end(), text.begin(), text.end());
        m_refs.emplace(text, ref);
        return ref;
    }
    const std::vector<char> &bytes() const { return m_bytes; }

private:
    std::vector<char> m_bytes;
    std::unordered_map<std::string_view, wf::StringRef> m_refs;  // views into the source texts, which outlive us
};

// Synset numbers by (part of speech, data-file offset): the synsets of each part are in file order.
class SynsetNumbers {
public:
    explicit SynsetNumbers(const WordNetSource &source)
    {
        for (std::uint32_t i = 0; i < source.synsets.size(); ++i)
            m_offsets[std::size_t(source.synsets[i].pos)].push_back({source.synsets[i].offset, i});
    }
    std::optional<std::uint32_t> find(PartOfSpeech pos, std::uint32_t offset) const
    {
        const auto &list = m_offsets[std::size_t(pos)];
        const auto it = std::lower_bound(list.begin(), list.end(), std::pair{offset, std::uint32_t(0)});
        if (it == list.end() || it->first != offset)
            return std::nullopt;
        return it->second;
    }

private:
    std::array<std::vector<std::pair<std::uint32_t, std::uint32_t>>, 4> m_offsets;
};

template <typename T> void appendRecord(std::vector<std::byte> &out, const T &record)
{
    const auto *bytes = reinterpret_cast<const std::byte *>(&record);
    out.insert(out.end(), bytes, bytes + sizeof(T));
}

struct Tables {
    std::vector<wf::SynsetRecord> synsets;
    std::vector<wf::WordRecord> words;
    std::vector<wf::PointerRecord> pointers;
    std::vector<wf::LemmaRecord> lemmas;
    std::vector<std::uint32_t> senses;
    std::vector<wf::ExceptionRecord> exceptions;
    std::vector<wf::StringRef> exceptionBases;
};

// Sorted by text then part of speech: the readers' binary search relies on exactly this order.
template <typename Entry> void sortByTextAndPos(std::vector<Entry> &entries)
{
    std::sort(entries.begin(), entries.end(),
              [](const Entry &a, const Entry &b) { return std::tie(a.text, a.pos) < std::tie(b.text, b.pos); });
}

}  // namespace

Result<WordNetSourceStamps> stampWordNetSource(const std::filesystem::path &dir)
{
    WordNetSourceStamps stamps{};
    for (std::size_t i = 0; i < stamps.size(); ++i) {
        struct stat info {};
        if (::stat((dir / kWordNetSourceFiles[i]).c_str(), &info) != 0 || !S_ISREG(info.st_mode))
            return Error{ErrorCode::NotFound, missingWordNetMessage(dir, kWordNetSourceFiles[i])};
        stamps[i] = {std::uint64_t(info.st_size), std::int64_t(info.st_mtim.tv_sec) * 1'000'000'000 + info.st_mtim.tv_nsec};
    }
    return stamps;
}

Result<std::vector<std::byte>> compileWordNetIndex(const WordNetSource &source, const WordNetSourceStamps &stamps,
                                                   const std::filesystem::path &dir)
{
    const auto damaged = [&dir](std::string_view file, const std::string &what) {
        return Error{ErrorCode::Corrupt, damagedWordNetMessage(dir, file, 0, what)};
    };
    const SynsetNumbers numbers(source);
    StringPool pool;
    Tables t;

    t.synsets.reserve(source.synsets.size());
    for (const SourceSynset &s : source.synsets) {
        if (s.pointerCount > 0xFFFF)
            return damaged(kWordNetSourceFiles[std::size_t(s.pos)], "synset " + std::to_string(s.offset) + " has too many pointers");
        t.synsets.push_back({.dataOffset = s.offset,
                             .firstWord = s.firstWord,
                             .firstPointer = s.firstPointer,
                             .gloss = pool.add(s.gloss),
                             .pointerCount = std::uint16_t(s.pointerCount),
                             .wordCount = std::uint8_t(s.wordCount),
                             .posFlags = std::uint8_t(std::uint8_t(s.pos) | (s.satellite ? wf::kSatelliteFlag : 0)),
                             .lexFile = s.lexFile,
                             .padding = {}});
    }
    for (const SourceWord &w : source.words)
        t.words.push_back({.text = pool.add(w.text), .lexId = w.lexId, .marker = std::uint8_t(w.marker), .padding = {}});
    for (const SourceSynset &s : source.synsets) {
        for (std::uint32_t i = 0; i < s.pointerCount; ++i) {
            const SourcePointer &p = source.pointers[s.firstPointer + i];
            const auto target = numbers.find(p.targetPos, p.targetOffset);
            if (!target || p.targetWord > source.synsets[*target].wordCount)
                return damaged(kWordNetSourceFiles[std::size_t(s.pos)],
                               "synset " + std::to_string(s.offset) + " points to a synset or word that does not exist");
            t.pointers.push_back({.targetSynset = *target,
                                  .relation = std::uint8_t(p.relation),
                                  .sourceWord = p.sourceWord,
                                  .targetWord = p.targetWord,
                                  .padding = 0});
        }
    }

    struct LemmaEntry {
        std::string_view text;
        std::uint8_t pos;
        wf::LemmaRecord record;
    };
    std::vector<LemmaEntry> lemmas;
    lemmas.reserve(source.lemmas.size());
    for (const SourceLemma &l : source.lemmas) {
        const auto file = kWordNetSourceFiles[4 + std::size_t(l.pos)];
        if (l.senseCount > 0xFFFF || l.taggedSenseCount > 0xFFFF)
            return damaged(file, "too many senses of " + std::string(l.lemma));
        const auto first = std::uint32_t(t.senses.size());
        for (std::uint32_t i = 0; i < l.senseCount; ++i) {
            const auto synset = numbers.find(l.pos, source.senseOffsets[l.firstSense + i]);
            if (!synset)
                return damaged(file, "a sense of " + std::string(l.lemma) + " names a synset that does not exist");
            t.senses.push_back(*synset);
        }
        lemmas.push_back({l.lemma, std::uint8_t(l.pos),
                          {.text = pool.add(l.lemma),
                           .firstSense = first,
                           .senseCount = std::uint16_t(l.senseCount),
                           .taggedSenseCount = std::uint16_t(l.taggedSenseCount),
                           .pos = std::uint8_t(l.pos),
                           .padding = {}}});
    }
    sortByTextAndPos(lemmas);
    for (std::size_t i = 0; i < lemmas.size(); ++i) {
        if (i > 0 && lemmas[i].text == lemmas[i - 1].text && lemmas[i].pos == lemmas[i - 1].pos)
            return damaged(kWordNetSourceFiles[4 + lemmas[i].pos], std::string(lemmas[i].text) + " is listed twice");
        t.lemmas.push_back(lemmas[i].record);
    }

    // An inflected form listed on two lines (noun.exc "aurar") gets the bases of both, in file order.
    struct ExceptionEntry {
        std::string_view text;
        std::uint8_t pos;
        std::vector<std::string_view> bases;
    };
    std::vector<ExceptionEntry> exceptions;
    std::unordered_map<std::string, std::size_t> exceptionAt;
    for (const SourceException &e : source.exceptions) {
        const std::string key = std::string(e.inflected) + char('0' + int(e.pos));
        auto [it, added] = exceptionAt.emplace(key, exceptions.size());
        if (added)
            exceptions.push_back({e.inflected, std::uint8_t(e.pos), {}});
        auto &bases = exceptions[it->second].bases;
        for (std::uint32_t i = 0; i < e.baseCount; ++i)
            if (const auto base = source.exceptionBases[e.firstBase + i]; std::find(bases.begin(), bases.end(), base) == bases.end())
                bases.push_back(base);
    }
    sortByTextAndPos(exceptions);
    for (const ExceptionEntry &e : exceptions) {
        if (e.bases.size() > 0xFFFF)
            return damaged(kWordNetSourceFiles[8 + e.pos], "too many base forms of " + std::string(e.text));
        t.exceptions.push_back({.text = pool.add(e.text),
                                .firstBase = std::uint32_t(t.exceptionBases.size()),
                                .baseCount = std::uint16_t(e.bases.size()),
                                .pos = e.pos,
                                .padding = 0});
        for (const auto base : e.bases)
            t.exceptionBases.push_back(pool.add(base));
    }

    // Layout: the header, then each section 8-aligned, in Section order.
    std::vector<std::byte> out(sizeof(wf::Header));
    wf::Header header{};
    header.magic = wf::kMagic;
    header.version = wf::kVersion;
    header.headerBytes = sizeof(wf::Header);
    header.sourceCount = std::uint32_t(stamps.size());
    std::copy(stamps.begin(), stamps.end(), header.sources.begin());
    const auto beginSection = [&out, &header](wf::Section section, std::size_t count) {
        out.resize((out.size() + 7) / 8 * 8);
        header.sections[section] = {out.size(), count};
    };
    beginSection(wf::kStrings, pool.bytes().size());
    const auto *poolBytes = reinterpret_cast<const std::byte *>(pool.bytes().data());
    out.insert(out.end(), poolBytes, poolBytes + pool.bytes().size());
    const auto writeTable = [&](wf::Section section, const auto &records) {
        beginSection(section, records.size());
        for (const auto &record : records)
            appendRecord(out, record);
    };
    writeTable(wf::kSynsets, t.synsets);
    writeTable(wf::kWords, t.words);
    writeTable(wf::kPointers, t.pointers);
    writeTable(wf::kLemmas, t.lemmas);
    writeTable(wf::kSenses, t.senses);
    writeTable(wf::kExceptions, t.exceptions);
    writeTable(wf::kExceptionBases, t.exceptionBases);
    if (out.size() > kMaxIndexBytes)
        return damaged("data files", "the database is too large for the index format");
    header.fileBytes = out.size();
    std::memcpy(out.data(), &header, sizeof header);
    constexpr std::size_t kChecked = offsetof(wf::Header, checksum) + sizeof(header.checksum);
    header.checksum = std::uint32_t(crc32_z(0, reinterpret_cast<const Bytef *>(out.data() + kChecked), out.size() - kChecked));
    std::memcpy(out.data(), &header, sizeof header);
    return out;
}

Result<void> writeWordNetIndexFile(const std::filesystem::path &file, std::span<const std::byte> bytes)
{
    std::error_code ec;
    if (file.has_parent_path())
        std::filesystem::create_directories(file.parent_path(), ec);
    const std::filesystem::path temporary = file.string() + ".tmp-" + std::to_string(::getpid());
    const int fd = ::open(temporary.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0)
        return Error{ErrorCode::Io, "cannot write the WordNet index " + temporary.string() + ": " + std::strerror(errno)};
    std::size_t done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
        if (n <= 0)
            break;
        done += std::size_t(n);
    }
    const int writeErrno = errno;
    const bool closed = ::close(fd) == 0;
    if (done != bytes.size() || !closed) {
        ::unlink(temporary.c_str());
        return Error{ErrorCode::Io, "cannot write the WordNet index " + temporary.string() + ": " + std::strerror(writeErrno)};
    }
    if (::rename(temporary.c_str(), file.c_str()) != 0) {
        const int renameErrno = errno;
        ::unlink(temporary.c_str());
        return Error{ErrorCode::Io, "cannot move the WordNet index into " + file.string() + ": " + std::strerror(renameErrno)};
    }
    return {};
}

}  // namespace noosphere::core::text
