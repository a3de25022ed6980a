// The Writer's word tools, seen by QML as the `Words` singleton (a child of the Studio): the popup's senses and
// synonyms, rhymes and syllables of the word at the cursor or in the selection, replacing it by a synonym as one
// undo step of the editor, and the concept graph panel.
//
// Threads: the dictionaries load on the worker (a job in the jobs area, ~1 s the first time while WordNet's index
// is compiled into the cache folder, ~0.2 s after); until then the popup says so and the editor is untouched.
// Once loaded they are immutable and shared: senses, syllables and the graph (each well under a millisecond) are
// answered on the UI thread, rhymes (a 15–40 ms scan of CMUdict) on the worker.
#pragma once

#include "knowledge/conceptgraphmodel.h"
#include "knowledge/pronunciationlistmodel.h"
#include "knowledge/rhymelistmodel.h"
#include "knowledge/senselistmodel.h"
#include "knowledge/wordtoolsengine.h"

#include <QObject>
#include <QSettings>
#include <QTextCursor>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

class QQmlEngine;
class QJSEngine;

namespace noosphere::ui {

class EngineBridge;
class Studio;
class WriterController;

class WordToolsController : public QObject {
    Q_OBJECT
    QML_NAMED_ELEMENT(Words)
    QML_SINGLETON
    Q_PROPERTY(Status status READ status NOTIFY statusChanged)
    Q_PROPERTY(QString wordNetProblem READ wordNetProblem NOTIFY statusChanged)
    Q_PROPERTY(QString soundProblem READ soundProblem NOTIFY statusChanged)
    Q_PROPERTY(QString word READ word NOTIFY wordChanged)
    Q_PROPERTY(bool canReplace READ canReplace NOTIFY wordChanged)
    Q_PROPERTY(LookupState sensesState READ sensesState NOTIFY resultsChanged)
    Q_PROPERTY(LookupState soundState READ soundState NOTIFY resultsChanged)
    Q_PROPERTY(bool guessed READ isGuessed NOTIFY resultsChanged)
    Q_PROPERTY(bool rhymesBusy READ rhymesBusy NOTIFY resultsChanged)
    Q_PROPERTY(int rhymeSyllables READ rhymeSyllables WRITE setRhymeSyllables NOTIFY rhymeSyllablesChanged)
    Q_PROPERTY(bool graphOpen READ isGraphOpen WRITE setGraphOpen NOTIFY graphOpenChanged)
    Q_PROPERTY(int cursorPosition READ cursorPosition WRITE setCursorPosition NOTIFY cursorPositionChanged)
    Q_PROPERTY(QString notice READ notice NOTIFY noticeChanged)
    Q_PROPERTY(noosphere::ui::SenseListModel *senses READ senses CONSTANT)
    Q_PROPERTY(noosphere::ui::RhymeListModel *rhymes READ rhymes CONSTANT)
    Q_PROPERTY(noosphere::ui::PronunciationListModel *pronunciations READ pronunciations CONSTANT)
    Q_PROPERTY(noosphere::ui::ConceptGraphModel *graph READ graph CONSTANT)
public:
    enum class Status { NotLoaded, Loading, Ready };
    Q_ENUM(Status)
    /// What one side of the popup has for the word: Unavailable when its dictionary is missing or damaged.
    enum class LookupState { Idle, Waiting, Found, NoEntry, Unavailable };
    Q_ENUM(LookupState)

    /// The graph follows the word under the cursor after it rests this long.
    static constexpr int kFollowCursorMs = 400;
    /// A selection longer than this is not a word or a phrase to look up.
    static constexpr int kMaxLookupChars = 80;
    /// Rhymes asked for, of each list (perfect, near).
    static constexpr int kRhymeLimit = 40;

    WordToolsController(EngineBridge *bridge, WriterController *writer, QObject *parent = nullptr);
    ~WordToolsController() override;

    /// The Studio's word tools, made on first use as its child (so they outlive the worker, as controllers do).
    static WordToolsController *forStudio(Studio *studio);
    static WordToolsController *create(QQmlEngine *, QJSEngine *);

