#include "writer/writercontroller.h"

#include "store/projectstore.h"
#include "text/textparts.h"
#include "text/wordcount.h"
#include "writer/lambdacommand.h"
#include "writer/textfinder.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QQuickTextDocument>
#include <QTextDocument>
#include <QThreadPool>

namespace noosphere::ui {
namespace {

// Default autosave delay: the project file holds every edit within this time of the keystroke.
constexpr int kDefaultAutosaveMs = 1000;
// Counting waits for this pause in typing; it runs on a pool thread, so long chapters never stall typing.
constexpr int kRecountDelayMs = 300;
// A chapter opened with more characters than this is counted on the pool (900,000 take ~35 ms here).
constexpr qsizetype kCountOnPoolChars = 200'000;

FindOptions options(bool caseSensitive, bool wholeWords, bool backward = false)
{
    return {.caseSensitive = caseSensitive, .wholeWords = wholeWords, .backward = backward};
}

}  // namespace

WriterController::WriterController(QObject *parent)
    : QObject(parent)
{
    m_autosave.setSingleShot(true);
    m_autosave.setInterval(kDefaultAutosaveMs);
    connect(&m_autosave, &QTimer::timeout, this, &WriterController::flush);
    m_recountDelay.setSingleShot(true);
    m_recountDelay.setInterval(kRecountDelayMs);
    connect(&m_recountDelay, &QTimer::timeout, this, &WriterController::recount);
    connect(&m_history, &QUndoStack::indexChanged, this, &WriterController::historyChanged);
    connect(&m_history, &QUndoStack::canUndoChanged, this, &WriterController::historyChanged);
    connect(&m_history, &QUndoStack::canRedoChanged, this, &WriterController::historyChanged);
}

WriterController::~WriterController()
{
    flush();
    if (auto *doc = document())
        disconnect(doc, nullptr, this, nullptr);
    m_highlighter.attach(nullptr);  // removing its formats emits contentsChanged(), not to reach a half-destroyed us
}

void WriterController::setStore(core::ProjectStore *store)
{
    flush();
    m_goal.setStore(nullptr);  // the old project's day must not be measured against the new one's words
    m_store = store;
    m_history.clear();
    reload();
    m_goal.setStore(store);
    Q_EMIT projectChanged();
}

bool WriterController::isReadOnly() const
{
    return m_store && m_store->isReadOnly();
}

void WriterController::setAutosaveIntervalMs(int ms)
{
    ms = std::clamp(ms, 200, 60'000);
    if (ms == m_autosave.interval())
        return;
    m_autosave.setInterval(ms);
    Q_EMIT autosaveIntervalMsChanged();
}

QTextDocument *WriterController::document() const
{
    return m_document ? m_document->textDocument() : nullptr;
}

void WriterController::attachDocument(QQuickTextDocument *document)
{
    if (m_document == document)
        return;
    if (auto *old = this->document())
        disconnect(old, nullptr, this, nullptr);
    m_document = document;
    m_highlighter.attach(this->document());
    if (auto *doc = this->document()) {
        connect(doc, &QTextDocument::contentsChanged, this, &WriterController::onDocumentChanged);
        loadChapter(m_currentId);
    }
}

int WriterController::currentIndex() const
{
    return m_chapters.rowOf(m_currentId);
}

void WriterController::setCurrentIndex(int row)
{
    const qint64 id = m_chapters.idAt(row);
    if (id == m_currentId)
        return;
    flush();
    loadChapter(id);
}

void WriterController::reload()
{
    std::vector<ChapterRow> rows;
    if (m_store) {
        auto chapters = m_store->chapters();
        if (!succeeded(chapters, tr("Reading the chapters")))
            return;
        for (const auto &c : chapters.value())
            rows.push_back({c.id, QString::fromStdString(c.title), -1});
    }
    m_chapters.reset(std::move(rows));
    loadChapter(m_chapters.idAt(0));
    countAllChapters();
}

void WriterController::loadChapter(qint64 chapterId)
{
    QString body;
    if (m_store && chapterId) {
        auto chapter = m_store->chapter(chapterId);
        if (chapter.ok())
            body = QString::fromStdString(chapter->body);  // invalid UTF-8 shows as U+FFFD
        else
            chapterId = 0;
    }
    m_currentId = chapterId;
    m_dirty = false;
    if (auto *doc = document()) {
        m_loading = true;
        doc->setPlainText(body);  // also clears the editor's undo history, which belonged to the old chapter
        m_loading = false;
    }
    if (body.size() < kCountOnPoolChars) {
        m_counts = countText(body);
        m_chapters.setWords(chapterId, m_counts.words);
    } else {
        m_counts = {};
        recount();
    }
    Q_EMIT countsChanged();
    Q_EMIT currentIndexChanged();
}

void WriterController::selectChapter(qint64 chapterId)
{
    if (chapterId != m_currentId) {
        flush();
        loadChapter(chapterId);
    } else {
        Q_EMIT currentIndexChanged();
    }
}

void WriterController::onDocumentChanged()
{
    if (m_loading || !m_currentId || isReadOnly() || m_highlighter.isRestyling())
        return;
    m_dirty = true;
    setSaveState(SaveState::Pending);
    if (!m_autosave.isActive())
        m_autosave.start();
    m_recountDelay.start();
}

bool WriterController::flush()
{
    m_autosave.stop();
    if (!m_dirty || !m_store || !m_currentId || !document())
        return true;
    const auto result = m_store->setChapterBody(m_currentId, document()->toPlainText().toStdString());
    if (!result.ok()) {
        setSaveState(SaveState::Failed);
        succeeded(result, tr("Saving the chapter"));
        m_autosave.start();  // try again: the disk may come back
        return false;
    }
    m_dirty = false;
    setSaveState(SaveState::Saved);
    return true;
}

void WriterController::setSaveState(SaveState state)
{
    if (state == m_saveState)
        return;
    m_saveState = state;
    Q_EMIT saveStateChanged();
}

template <typename T> bool WriterController::succeeded(const core::Result<T> &result, const QString &what)
{
    if (!result.ok())
        Q_EMIT failed(tr("%1 failed: %2").arg(what, QString::fromStdString(result.error().detail)));
    return result.ok();
}

void WriterController::recount()
{
    if (!document())
        return;
    const quint64 generation = ++m_countGeneration;
    const qint64 chapterId = m_currentId;
    QPointer<WriterController> self(this);
    QThreadPool::globalInstance()->start([self, generation, chapterId, text = document()->toPlainText()] {
        const TextCounts counts = countText(text);
        QMetaObject::invokeMethod(
            self,
            [self, generation, chapterId, counts] {
                if (!self || generation != self->m_countGeneration)
                    return;  // a newer count is on its way
                self->m_counts = counts;
                self->m_chapters.setWords(chapterId, counts.words);
                Q_EMIT self->countsChanged();
            },
            Qt::QueuedConnection);
    });
}

void WriterController::countAllChapters()
{
    std::vector<qint64> ids;
    for (int row = 0; row < m_chapters.rowCount(); ++row)
        ids.push_back(m_chapters.idAt(row));
    countChapters(ids);
}

void WriterController::countChapters(const std::vector<qint64> &ids)
{
    if (!m_store)
        return;
    std::vector<std::pair<qint64, QString>> bodies;
    for (const qint64 id : ids) {
        if (auto chapter = m_store->chapter(id); chapter.ok())
            bodies.emplace_back(id, QString::fromStdString(chapter->body));
    }
    QPointer<WriterController> self(this);
    QThreadPool::globalInstance()->start([self, bodies = std::move(bodies)] {
        for (const auto &[id, body] : bodies) {
            const qint64 words = countText(body).words;
            QMetaObject::invokeMethod(
                self,
                [self, id, words] {
                    if (self)
                        self->m_chapters.setWords(id, words);
                },
                Qt::QueuedConnection);
        }
    });
}

void WriterController::push(const QString &text, std::function<void()> redo, std::function<void()> undo)
{
    m_history.push(new LambdaCommand(text, std::move(redo), std::move(undo)));  // push() runs redo once
}

void WriterController::addChapter()
{
    if (!m_store || isReadOnly())
        return;
    flush();
    const int position = m_chapters.rowCount() == 0 ? 0 : currentIndex() + 1;
    const QString title = tr("Chapter %1").arg(m_chapters.rowCount() + 1);
    auto chapter = std::make_shared<core::Chapter>(core::Chapter{0, title.toStdString(), {}, position});
    push(
        tr("Add “%1”").arg(title),
        [this, chapter] {
            if (chapter->id == 0) {
                auto id = m_store->addChapter(chapter->title, chapter->body, chapter->position);
                if (!succeeded(id, tr("Adding a chapter")))
                    return;
                chapter->id = id.value();
            } else if (!succeeded(m_store->restoreChapter(*chapter), tr("Adding a chapter"))) {
                return;
            }
            m_chapters.insert(chapter->position, {chapter->id, QString::fromStdString(chapter->title), 0});
            selectChapter(chapter->id);
        },
        [this, chapter] {
            flush();
            auto removed = m_store->deleteChapter(chapter->id);
            if (!succeeded(removed, tr("Undoing")))
                return;
            *chapter = removed.value();
            const int row = m_chapters.rowOf(chapter->id);
            m_chapters.remove(row);
            if (chapter->id == m_currentId)
                loadChapter(m_chapters.idAt(std::max(0, row - 1)));
        });
}

void WriterController::renameChapter(int row, const QString &title)
{
    const qint64 id = m_chapters.idAt(row);
    const QString before = m_chapters.titleAt(row);
    const QString after = title.trimmed();
    if (!m_store || isReadOnly() || !id || after.isEmpty() || after == before)
        return;
    auto apply = [this, id](const QString &text) {
        const auto result = m_store->renameChapter(id, text.toStdString());
        if (succeeded(result, tr("Renaming the chapter")))
            m_chapters.setTitle(m_chapters.rowOf(id), text);
    };
    push(
        tr("Rename “%1”").arg(before), [apply, after] { apply(after); }, [apply, before] { apply(before); });
}

void WriterController::moveChapter(int from, int to)
{
    const qint64 id = m_chapters.idAt(from);
    to = std::clamp(to, 0, m_chapters.rowCount() - 1);
    if (!m_store || isReadOnly() || !id || from == to)
        return;
    auto apply = [this, id](int position) {
        const auto result = m_store->moveChapter(id, position);
        if (succeeded(result, tr("Moving the chapter"))) {
            m_chapters.move(m_chapters.rowOf(id), position);
            Q_EMIT currentIndexChanged();
        }
    };
    push(
        tr("Move “%1”").arg(m_chapters.titleAt(from)), [apply, to] { apply(to); }, [apply, from] { apply(from); });
}

void WriterController::deleteChapter(int row)
{
    const qint64 id = m_chapters.idAt(row);
    if (!m_store || isReadOnly() || !id)
        return;
    flush();  // the deleted chapter keeps its latest text for undo
    const QString title = m_chapters.titleAt(row);
    auto saved = std::make_shared<core::Chapter>();
    push(
        tr("Delete “%1”").arg(title),
        [this, id, saved] {
            flush();
            auto removed = m_store->deleteChapter(id);
            if (!succeeded(removed, tr("Deleting the chapter")))
                return;
            *saved = removed.value();
            const int at = m_chapters.rowOf(id);
            m_chapters.remove(at);
            if (id == m_currentId)
                loadChapter(m_chapters.idAt(std::min(at, m_chapters.rowCount() - 1)));
            else
                Q_EMIT currentIndexChanged();
        },
        [this, saved] {
            const auto result = m_store->restoreChapter(*saved);
            if (!succeeded(result, tr("Restoring the chapter")))
                return;
            m_chapters.insert(saved->position, {saved->id, QString::fromStdString(saved->title), -1});
            selectChapter(saved->id);  // counts it
        });
    Q_EMIT chapterDeleted(title);
}

void WriterController::splitChapter(int position)
{
    const qint64 id = m_currentId;
    if (!m_store || isReadOnly() || !id || !document())
        return;
    flush();
    const QString text = document()->toPlainText();
    const int row = currentIndex();
    const QString title = m_chapters.titleAt(row);
    // The split point as a byte offset into the stored UTF-8 body, which is what undo and redo work on.
    const auto splitAt = size_t(text.left(std::clamp(position, 0, int(text.size()))).toUtf8().size());
    auto added =
        std::make_shared<core::Chapter>(core::Chapter{0, tr("%1 (continued)").arg(title).toStdString(), {}, row + 1});
    push(
        tr("Split “%1”").arg(title),
        [this, id, splitAt, added] {
            flush();
            auto current = m_store->chapter(id);
            if (!succeeded(current, tr("Splitting the chapter")))
                return;
            const std::string body = current->body;
            if (body.size() < splitAt) {
                Q_EMIT failed(tr("%1 failed: %2").arg(tr("Splitting the chapter"), tr("the chapter changed since")));
                return;
            }
            added->body = body.substr(splitAt);
            const auto created = added->id == 0 ? m_store->addChapter(added->title, added->body, added->position)
                                                : core::Result<std::int64_t>(added->id);
            if (!succeeded(created, tr("Splitting the chapter")))
                return;
            if (added->id != 0 && !succeeded(m_store->restoreChapter(*added), tr("Splitting the chapter")))
                return;
            added->id = created.value();
            const auto kept = m_store->setChapterBody(id, body.substr(0, splitAt));
            if (!succeeded(kept, tr("Splitting the chapter")))
                return;
            m_chapters.insert(added->position, {added->id, QString::fromStdString(added->title), -1});
            loadChapter(id);  // counts the first half
            countChapters({added->id});
        },
        [this, id, added] {
            flush();
            auto current = m_store->chapter(id);
            if (!succeeded(current, tr("Undoing")))
                return;
            auto removed = m_store->deleteChapter(added->id);
            if (!succeeded(removed, tr("Undoing")))
                return;
            *added = removed.value();
            m_chapters.remove(m_chapters.rowOf(added->id));
            const auto joined = m_store->setChapterBody(id, current->body + added->body);
            succeeded(joined, tr("Undoing"));
            loadChapter(id);  // counts the joined chapter
        });
}

bool WriterController::pasteLargeClipboard()
{
    const QString text = QGuiApplication::clipboard()->text();
    if (text.size() < kLargePasteChars || !m_store || isReadOnly())
        return false;
    const int made = pasteAsChapters(text);
    if (made > 0)
        Q_EMIT notice(tr("The pasted text (%L1 words) became %n new chapter(s) after this one, so that typing stays "
                         "quick. Ctrl+Alt+Z undoes it.",
                         "", made)
                          .arg(core::countWords(text.toStdString())));
    return true;
}

int WriterController::pasteAsChapters(const QString &text)
{
    if (!m_store || isReadOnly() || text.isEmpty())
        return 0;
    flush();
    const auto parts = core::splitIntoParts(text.toStdString(), kPastedChapterWords);
    const int first = m_chapters.rowCount() == 0 ? 0 : currentIndex() + 1;
    auto chapters = std::make_shared<std::vector<core::Chapter>>();
    for (std::size_t i = 0; i < parts.size(); ++i) {
        const auto title = tr("Pasted text %1 of %2").arg(i + 1).arg(parts.size());
        chapters->push_back({0, title.toStdString(), parts[i], first + int(i)});
    }
    push(
        tr("Paste %n chapter(s)", "", int(parts.size())),
        [this, chapters] {
            flush();
            std::vector<qint64> ids;
            for (auto &chapter : *chapters) {
                if (chapter.id == 0) {
                    auto id = m_store->addChapter(chapter.title, chapter.body, chapter.position);
                    if (!succeeded(id, tr("Pasting")))
                        return;
                    chapter.id = id.value();
                } else if (!succeeded(m_store->restoreChapter(chapter), tr("Pasting"))) {
                    return;
                }
                m_chapters.insert(chapter.position, {chapter.id, QString::fromStdString(chapter.title), -1});
                ids.push_back(chapter.id);
            }
            selectChapter(ids.front());
            countChapters(ids);
        },
        [this, chapters] {
            flush();
            for (auto it = chapters->rbegin(); it != chapters->rend(); ++it) {
                auto removed = m_store->deleteChapter(it->id);
                if (!succeeded(removed, tr("Undoing")))
                    return;
                *it = removed.value();
                m_chapters.remove(m_chapters.rowOf(it->id));
            }
            loadChapter(m_chapters.idAt(std::max(0, chapters->front().position - 1)));
        });
    return int(parts.size());
}

QVariantMap WriterController::find(const QString &query, int from, bool backward, bool caseSensitive, bool wholeWords)
{
    const auto match = findInDocument(document(), query, from, options(caseSensitive, wholeWords, backward));
    return {{QStringLiteral("start"), match.start}, {QStringLiteral("end"), match.end}};
}

int WriterController::countMatches(const QString &query, bool caseSensitive, bool wholeWords)
{
    return countInDocument(document(), query, options(caseSensitive, wholeWords));
}

bool WriterController::replaceMatch(int start, int end, const QString &query, const QString &replacement,
                                    bool caseSensitive, bool wholeWords)
{
    if (isReadOnly())
        return false;
    return ui::replaceMatch(document(), {start, end}, query, replacement, options(caseSensitive, wholeWords));
}

int WriterController::replaceAll(const QString &query, const QString &replacement, bool caseSensitive, bool wholeWords)
{
    if (isReadOnly())
        return 0;
    return replaceAllInDocument(document(), query, replacement, options(caseSensitive, wholeWords));
}

}  // namespace noosphere::ui
