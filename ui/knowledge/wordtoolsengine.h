// The word tools' work on the worker: loading the dictionaries (a titled job in the jobs area, with progress and
// Cancel) and finding rhymes (a scan of CMUdict, 15–40 ms: housekeeping, superseded by the next word). Results
// come back as signals on the UI thread.
#pragma once

#include "knowledge/worddictionaries.h"
#include "text/knowledge/rhymes.h"

#include <QObject>
#include <QString>

#include <memory>

namespace noosphere::ui {

class EngineBridge;

class WordToolsEngine : public QObject {
    Q_OBJECT
public:
    explicit WordToolsEngine(EngineBridge *bridge, QObject *parent = nullptr);

    /// Loads the dictionaries on the worker, unless that is under way or done.
    void load();
    bool isLoading() const { return m_loadJob != 0; }
    /// The loaded dictionaries (UI thread only; immutable, shared with jobs), or null before loaded().
    std::shared_ptr<const WordDictionaries> dictionaries() const { return m_dictionaries; }

    /// Finds rhymes of `word` on the worker, superseding a pending search; rhymesFound() carries `serial`.
    void findRhymes(quint64 serial, const QString &word, const core::text::RhymeOptions &options);

Q_SIGNALS:
    void loaded();
    /// The load was cancelled (jobs area) before it finished; load() may be called again.
    void loadCancelled();
    void rhymesFound(quint64 serial, const core::text::RhymeResult &result);

private:
    void onJobChanged(quint64 id, int state);

    EngineBridge *m_bridge;
    std::shared_ptr<const WordDictionaries> m_dictionaries;
    quint64 m_loadJob = 0;
};

}  // namespace noosphere::ui
