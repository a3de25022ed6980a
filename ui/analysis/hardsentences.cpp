#include "analysis/hardsentences.h"

#include "text/knowledge/readability.h"
#include "text/knowledge/textwords.h"

namespace noosphere::ui {

namespace text = core::text;

std::vector<HardSentence> findHardSentences(std::string_view chapter, const text::Pronouncer &pronouncer,
                                            const HardSentenceRules &rules)
{
    const text::TextWords words = text::collectWords(chapter);
    std::vector<int> syllables(words.vocabulary.size(), -1);  // per distinct word, counted at first use
    std::vector<HardSentence> hard;
    std::size_t t = 0;
    for (const text::TextRange &sentence : text::splitSentences(chapter)) {
        while (t < words.tokens.size() && words.tokens[t].begin < sentence.begin)
            ++t;
        int nWords = 0;
        std::int64_t nSyllables = 0;
        for (; t < words.tokens.size() && words.tokens[t].begin < sentence.end; ++t) {
            int &count = syllables[words.tokens[t].wordId];
            if (count < 0) {
                const text::TextWord &word = words.vocabulary[words.tokens[t].wordId];
                count = text::syllablesOfWord(pronouncer, word.key, word.ideograph).nSyllables;
            }
            ++nWords;
            nSyllables += count;
        }
        if (nWords == 0)
            continue;
        const double grade = text::computeReadability(nWords, 1, nSyllables).fleschKincaidGrade;
        if (nWords > rules.maxWords || (nWords >= rules.minWordsForGrade && grade > rules.maxGrade))
            hard.push_back({sentence, nWords, grade});
    }
    return hard;
}

}  // namespace noosphere::ui
