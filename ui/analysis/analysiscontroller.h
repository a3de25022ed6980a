// The Writer's analysis panel, seen by QML as the `Analysis` singleton (a child of the Studio): the emotion arc
// of the chapter and of the manuscript, the sentence under the cursor on it, the chapter's readability and its
// overused words and repeated phrases (a click selects their next use), and two switchable marks in the editor
// (long or hard sentences, repetition).
//
// Threads: the analysis runs on the worker (AnalysisEngine) a second after typing stops, superseding the one
// before; only copying the chapters' text happens on the UI thread. Nothing runs while the panel is closed and
// the marks are off; closing the panel stops an analysis under way.
#pragma once

#include "analysis/analysisengine.h"
#include "analysis/readabilitylayer.h"
#include "analysis/repetitionlayer.h"
#include "writer/writercontroller.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QSettings>
#include <QStringList>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

class QQmlEngine;
class QJSEngine;

namespace noosphere::core {
class ProjectStore;
}

namespace noosphere::ui {

class Studio;
class WriterController;

class AnalysisController : public QObject {
    Q_OBJECT
    QML_NAMED_ELEMENT(Analysis)
    QML_SINGLETON
    Q_PROPERTY(bool open READ isOpen WRITE setOpen NOTIFY openChanged)
    Q_PROPERTY(bool busy READ isBusy NOTIFY busyChanged)
    Q_PROPERTY(QString problem READ problem NOTIFY resultsChanged)
    Q_PROPERTY(QList<qreal> chapterArc READ chapterArc NOTIFY resultsChanged)
    Q_PROPERTY(QList<qreal> manuscriptArc READ manuscriptArc NOTIFY resultsChanged)
    Q_PROPERTY(QList<int> chapterStarts READ chapterStarts NOTIFY resultsChanged)
    Q_PROPERTY(int chapterPoint READ chapterPoint NOTIFY cursorPointChanged)
    Q_PROPERTY(int manuscriptPoint READ manuscriptPoint NOTIFY cursorPointChanged)
    Q_PROPERTY(int cursorPosition READ cursorPosition WRITE setCursorPosition NOTIFY cursorPositionChanged)
    Q_PROPERTY(QVariantMap readability READ readability NOTIFY resultsChanged)
    Q_PROPERTY(QStringList overusedWords READ overusedWords NOTIFY resultsChanged)
    Q_PROPERTY(QStringList repeatedPhrases READ repeatedPhrases NOTIFY resultsChanged)
    Q_PROPERTY(bool markHardSentences READ marksHardSentences WRITE setMarkHardSentences NOTIFY marksChanged)
    Q_PROPERTY(bool markRepetition READ marksRepetition WRITE setMarkRepetition NOTIFY marksChanged)
public:
    /// The analysis follows the text after it rests this long.
    static constexpr int kSettleMs = 1000;

    AnalysisController(EngineBridge *bridge, WriterController *writer, QObject *parent = nullptr);
    ~AnalysisController() override;

    /// The open project, for the chapters not in the editor (not owned; nullptr when none is open).
    void setStore(core::ProjectStore *store);

    /// The Studio's analysis, made on first use as its child (so it outlives the worker, as controllers do).
    static AnalysisController *forStudio(Studio *studio);
    static AnalysisController *create(QQmlEngine *, QJSEngine *);

    bool isOpen() const { return m_open; }
    void setOpen(bool open);
    bool isBusy() const { return m_busy; }
    QString problem() const { return m_problem; }
    QList<qreal> chapterArc() const { return m_chapterArc; }
    QList<qreal> manuscriptArc() const { return m_manuscriptArc; }
    QList<int> chapterStarts() const { return m_chapterStarts; }
    int chapterPoint() const { return m_chapterPoint; }
    int manuscriptPoint() const { return m_manuscriptPoint; }
    int cursorPosition() const { return m_cursor; }
    void setCursorPosition(int position);
    QVariantMap readability() const { return m_readability; }
    QStringList overusedWords() const { return m_overused; }
    QStringList repeatedPhrases() const { return m_phrases; }
    bool marksHardSentences() const { return m_hardSentences.isEnabled(); }
    void setMarkHardSentences(bool on);
    /// The hard sentences' marks as they stand in the editor (tests).
    QList<ReadabilityLayer::Span> hardSentenceMarks() const { return m_hardSentences.spans(); }
    bool marksRepetition() const { return m_repetition.isEnabled(); }
    void setMarkRepetition(bool on);

    /// Analyses now instead of after the pause (the panel opening, tests).
    Q_INVOKABLE void analyseNow();
    /// Moves the editor to the sentence of point `point` of the chapter arc, or of the manuscript arc (opening its
    /// chapter first); the editor follows cursorRequested().
    Q_INVOKABLE void goToPoint(int point, bool manuscript);
    /// Selects the next use after the cursor (wrapping) of overused word `row`, or of repeated phrase `row`;
    /// the editor follows selectionRequested().
    Q_INVOKABLE void selectNextUse(int row, bool phrase);
    /// Stops the analysis under way; the last results stay.
    Q_INVOKABLE void cancel();

Q_SIGNALS:
    void openChanged();
    void busyChanged();
    void resultsChanged();
    void cursorPointChanged();
    void cursorPositionChanged();
    void marksChanged();
    /// The editor should put its cursor at `position` (UTF-16) and show it.
    void cursorRequested(int position);
    /// The editor should select [start, end) (UTF-16) and show it.
    void selectionRequested(int start, int end);

private:
    void onAnalysed(const AnalysisResult &result);
    void textChanged();
    /// Analyses after `delayMs` (restarting the wait), if anything shows the analysis.
    void schedule(int delayMs);
    void chapterChanged();
    bool needsAnalysis() const;
    void updateCursorPoint();
    void setBusy(bool busy);

    QPointer<WriterController> m_writer;  // the Studio may delete it first, at shutdown
    core::ProjectStore *m_store = nullptr;
    AnalysisEngine m_engine;
    ReadabilityLayer m_hardSentences;
    RepetitionLayer m_repetition;
    QSettings m_stored;
    QTimer m_settle;
    bool m_open = false;
    bool m_busy = false;
    quint64 m_serial = 0;
    qint64 m_analysedChapterId = 0;
    AnalysisResult m_result;
    QString m_problem;
    QList<qreal> m_chapterArc;
    QList<qreal> m_manuscriptArc;
    QList<int> m_chapterStarts;
    int m_chapterPoint = -1;
    int m_manuscriptPoint = -1;
    int m_cursor = 0;
    QVariantMap m_readability;
    QStringList m_overused;
    QStringList m_phrases;
    QStringList m_overusedTerms;  // as searched for in the editor, one per row of m_overused
    QStringList m_phraseTerms;    // likewise for m_phrases
};

}  // namespace noosphere::ui
