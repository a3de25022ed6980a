// The Writer's story bible, seen by QML as the `Bible` singleton (a child of the Studio): the entries of the open
// project (add, edit and delete are saved at once; a delete can be undone), the names the chapter uses that the
// bible lacks (found on the worker), the mentions underlined in the editor, and the entries for the assistant.
#pragma once

#include "bible/bibleentrylistmodel.h"
#include "bible/mentionlayer.h"
#include "bible/namesuggester.h"
#include "bible/namesuggestionlistmodel.h"
#include "common/result.h"

#include <QObject>
#include <QSettings>
#include <QUndoStack>
#include <QtQml/qqmlregistration.h>

#include <functional>
#include <optional>
#include <vector>

class QQmlEngine;
class QJSEngine;

namespace noosphere::core {
class ProjectStore;
}

namespace noosphere::ui {

class EngineBridge;
class Studio;
class WriterController;

class BibleController : public QObject {
    Q_OBJECT
    QML_NAMED_ELEMENT(Bible)
    QML_SINGLETON
    Q_PROPERTY(bool open READ isOpen WRITE setOpen NOTIFY openChanged)
    Q_PROPERTY(bool editable READ isEditable NOTIFY projectChanged)
    Q_PROPERTY(bool highlightMentions READ highlightMentions WRITE setHighlightMentions NOTIFY
                   highlightMentionsChanged)
    Q_PROPERTY(bool suggesting READ isSuggesting NOTIFY suggestingChanged)
    Q_PROPERTY(bool canUndoRemove READ canUndoRemove NOTIFY canUndoRemoveChanged)
    Q_PROPERTY(bool canUndo READ canUndo NOTIFY canUndoRemoveChanged)
    Q_PROPERTY(bool canRedo READ canRedo NOTIFY canUndoRemoveChanged)
    Q_PROPERTY(QString undoText READ undoText NOTIFY canUndoRemoveChanged)
    Q_PROPERTY(QString notice READ notice NOTIFY noticeChanged)
    Q_PROPERTY(noosphere::ui::BibleEntryListModel *entries READ entries CONSTANT)
    Q_PROPERTY(noosphere::ui::NameSuggestionListModel *suggestions READ suggestions CONSTANT)
public:
    BibleController(EngineBridge *bridge, WriterController *writer, QObject *parent = nullptr);
    ~BibleController() override;

    /// The Studio's bible, made on first use as its child (so it outlives the worker, as controllers do).
    static BibleController *forStudio(Studio *studio);
    static BibleController *create(QQmlEngine *, QJSEngine *);

    /// The project whose bible is shown (not owned; nullptr when none is open). The Studio wiring follows the
    /// Writer, which lets go of a project before the Studio closes it.
    void setStore(core::ProjectStore *store);

    bool isOpen() const { return m_open; }
    void setOpen(bool open);
    bool isEditable() const;
    bool highlightMentions() const { return m_layer.isEnabled(); }
    void setHighlightMentions(bool on);
    bool isSuggesting() const { return m_suggesting; }
    /// The last edit was a delete (the toast's Undo).
    bool canUndoRemove() const;
    bool canUndo() const { return m_history.canUndo(); }
    bool canRedo() const { return m_history.canRedo(); }
    QString undoText() const { return m_history.undoText(); }
    QString notice() const { return m_notice; }
    BibleEntryListModel *entries() { return &m_entries; }
    NameSuggestionListModel *suggestions() { return &m_suggestions; }
    /// The entries, in the bible's order: what the assistant's lorebook reads. UI thread.
    const std::vector<core::text::BibleEntry> &allEntries() const { return m_entries.entries(); }

    /// `kind` is a core::text::BibleKind; `aliases` comma-separated. The new entry's id, or 0 (with a notice).
    Q_INVOKABLE qint64 addEntry(int kind, const QString &name, const QString &aliases, const QString &notes);
    Q_INVOKABLE bool updateEntry(qint64 id, int kind, const QString &name, const QString &aliases,
                                 const QString &notes);
    /// Deletes the entry; undo() (or undoRemove() right after) puts it back with its id and place.
    Q_INVOKABLE bool removeEntry(qint64 id);
    Q_INVOKABLE bool undoRemove();
    /// Adds, edits and deletes are one undo history per open project (Ctrl+Z / Ctrl+Shift+Z in the panel).
    Q_INVOKABLE void undo() { m_history.undo(); }
    Q_INVOKABLE void redo() { m_history.redo(); }
    /// Looks for names in the chapter in the editor, on the worker.
    Q_INVOKABLE void refreshSuggestions();
    /// Adds suggestion `row` as an entry of its guessed kind; its id, or 0.
    Q_INVOKABLE qint64 addSuggestion(int row);
    Q_INVOKABLE void clearNotice() { setNotice({}); }

Q_SIGNALS:
    void openChanged();
    void projectChanged();
    void highlightMentionsChanged();
    void suggestingChanged();
    void canUndoRemoveChanged();
    void noticeChanged();
    /// The entries changed (the assistant's next prompt reads them).
    void entriesChanged();
    /// An entry was deleted: the view offers Undo.
    void entryRemoved(const QString &name);

private:
    void reload();
    /// Emits a notice for a failed store call; true when it succeeded.
    template <typename T> bool succeeded(const noosphere::models::Result<T> &result, const QString &what);
    void setNotice(const QString &notice);
    void forgetRemoved();
    /// Runs `redo` now as one undo step; `removal` marks a delete for canUndoRemove().
    void push(const QString &text, std::function<bool()> redo, std::function<bool()> undo, bool removal = false);
    int positionOf(qint64 id) const;

    WriterController *m_writer;
    core::ProjectStore *m_store = nullptr;
    BibleEntryListModel m_entries;
    NameSuggestionListModel m_suggestions;
    NameSuggester m_suggester;
    MentionLayer m_layer;
    QSettings m_stored;  // the panel's own settings (open, highlight)
    bool m_open = false;
    bool m_suggesting = false;
    quint64 m_suggestSerial = 0;
    QUndoStack m_history;
    QString m_notice;
};

/// "Anne, Miss Anne , ," → {"Anne", "Miss Anne"}: the panel's comma-separated aliases, trimmed, empties dropped.
std::vector<std::string> splitAliases(const QString &aliases);

}  // namespace noosphere::ui
