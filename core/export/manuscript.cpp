// readManuscript(): chapters and book metadata as values, repaired to valid UTF-8, for every export format.
#include "export/manuscript.h"

#include "common/utf8.h"

#include <array>
#include <cstdint>
#include <cstdio>

namespace noosphere::core {

namespace utf8 = models::utf8;

namespace {

// Only the start of a long manuscript is needed to tell its script.
constexpr std::size_t kLanguageSampleBytes = 64 * 1024;

std::string settingOrEmpty(const ProjectStore &store, const std::string &key)
{
    auto value = store.setting(key);
    if (!value.ok() || !value.value())
        return {};
    return utf8::toValid(*value.value());
}

// One line, no surrounding space: titles and names are single lines in every format.
std::string oneLine(std::string text)
{
    for (char &c : text)
        if (c == '\n' || c == '\r' || c == '\t')
            c = ' ';
    const auto first = text.find_first_not_of(" \t\r\n");
    if (first == std::string::npos)
        return {};
    const auto last = text.find_last_not_of(" \t\r\n");
    return text.substr(first, last - first + 1);
}

std::uint64_t fnv1a(std::string_view bytes, std::uint64_t hash)
{
    for (const char c : bytes) {
        hash ^= static_cast<unsigned char>(c);
        hash *= 0x100000001b3ULL;
    }
    return hash;
}

// NOTE: a name-based UUID from two FNV-1a hashes, laid out as version 5: it only has to be stable for the same
// title and author (so a reader sees a new export as the same book), not secret or collision-proof.
std::string nameBasedUuid(const std::string &name)
{
    std::array<std::uint8_t, 16> bytes{};
    const std::uint64_t high = fnv1a(name, 0xcbf29ce484222325ULL);
    const std::uint64_t low = fnv1a(name, high ^ 0x9e3779b97f4a7c15ULL);
    for (int i = 0; i < 8; ++i) {
        bytes[std::size_t(i)] = std::uint8_t(high >> (56 - 8 * i));
        bytes[std::size_t(8 + i)] = std::uint8_t(low >> (56 - 8 * i));
    }
    bytes[6] = std::uint8_t((bytes[6] & 0x0F) | 0x50);  // version 5
    bytes[8] = std::uint8_t((bytes[8] & 0x3F) | 0x80);  // RFC 4122 variant
    std::string text = "urn:uuid:";
    char hex[3];
    for (std::size_t i = 0; i < bytes.size(); ++i) {
        if (i == 4 || i == 6 || i == 8 || i == 10)
            text += '-';
        std::snprintf(hex, sizeof hex, "%02x", bytes[i]);
        text += hex;
    }
    return text;
}

}  // namespace

bool isLanguageTag(const std::string &tag)
{
    // language (2–8 letters), then subtags of 1–8 letters or digits: "en", "zh-CN", "zh-Hans-CN", "sr-Latn".
    std::size_t start = 0;
    bool first = true;
    while (start <= tag.size()) {
        const auto end = std::min(tag.find('-', start), tag.size());
        const auto length = end - start;
        if (length < (first ? 2u : 1u) || length > 8)
            return false;
        for (std::size_t i = start; i < end; ++i) {
            const auto c = static_cast<unsigned char>(tag[i]);
            const bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
            if (!letter && (first || c < '0' || c > '9'))
                return false;
        }
        first = false;
        start = end + 1;
    }
    return !tag.empty();
}

std::string guessLanguage(std::string_view text)
{
    std::size_t nHan = 0, nLatin = 0, nKana = 0, nHangul = 0;
    const std::size_t size = std::min(text.size(), kLanguageSampleBytes);
    for (std::size_t pos = 0; pos < size;) {
        const std::size_t length = utf8::sequenceLength(text, pos);
        if (length == 0) {
            ++pos;
            continue;
        }
        const char32_t cp = utf8::decodeAt(text, pos, length);
        pos += length;
        if ((cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= 0xC0 && cp <= 0x24F))
            ++nLatin;
        else if ((cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0x20000 && cp <= 0x2FFFF))
            ++nHan;
        else if (cp >= 0x3040 && cp <= 0x30FF)
            ++nKana;
        else if (cp >= 0xAC00 && cp <= 0xD7AF)
            ++nHangul;
    }
    if (nKana > 0 && nKana + nHan > nLatin)
        return "ja";
    if (nHangul > nLatin)
        return "ko";
    if (nHan > nLatin)
        return "zh";
    return "en";
}

std::string chapterHeading(const ManuscriptChapter &chapter, std::size_t index)
{
    const std::string heading = oneLine(chapter.title);
    return heading.empty() ? std::to_string(index + 1) : heading;
}

Result<Manuscript> readManuscript(const ProjectStore &store, const BookMetadata &given)
{
    auto infos = store.chapters();
    if (!infos)
        return infos.error();
    Manuscript manuscript;
    manuscript.chapters.reserve(infos->size());
    std::string sample;  // the start of the text, for guessing the language
    for (const ChapterInfo &info : infos.value()) {
        auto chapter = store.chapter(info.id);
        if (!chapter)
            return chapter.error();
        ManuscriptChapter &out = manuscript.chapters.emplace_back();
        out.title = utf8::toValid(chapter->title);
        out.body = utf8::isValid(chapter->body) ? std::move(chapter->body) : utf8::toValid(chapter->body);
        if (sample.size() < kLanguageSampleBytes)
            sample += out.title + '\n' + out.body.substr(0, kLanguageSampleBytes - sample.size()) + '\n';
    }

    // Given values first, then the project's settings, then stand-ins.
    const auto pick = [&store](const std::string &given, const char *key) {
        const std::string value = oneLine(utf8::toValid(given));
        return value.empty() ? oneLine(settingOrEmpty(store, key)) : value;
    };
    BookMetadata &meta = manuscript.metadata;
    meta.title = pick(given.title, "book.title");
    if (meta.title.empty())
        meta.title = oneLine(utf8::toValid(store.path().stem().string()));
    if (meta.title.empty())
        meta.title = "Untitled";
    meta.author = pick(given.author, "book.author");
    if (!given.language.empty() && !isLanguageTag(given.language))
        return Error{ErrorCode::InvalidArgument, "'" + utf8::toValid(given.language) +
                                                     "' is not a language tag such as en, zh or zh-CN"};
    meta.language = pick(given.language, "book.language");
    if (!isLanguageTag(meta.language))
        meta.language = guessLanguage(sample);
    meta.identifier = pick(given.identifier, "book.identifier");
    if (meta.identifier.empty())
        meta.identifier = nameBasedUuid(meta.title + '\n' + meta.author);
    return manuscript;
}

}  // namespace noosphere::core
