// ICU regex over a UTF-8 UText, whose native indexes are byte offsets: no UTF-16 copy, no offset mapping.
#include "tokenize/icuregex.h"

#include <unicode/regex.h>
#include <unicode/utext.h>

namespace noosphere::models {

namespace {

// Work limit for one match, in ICU's steps (roughly milliseconds): far above what the tokenizer patterns of
// real models need, low enough that a pathological pattern from a hostile file cannot hang the engine.
constexpr int32_t kMatchTimeLimit = 2000;

}  // namespace

IcuRegex::IcuRegex(std::unique_ptr<icu::RegexPattern> pattern)
    : m_pattern(std::move(pattern))
{
}
IcuRegex::~IcuRegex() = default;
IcuRegex::IcuRegex(IcuRegex &&) noexcept = default;
IcuRegex &IcuRegex::operator=(IcuRegex &&) noexcept = default;

std::optional<IcuRegex> IcuRegex::compile(std::string_view pattern, bool literal, std::string &error)
{
    UErrorCode status = U_ZERO_ERROR;
    UParseError parseError{};
    const auto source = icu::UnicodeString::fromUTF8(icu::StringPiece(pattern.data(), int32_t(pattern.size())));
    std::unique_ptr<icu::RegexPattern> compiled(
        icu::RegexPattern::compile(source, literal ? UREGEX_LITERAL : 0, parseError, status));
    if (U_FAILURE(status) || !compiled) {
        error = std::string(u_errorName(status)) + " at offset " + std::to_string(parseError.offset);
        return std::nullopt;
    }
    return IcuRegex(std::move(compiled));
}

std::vector<std::pair<std::size_t, std::size_t>> IcuRegex::findAll(std::string_view text) const
{
    std::vector<std::pair<std::size_t, std::size_t>> matches;
    if (text.empty())
        return matches;
    UErrorCode status = U_ZERO_ERROR;
    UText *utext = utext_openUTF8(nullptr, text.data(), int64_t(text.size()), &status);
    std::unique_ptr<icu::RegexMatcher> matcher(m_pattern->matcher(status));
    if (U_FAILURE(status) || !matcher) {
        utext_close(utext);
        return matches;
    }
    matcher->reset(utext);
    matcher->setTimeLimit(kMatchTimeLimit, status);
    std::size_t previousEnd = 0;
    while (U_SUCCESS(status) && matcher->find(status)) {
        const int64_t begin = matcher->start64(status);
        const int64_t end = matcher->end64(status);
        if (U_FAILURE(status))
            break;
        // Native indexes are byte offsets; keep only forward, in-range, non-empty matches so that the gaps and
        // matches always tile the text, whatever ICU makes of ill-formed bytes.
        if (begin < int64_t(previousEnd) || end <= begin || end > int64_t(text.size()))
            continue;
        matches.emplace_back(std::size_t(begin), std::size_t(end));
        previousEnd = std::size_t(end);
    }
    utext_close(utext);
    return matches;
}

}  // namespace noosphere::models
