// A regular expression compiled once with ICU and matched over UTF-8 in place, for the pre-tokenizers' Split
// patterns (\p{L}, (?i:…), lookahead: what Hugging Face's Oniguruma patterns use) and Replace normalizers.
#pragma once

#include <unicode/uversion.h>

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

U_NAMESPACE_BEGIN
class RegexPattern;
U_NAMESPACE_END

namespace noosphere::models {

class IcuRegex {
public:
    /// Compiles `pattern` (UTF-8; taken literally when `literal`). nullopt with `error` set when ICU rejects it.
    static std::optional<IcuRegex> compile(std::string_view pattern, bool literal, std::string &error);

    ~IcuRegex();
    IcuRegex(IcuRegex &&) noexcept;
    IcuRegex &operator=(IcuRegex &&) noexcept;

    /// The non-empty, non-overlapping matches in `text` as byte ranges [begin, end), left to right. Ill-formed
    /// UTF-8 is seen as U+FFFD. Thread-safe (each call makes its own matcher). A match that runs into ICU's
    /// backtracking limit ends the search: the rest of the text is left unmatched rather than hanging.
    std::vector<std::pair<std::size_t, std::size_t>> findAll(std::string_view text) const;

private:
    explicit IcuRegex(std::unique_ptr<icu::RegexPattern> pattern);
    std::unique_ptr<icu::RegexPattern> m_pattern;
};

}  // namespace noosphere::models
