// Parsing wndb(5WN): data lines "offset lex_filenum ss_type w_cnt word lex_id… p_cnt ptr… [frames] | gloss",
// index lines "lemma pos synset_cnt p_cnt ptr_symbol… sense_cnt tagsense_cnt offset…" and exception lines
// "inflected base…". Every field is checked; the first fault names its file and line.
#include "wordnetsource.h"

#include <charconv>
#include <fcntl.h>
#include <optional>
#include <sys/stat.h>
#include <unistd.h>

namespace noosphere::core::text {

using models::Error;
using models::ErrorCode;
using models::Result;

namespace {

// The largest file of WordNet 3.0 is data.noun (15 MB); anything far above is not WordNet.
constexpr std::size_t kMaxSourceFileBytes = std::size_t(256) << 20;
// wn's limits: a synset has at most 255 words (two hex digits); words and pointers fit 8 bits.
constexpr std::uint32_t kMaxWordsPerSynset = 255;

// The space-separated fields of one line.
class Fields {
public:
    explicit Fields(std::string_view line) : m_rest(line) {}
    std::optional<std::string_view> next()
    {
        while (!m_rest.empty() && m_rest.front() == ' ')
            m_rest.remove_prefix(1);
        if (m_rest.empty())
            return std::nullopt;
        const std::size_t end = std::min(m_rest.find(' '), m_rest.size());
        const std::string_view field = m_rest.substr(0, end);
        m_rest.remove_prefix(end);
        return field;
    }
    std::string_view rest() const { return m_rest; }

private:
    std::string_view m_rest;
};

template <typename T> std::optional<T> parseNumber(std::optional<std::string_view> field, int base = 10)
{
    if (!field || field->empty())
        return std::nullopt;
    T value{};
    const auto [end, ec] = std::from_chars(field->data(), field->data() + field->size(), value, base);
    if (ec != std::errc() || end != field->data() + field->size())
        return std::nullopt;
    return value;
}

std::string_view trimmed(std::string_view text)
{
    while (!text.empty() && (text.back() == ' ' || text.back() == '\r' || text.back() == '\t'))
        text.remove_suffix(1);
    while (!text.empty() && text.front() == ' ')
        text.remove_prefix(1);
    return text;
}

// Splits "better(p)" into the word and its position marker.
std::pair<std::string_view, AdjectiveMarker> splitMarker(std::string_view word)
{
    static constexpr std::pair<std::string_view, AdjectiveMarker> kMarkers[] = {
        {"(p)", AdjectiveMarker::Predicate}, {"(a)", AdjectiveMarker::Prenominal}, {"(ip)", AdjectiveMarker::Postnominal}};
    for (const auto &[suffix, marker] : kMarkers)
        if (word.size() > suffix.size() && word.ends_with(suffix))
            return {word.substr(0, word.size() - suffix.size()), marker};
    return {word, AdjectiveMarker::None};
}

// Walks the lines of one file, with 1-based line numbers and each line's byte offset.
template <typename OnLine> std::optional<Error> forEachLine(std::string_view text, OnLine &&onLine)
{
    std::size_t start = 0;
    for (std::size_t lineNumber = 1; start < text.size(); ++lineNumber) {
        const std::size_t end = std::min(text.find('\n', start), text.size());
        if (auto error = onLine(text.substr(start, end - start), start, lineNumber))
            return error;
        start = end + 1;
    }
    return std::nullopt;
}

class Parser {
public:
    Parser(WordNetSource &source, const std::filesystem::path &dir) : m_source(source), m_dir(dir) {}

    std::optional<Error> parseData(std::size_t fileIndex, PartOfSpeech pos)
    {
        m_file = kWordNetSourceFiles[fileIndex];
        const auto &bytes = m_source.texts[fileIndex];
        return forEachLine({bytes.data(), bytes.size()}, [&](std::string_view line, std::size_t at, std::size_t n) {
            m_line = n;
            // The licence at the top is indented by two spaces; a data line starts with its offset.
            if (line.empty() || line.starts_with("  "))
                return std::optional<Error>();
            return parseSynset(line, at, pos);
        });
    }

    std::optional<Error> parseIndex(std::size_t fileIndex, PartOfSpeech pos)
    {
        m_file = kWordNetSourceFiles[fileIndex];
        const auto &bytes = m_source.texts[fileIndex];
        return forEachLine({bytes.data(), bytes.size()}, [&](std::string_view line, std::size_t, std::size_t n) {
            m_line = n;
            if (line.empty() || line.starts_with("  "))
                return std::optional<Error>();
            return parseLemma(line, pos);
        });
    }

