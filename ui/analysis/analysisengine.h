// The analysis panel's work on the worker: the lexicons load once (VADER for the emotion arc, CMUdict and the
// stop words for readability and repetition), then each analysis of the chapter and the manuscript runs as a
// job that the next edit supersedes. Results come back as a signal on the UI thread.
#pragma once

#include "analysis/hardsentences.h"
#include "text/knowledge/emotionarc.h"
#include "text/knowledge/textstats.h"
#include "worker/job.h"

#include <QObject>
#include <QString>

#include <memory>
#include <string>
#include <vector>

namespace noosphere::ui {

class EngineBridge;

/// What one analysis found. `problem` is set (and the rest empty) when a lexicon is missing or damaged.
struct AnalysisResult {
    quint64 serial = 0;
    core::text::EmotionArc chapterArc;
    core::text::EmotionArc manuscriptArc;
    std::size_t chapterIndex = 0;  // the analysed chapter's place among the manuscript's chapters
    core::text::TextStats stats;   // of the chapter
    std::vector<HardSentence> hardSentences;  // of the chapter
    QString problem;
};

class AnalysisEngine : public QObject {
    Q_OBJECT
public:
    explicit AnalysisEngine(EngineBridge *bridge, QObject *parent = nullptr);
    ~AnalysisEngine() override;

    /// Analyses chapter `chapterIndex` of `chapters` (UTF-8, the whole manuscript in order) on the worker,
    /// superseding an analysis not yet finished. `titled`: show it in the jobs area (a long manuscript).
    void analyse(quint64 serial, std::vector<std::string> chapters, std::size_t chapterIndex, bool titled);
    /// Stops the analysis under way, if any; it reports nothing.
    void cancel();

Q_SIGNALS:
    void analysed(const noosphere::ui::AnalysisResult &result);

private:
    struct Lexicons;
    EngineBridge *m_bridge;
    core::JobId m_job = 0;  // the last analysis submitted
    std::shared_ptr<std::shared_ptr<const Lexicons>> m_lexicons;  // filled by the first job, read by the rest
};

}  // namespace noosphere::ui
