#include "text/knowledge/sentencesentiment.h"

namespace noosphere::core::text {

std::vector<SentenceSentiment> scoreSentences(std::string_view text, const VaderLexicon &vader,
                                              const AfinnLexicon *afinn)
{
    const std::vector<TextRange> ranges = splitSentences(text);
    std::vector<SentenceSentiment> sentences;
    sentences.reserve(ranges.size());
    for (const TextRange &range : ranges) {
        const std::string_view sentence = text.substr(range.begin, range.end - range.begin);
        SentenceSentiment scored{.range = range, .vader = vaderPolarityScores(vader, sentence)};
        if (afinn != nullptr)
            scored.afinn = afinn->score(sentence);
        sentences.push_back(scored);
    }
    return sentences;
}

}  // namespace noosphere::core::text
