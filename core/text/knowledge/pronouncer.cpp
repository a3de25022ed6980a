#include "text/knowledge/pronouncer.h"

#include "text/knowledge/pronunciationguess.h"
#include "text/knowledge/syllables.h"
#include "text/knowledge/wordkey.h"

#include <algorithm>

namespace noosphere::core::text {

namespace {

// "cat's" → "cat" + S, "judge's" → IH Z: the possessive sounds as the plural does after the word's last phone.
void appendPossessive(std::vector<PhoneCode> &phones)
{
    if (phones.empty())
        return;
    const Phone last = phoneOf(phones.back());
    using enum Phone;
    if (last == S || last == Z || last == SH || last == ZH || last == CH || last == JH) {
        phones.push_back(makePhoneCode(IH, 0));
        phones.push_back(makePhoneCode(Z));
    } else if (last == P || last == T || last == K || last == F || last == TH) {
        phones.push_back(makePhoneCode(S));
    } else {
        phones.push_back(makePhoneCode(Z));
    }
}

// Joined parts keep one primary stress: the last part's, as in "mother-in-law" and most compounds' rhymes.
std::vector<PhoneCode> joinParts(const std::vector<std::vector<PhoneCode>> &parts)
{
    std::vector<PhoneCode> joined;
    for (std::size_t k = 0; k < parts.size(); ++k)
        for (const PhoneCode code : parts[k])
            joined.push_back(stressOf(code) == 1 && k + 1 < parts.size() ? makePhoneCode(phoneOf(code), 2) : code);
    return joined;
}

}  // namespace

models::Result<Pronouncer> Pronouncer::load()
{
    auto dictionary = PronouncingDictionary::load();
    if (!dictionary)
        return dictionary.error();
    return Pronouncer(std::make_shared<const PronouncingDictionary>(std::move(dictionary).value()));
}

Pronouncer::Pronouncer(std::shared_ptr<const PronouncingDictionary> dictionary) : m_dictionary(std::move(dictionary))
{
}

std::vector<std::vector<PhoneCode>> Pronouncer::lookUp(std::string_view key) const
{
    std::vector<std::vector<PhoneCode>> out;
    for (const auto phones : m_dictionary->pronunciations(key))
        out.emplace_back(phones.begin(), phones.end());
    return out;
}

WordPronunciations Pronouncer::pronounce(std::string_view word) const { return pronounceKey(lookupKey(word), 0); }

WordPronunciations Pronouncer::pronounceKey(std::string key, int depth) const
{
    WordPronunciations result;
    result.variants = lookUp(key);
    if (result.variants.empty()) {
        if (std::string bare = withoutAccents(key); !bare.empty()) {
            result = pronounceKey(std::move(bare), depth + 1);
            result.key = key;
            return result;
        }
    }
    result.key = std::move(key);
    if (!result.variants.empty() || depth > 2)
        return result;
    const std::string_view k = result.key;

    if (k.size() > 2 && (k.ends_with("'s") || k.ends_with("s'"))) {
        WordPronunciations base = pronounceKey(std::string(k.substr(0, k.size() - 2)) + (k.back() == '\'' ? "s" : ""),
                                               depth + 1);
        for (auto &variant : base.variants)
            if (k.back() == 's')
                appendPossessive(variant);
        base.key = result.key;
        return base;
    }
    if (const std::size_t hyphen = k.find('-'); hyphen != std::string_view::npos) {
        std::vector<std::vector<PhoneCode>> parts;
        bool guessed = false;
        for (std::size_t begin = 0; begin <= k.size();) {
            std::size_t end = std::min(k.find('-', begin), k.size());
            if (end > begin) {
                WordPronunciations part = pronounceKey(std::string(k.substr(begin, end - begin)), depth + 1);
                if (part.variants.empty())
                    return result;  // a part that cannot be read: say nothing rather than something wrong
                guessed = guessed || part.guessed;
                parts.push_back(std::move(part.variants.front()));
            }
            begin = end + 1;
        }
        if (!parts.empty()) {
            result.variants.push_back(joinParts(parts));
            result.guessed = guessed;
        }
        return result;
    }
    if (isPlainEnglishSpelling(k)) {
        auto guess = guessPronunciation(*m_dictionary, k);
        if (!guess.empty()) {
            result.variants.push_back(std::move(guess));
            result.guessed = true;
        }
    }
    return result;
}

int Pronouncer::syllables(std::string_view word) const
{
    const WordPronunciations pronunciations = pronounce(word);
    return pronunciations.variants.empty() ? 0 : countSyllables(pronunciations.variants.front());
}

}  // namespace noosphere::core::text