    std::optional<Error> parseExceptions(std::size_t fileIndex, PartOfSpeech pos)
    {
        m_file = kWordNetSourceFiles[fileIndex];
        const auto &bytes = m_source.texts[fileIndex];
        return forEachLine({bytes.data(), bytes.size()}, [&](std::string_view line, std::size_t, std::size_t n) {
            m_line = n;
            Fields fields(trimmed(line));
            const auto inflected = fields.next();
            if (!inflected)
                return std::optional<Error>();  // blank line
            SourceException entry{.inflected = *inflected,
                                  .pos = pos,
                                  .firstBase = std::uint32_t(m_source.exceptionBases.size())};
            while (const auto base = fields.next()) {
                m_source.exceptionBases.push_back(*base);
                ++entry.baseCount;
            }
            if (entry.baseCount == 0)
                return fail("an exception without a base form");
            m_source.exceptions.push_back(entry);
            return std::optional<Error>();
        });
    }

private:
    std::optional<Error> fail(std::string_view what) const
    {
        return Error{ErrorCode::Corrupt, damagedWordNetMessage(m_dir, m_file, m_line, what)};
    }

    std::optional<Error> parseSynset(std::string_view line, std::size_t at, PartOfSpeech pos)
    {
        const std::size_t bar = line.find(" | ");
        Fields fields(bar == std::string_view::npos ? line : line.substr(0, bar));
        SourceSynset synset{.pos = pos};
        const auto offset = parseNumber<std::uint32_t>(fields.next());
        if (!offset || *offset != at)
            return fail("the synset offset is not the line's byte offset");
        synset.offset = *offset;
        const auto lexFile = parseNumber<std::uint8_t>(fields.next());
        const auto type = fields.next();
        if (!lexFile || !type || type->size() != 1 || partOfSpeechFromCode((*type)[0]) != pos)
            return fail("bad lexicographer file or synset type");
        synset.lexFile = *lexFile;
        synset.satellite = (*type)[0] == 's';
        const auto wordCount = parseNumber<std::uint32_t>(fields.next(), 16);
        if (!wordCount || *wordCount == 0 || *wordCount > kMaxWordsPerSynset)
            return fail("bad word count");
        synset.firstWord = std::uint32_t(m_source.words.size());
        synset.wordCount = *wordCount;
        for (std::uint32_t i = 0; i < *wordCount; ++i) {
            const auto word = fields.next();
            const auto lexId = parseNumber<std::uint8_t>(fields.next(), 16);
            if (!word || !lexId)
                return fail("a word or its lex_id is missing");
            const auto [text, marker] =
                pos == PartOfSpeech::Adjective ? splitMarker(*word) : std::pair{*word, AdjectiveMarker::None};
            m_source.words.push_back({text, *lexId, marker});
        }
        const auto pointerCount = parseNumber<std::uint32_t>(fields.next());
        if (!pointerCount)
            return fail("bad pointer count");
        synset.firstPointer = std::uint32_t(m_source.pointers.size());
        synset.pointerCount = *pointerCount;
        for (std::uint32_t i = 0; i < *pointerCount; ++i) {
            const auto symbol = fields.next();
            const auto relation = symbol ? relationFromSymbol(*symbol) : std::nullopt;
            const auto target = parseNumber<std::uint32_t>(fields.next());
            const auto targetPos = fields.next();
            const auto sourceTarget = fields.next();
            if (!relation || !target || !targetPos || targetPos->size() != 1 || !partOfSpeechFromCode((*targetPos)[0]) ||
                !sourceTarget || sourceTarget->size() != 4)
                return fail("bad pointer");
            const auto sourceWord = parseNumber<std::uint8_t>(sourceTarget->substr(0, 2), 16);
            const auto targetWord = parseNumber<std::uint8_t>(sourceTarget->substr(2, 2), 16);
            if (!sourceWord || !targetWord || *sourceWord > *wordCount)
                return fail("bad pointer source/target word");
            m_source.pointers.push_back({*relation, *partOfSpeechFromCode((*targetPos)[0]), *target, *sourceWord,
                                         *targetWord});
        }
        if (pos == PartOfSpeech::Verb) {  // verb frames: "f_cnt + f_num w_num…", not kept
            const auto frameCount = parseNumber<std::uint32_t>(fields.next());
            if (!frameCount)
                return fail("bad verb frame count");
            for (std::uint32_t i = 0; i < *frameCount; ++i)
                if (fields.next() != "+" || !parseNumber<std::uint32_t>(fields.next()) ||
                    !parseNumber<std::uint32_t>(fields.next(), 16))
                    return fail("bad verb frame");
        }
        if (fields.next())
            return fail("unexpected field before the gloss");
        if (bar != std::string_view::npos)
            synset.gloss = trimmed(line.substr(bar + 3));
        m_source.synsets.push_back(synset);
        return std::nullopt;
    }

