#include "text/knowledge/languagedata.h"

#include "text/knowledge/wordfrequency.h"

namespace noosphere::core::text {

models::Result<LanguageData> LanguageData::load()
{
    auto pronouncer = Pronouncer::load();
    if (!pronouncer)
        return pronouncer.error();
    auto stopWords = StopWords::load();
    if (!stopWords)
        return stopWords.error();
    LanguageData data;
    data.pronouncer = std::make_shared<const Pronouncer>(std::move(pronouncer).value());
    data.stopWords = std::make_shared<const StopWords>(std::move(stopWords).value());
    std::shared_ptr<const WordFrequency> frequency;
    if (auto loaded = WordFrequency::load())
        frequency = std::make_shared<const WordFrequency>(std::move(loaded).value());
    else
        data.warning = loaded.error().detail + "; ranking words without their frequencies";
    data.commonness = std::make_shared<const Commonness>(frequency, data.stopWords);
    return data;
}

}  // namespace noosphere::core::text
