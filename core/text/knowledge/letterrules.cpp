#include "text/knowledge/letterrules.h"

#include <algorithm>
#include <array>
#include <initializer_list>

namespace noosphere::core::text {

namespace {

using enum Phone;

constexpr std::array<std::string_view, 26> kDigraphs = {
    "th", "sh", "ch", "ph", "gh", "ck", "ng", "wh", "qu", "ee", "ea", "oo", "ou",
    "ai", "ay", "oa", "oi", "oy", "au", "aw", "ew", "ie", "ei", "ey", "ow", "ue",
};

bool isVowelLetter(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y'; }

// Reads the letters one grapheme at a time, appending phones.
class LetterReader {
public:
    LetterReader(std::string_view word, std::size_t begin, std::size_t end) : m_word(word), m_pos(begin), m_end(end)
    {
    }

    std::vector<PhoneCode> read()
    {
        while (m_pos < m_end)
            step();
        return std::move(m_phones);
    }

private:
    char at(std::size_t i) const { return i < m_word.size() ? m_word[i] : '\0'; }
    bool isVowelAt(std::size_t i) const { return i < m_word.size() && isVowelLetter(m_word[i]); }
    bool startsHere(std::string_view s) const { return m_word.substr(m_pos, m_end - m_pos).starts_with(s); }
    // `s` starts here and ends the word.
    bool endsWord(std::string_view s) const { return m_pos + s.size() == m_word.size() && startsHere(s); }
    bool hasVowelBefore(std::size_t i) const
    {
        for (std::size_t k = 0; k < i; ++k)
            if (isVowelLetter(m_word[k]) && !(k == 0 && m_word[k] == 'y'))
                return true;
        return false;
    }
    void emit(std::initializer_list<Phone> phones)
    {
        for (const Phone p : phones)
            m_phones.push_back(makePhoneCode(p));
    }
    void take(std::size_t nLetters, std::initializer_list<Phone> phones)
    {
        emit(phones);
        m_pos += nLetters;
    }
    bool lastPhoneIs(std::initializer_list<Phone> phones) const
    {
        if (m_phones.empty())
            return false;
        for (const Phone p : phones)
            if (phoneOf(m_phones.back()) == p)
                return true;
        return false;
    }

    void step()
    {
        if (readEnding() || readConsonantGroup() || readVowelGroup())
            return;
        readSingleLetter();
    }

    // -le, -es, -ed, -s and a silent final e.
    bool readEnding()
    {
        const char prev = m_pos > 0 ? at(m_pos - 1) : '\0';
        if (m_pos > 0 && !isVowelLetter(prev) && endsWord("le")) {
            take(2, {AH, L});  // "table": a syllable of its own
            return true;
        }
        if (m_pos >= 2 && endsWord("es")) {
            const bool sibilant = prev == 's' || prev == 'x' || prev == 'z' || prev == 'c' || prev == 'g'
                                  || (prev == 'h' && (at(m_pos - 2) == 'c' || at(m_pos - 2) == 's'));
            if (sibilant)
                take(2, {IH, Z});
            else
                take(2, {Z});
            return true;
        }
        if (m_pos >= 3 && endsWord("ed") && hasVowelBefore(m_pos)) {
            if (prev == 't' || prev == 'd')
                take(2, {IH, D});
            else if (lastPhoneIs({P, K, S, F, SH, CH, TH}))
                take(2, {T});
            else
                take(2, {D});
            return true;
        }
        if (m_pos >= 1 && endsWord("s") && prev != 's' && prev != 'u' && prev != 'i') {
            take(1, lastPhoneIs({P, T, K, F, TH}) ? std::initializer_list<Phone>{S} : std::initializer_list<Phone>{Z});
            return true;
        }
        if (endsWord("e") && hasVowelBefore(m_pos)) {
            m_pos += 1;  // silent
            return true;
        }
        return false;
    }

    bool readConsonantGroup()
    {
        struct Rule {
            std::string_view letters;
            std::initializer_list<Phone> phones;
        };
        static const Rule rules[] = {
            {"tion", {SH, AH, N}}, {"sion", {ZH, AH, N}}, {"ture", {CH, ER}}, {"tch", {CH}}, {"sch", {S, K}},
            {"ch", {CH}},          {"sh", {SH}},          {"th", {TH}},       {"ph", {F}},   {"wh", {W}},
            {"ck", {K}},           {"qu", {K, W}},
        };
        for (const Rule &rule : rules) {
            if (startsHere(rule.letters)) {
                take(rule.letters.size(), rule.phones);
                return true;
            }
        }
        if (startsHere("ng")) {
            take(2, isVowelAt(m_pos + 2) && m_pos + 3 < m_word.size() ? std::initializer_list<Phone>{NG, G}
                                                                     : std::initializer_list<Phone>{NG});
            return true;
        }
        if (m_pos == 0 && startsHere("mc")) {
            take(2, {M, AH, K});  // "McAllister"
            return true;
        }
        if (m_pos == 0) {
            for (const std::string_view silent : {"kn", "wr", "gn", "ps", "pn"}) {
                if (startsHere(silent)) {
                    m_pos += 1;  // the first letter is silent: "knight", "psalm"
                    return true;
                }
            }
        }
        if (startsHere("gh")) {
            if (m_pos == 0)
                take(2, {G});
            else
                m_pos += 2;  // "night", "Leigh"
            return true;
        }
        if (endsWord("mb")) {
            take(2, {M});
            return true;
        }
        return false;
    }

    bool readVowelGroup()
    {
        struct Rule {
            std::string_view letters;
            std::initializer_list<Phone> phones;
        };
        // Longest spellings first. Vowels before an r that ends the syllable take their r-coloured sound.
        static const Rule rules[] = {
            {"eigh", {EY}}, {"augh", {AO}}, {"ae", {EY}}, {"ough", {AO}}, {"eau", {OW}},  {"igh", {AY}},  {"air", {EH, R}},
            {"eer", {IH, R}}, {"ee", {IY}}, {"ea", {IY}},   {"ei", {EY}},   {"ai", {EY}},   {"ay", {EY}},
            {"oa", {OW}},   {"oo", {UW}},   {"ou", {AW}},   {"oi", {OY}},   {"oy", {OY}},   {"au", {AO}},
            {"aw", {AO}},   {"ew", {UW}},   {"ue", {UW}},   {"ui", {UW}},   {"ia", {IY, AH}}, {"io", {IY, OW}},
            {"eo", {IY, OW}}, {"ua", {UW, AH}}, {"uo", {UW, OW}}, {"iu", {IY, AH}},
        };
        if (!isVowelAt(m_pos) || (at(m_pos) == 'y' && isVowelAt(m_pos + 1)))
            return false;
        if (endsWord("ie") || endsWord("ey")) {
            take(2, {IY});  // "Rosie", "honey"
            return true;
        }
        if (startsHere("ow")) {
            take(2, m_pos + 2 == m_word.size() ? std::initializer_list<Phone>{OW} : std::initializer_list<Phone>{AW});
            return true;
        }
        if (startsHere("ie")) {
            take(2, {IY});
            return true;
        }
        for (const Rule &rule : rules) {
            if (startsHere(rule.letters)) {
                take(rule.letters.size(), rule.phones);
                return true;
            }
        }
        const char v = at(m_pos);
        const char next = at(m_pos + 1);
        // An r closing the syllable colours the vowel: "star", "north", "her", "bird", "turn".
        if (next == 'r' && !isVowelAt(m_pos + 2)) {
            switch (v) {
            case 'a': take(2, {AA, R}); return true;
            case 'o': take(2, {AO, R}); return true;
            default: take(2, {ER}); return true;
            }
        }
        // A silent final e after one consonant lengthens the vowel: "name", "theme", "line", "tone", "tune".
        const bool magicE = next != '\0' && !isVowelLetter(next) && m_pos + 3 == m_word.size()
                            && at(m_pos + 2) == 'e' && hasVowelBefore(m_pos + 2);
        const bool wordFinal = m_pos + 1 == m_word.size();
        switch (v) {
        case 'a': take(1, magicE ? std::initializer_list<Phone>{EY} : wordFinal ? std::initializer_list<Phone>{AH}
                                                                                  : std::initializer_list<Phone>{AE});
            return true;
        case 'e': take(1, magicE || wordFinal ? std::initializer_list<Phone>{IY} : std::initializer_list<Phone>{EH});
            return true;
        case 'i': take(1, magicE ? std::initializer_list<Phone>{AY} : wordFinal ? std::initializer_list<Phone>{IY}
                                                                                  : std::initializer_list<Phone>{IH});
            return true;
        case 'o': take(1, magicE || wordFinal ? std::initializer_list<Phone>{OW} : std::initializer_list<Phone>{AA});
            return true;
        case 'u': take(1, magicE || wordFinal ? std::initializer_list<Phone>{UW} : std::initializer_list<Phone>{AH});
            return true;
        default:  // y as a vowel: "my" (the only vowel), "happy" (final), "myth"
            if (wordFinal)
                take(1, hasVowelBefore(m_pos) ? std::initializer_list<Phone>{IY} : std::initializer_list<Phone>{AY});
            else
                take(1, magicE ? std::initializer_list<Phone>{AY} : std::initializer_list<Phone>{IH});
            return true;
        }
    }

    void readSingleLetter()
    {
        const char c = at(m_pos);
        const char next = at(m_pos + 1);
        if (m_pos > 0 && at(m_pos - 1) == c && !isVowelLetter(c)) {
            m_pos += 1;  // a doubled consonant is one sound: "ll", "tt"
            return;
        }
        const bool soft = next == 'e' || next == 'i' || next == 'y';
        switch (c) {
        case 'b': take(1, {B}); return;
        case 'c': take(1, soft ? std::initializer_list<Phone>{S} : std::initializer_list<Phone>{K}); return;
        case 'd': take(1, {D}); return;
        case 'f': take(1, {F}); return;
        case 'g': take(1, soft && m_pos > 0 ? std::initializer_list<Phone>{JH} : std::initializer_list<Phone>{G});
            return;
        case 'h': m_pos += 1; if (isVowelAt(m_pos)) emit({HH}); return;
        case 'j': take(1, {JH}); return;
        case 'k': take(1, {K}); return;
        case 'l': take(1, {L}); return;
        case 'm': take(1, {M}); return;
        case 'n': take(1, {N}); return;
        case 'p': take(1, {P}); return;
        case 'q': take(1, {K}); return;
        case 'r': take(1, {R}); return;
        case 's': take(1, {S}); return;
        case 't': take(1, {T}); return;
        case 'v': take(1, {V}); return;
        case 'w': take(1, {W}); return;
        case 'x': take(1, m_pos == 0 ? std::initializer_list<Phone>{Z} : std::initializer_list<Phone>{K, S}); return;
        case 'y': take(1, {Y}); return;  // before a vowel
        case 'z': take(1, {Z}); return;
        default: m_pos += 1; return;  // not a letter the rules know: skipped
        }
    }

    std::string_view m_word;
    std::size_t m_pos;
    std::size_t m_end;
    std::vector<PhoneCode> m_phones;
};

}  // namespace

std::vector<PhoneCode> soundOutLetters(std::string_view word, std::size_t begin, std::size_t end)
{
    return LetterReader(word, begin, std::min(end, word.size())).read();
}

bool splitsDigraph(std::string_view word, std::size_t at)
{
    if (at == 0 || at >= word.size())
        return false;
    const std::string_view pair = word.substr(at - 1, 2);
    for (const std::string_view digraph : kDigraphs)
        if (pair == digraph)
            return true;
    if (word.substr(at - 1).starts_with("tion") || word.substr(at - 1).starts_with("sion"))
        return true;  // "ques|tion" reads as "-tion", not as "quest" + "ion"
    return pair[0] == pair[1] && !isVowelLetter(pair[0]);  // "ll", "tt"
}

}  // namespace noosphere::core::text
