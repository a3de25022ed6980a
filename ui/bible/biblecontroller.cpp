#include "bible/biblecontroller.h"

#include "store/projectstore.h"
#include "studio.h"
#include "studiosingleton.h"
#include "writer/writercontroller.h"

#include <QTextDocument>
#include <QUndoCommand>

#include <utility>

namespace noosphere::ui {

using core::text::BibleEntry;
using core::text::BibleKind;

namespace {

BibleKind kindOf(int kind)
{
    return BibleKind(std::clamp(kind, int(BibleKind::Character), int(BibleKind::Lore)));
}

}  // namespace

std::vector<std::string> splitAliases(const QString &aliases)
{
    std::vector<std::string> split;
    for (const QString &alias : aliases.split(QLatin1Char(','))) {
        const QString trimmed = alias.simplified();
        if (!trimmed.isEmpty())
            split.push_back(trimmed.toStdString());
    }
    return split;
}

BibleController::BibleController(EngineBridge *bridge, WriterController *writer, QObject *parent)
    : QObject(parent)
    , m_writer(writer)
    , m_suggester(bridge)
{
    m_open = m_stored.value("bible/open", false).toBool();
    connect(&m_history, &QUndoStack::indexChanged, this, &BibleController::canUndoRemoveChanged);
    connect(&m_history, &QUndoStack::cleanChanged, this, &BibleController::canUndoRemoveChanged);
    m_layer.setEnabled(m_stored.value("bible/highlightMentions", true).toBool());
    m_writer->highlighter()->addLayer(&m_layer);
    connect(&m_suggester, &NameSuggester::suggested, this,
            [this](quint64 serial, const std::vector<core::text::NameCandidate> &candidates) {
                if (serial != m_suggestSerial)
                    return;  // the text or the bible changed since
                m_suggestions.setCandidates(candidates);
                m_suggesting = false;
                Q_EMIT suggestingChanged();
            });
    // Another chapter: the suggestions were about the old one.
    connect(m_writer, &WriterController::currentIndexChanged, this, [this] {
        m_suggestions.setCandidates({});
        if (m_open)
            refreshSuggestions();
    });
}

// NOTE: the layer leaves the highlighter by itself (it holds layers by QPointer): the Writer may be gone already,
// since the Studio deletes its children in the order they were made.
BibleController::~BibleController() = default;

BibleController *BibleController::forStudio(Studio *studio)
{
    if (auto *existing = studio->findChild<BibleController *>(QString(), Qt::FindDirectChildrenOnly))
        return existing;
    auto *bible = new BibleController(studio->engine(), studio->writer(), studio);
    // Never holds a closed store: the Writer lets go of a project before the Studio closes it.
    studio->followProject(bible, [bible, studio](const QString &path, bool) {
        bible->setStore(path.isEmpty() ? nullptr : studio->store());
    });
    return bible;
}

BibleController *BibleController::create(QQmlEngine *, QJSEngine *)
{
    return qmlSingletonOfStudio<BibleController>();
}

void BibleController::setStore(core::ProjectStore *store)
{
    if (store == m_store)
        return;
    m_store = store;
    forgetRemoved();
    m_suggestions.setCandidates({});
    ++m_suggestSerial;  // a pending search was about the old project
    reload();
    Q_EMIT projectChanged();
    if (m_open)
        refreshSuggestions();
}

bool BibleController::isEditable() const { return m_store && !m_store->isReadOnly(); }

void BibleController::setOpen(bool open)
{
    if (open == m_open)
        return;
    m_open = open;
    m_stored.setValue("bible/open", open);
    Q_EMIT openChanged();
    if (open)
        refreshSuggestions();
}

void BibleController::setHighlightMentions(bool on)
{
    if (on == highlightMentions())
        return;
    m_stored.setValue("bible/highlightMentions", on);
    m_layer.setEnabled(on);
    Q_EMIT highlightMentionsChanged();
}

void BibleController::reload()
{
    std::vector<BibleEntry> entries;
    if (m_store) {
        auto read = m_store->bibleEntries();
        if (succeeded(read, tr("Reading the story bible")))
            entries = std::move(read).value();
    }
    m_layer.setEntries(entries);
    m_entries.setEntries(std::move(entries));
    Q_EMIT entriesChanged();
}

template <typename T> bool BibleController::succeeded(const noosphere::models::Result<T> &result, const QString &what)
{
    if (!result.ok())
        setNotice(tr("%1 failed: %2").arg(what, QString::fromStdString(result.error().detail)));
    return result.ok();
}

namespace {

// One bible edit in the undo history. Its first redo() is the edit the controller has just made (and checked), so
// it is skipped; later ones redo it.
class BibleEdit : public QUndoCommand {
public:
    BibleEdit(const QString &text, std::function<bool()> redo, std::function<bool()> undo, bool removal)
        : QUndoCommand(text)
        , m_redo(std::move(redo))
        , m_undo(std::move(undo))
        , m_removal(removal)
    {
    }
    void redo() override
    {
        if (!std::exchange(m_done, false))
            m_redo();
    }
    void undo() override { m_undo(); }
    bool isRemoval() const { return m_removal; }

private:
    std::function<bool()> m_redo;
    std::function<bool()> m_undo;
    bool m_removal;
    bool m_done = true;  // the edit was made before the command was pushed
};

}  // namespace

void BibleController::push(const QString &text, std::function<bool()> redo, std::function<bool()> undo, bool removal)
{
    m_history.push(new BibleEdit(text, std::move(redo), std::move(undo), removal));
}

int BibleController::positionOf(qint64 id) const
{
    int position = 0;
    for (const auto &entry : allEntries()) {
        if (entry.id == id)
            return position;
        ++position;
    }
    return position;
}

bool BibleController::canUndoRemove() const
{
    const auto *last = m_history.canUndo() ? dynamic_cast<const BibleEdit *>(m_history.command(m_history.index() - 1))
                                           : nullptr;
    return last && last->isRemoval();
}

qint64 BibleController::addEntry(int kind, const QString &name, const QString &aliases, const QString &notes)
{
    if (!isEditable())
        return 0;
    if (name.trimmed().isEmpty()) {
        setNotice(tr("An entry needs a name."));
        return 0;
    }
    BibleEntry entry{.kind = kindOf(kind),
                     .name = name.simplified().toStdString(),
                     .aliases = splitAliases(aliases),
                     .notes = notes.trimmed().toStdString()};
    auto id = m_store->addBibleEntry(entry);
    if (!succeeded(id, tr("Adding to the story bible")))
        return 0;
    setNotice({});
    reload();
    entry.id = id.value();
    const int position = positionOf(entry.id);
    push(
        tr("Add “%1”").arg(name.simplified()),
        [this, entry, position] {
            const bool ok = succeeded(m_store->restoreBibleEntry(entry, position), tr("Adding to the story bible"));
            reload();
            return ok;
        },
        [this, id = entry.id] {
            const bool ok = succeeded(m_store->deleteBibleEntry(id), tr("Deleting the entry"));
            reload();
            return ok;
        });
    return entry.id;
}

bool BibleController::updateEntry(qint64 id, int kind, const QString &name, const QString &aliases,
                                  const QString &notes)
{
    if (!isEditable())
        return false;
    if (name.trimmed().isEmpty()) {
        setNotice(tr("An entry needs a name."));
        return false;
    }
    const BibleEntry entry{.id = id,
                           .kind = kindOf(kind),
                           .name = name.simplified().toStdString(),
                           .aliases = splitAliases(aliases),
                           .notes = notes.trimmed().toStdString()};
    std::optional<BibleEntry> before;
    for (const auto &existing : allEntries())
        if (existing.id == id)
            before = existing;
    const bool ok = succeeded(m_store->updateBibleEntry(entry), tr("Saving the entry"));
    if (ok)
        setNotice({});
    reload();
    if (ok && before) {
        const auto save = [this](const BibleEntry &version) {
            const bool saved = succeeded(m_store->updateBibleEntry(version), tr("Saving the entry"));
            reload();
            return saved;
        };
        push(tr("Edit “%1”").arg(name.simplified()), [save, entry] { return save(entry); },
             [save, old = *before] { return save(old); });
    }
    return ok;
}

bool BibleController::removeEntry(qint64 id)
{
    if (!isEditable())
        return false;
    const int position = positionOf(id);
    auto removed = m_store->deleteBibleEntry(id);
    if (!succeeded(removed, tr("Deleting the entry")))
        return false;
    const QString name = QString::fromStdString(removed->name);
    reload();
    push(
        tr("Delete “%1”").arg(name),
        [this, id] {
            const bool ok = succeeded(m_store->deleteBibleEntry(id), tr("Deleting the entry"));
            reload();
            return ok;
        },
        [this, entry = std::move(removed).value(), position] {
            const bool ok = succeeded(m_store->restoreBibleEntry(entry, position), tr("Restoring the entry"));
            reload();
            return ok;
        },
        true);
    Q_EMIT entryRemoved(name);
    return true;
}

bool BibleController::undoRemove()
{
    if (!canUndoRemove() || !isEditable())
        return false;
    m_history.undo();
    return true;
}

void BibleController::forgetRemoved()
{
    m_history.clear();  // the history was the old project's
}

void BibleController::refreshSuggestions()
{
    QTextDocument *doc = m_writer->document();
    if (!m_store || !doc || m_writer->currentIndex() < 0)
        return;
    // toPlainText() copies the chapter once (a 5 MB chapter: milliseconds); the search itself is the worker's.
    m_suggester.suggest(++m_suggestSerial, doc->toPlainText().toStdString(), allEntries());
    if (!m_suggesting) {
        m_suggesting = true;
        Q_EMIT suggestingChanged();
    }
}

qint64 BibleController::addSuggestion(int row)
{
    const auto *candidate = m_suggestions.candidate(row);
    if (!candidate)
        return 0;
    const qint64 id = addEntry(int(candidate->kind), QString::fromStdString(candidate->name), {}, {});
    if (id != 0)
        m_suggestions.remove(row);
    return id;
}

void BibleController::setNotice(const QString &notice)
{
    if (notice == m_notice)
        return;
    m_notice = notice;
    Q_EMIT noticeChanged();
}

}  // namespace noosphere::ui
