// Finds names to suggest for the story bible on the worker: a 5 MB chapter takes longer than a frame. The name
// lists (first names, places, stop words) are read by the first job and kept for the next ones; only jobs touch
// them. A newer request supersedes a pending one.
#pragma once

#include "text/bible/bibleentry.h"
#include "text/bible/namecandidates.h"

#include <QObject>

#include <memory>
#include <string>
#include <vector>

namespace noosphere::ui {

class EngineBridge;

class NameSuggester : public QObject {
    Q_OBJECT
public:
    explicit NameSuggester(EngineBridge *bridge, QObject *parent = nullptr);
    ~NameSuggester() override;

    /// Looks for names in `text` (UTF-8) that `known` does not hold; suggested() carries `serial`.
    void suggest(quint64 serial, std::string text, std::vector<core::text::BibleEntry> known);

Q_SIGNALS:
    /// On the UI thread. `candidates` are valid until the next call of suggest().
    void suggested(quint64 serial, const std::vector<core::text::NameCandidate> &candidates);

private:
    struct Data;
    EngineBridge *m_bridge;
    std::shared_ptr<Data> m_data;  // filled and read by jobs only
};

}  // namespace noosphere::ui
