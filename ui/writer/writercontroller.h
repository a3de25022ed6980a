// The Writer pane's state: the chapter list with undoable add/rename/reorder/delete, the chapter in the
// editor, autosave of its text, word and character counts, and find/replace on the editor's document.
#pragma once

#include "writer/chapterlistmodel.h"
#include "writer/editorhighlighter.h"
#include "writer/textcounter.h"
#include "writer/writinggoal.h"

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUndoStack>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

#include <vector>

class QQuickTextDocument;
class QTextDocument;

namespace noosphere::core {
class ProjectStore;
}
namespace noosphere::models {
template <typename T> class Result;
}

namespace noosphere::ui {

class WriterController : public QObject {
    Q_OBJECT
    Q_MOC_INCLUDE(<QQuickTextDocument>)
    QML_ELEMENT
    QML_UNCREATABLE("owned by Studio")
    Q_PROPERTY(noosphere::ui::ChapterListModel *chapters READ chapters CONSTANT)
    Q_PROPERTY(noosphere::ui::WritingGoal *goal READ goal CONSTANT)
    Q_PROPERTY(int currentIndex READ currentIndex WRITE setCurrentIndex NOTIFY currentIndexChanged)
    Q_PROPERTY(bool hasProject READ hasProject NOTIFY projectChanged)
    Q_PROPERTY(bool readOnly READ isReadOnly NOTIFY projectChanged)
    Q_PROPERTY(qint64 wordCount READ wordCount NOTIFY countsChanged)
    Q_PROPERTY(qint64 characterCount READ characterCount NOTIFY countsChanged)
    Q_PROPERTY(bool canUndoChapterChange READ canUndoChapterChange NOTIFY historyChanged)
    Q_PROPERTY(bool canRedoChapterChange READ canRedoChapterChange NOTIFY historyChanged)
    Q_PROPERTY(QString undoChapterText READ undoChapterText NOTIFY historyChanged)
    Q_PROPERTY(QString redoChapterText READ redoChapterText NOTIFY historyChanged)
    Q_PROPERTY(SaveState saveState READ saveState NOTIFY saveStateChanged)
    Q_PROPERTY(bool currentChapterIsLong READ currentChapterIsLong NOTIFY countsChanged)
    Q_PROPERTY(
        int autosaveIntervalMs READ autosaveIntervalMs WRITE setAutosaveIntervalMs NOTIFY autosaveIntervalMsChanged)
public:
    enum class SaveState { Saved, Pending, Failed };
    Q_ENUM(SaveState)

    explicit WriterController(QObject *parent = nullptr);
    ~WriterController() override;

    /// Shows the given project (not owned; nullptr when none is open). Flushes the previous one first.
    void setStore(core::ProjectStore *store);

    ChapterListModel *chapters() { return &m_chapters; }
    WritingGoal *goal() { return &m_goal; }
    int currentIndex() const;
    void setCurrentIndex(int row);
    bool hasProject() const { return m_store != nullptr; }
    bool isReadOnly() const;
    qint64 wordCount() const { return m_counts.words; }
    qint64 characterCount() const { return m_counts.characters; }
    bool canUndoChapterChange() const { return m_history.canUndo(); }
    bool canRedoChapterChange() const { return m_history.canRedo(); }
    QString undoChapterText() const { return m_history.undoText(); }
    QString redoChapterText() const { return m_history.redoText(); }
    SaveState saveState() const { return m_saveState; }
    /// Past this many words a chapter gets slow to edit (Qt 6.4's TextEdit re-lays out the scene graph nodes
    /// of the whole document on each keystroke), so the pane suggests splitting it.
    static constexpr qint64 kLongChapterWords = 15'000;
    bool currentChapterIsLong() const { return m_counts.words > kLongChapterWords; }
    int autosaveIntervalMs() const { return m_autosave.interval(); }
    void setAutosaveIntervalMs(int ms);

