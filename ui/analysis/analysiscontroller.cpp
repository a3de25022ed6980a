#include "analysis/analysiscontroller.h"

#include "store/projectstore.h"
#include "studio.h"
#include "studiosingleton.h"
#include "writer/writercontroller.h"

#include <QQmlEngine>
#include <QTextDocument>

#include <cmath>

namespace noosphere::ui {

namespace {

// Past this many bytes the analysis is worth a line in the jobs area (a long manuscript takes a second or more).
constexpr std::size_t kTitledBytes = 1'000'000;

QString readingLevel(double ease)
{
    // Flesch's own bands for the reading-ease score.
    if (ease >= 90) return AnalysisController::tr("very easy");
    if (ease >= 80) return AnalysisController::tr("easy");
    if (ease >= 70) return AnalysisController::tr("fairly easy");
    if (ease >= 60) return AnalysisController::tr("plain English");
    if (ease >= 50) return AnalysisController::tr("fairly difficult");
    if (ease >= 30) return AnalysisController::tr("difficult");
    return AnalysisController::tr("very difficult");
}

QList<qreal> smoothedOf(const core::text::EmotionArc &arc)
{
    QList<qreal> values;
    values.reserve(qsizetype(arc.points.size()));
    for (const auto &point : arc.points)
        values.append(point.smoothed);
    return values;
}

}  // namespace

AnalysisController::AnalysisController(EngineBridge *bridge, WriterController *writer, QObject *parent)
    : QObject(parent)
    , m_writer(writer)
    , m_engine(bridge)
{
    m_open = m_stored.value("analysis/open", false).toBool();
    m_hardSentences.setEnabled(m_stored.value("analysis/markHardSentences", false).toBool());
    m_repetition.setEnabled(m_stored.value("analysis/markRepetition", false).toBool());
    m_writer->highlighter()->addLayer(&m_hardSentences);
    m_writer->highlighter()->addLayer(&m_repetition);
    m_settle.setSingleShot(true);
    connect(&m_settle, &QTimer::timeout, this, &AnalysisController::analyseNow);
    connect(m_writer, &WriterController::countsChanged, this, &AnalysisController::textChanged);
    connect(m_writer, &WriterController::currentIndexChanged, this, &AnalysisController::chapterChanged);
    connect(m_writer, &WriterController::projectChanged, this, &AnalysisController::chapterChanged);
    connect(&m_engine, &AnalysisEngine::analysed, this, &AnalysisController::onAnalysed);
}

AnalysisController::~AnalysisController()
{
    if (m_writer) {
        m_writer->highlighter()->removeLayer(&m_hardSentences);
        m_writer->highlighter()->removeLayer(&m_repetition);
    }
}

AnalysisController *AnalysisController::forStudio(Studio *studio)
{
    if (auto *existing = studio->findChild<AnalysisController *>(QString(), Qt::FindDirectChildrenOnly))
        return existing;
    auto *analysis = new AnalysisController(studio->engine(), studio->writer(), studio);
    // Never holds a closed store: the Writer lets go of a project before the Studio closes it.
    studio->followProject(analysis, [analysis, studio](const QString &path, bool) {
        analysis->setStore(path.isEmpty() ? nullptr : studio->store());
    });
    return analysis;
}

AnalysisController *AnalysisController::create(QQmlEngine *, QJSEngine *)
{
    return qmlSingletonOfStudio<AnalysisController>();
}

void AnalysisController::setStore(core::ProjectStore *store)
{
    m_store = store;
    ++m_serial;  // a pending analysis was of the old project
    m_result = {};
    m_analysedChapterId = 0;
    m_problem.clear();
    m_chapterArc.clear();
    m_manuscriptArc.clear();
    m_chapterStarts.clear();
    m_readability.clear();
    m_overused.clear();
    m_phrases.clear();
    m_overusedTerms.clear();
    m_phraseTerms.clear();
    m_repetition.setTerms({}, {});
    m_hardSentences.setSpans({});
    setBusy(false);
    Q_EMIT resultsChanged();
    updateCursorPoint();
    schedule(0);
}

void AnalysisController::setOpen(bool open)
{
    if (open == m_open)
        return;
    m_open = open;
    m_stored.setValue("analysis/open", open);
    Q_EMIT openChanged();
    if (open)
        analyseNow();
    else if (!needsAnalysis())
        cancel();
}

void AnalysisController::setMarkHardSentences(bool on)
{
    if (on == m_hardSentences.isEnabled())
        return;
    m_hardSentences.setEnabled(on);
    m_stored.setValue("analysis/markHardSentences", on);
    Q_EMIT marksChanged();
    if (on && !m_open)
        analyseNow();  // the marks need an analysis even with the panel closed
}

void AnalysisController::setMarkRepetition(bool on)
{
    if (on == m_repetition.isEnabled())
        return;
    m_repetition.setEnabled(on);
    m_stored.setValue("analysis/markRepetition", on);
    Q_EMIT marksChanged();
    if (on && !m_open)
        analyseNow();  // the marks need an analysis even with the panel closed
}

void AnalysisController::setCursorPosition(int position)
{
    if (position == m_cursor)
        return;
    m_cursor = position;
    Q_EMIT cursorPositionChanged();
    updateCursorPoint();
}

bool AnalysisController::needsAnalysis() const
{
    return m_open || m_hardSentences.isEnabled() || m_repetition.isEnabled();
}

void AnalysisController::textChanged()
{
    schedule(kSettleMs);
}

void AnalysisController::schedule(int delayMs)
{
    if (needsAnalysis())
        m_settle.start(delayMs);
}

void AnalysisController::chapterChanged()
{
    // The marks were of the chapter left; the chart keeps its arc until the new one comes (the cursor's dot
    // goes, see updateCursorPoint()).
    m_hardSentences.setSpans({});
    m_repetition.setTerms({}, {});
    updateCursorPoint();
    schedule(0);  // once the editor holds the chapter: opening one is not typing, its arc should show at once
}

void AnalysisController::cancel()
{
    m_settle.stop();
    m_engine.cancel();
    ++m_serial;  // a result already on its way is dropped
    setBusy(false);
}

void AnalysisController::analyseNow()
{
    m_settle.stop();
    core::ProjectStore *store = m_store;
    const int current = m_writer->currentIndex();
    if (!store || !m_writer->hasProject() || current < 0 || !m_writer->document())
        return;
    std::vector<std::string> chapters;
    std::size_t bytes = 0;
    for (int row = 0; row < m_writer->chapters()->rowCount(); ++row) {
        std::string body;
        if (row == current) {
            body = m_writer->document()->toPlainText().toStdString();  // the editor's, newer than the autosave
        } else if (auto chapter = store->chapter(m_writer->chapters()->idAt(row)); chapter.ok()) {
            body = std::move(chapter->body);
        }
        bytes += body.size();
        chapters.push_back(std::move(body));
    }
    m_analysedChapterId = m_writer->chapters()->idAt(current);
    m_hardSentences.follow(m_writer->highlighter());
    m_hardSentences.beginSnapshot();  // the editor's text was copied just now
    m_engine.analyse(++m_serial, std::move(chapters), std::size_t(current), bytes > kTitledBytes);
    setBusy(true);
}

void AnalysisController::onAnalysed(const AnalysisResult &result)
{
    if (result.serial != m_serial)
        return;  // a newer analysis is on its way
    setBusy(false);
    m_result = result;
    m_problem = result.problem;
    m_chapterArc = smoothedOf(result.chapterArc);
    m_manuscriptArc = smoothedOf(result.manuscriptArc);
    m_chapterStarts.clear();
    for (const std::size_t start : result.manuscriptArc.chapterStarts)
        m_chapterStarts.append(int(start));
    const auto &stats = result.stats;
    m_readability.clear();
    if (result.problem.isEmpty() && stats.nWords > 0) {
        const double ease = stats.readability.fleschReadingEase;
        m_readability = {
            {"words", qlonglong(stats.nWords)},
            {"sentences", qlonglong(stats.nSentences)},
            {"ease", std::round(ease * 10) / 10},
            {"grade", std::round(stats.readability.fleschKincaidGrade * 10) / 10},
            {"level", readingLevel(ease)},
            {"english", stats.dictionaryShare >= 0.5},
            {"wordsPerSentence", std::round(stats.sentenceLength.mean * 10) / 10},
            {"sentenceSpread", std::round(stats.sentenceLength.stdev * 10) / 10},
            {"dialogueShare", std::round(stats.dialogue.share * 100)},
        };
    }
    m_overused.clear();
    m_overusedTerms.clear();
    for (const auto &word : stats.overused) {
        m_overusedTerms << QString::fromStdString(word.word);
        m_overused << tr("%1 ×%2").arg(m_overusedTerms.last()).arg(word.countInWindow);
    }
    m_phrases.clear();
    m_phraseTerms.clear();
    QStringList markedPhrases;
    for (const auto &phrase : stats.repeatedPhrases) {
        const QString text = QString::fromStdString(phrase.phrase);
        if (text.endsWith(QChar(0x2026))) {
            m_phraseTerms << text.chopped(1).trimmed();  // a passage cut to twelve words: its start is found
        } else {
            m_phraseTerms << text;
            markedPhrases << text;
        }
        m_phrases << tr("“%1” ×%2").arg(text).arg(phrase.count);
    }
    const bool sameChapter = m_writer->currentIndex() >= 0 &&
                             m_writer->chapters()->idAt(m_writer->currentIndex()) == m_analysedChapterId;
    QList<ReadabilityLayer::Span> hard;
    if (sameChapter) {
        for (const HardSentence &sentence : result.hardSentences)
            hard.append({int(sentence.range.utf16Begin), int(sentence.range.utf16End)});
    }
    m_hardSentences.setSpans(hard);
    m_repetition.setTerms(sameChapter ? m_overusedTerms : QStringList(), sameChapter ? markedPhrases : QStringList());
    Q_EMIT resultsChanged();
    updateCursorPoint();
}

void AnalysisController::updateCursorPoint()
{
    int chapterPoint = -1;
    int manuscriptPoint = -1;
    const int current = m_writer->currentIndex();
    if (current >= 0 && m_writer->chapters()->idAt(current) == m_analysedChapterId) {
        const auto position = std::size_t(std::max(0, m_cursor));
        if (auto point = core::text::pointAtUtf16(m_result.chapterArc, 0, position))
            chapterPoint = int(*point);
        if (auto point = core::text::pointAtUtf16(m_result.manuscriptArc, m_result.chapterIndex, position))
            manuscriptPoint = int(*point);
    }
    if (chapterPoint == m_chapterPoint && manuscriptPoint == m_manuscriptPoint)
        return;
    m_chapterPoint = chapterPoint;
    m_manuscriptPoint = manuscriptPoint;
    Q_EMIT cursorPointChanged();
}

void AnalysisController::goToPoint(int point, bool manuscript)
{
    const auto &arc = manuscript ? m_result.manuscriptArc : m_result.chapterArc;
    if (point < 0 || std::size_t(point) >= arc.points.size())
        return;
    const auto &target = arc.points[std::size_t(point)];
    if (manuscript && target.chapter != m_result.chapterIndex) {
        m_writer->setCurrentIndex(int(target.chapter));  // the editor shows that chapter, then the sentence
        m_analysedChapterId = 0;                          // the chapter arc is of the other chapter now
    }
    Q_EMIT cursorRequested(int(target.range.utf16Begin));
}

void AnalysisController::selectNextUse(int row, bool phrase)
{
    const QStringList &terms = phrase ? m_phraseTerms : m_overusedTerms;
    if (row < 0 || row >= terms.size())
        return;
    const QVariantMap match = m_writer->find(terms[row], m_cursor, false, false, true);
    const int start = match.value(QStringLiteral("start")).toInt();
    if (start >= 0)
        Q_EMIT selectionRequested(start, match.value(QStringLiteral("end")).toInt());
}

void AnalysisController::setBusy(bool busy)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged();
}

}  // namespace noosphere::ui