    std::optional<Error> parseLemma(std::string_view line, PartOfSpeech pos)
    {
        Fields fields(line);
        const auto lemma = fields.next();
        const auto code = fields.next();
        if (!lemma || !code || code->size() != 1 || partOfSpeechFromCode((*code)[0]) != pos)
            return fail("bad lemma or part of speech");
        const auto synsetCount = parseNumber<std::uint32_t>(fields.next());
        const auto symbolCount = parseNumber<std::uint32_t>(fields.next());
        if (!synsetCount || *synsetCount == 0 || !symbolCount)
            return fail("bad synset or pointer count");
        for (std::uint32_t i = 0; i < *symbolCount; ++i)
            if (!fields.next())
                return fail("missing pointer symbol");
        const auto senseCount = parseNumber<std::uint32_t>(fields.next());
        const auto tagged = parseNumber<std::uint32_t>(fields.next());
        if (!senseCount || !tagged)
            return fail("bad sense counts");
        if (!m_source.lemmas.empty() && m_source.lemmas.back().pos == pos && m_source.lemmas.back().lemma >= *lemma)
            return fail("lemmas out of order");
        SourceLemma entry{.lemma = *lemma,
                          .pos = pos,
                          .taggedSenseCount = *tagged,
                          .firstSense = std::uint32_t(m_source.senseOffsets.size()),
                          .senseCount = *synsetCount};
        for (std::uint32_t i = 0; i < *synsetCount; ++i) {
            const auto offset = parseNumber<std::uint32_t>(fields.next());
            if (!offset)
                return fail("bad synset offset");
            m_source.senseOffsets.push_back(*offset);
        }
        if (fields.next())
            return fail("more synset offsets than synset_cnt");
        m_source.lemmas.push_back(entry);
        return std::nullopt;
    }

    WordNetSource &m_source;
    const std::filesystem::path &m_dir;
    std::string_view m_file;
    std::size_t m_line = 0;
};

// Reads a whole file; nullopt with errno-free wording left to the caller.
std::optional<std::vector<char>> readWholeFile(const std::filesystem::path &file, std::string &why)
{
    // O_NONBLOCK: a FIFO in place of a data file must not hang the open.
    const int fd = ::open(file.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
    if (fd < 0) {
        why = "missing";
        return std::nullopt;
    }
    std::vector<char> bytes;
    struct stat info {};
    if (::fstat(fd, &info) != 0 || !S_ISREG(info.st_mode) || std::size_t(info.st_size) > kMaxSourceFileBytes) {
        why = "not a regular file of plausible size";
        ::close(fd);
        return std::nullopt;
    }
    bytes.resize(std::size_t(info.st_size));
    std::size_t done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::read(fd, bytes.data() + done, bytes.size() - done);
        if (n <= 0)
            break;
        done += std::size_t(n);
    }
    ::close(fd);
    if (done != bytes.size()) {
        why = "unreadable";
        return std::nullopt;
    }
    return bytes;
}

}  // namespace

std::string missingWordNetMessage(const std::filesystem::path &dir, std::string_view file)
{
    return "WordNet's " + std::string(file) + " is missing from " + dir.string() +
           ": install the Debian package wordnet-base (sudo apt-get install wordnet-base)";
}

std::string damagedWordNetMessage(const std::filesystem::path &dir, std::string_view file, std::size_t line,
                                  std::string_view what)
{
    std::string message = "WordNet's " + std::string(file);
    if (line > 0)
        message += " (line " + std::to_string(line) + ")";
    return message + " in " + dir.string() + " is damaged: " + std::string(what) +
           "; reinstall the Debian package wordnet-base (sudo apt-get install --reinstall wordnet-base)";
}

Result<WordNetSource> readWordNetSource(const std::filesystem::path &dir)
{
    std::array<std::vector<char>, kWordNetSourceFiles.size()> texts;
    for (std::size_t i = 0; i < texts.size(); ++i) {
        std::string why;
        auto bytes = readWholeFile(dir / kWordNetSourceFiles[i], why);
        if (!bytes && why == "missing")
            return Error{ErrorCode::NotFound, missingWordNetMessage(dir, kWordNetSourceFiles[i])};
        if (!bytes)
            return Error{ErrorCode::Io, damagedWordNetMessage(dir, kWordNetSourceFiles[i], 0, why)};
        texts[i] = std::move(*bytes);
    }
    return parseWordNetSource(std::move(texts), dir);
}

Result<WordNetSource> parseWordNetSource(std::array<std::vector<char>, kWordNetSourceFiles.size()> texts,
                                         const std::filesystem::path &dir)
{
    WordNetSource source;
    source.texts = std::move(texts);
    Parser parser(source, dir);
    for (std::size_t i = 0; i < kAllPartsOfSpeech.size(); ++i) {
        const PartOfSpeech pos = kAllPartsOfSpeech[i];
        if (auto error = parser.parseData(i, pos))
            return *error;
        if (auto error = parser.parseIndex(4 + i, pos))
            return *error;
        if (auto error = parser.parseExceptions(8 + i, pos))
            return *error;
    }
    if (source.synsets.empty() || source.lemmas.empty())
        return Error{ErrorCode::Corrupt, damagedWordNetMessage(dir, "data and index files", 0, "no entries")};
    return source;
}

}  // namespace noosphere::core::text
