#include "knowledge/wordtoolscontroller.h"

#include "knowledge/editorword.h"
#include "knowledge/wordtexts.h"
#include "studio.h"
#include "studiosingleton.h"
#include "text/knowledge/pronouncer.h"
#include "text/knowledge/syllables.h"
#include "text/knowledge/wordnet.h"
#include "writer/writercontroller.h"

#include <QTextBlock>
#include <QTextDocument>

namespace noosphere::ui {

namespace text = core::text;

namespace {

// A choice is left out when it is the word itself ("bank" among bank's synonyms).
bool sameWord(const QString &a, const QString &b) { return a.compare(b, Qt::CaseInsensitive) == 0; }

void addChoice(QStringList &choices, const QString &choice, const QString &word, const QString &lemma)
{
    if (!sameWord(choice, word) && !sameWord(choice, lemma) && !choices.contains(choice, Qt::CaseInsensitive))
        choices.append(choice);
}

SenseRow senseRow(const text::WordSense &sense, const QString &word)
{
    SenseRow row{.lemma = QString::fromStdString(sense.lemma),
                 .partOfSpeech = partOfSpeechText(sense.pos),
                 .senseNumber = sense.senseNumber,
                 .definition = QString::fromStdString(sense.definition)};
    for (const std::string &example : sense.examples)
        row.examples.append(QString::fromStdString(example));
    for (const std::string &w : sense.words)
        addChoice(row.choices, QString::fromStdString(w), word, row.lemma);
    row.synonymCount = int(row.choices.size());
    if (sense.pos == text::PartOfSpeech::Adjective)  // "happy": blissful, glad… live in its "similar to" synsets
        for (const text::WordNetRelated *similar : sense.related(text::Relation::SimilarTo))
            for (const std::string &w : similar->words)
                addChoice(row.choices, QString::fromStdString(w), word, row.lemma);
    return row;
}

// A selection's text without the punctuation and spaces at its ends ("bank," → "bank"), as a span of it.
TextSpan trimmedSpan(const QString &text)
{
    int start = 0, end = int(text.size());
    const auto wordy = [](QChar c) { return c.isLetterOrNumber() || c.isMark(); };
    while (start < end && !wordy(text.at(start)))
        ++start;
    while (end > start && !wordy(text.at(end - 1)) && !text.at(end - 1).isLowSurrogate())
        --end;
    return {start, end};
}

}  // namespace

WordToolsController::WordToolsController(EngineBridge *bridge, WriterController *writer, QObject *parent)
    : QObject(parent)
    , m_writer(writer)
    , m_engine(bridge)
{
    m_graphOpen = m_stored.value("words/graphOpen", false).toBool();
    m_follow.setSingleShot(true);
    m_follow.setInterval(kFollowCursorMs);
    connect(&m_follow, &QTimer::timeout, this, &WordToolsController::followCursor);
    connect(&m_engine, &WordToolsEngine::loaded, this, &WordToolsController::onLoaded);
    connect(&m_engine, &WordToolsEngine::loadCancelled, this, &WordToolsController::onLoadCancelled);
    connect(&m_engine, &WordToolsEngine::rhymesFound, this, &WordToolsController::onRhymesFound);
    // Another chapter or project: the looked-up text is not in the editor any more.
    connect(m_writer, &WriterController::currentIndexChanged, this, &WordToolsController::forgetTarget);
    connect(m_writer, &WriterController::projectChanged, this, &WordToolsController::forgetTarget);
    if (m_graphOpen)
        loadDictionaries();
}

WordToolsController::~WordToolsController() = default;

WordToolsController *WordToolsController::forStudio(Studio *studio)
{
    if (auto *existing = studio->findChild<WordToolsController *>(QString(), Qt::FindDirectChildrenOnly))
        return existing;
    return new WordToolsController(studio->engine(), studio->writer(), studio);
}

WordToolsController *WordToolsController::create(QQmlEngine *, QJSEngine *)
{
    return qmlSingletonOfStudio<WordToolsController>();
}

bool WordToolsController::canReplace() const
{
    return !m_target.isNull() && m_target.hasSelection() && !m_writer->isReadOnly();
}

void WordToolsController::setRhymeSyllables(int syllables)
{
    syllables = std::clamp(syllables, 0, 20);
    if (syllables == m_rhymeSyllables)
        return;
    m_rhymeSyllables = syllables;
    Q_EMIT rhymeSyllablesChanged();
    requestRhymes();
}

void WordToolsController::setGraphOpen(bool open)
{
    if (open == m_graphOpen)
        return;
    m_graphOpen = open;
    m_stored.setValue("words/graphOpen", open);
    if (open) {
        loadDictionaries();
        if (m_word.isEmpty())
            followCursor();
    }
    Q_EMIT graphOpenChanged();
}

void WordToolsController::setCursorPosition(int position)
{
    if (position == m_cursor)
        return;
    m_cursor = position;
    Q_EMIT cursorPositionChanged();
    if (m_graphOpen)
        m_follow.start();
}

void WordToolsController::loadDictionaries()
{
    if (m_status != Status::NotLoaded)
        return;
    m_status = Status::Loading;
    Q_EMIT statusChanged();
    m_engine.load();
}

void WordToolsController::onLoaded()
{
    const auto dictionaries = m_engine.dictionaries();
    m_status = Status::Ready;
    m_wordNetProblem = dictionaries->wordnetProblem ? wordNetProblemText(*dictionaries->wordnetProblem) : QString();
    m_soundProblem = dictionaries->soundProblem ? soundProblemText(*dictionaries->soundProblem) : QString();
    m_graph.setWordNet(dictionaries->wordnet);
    Q_EMIT statusChanged();
    if (!m_word.isEmpty())
        refresh();
    else if (m_graphOpen)
        followCursor();
}

void WordToolsController::onLoadCancelled()
{
    m_status = Status::NotLoaded;
    m_sensesState = m_soundState = LookupState::Idle;
    Q_EMIT statusChanged();
    Q_EMIT resultsChanged();
}

bool WordToolsController::lookUpInEditor(int selectionStart, int selectionEnd, int cursorPosition)
{
    QTextDocument *doc = m_writer->document();
    if (!doc)
        return false;
    const int last = std::max(0, doc->characterCount() - 1);
    int start = std::clamp(std::min(selectionStart, selectionEnd), 0, last);
    int end = std::clamp(std::max(selectionStart, selectionEnd), 0, last);
    QTextCursor cursor(doc);
    if (start != end) {
        cursor.setPosition(start);
        cursor.setPosition(end, QTextCursor::KeepAnchor);
        const QString selected = cursor.selectedText();
        const TextSpan span = trimmedSpan(selected);
        if (span.start == span.end || span.end - span.start > kMaxLookupChars ||
            selected.mid(span.start, span.end - span.start).contains(QChar::ParagraphSeparator)) {
            setNotice(tr("Select a word or a short phrase to look it up."));
            return false;
        }
        end = start + span.end;
        start += span.start;
    } else {
        const int at = std::clamp(cursorPosition, 0, last);
        const QTextBlock block = doc->findBlock(at);
        const auto span = wordAt(block.text(), at - block.position());
        if (!span) {
            setNotice(tr("There is no word at the cursor to look up."));
            return false;
        }
        start = block.position() + span->start;
        end = block.position() + span->end;
    }
    cursor.setPosition(start);
    cursor.setPosition(end, QTextCursor::KeepAnchor);
    m_target = cursor;
    m_targetText = cursor.selectedText();
    setNotice({});
    show(m_targetText);
    return true;
}

QString WordToolsController::wordInEditorAt(int position) const
{
    QTextDocument *doc = m_writer->document();
    if (!doc)
        return {};
    const QTextBlock block = doc->findBlock(std::clamp(position, 0, std::max(0, doc->characterCount() - 1)));
    const auto span = wordAt(block.text(), position - block.position());
    return span ? block.text().mid(span->start, span->end - span->start) : QString();
}

void WordToolsController::lookUp(const QString &word)
{
    m_target = QTextCursor();  // a word on its own: nothing in the editor to replace
    m_targetText.clear();
    show(word);
}

void WordToolsController::show(const QString &word)
{
    m_word = word.trimmed();
    Q_EMIT wordChanged();
    if (m_status == Status::Ready) {
        refresh();
        return;
    }
    m_senses.clear();
    m_rhymes.clear();
    m_pronunciations.clear();
    m_sensesState = m_soundState = LookupState::Waiting;
    Q_EMIT resultsChanged();
    loadDictionaries();
}

void WordToolsController::refresh()
{
    showSenses();
    showSounds();
    requestRhymes();
    if (m_engine.dictionaries()->wordnet && !m_word.isEmpty())
        m_graph.centreOn(m_word);
    Q_EMIT resultsChanged();
}

void WordToolsController::showSenses()
{
    const auto &wordnet = m_engine.dictionaries()->wordnet;
    QList<SenseRow> rows;
    if (wordnet)
        for (const text::WordSense &sense : wordnet->senses(m_word.toStdString()))
            rows.append(senseRow(sense, m_word));
    m_senses.setSenses(std::move(rows));
    m_sensesState = !wordnet ? LookupState::Unavailable
                  : m_senses.rowCount() > 0 ? LookupState::Found
                                            : LookupState::NoEntry;
}

void WordToolsController::showSounds()
{
    const auto &pronouncer = m_engine.dictionaries()->pronouncer;
    QList<PronunciationRow> rows;
    m_guessed = false;
    if (pronouncer) {
        const text::WordPronunciations pronounced = pronouncer->pronounce(m_word.toStdString());
        m_guessed = pronounced.guessed;
        for (const auto &phones : pronounced.variants)
            rows.append({.syllables = text::countSyllables(phones),
                         .stress = QString::fromStdString(text::stressPattern(phones)),
                         .phones = QString::fromStdString(text::formatPhones(phones))});
    }
    m_pronunciations.setPronunciations(std::move(rows));
    m_soundState = !pronouncer ? LookupState::Unavailable
                 : m_pronunciations.rowCount() > 0 ? LookupState::Found
                                                   : LookupState::NoEntry;
}

void WordToolsController::requestRhymes()
{
    if (m_status != Status::Ready || m_soundState != LookupState::Found) {
        m_rhymes.clear();
        m_rhymesBusy = false;
        return;
    }
    m_rhymesBusy = true;
    m_engine.findRhymes(++m_rhymeSerial, m_word,
                        {.near = true, .nSyllables = m_rhymeSyllables, .limit = std::size_t(kRhymeLimit)});
    Q_EMIT resultsChanged();
}

void WordToolsController::onRhymesFound(quint64 serial, const text::RhymeResult &result)
{
    if (serial != m_rhymeSerial)
        return;  // an older word's
    QList<RhymeRow> rows;
    for (const auto *list : {&result.perfect, &result.near})
        for (const text::Rhyme &r : *list)
            rows.append({.word = QString::fromStdString(r.word),
                         .group = list == &result.perfect ? tr("Perfect rhymes") : tr("Near rhymes"),
                         .kind = rhymeKindText(r.kind),
                         .near = list != &result.perfect,
                         .syllables = r.nSyllables});
    m_rhymes.setRhymes(std::move(rows));
    m_rhymesBusy = false;
    Q_EMIT resultsChanged();
}

bool WordToolsController::replaceWith(const QString &replacement)
{
    QTextDocument *doc = m_writer->document();
    if (replacement.trimmed().isEmpty())
        return false;
    if (m_writer->isReadOnly()) {
        setNotice(tr("This project is read-only, so the word cannot be replaced."));
        return false;
    }
    if (!doc || m_target.isNull() || m_target.document() != doc || m_target.selectedText() != m_targetText) {
        setNotice(tr("The text changed since “%1” was looked up: look it up again.").arg(m_word));
        return false;
    }
    const QString written = inCaseOf(m_targetText, replacement.trimmed());
    QTextCursor cursor = m_target;
    cursor.beginEditBlock();  // one step of the editor's undo
    cursor.insertText(written);
    cursor.endEditBlock();
    const int end = cursor.position();
    m_target.setPosition(end - int(written.size()));
    m_target.setPosition(end, QTextCursor::KeepAnchor);
    m_targetText = written;
    setNotice({});
    Q_EMIT replaced(end);
    return true;
}

void WordToolsController::followCursor()
{
    QTextDocument *doc = m_writer->document();
    if (!m_graphOpen || m_status != Status::Ready || !doc)
        return;
    // Just past a word and its punctuation ("listened.|") still means that word: the one just written.
    QString word;
    for (int back = 0; back <= 2 && word.isEmpty() && m_cursor - back >= 0; ++back)
        word = wordInEditorAt(m_cursor - back);
    if (word.isEmpty() || word == m_followed)
        return;  // still on the same word: a walk away from it stays
    m_followed = word;
    m_graph.centreOn(word);
}

void WordToolsController::forgetTarget()
{
    m_target = QTextCursor();
    m_targetText.clear();
    m_followed.clear();
    Q_EMIT wordChanged();
}

void WordToolsController::setNotice(const QString &notice)
{
    if (notice == m_notice)
        return;
    m_notice = notice;
    Q_EMIT noticeChanged();
}

}  // namespace noosphere::ui
