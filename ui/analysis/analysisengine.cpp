#include "analysis/analysisengine.h"

#include "engine/enginebridge.h"
#include "text/knowledge/languagedata.h"
#include "text/knowledge/vaderlexicon.h"

#include <QMetaObject>
#include <QPointer>

#include <mutex>

namespace noosphere::ui {

namespace text = core::text;

namespace {
constexpr auto kAnalyseKey = "analysis.run";
}  // namespace

struct AnalysisEngine::Lexicons {
    text::VaderLexicon vader;
    text::LanguageData language;
};

AnalysisEngine::AnalysisEngine(EngineBridge *bridge, QObject *parent)
    : QObject(parent)
    , m_bridge(bridge)
    , m_lexicons(std::make_shared<std::shared_ptr<const Lexicons>>())
{
}

AnalysisEngine::~AnalysisEngine() = default;

void AnalysisEngine::analyse(quint64 serial, std::vector<std::string> chapters, std::size_t chapterIndex, bool titled)
{
    QPointer<AnalysisEngine> self(this);
    m_job = m_bridge->submit(
        {.kind = kAnalyseKey,
         .title = titled ? tr("Analysing the manuscript").toStdString() : std::string(),
         .supersedeKey = kAnalyseKey,
         .priority = core::Priority::Interactive,
         .run = [self, serial, chapters = std::move(chapters), chapterIndex,
                 lexicons = m_lexicons](const core::CancelToken &cancel, const core::Progress &progress) {
             AnalysisResult result{.serial = serial, .chapterIndex = chapterIndex};
             const auto post = [self](AnalysisResult done) {
                 QMetaObject::invokeMethod(
                     self, [self, done = std::move(done)] { if (self) Q_EMIT self->analysed(done); },
                     Qt::QueuedConnection);
             };
             // Jobs of one key run one at a time, so only this job touches *lexicons now.
             if (!*lexicons) {
                 progress(0.0, "lexicons");
                 auto vader = text::VaderLexicon::load();
                 auto language = vader ? text::LanguageData::load() : models::Result<text::LanguageData>(vader.error());
                 if (!vader || !language) {
                     const auto &error = !vader ? vader.error() : language.error();
                     result.problem = QString::fromStdString(error.detail);
                     post(std::move(result));
                     return;
                 }
                 *lexicons = std::make_shared<const Lexicons>(
                     Lexicons{std::move(vader).value(), std::move(language).value()});
             }
             const Lexicons &data = **lexicons;
             if (cancel.isCancelled() || chapterIndex >= chapters.size())
                 return;
             progress(0.2, "emotion arc");
             std::vector<std::string_view> views(chapters.begin(), chapters.end());
             result.manuscriptArc = text::manuscriptArc(views, data.vader);
             if (cancel.isCancelled())
                 return;
             result.chapterArc = text::chapterArc(chapters[chapterIndex], data.vader);
             if (cancel.isCancelled())
                 return;
             progress(0.6, "readability");
             result.stats = text::computeTextStats(chapters[chapterIndex], data.language);
             if (cancel.isCancelled())
                 return;
             progress(0.85, "hard sentences");
             result.hardSentences = findHardSentences(chapters[chapterIndex], *data.language.pronouncer);
             progress(1.0, {});
             post(std::move(result));
         }});
}

void AnalysisEngine::cancel()
{
    if (m_job)
        m_bridge->cancel(m_job);
    m_job = 0;
}

}  // namespace noosphere::ui
