#include "knowledge/worddictionaries.h"

#include "text/knowledge/commonness.h"
#include "text/knowledge/datafiles.h"
#include "text/knowledge/pronouncer.h"
#include "text/knowledge/rhymes.h"
#include "text/knowledge/stopwords.h"
#include "text/knowledge/wordfrequency.h"
#include "text/knowledge/wordnet.h"

namespace noosphere::ui {

namespace text = core::text;

namespace {

DictionaryProblem problem(const models::Error &error, std::string_view package, std::string where)
{
    return {.code = error.code, .detail = error.detail, .package = std::string(package), .where = std::move(where)};
}

}  // namespace

std::optional<WordDictionaries> loadWordDictionaries(const core::CancelToken &cancel, const core::Progress &progress)
{
    WordDictionaries loaded;
    progress(0.0, "WordNet");
    if (auto wordnet = text::WordNet::openDefault()) {
        loaded.compiledWordNet = wordnet->loadReport().action != text::WordNetLoadReport::Action::Loaded;
        loaded.wordnet = std::make_shared<const text::WordNet>(std::move(wordnet).value());
    } else {
        loaded.wordnetProblem = problem(wordnet.error(), "wordnet-base", text::wordnetDir().string());
    }
    if (cancel.isCancelled())
        return std::nullopt;

    progress(0.6, "CMUdict");
    const std::string npmDir = text::npmDataDir().string();
    auto dictionary = text::PronouncingDictionary::load();
    if (!dictionary) {
        loaded.soundProblem = problem(dictionary.error(), text::PronouncingDictionary::kPackage, npmDir);
        return loaded;
    }
    loaded.pronouncer = std::make_shared<const text::Pronouncer>(
        std::make_shared<const text::PronouncingDictionary>(std::move(dictionary).value()));
    if (cancel.isCancelled())
        return std::nullopt;

    // Rhymes are ranked by commonness; without the stop words or WordNet's counts the ranking is plainer, not gone.
    progress(0.85, "ranking");
    std::shared_ptr<const text::StopWords> stopWords;
    if (auto loadedStopWords = text::StopWords::load())
        stopWords = std::make_shared<const text::StopWords>(std::move(loadedStopWords).value());
    std::shared_ptr<const text::WordFrequency> frequency;
    if (loaded.wordnet)
        if (auto loadedFrequency = text::WordFrequency::load())
            frequency = std::make_shared<const text::WordFrequency>(std::move(loadedFrequency).value());
    loaded.rhymeFinder = std::make_shared<const text::RhymeFinder>(
        loaded.pronouncer, std::make_shared<const text::Commonness>(frequency, stopWords));
    progress(1.0, {});
    return loaded;
}

}  // namespace noosphere::ui