    /// The editor's document: its text is the current chapter's body.
    Q_INVOKABLE void attachDocument(QQuickTextDocument *document);
    Q_INVOKABLE void addChapter();
    Q_INVOKABLE void renameChapter(int row, const QString &title);
    Q_INVOKABLE void moveChapter(int from, int to);
    Q_INVOKABLE void deleteChapter(int row);
    /// Splits the current chapter at `position` (the editor's cursor): the text after it becomes a new chapter
    /// right after this one. Undo joins them again.
    Q_INVOKABLE void splitChapter(int position);
    /// A paste this long (in characters, ~17k words) goes in as new chapters instead: Qt 6.4's editor takes
    /// seconds per megabyte and then stalls on every keystroke.
    static constexpr qsizetype kLargePasteChars = 100'000;
    /// Words per chapter made from a large paste: well under the long-chapter hint.
    static constexpr qint64 kPastedChapterWords = 10'000;
    /// Ctrl+V: when the clipboard holds a large text, adds it as chapters after the current one (one undo
    /// step) and says so; false leaves the paste to the editor.
    Q_INVOKABLE bool pasteLargeClipboard();
    /// Adds `text` as chapters of at most kPastedChapterWords after the current one; returns how many.
    int pasteAsChapters(const QString &text);
    Q_INVOKABLE void undoChapterChange() { m_history.undo(); }
    Q_INVOKABLE void redoChapterChange() { m_history.redo(); }
    /// Writes the editor's text to the project now. False (and failed()) if the write failed.
    Q_INVOKABLE bool flush();

    /// {start, end} of the next match from `from` (wrapping), or {start: -1}.
    Q_INVOKABLE QVariantMap find(const QString &query, int from, bool backward, bool caseSensitive, bool wholeWords);
    Q_INVOKABLE int countMatches(const QString &query, bool caseSensitive, bool wholeWords);
    Q_INVOKABLE bool replaceMatch(int start, int end, const QString &query, const QString &replacement,
                                  bool caseSensitive, bool wholeWords);
    Q_INVOKABLE int replaceAll(const QString &query, const QString &replacement, bool caseSensitive, bool wholeWords);

    QTextDocument *document() const;
    /// The editor's one highlighter: features add their HighlightLayer to it (C++ only).
    EditorHighlighter *highlighter() { return &m_highlighter; }

Q_SIGNALS:
    void currentIndexChanged();
    void projectChanged();
    void countsChanged();
    void historyChanged();
    void saveStateChanged();
    void autosaveIntervalMsChanged();
    void failed(const QString &message);
    /// Something the user should know that is not a failure (a large paste became chapters).
    void notice(const QString &message);
    /// A chapter was deleted by the user: the view offers Undo.
    void chapterDeleted(const QString &title);

private:
    void reload();
    void loadChapter(qint64 chapterId);
    void selectChapter(qint64 chapterId);
    void onDocumentChanged();
    void recount();
    void countAllChapters();
    void countChapters(const std::vector<qint64> &ids);  // on the pool; updates the chapter list
    void setSaveState(SaveState state);
    /// Emits failed("<what> failed: <detail>") for a failed engine call; true when it succeeded.
    template <typename T> bool succeeded(const models::Result<T> &result, const QString &what);
    void push(const QString &text, std::function<void()> redo, std::function<void()> undo);

    core::ProjectStore *m_store = nullptr;
    ChapterListModel m_chapters;
    WritingGoal m_goal{&m_chapters};  // after m_chapters, which it watches
    QUndoStack m_history;
    QPointer<QQuickTextDocument> m_document;
    EditorHighlighter m_highlighter;
    qint64 m_currentId = 0;
    bool m_dirty = false;
    bool m_loading = false;  // set while we replace the document's text ourselves
    SaveState m_saveState = SaveState::Saved;
    QTimer m_autosave;      // starts at the first unsaved edit, so no edit waits longer than its interval
    QTimer m_recountDelay;  // counting waits for a pause in typing
    TextCounts m_counts;
    quint64 m_countGeneration = 0;
};

}  // namespace noosphere::ui
