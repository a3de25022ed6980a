#include "text/knowledge/sentences.h"

#include "common/utf8.h"

#include <unicode/brkiter.h>
#include <unicode/uchar.h>
#include <unicode/utext.h>

#include <algorithm>
#include <cstdint>
#include <memory>

namespace noosphere::core::text {

namespace {

// BreakIterator positions are int32_t: longer texts go through in pieces cut at a line break.
constexpr std::size_t kMaxPieceBytes = std::size_t(1) << 30;

// One sentence iterator per thread: ICU iterators are not thread-safe, and creating one costs ~1 ms.
icu::BreakIterator *sentenceIterator()
{
    thread_local std::unique_ptr<icu::BreakIterator> iterator = [] {
        UErrorCode status = U_ZERO_ERROR;
        // "ss=standard": ICU's suppression list of abbreviations that do not end a sentence (Mr., Mrs., e.g.).
        std::unique_ptr<icu::BreakIterator> it(
            icu::BreakIterator::createSentenceInstance(icu::Locale("en@ss=standard"), status));
        return U_SUCCESS(status) ? std::move(it) : nullptr;
    }();
    return iterator.get();
}

// The code point at `pos` and its byte length (an ill-formed byte: U+FFFD, 1 byte).
char32_t codePointAt(std::string_view text, std::size_t pos, std::size_t &length)
{
    length = models::utf8::sequenceLength(text, pos);
    if (length == 0) {
        length = 1;
        return U'\uFFFD';
    }
    return models::utf8::decodeAt(text, pos, length);
}

bool isSpace(char32_t c)
{
    return u_isUWhiteSpace(UChar32(c));
}

// Byte boundaries of the sentences of `piece` (empty when ICU is unavailable: the caller falls back to lines).
std::vector<std::size_t> icuBoundaries(std::string_view piece)
{
    std::vector<std::size_t> boundaries;
    icu::BreakIterator *iterator = sentenceIterator();
    if (iterator == nullptr)
        return boundaries;
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UText, decltype(&utext_close)> utext(
        utext_openUTF8(nullptr, piece.data(), static_cast<int64_t>(piece.size()), &status), &utext_close);
    iterator->setText(utext.get(), status);
    if (U_FAILURE(status))
        return boundaries;
    for (int32_t b = iterator->first(); b != icu::BreakIterator::DONE; b = iterator->next())
        boundaries.push_back(static_cast<std::size_t>(b));
    // The iterator keeps pointing into `piece`: point it at an empty string that outlives this call instead.
    thread_local const icu::UnicodeString kNothing;
    iterator->setText(kNothing);
    return boundaries;
}

// Fallback without ICU's rules: each line is a sentence.
std::vector<std::size_t> lineBoundaries(std::string_view piece)
{
    std::vector<std::size_t> boundaries{0};
    for (std::size_t i = 0; i < piece.size(); ++i)
        if (piece[i] == '\n')
            boundaries.push_back(i + 1);
    if (boundaries.back() != piece.size())
        boundaries.push_back(piece.size());
    return boundaries;
}

// Walks the text once, front to back, turning byte positions into UTF-16 positions.
class Utf16Counter {
public:
    explicit Utf16Counter(std::string_view text)
        : m_text(text)
    {
    }
    std::size_t at(std::size_t byte)
    {
        while (m_byte < byte) {
            std::size_t length = 0;
            m_units += codePointAt(m_text, m_byte, length) >= 0x10000 ? 2 : 1;
            m_byte += length;
        }
        return m_units;
    }

private:
    std::string_view m_text;
    std::size_t m_byte = 0;
    std::size_t m_units = 0;
};

}  // namespace

std::vector<TextRange> splitSentences(std::string_view text)
{
    std::vector<TextRange> sentences;
    Utf16Counter utf16(text);
    for (std::size_t pieceStart = 0; pieceStart < text.size();) {
        std::size_t pieceEnd = text.size();
        if (pieceEnd - pieceStart > kMaxPieceBytes) {
            const std::size_t newline = text.rfind('\n', pieceStart + kMaxPieceBytes);
            pieceEnd = newline != text.npos && newline > pieceStart ? newline + 1 : pieceStart + kMaxPieceBytes;
            while (pieceEnd > pieceStart + 1 && (static_cast<unsigned char>(text[pieceEnd]) & 0xC0) == 0x80)
                --pieceEnd;  // never cut inside a character
        }
        const std::string_view piece = text.substr(pieceStart, pieceEnd - pieceStart);
        std::vector<std::size_t> boundaries = icuBoundaries(piece);
        if (boundaries.size() < 2)
            boundaries = lineBoundaries(piece);
        for (std::size_t k = 0; k + 1 < boundaries.size(); ++k) {
            std::size_t begin = pieceStart + boundaries[k];
            std::size_t end = pieceStart + std::min(boundaries[k + 1], piece.size());
            // Trim whitespace: forwards from the start, backwards (over whole characters) from the end.
            for (std::size_t length = 0; begin < end && isSpace(codePointAt(text, begin, length));)
                begin += length;
            while (end > begin) {
                std::size_t start = end - 1;
                while (start > begin && (static_cast<unsigned char>(text[start]) & 0xC0) == 0x80 && end - start < 4)
                    --start;
                std::size_t length = 0;
                if (!isSpace(codePointAt(text, start, length)) || start + length != end)
                    break;
                end = start;
            }
            if (begin == end)
                continue;
            const std::size_t utf16Begin = utf16.at(begin);
            sentences.push_back({begin, end, utf16Begin, utf16.at(end)});
        }
        pieceStart = pieceEnd;
    }
    return sentences;
}

}  // namespace noosphere::core::text
