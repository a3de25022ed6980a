// Normalizer steps with Hugging Face's semantics: Prepend only touches non-empty text, Replace replaces every
// occurrence, the Unicode forms and Lowercase go through ICU.
#include "tokenize/normalizer.h"

#include <unicode/locid.h>
#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

namespace noosphere::models {

namespace {

std::string replaceLiteral(std::string_view text, std::string_view literal, std::string_view content)
{
    if (literal.empty())
        return std::string(text);
    std::string out;
    out.reserve(text.size());
    std::size_t pos = 0;
    while (true) {
        const std::size_t hit = text.find(literal, pos);
        if (hit == std::string_view::npos)
            break;
        out.append(text.substr(pos, hit - pos));
        out.append(content);
        pos = hit + literal.size();
    }
    out.append(text.substr(pos));
    return out;
}

std::string replaceRegex(std::string_view text, const IcuRegex &regex, std::string_view content)
{
    std::string out;
    out.reserve(text.size());
    std::size_t pos = 0;
    for (const auto &[begin, end] : regex.findAll(text)) {
        out.append(text.substr(pos, begin - pos));
        out.append(content);
        pos = end;
    }
    out.append(text.substr(pos));
    return out;
}

std::string applyIcu(std::string_view text, Normalizer::Form form, bool lowercase)
{
    icu::UnicodeString s = icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), int32_t(text.size())));
    if (lowercase) {
        s.toLower(icu::Locale::getRoot());
    } else {
        UErrorCode status = U_ZERO_ERROR;
        const icu::Normalizer2 *normalizer = nullptr;
        switch (form) {
        case Normalizer::Form::Nfc:
            normalizer = icu::Normalizer2::getNFCInstance(status);
            break;
        case Normalizer::Form::Nfd:
            normalizer = icu::Normalizer2::getNFDInstance(status);
            break;
        case Normalizer::Form::Nfkc:
            normalizer = icu::Normalizer2::getNFKCInstance(status);
            break;
        case Normalizer::Form::Nfkd:
            normalizer = icu::Normalizer2::getNFKDInstance(status);
            break;
        }
        if (U_FAILURE(status) || !normalizer)
            return std::string(text);
        icu::UnicodeString normalized = normalizer->normalize(s, status);
        if (U_FAILURE(status))
            return std::string(text);
        s = normalized;
    }
    std::string out;
    s.toUTF8String(out);
    return out;
}

}  // namespace

void Normalizer::addPrepend(std::string text)
{
    m_steps.push_back({.kind = Kind::Prepend, .text = std::move(text)});
}

void Normalizer::addReplace(std::optional<IcuRegex> pattern, std::string literal, std::string content)
{
    m_needsValidUtf8 = m_needsValidUtf8 || pattern.has_value();
    m_steps.push_back({.kind = Kind::Replace,
                       .text = std::move(literal),
                       .content = std::move(content),
                       .regex = std::move(pattern)});
}

void Normalizer::addUnicodeForm(Form form)
{
    m_needsValidUtf8 = true;
    m_steps.push_back({.kind = Kind::UnicodeForm, .form = form});
}

void Normalizer::addLowercase()
{
    m_needsValidUtf8 = true;
    m_steps.push_back({.kind = Kind::Lowercase});
}

std::string Normalizer::normalize(std::string_view text) const
{
    std::string current(text);
    for (const Step &step : m_steps) {
        switch (step.kind) {
        case Kind::Prepend:
            if (!current.empty())
                current.insert(0, step.text);
            break;
        case Kind::Replace:
            current = step.regex ? replaceRegex(current, *step.regex, step.content)
                                 : replaceLiteral(current, step.text, step.content);
            break;
        case Kind::UnicodeForm:
            current = applyIcu(current, step.form, false);
            break;
        case Kind::Lowercase:
            current = applyIcu(current, step.form, true);
            break;
        }
    }
    return current;
}

}  // namespace noosphere::models