    Status status() const { return m_status; }
    QString wordNetProblem() const { return m_wordNetProblem; }
    QString soundProblem() const { return m_soundProblem; }
    QString word() const { return m_word; }
    bool canReplace() const;
    LookupState sensesState() const { return m_sensesState; }
    LookupState soundState() const { return m_soundState; }
    bool isGuessed() const { return m_guessed; }
    bool rhymesBusy() const { return m_rhymesBusy; }
    int rhymeSyllables() const { return m_rhymeSyllables; }
    void setRhymeSyllables(int syllables);
    bool isGraphOpen() const { return m_graphOpen; }
    void setGraphOpen(bool open);
    int cursorPosition() const { return m_cursor; }
    void setCursorPosition(int position);
    QString notice() const { return m_notice; }
    SenseListModel *senses() { return &m_senses; }
    RhymeListModel *rhymes() { return &m_rhymes; }
    PronunciationListModel *pronunciations() { return &m_pronunciations; }
    ConceptGraphModel *graph() { return &m_graph; }

    /// Loads the dictionaries on the worker (once); look-ups before they are in wait for them.
    Q_INVOKABLE void loadDictionaries();
    /// Looks up the selection in the editor (a word or short phrase), else the word at `cursorPosition`; that text
    /// is what a replacement replaces. False (with a notice) when there is nothing to look up there.
    Q_INVOKABLE bool lookUpInEditor(int selectionStart, int selectionEnd, int cursorPosition);
    /// The word of the editor at `position` (for the right-click menu's "Look up “word”"), or empty.
    Q_INVOKABLE QString wordInEditorAt(int position) const;
    /// Looks up `word` on its own: nothing in the editor to replace.
    Q_INVOKABLE void lookUp(const QString &word);
    /// Writes `replacement` over the looked-up text, in its case, as one undo step; false (with a notice) when the
    /// project is read-only or that text has changed since.
    Q_INVOKABLE bool replaceWith(const QString &replacement);
    Q_INVOKABLE bool replaceWithCurrentSynonym() { return replaceWith(m_senses.currentWord()); }
    Q_INVOKABLE bool replaceWithCurrentRhyme() { return replaceWith(m_rhymes.currentWord()); }
    Q_INVOKABLE void clearNotice() { setNotice({}); }

Q_SIGNALS:
    void statusChanged();
    void wordChanged();
    void resultsChanged();
    void rhymeSyllablesChanged();
    void graphOpenChanged();
    void cursorPositionChanged();
    void noticeChanged();
    /// A replacement was written, ending at `cursorPosition`: the editor puts its cursor there.
    void replaced(int cursorPosition);

private:
    /// Shows `word` in the popup and the graph (waiting for the dictionaries if need be).
    void show(const QString &word);
    void onLoaded();
    void onLoadCancelled();
    void refresh();
    void showSenses();
    void showSounds();
    void requestRhymes();
    void onRhymesFound(quint64 serial, const core::text::RhymeResult &result);
    void followCursor();
    void forgetTarget();
    void setNotice(const QString &notice);

    WriterController *m_writer;
    WordToolsEngine m_engine;
    SenseListModel m_senses;
    RhymeListModel m_rhymes;
    PronunciationListModel m_pronunciations;
    ConceptGraphModel m_graph;
    QSettings m_stored;  // the panel's own settings (open)
    QTimer m_follow;     // the cursor rests on a word
    Status m_status = Status::NotLoaded;
    QString m_wordNetProblem;
    QString m_soundProblem;
    QString m_word;
    QTextCursor m_target;  // the looked-up text in the editor; follows edits around it
    QString m_targetText;
    QString m_followed;    // the last word the graph followed the cursor to
    LookupState m_sensesState = LookupState::Idle;
    LookupState m_soundState = LookupState::Idle;
    bool m_guessed = false;
    bool m_rhymesBusy = false;
    quint64 m_rhymeSerial = 0;
    int m_rhymeSyllables = 0;
    bool m_graphOpen = false;
    int m_cursor = 0;
    QString m_notice;
};

}  // namespace noosphere::ui
