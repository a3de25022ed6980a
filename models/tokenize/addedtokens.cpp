// Added-token matching. The candidate set is small (a few hundred at most), so a first-byte filter and a
// longest-first comparison beat building an automaton.
#include "tokenize/addedtokens.h"

#include "common/utf8.h"

#include <algorithm>
#include <cstring>

namespace noosphere::models {

namespace {

// Unicode White_Space, as Rust's char::is_whitespace (lstrip/rstrip).
bool isWhiteSpace(char32_t c)
{
    return (c >= 0x09 && c <= 0x0D) || c == 0x20 || c == 0x85 || c == 0xA0 || c == 0x1680 ||
           (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x3000;
}

// Byte length of the white space that ends `text` / starts `text`.
std::size_t trailingWhiteSpace(std::string_view text)
{
    std::size_t end = text.size();
    while (end > 0) {
        std::size_t start = end - 1;
        while (start > 0 && (static_cast<unsigned char>(text[start]) & 0xC0) == 0x80 && end - start < 4)
            --start;
        const std::size_t n = utf8::sequenceLength(text, start);
        if (n != end - start || !isWhiteSpace(utf8::decodeAt(text, start, n)))
            break;
        end = start;
    }
    return text.size() - end;
}

std::size_t leadingWhiteSpace(std::string_view text)
{
    std::size_t pos = 0;
    while (pos < text.size()) {
        const std::size_t n = utf8::sequenceLength(text, pos);
        if (n == 0 || !isWhiteSpace(utf8::decodeAt(text, pos, n)))
            break;
        pos += n;
    }
    return pos;
}

}  // namespace

void AddedTokens::build(std::vector<AddedToken> tokens, bool hasNormalizer)
{
    m_tokens = std::move(tokens);
    for (std::size_t i = 0; i < m_tokens.size(); ++i) {
        m_byId.emplace(m_tokens[i].id, i);
        m_byContent.emplace(m_tokens[i].content, i);
    }
    for (int p = 0; p < 2; ++p) {
        for (int special = 0; special < 2; ++special) {
            Matcher &m = m_matchers[std::size_t(p * 2 + special)];
            for (std::size_t i = 0; i < m_tokens.size(); ++i) {
                const AddedToken &t = m_tokens[i];
                const Pass tokenPass = t.normalized && hasNormalizer ? Pass::Normalized : Pass::Raw;
                if (t.content.empty() || tokenPass != Pass(p) || (t.special && !special))
                    continue;
                m.byLength.push_back(i);
                m.firstByte[static_cast<unsigned char>(t.content[0])] = true;
            }
            std::stable_sort(m.byLength.begin(), m.byLength.end(), [&](std::size_t a, std::size_t b) {
                return m_tokens[a].content.size() > m_tokens[b].content.size();
            });
        }
    }
}

const AddedTokens::Matcher &AddedTokens::matcher(Pass pass, bool parseSpecial) const
{
    return m_matchers[std::size_t(int(pass) * 2 + (parseSpecial ? 1 : 0))];
}

void AddedTokens::split(std::string_view text, Pass pass, bool parseSpecial,
                        const std::function<void(std::string_view, std::size_t)> &onText,
                        const std::function<void(std::int32_t)> &onToken) const
{
    const Matcher &m = matcher(pass, parseSpecial);
    std::size_t textStart = 0;  // start of the stretch not yet handed out
    std::size_t pos = 0;
    while (!m.byLength.empty() && pos < text.size()) {
        if (!m.firstByte[static_cast<unsigned char>(text[pos])]) {
            ++pos;
            continue;
        }
        const AddedToken *hit = nullptr;
        for (const std::size_t i : m.byLength) {
            const std::string &c = m_tokens[i].content;
            if (c.size() <= text.size() - pos && std::memcmp(text.data() + pos, c.data(), c.size()) == 0) {
                hit = &m_tokens[i];
                break;
            }
        }
        if (!hit) {
            ++pos;
            continue;
        }
        std::size_t before = pos;
        if (hit->lstrip)
            before -= trailingWhiteSpace(text.substr(textStart, pos - textStart));
        std::size_t after = pos + hit->content.size();
        if (hit->rstrip)
            after += leadingWhiteSpace(text.substr(after));
        if (before > textStart)
            onText(text.substr(textStart, before - textStart), textStart);
        onToken(hit->id);
        textStart = pos = after;
    }
    if (textStart < text.size())
        onText(text.substr(textStart), textStart);
}

const AddedToken *AddedTokens::find(std::int32_t id) const
{
    const auto it = m_byId.find(id);
    return it == m_byId.end() ? nullptr : &m_tokens[it->second];
}

const AddedToken *AddedTokens::find(std::string_view content) const
{
    const auto it = m_byContent.find(content);
    return it == m_byContent.end() ? nullptr : &m_tokens[it->second];
}

}  // namespace noosphere::models
