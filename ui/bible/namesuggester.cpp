#include "bible/namesuggester.h"

#include "engine/enginebridge.h"
#include "text/bible/namelists.h"
#include "text/knowledge/stopwords.h"

#include <QMetaObject>
#include <QPointer>

#include <optional>

namespace noosphere::ui {

namespace {
constexpr char kSuggestKey[] = "bible.names";
}  // namespace

struct NameSuggester::Data {
    std::optional<core::text::NameLists> names;
    std::optional<core::text::StopWords> stopWords;  // empty when the npm package is missing: no stop words
};

NameSuggester::NameSuggester(EngineBridge *bridge, QObject *parent)
    : QObject(parent)
    , m_bridge(bridge)
    , m_data(std::make_shared<Data>())
{
}

NameSuggester::~NameSuggester() = default;

void NameSuggester::suggest(quint64 serial, std::string text, std::vector<core::text::BibleEntry> known)
{
    QPointer<NameSuggester> self(this);
    m_bridge->submit(
        {.kind = kSuggestKey,
         .title = {},  // the panel shows it; not worth a line in the jobs area
         .supersedeKey = kSuggestKey,
         .priority = core::Priority::Normal,
         .run = [self, data = m_data, text = std::move(text), known = std::move(known),
                 serial](const core::CancelToken &cancel, const core::Progress &) {
             if (!data->names) {
                 data->names = core::text::NameLists::load();
                 if (auto stopWords = core::text::StopWords::load())
                     data->stopWords = std::move(stopWords).value();
             }
             if (cancel.isCancelled())
                 return;
             auto candidates = core::text::findNameCandidates(text, known, *data->names,
                                                              data->stopWords ? &*data->stopWords : nullptr);
             QMetaObject::invokeMethod(
                 self,
                 [self, serial, candidates = std::move(candidates)] {
                     if (self)
                         Q_EMIT self->suggested(serial, candidates);
                 },
                 Qt::QueuedConnection);
         }});
}

}  // namespace noosphere::ui
