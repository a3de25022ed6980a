#include "text/knowledge/commonness.h"

#include <algorithm>

namespace noosphere::core::text {

Commonness::Commonness(std::shared_ptr<const WordFrequency> frequency, std::shared_ptr<const StopWords> stopWords)
    : m_frequency(std::move(frequency))
    , m_stopWords(std::move(stopWords))
{
}

double Commonness::score(std::string_view key) const
{
    double tags = m_frequency ? double(m_frequency->tagCount(key)) : 0.0;
    if (isStopWord(key))
        tags = std::max(tags, kStopWordTags);
    const bool known = isStopWord(key) || (m_frequency && m_frequency->isKnown(key));
    return tags + (known ? 0.5 : 0.0);
}

double Commonness::expectedRate(std::string_view key) const
{
    if (!m_frequency)
        return 0.0;
    const double tags = std::max(1.0, score(key));
    return tags / double(m_frequency->totalTags());
}

}  // namespace noosphere::core::text
