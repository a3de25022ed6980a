#include "knowledge/wordtoolsengine.h"

#include "engine/enginebridge.h"

#include <QMetaObject>
#include <QPointer>

namespace noosphere::ui {

namespace {
constexpr char kLoadKey[] = "words.load";
constexpr char kRhymesKey[] = "words.rhymes";
}  // namespace

WordToolsEngine::WordToolsEngine(EngineBridge *bridge, QObject *parent)
    : QObject(parent)
    , m_bridge(bridge)
{
    connect(m_bridge, &EngineBridge::jobChanged, this,
            [this](quint64 id, const QString &, const QString &, int state, double, const QString &) {
                onJobChanged(id, state);
            });
}

void WordToolsEngine::load()
{
    if (m_dictionaries || m_loadJob)
        return;
    QPointer<WordToolsEngine> self(this);
    m_loadJob = m_bridge->submit(
        {.kind = kLoadKey,
         .title = tr("Loading the dictionaries (WordNet, CMUdict)").toStdString(),
         .supersedeKey = kLoadKey,
         .priority = core::Priority::Interactive,
         .run = [self](const core::CancelToken &cancel, const core::Progress &progress) {
             auto loaded = loadWordDictionaries(cancel, progress);
             if (!loaded)
                 return;  // cancelled: onJobChanged reports it
             auto shared = std::make_shared<const WordDictionaries>(std::move(*loaded));
             QMetaObject::invokeMethod(
                 self,
                 [self, shared] {
                     if (!self || self->m_dictionaries)
                         return;
                     self->m_loadJob = 0;
                     self->m_dictionaries = shared;
                     Q_EMIT self->loaded();
                 },
                 Qt::QueuedConnection);
         }});
}

void WordToolsEngine::findRhymes(quint64 serial, const QString &word, const core::text::RhymeOptions &options)
{
    if (!m_dictionaries || !m_dictionaries->rhymeFinder)
        return;
    QPointer<WordToolsEngine> self(this);
    m_bridge->submit({.kind = kRhymesKey,
                      .title = {},  // one per look-up: the popup shows it, not the jobs area
                      .supersedeKey = kRhymesKey,
                      .priority = core::Priority::Interactive,
                      .run = [self, finder = m_dictionaries->rhymeFinder, word = word.toStdString(), options,
                              serial](const core::CancelToken &cancel, const core::Progress &) {
                          if (cancel.isCancelled())
                              return;
                          auto result = finder->find(word, options);
                          QMetaObject::invokeMethod(
                              self,
                              [self, serial, result = std::move(result)] {
                                  if (self)
                                      Q_EMIT self->rhymesFound(serial, result);
                              },
                              Qt::QueuedConnection);
                      }});
}

void WordToolsEngine::onJobChanged(quint64 id, int state)
{
    // A load that ended without posting dictionaries was cancelled (queued, or between its steps). Its result, when
    // there is one, was queued before its final event, so it has landed by now.
    if (id != m_loadJob || state < int(core::JobState::Done))
        return;
    m_loadJob = 0;
    Q_EMIT loadCancelled();
}

}  // namespace noosphere::ui
