#include "assistant/assistantcontroller.h"

#include "assistant/modellocator.h"
#include "assistant/promptwindow.h"
#include "bible/biblecontroller.h"
#include "settings/settingscontroller.h"
#include "studio.h"
#include "studiosingleton.h"
#include "writer/writercontroller.h"

#include <QFileInfo>
#include <QQuickTextDocument>
#include <QRandomGenerator>
#include <QTextCursor>
#include <QTextDocument>

#include <algorithm>
#include <numeric>
#include <utility>

namespace noosphere::ui {

namespace {

// The sidebar's settings, and their defaults and ranges.
constexpr double kDefaultTemperature = 0.8;
constexpr int kDefaultMaxTokens = 32;
constexpr int kDefaultAlternatives = 3;
constexpr int kMaxAlternatives = 5;

std::vector<int> allRows(const SuggestionBatch &batch)
{
    std::vector<int> rows(batch.output ? batch.output->cards.size() : 0);
    std::iota(rows.begin(), rows.end(), 0);
    return rows;
}

}  // namespace

AssistantController::AssistantController(EngineBridge *bridge, WriterController *writer, SettingsController *settings,
                                         QObject *parent)
    : QObject(parent)
    , m_writer(writer)
    , m_settings(settings)
    , m_engine(bridge)
    , m_findDefaultModel([](const QString &settingsFolder) { return locateDefaultModel(settingsFolder).folder; })
{
    m_open = m_stored.value("assistant/open", false).toBool();
    m_pause.setSingleShot(true);
    m_pause.setInterval(kPauseMs);
    connect(&m_pause, &QTimer::timeout, this, [this] { request(); });
    connect(&m_engine, &AssistantEngine::loaded, this, &AssistantController::onLoaded);
    connect(&m_engine, &AssistantEngine::loadFailed, this, &AssistantController::onLoadFailed);
    connect(&m_engine, &AssistantEngine::streamed, this, [this](quint64 serial, const QStringList &texts) {
        if (m_batch && m_batch->serial == serial)
            m_suggestions.setStreamingTexts(texts);
    });
    connect(&m_engine, &AssistantEngine::generated, this, &AssistantController::onGenerated);
    connect(&m_engine, &AssistantEngine::generationFailed, this, &AssistantController::onGenerationFailed);
    connect(m_settings, &SettingsController::changed, this, &AssistantController::onSettingsChanged);
    // Another chapter or project in the editor: the cards (and a pending pause) belong to the old text.
    const auto forget = [this] {
        m_pause.stop();
        m_engine.cancelGeneration();
        clearCards();
    };
    connect(m_writer, &WriterController::currentIndexChanged, this, forget);
    connect(m_writer, &WriterController::projectChanged, this, forget);
    onSettingsChanged();  // Missing or NotLoaded
    if (m_open)
        loadModel();
}

AssistantController::~AssistantController() = default;

AssistantController *AssistantController::forStudio(Studio *studio)
{
    if (auto *existing = studio->findChild<AssistantController *>(QString(), Qt::FindDirectChildrenOnly))
        return existing;
    auto *assistant = new AssistantController(studio->engine(), studio->writer(), studio->settings(), studio);
    studio->followProject(assistant, [assistant](const QString &path, bool readOnly) { assistant->setProject(path, readOnly); });
    auto *bible = BibleController::forStudio(studio);
    assistant->setStoryBible([bible] { return bible->allEntries(); });
    return assistant;
}

AssistantController *AssistantController::create(QQmlEngine *, QJSEngine *)
{
    return qmlSingletonOfStudio<AssistantController>();
}

QTextDocument *AssistantController::document() const
{
    return m_document ? m_document->textDocument() : nullptr;
}

void AssistantController::setOpen(bool open)
{
    if (open == m_open)
        return;
    m_open = open;
    m_stored.setValue("assistant/open", open);
    if (open) {
        loadModel();
    } else {
        m_pause.stop();
        m_engine.cancelGeneration();
        clearCards();
    }
    Q_EMIT openChanged();
}

QString AssistantController::modelName() const
{
    if (m_model)
        return QString::fromStdString(m_model->name);
    const QString folder = m_status == ModelStatus::Loading ? m_loadingFolder : chosenModelFolder();
    return QFileInfo(folder).fileName();
}

bool AssistantController::usesDefaultModel() const
{
    return m_stored.value("assistant/modelFolder").toString().isEmpty();
}

QString AssistantController::chosenModelFolder() const
{
    const QString custom = m_stored.value("assistant/modelFolder").toString();
    if (!custom.isEmpty())
        return QFileInfo(custom).absoluteFilePath();
    return m_findDefaultModel(m_settings->modelFolder());
}

void AssistantController::setStoryBible(std::function<std::vector<core::text::BibleEntry>()> entries)
{
    m_storyBible = std::move(entries);
}

void AssistantController::setDefaultModelFinder(std::function<QString(const QString &)> finder)
{
    m_findDefaultModel = std::move(finder);
    onSettingsChanged();
}

double AssistantController::temperature() const
{
    return std::clamp(m_stored.value("assistant/temperature", kDefaultTemperature).toDouble(), 0.0, 2.0);
}
void AssistantController::setTemperature(double temperature)
{
    temperature = std::clamp(temperature, 0.0, 2.0);
    if (qFuzzyCompare(temperature + 1, this->temperature() + 1))
        return;
    m_stored.setValue("assistant/temperature", temperature);
    Q_EMIT settingsChanged();
}

int AssistantController::maxTokens() const
{
    return std::clamp(m_stored.value("assistant/maxTokens", kDefaultMaxTokens).toInt(), 1, 512);
}
void AssistantController::setMaxTokens(int maxTokens)
{
    maxTokens = std::clamp(maxTokens, 1, 512);
    if (maxTokens == this->maxTokens())
        return;
    m_stored.setValue("assistant/maxTokens", maxTokens);
    Q_EMIT settingsChanged();
}

int AssistantController::alternatives() const
{
    return std::clamp(m_stored.value("assistant/alternatives", kDefaultAlternatives).toInt(), 1, kMaxAlternatives);
}
void AssistantController::setAlternatives(int alternatives)
{
    alternatives = std::clamp(alternatives, 1, kMaxAlternatives);
    if (alternatives == this->alternatives())
        return;
    m_stored.setValue("assistant/alternatives", alternatives);
    Q_EMIT settingsChanged();
}

void AssistantController::setCursorPosition(int position)
{
    if (position == m_cursor)
        return;
    m_cursor = position;
    Q_EMIT cursorPositionChanged();
    if (m_batch && m_batch->cursor != position) {  // the cards continue another place
        m_engine.cancelGeneration();
        clearCards();
    }
}

void AssistantController::setProject(const QString &path, bool readOnly)
{
    clearCards();
    if (const QString error = m_recorder.setProject(path, readOnly); !error.isEmpty())
        setNotice(tr("Suggestions will not be recorded in this project: %1").arg(error));
}

void AssistantController::attachDocument(QQuickTextDocument *document)
{
    if (m_document == document)
        return;
    if (auto *old = this->document())
        disconnect(old, nullptr, this, nullptr);
    m_document = document;
    if (auto *doc = this->document())
        connect(doc, &QTextDocument::contentsChanged, this, &AssistantController::onEdited);
}

void AssistantController::onEdited()
{
    if (m_writer && m_writer->highlighter()->isRestyling())
        return;  // highlights redrawn, not a keystroke
    // Any keystroke: the cards no longer fit, a running generation is wasted work, and a pause starts over.
    m_engine.cancelGeneration();
    clearCards();
    if (m_open && m_status != ModelStatus::Missing && m_status != ModelStatus::Failed)
        m_pause.start();
}

void AssistantController::chooseModelFolder(const QUrl &folder)
{
    const QString path = folder.isLocalFile() ? folder.toLocalFile() : folder.toString();
    m_stored.setValue("assistant/modelFolder", QFileInfo(path).absoluteFilePath());
    m_model.reset();
    setStatus(ModelStatus::NotLoaded);
    loadModel();
}

void AssistantController::useDefaultModel()
{
    if (usesDefaultModel())
        return;
    m_stored.remove("assistant/modelFolder");
    m_model.reset();
    setStatus(ModelStatus::NotLoaded);
    onSettingsChanged();
    if (m_status == ModelStatus::NotLoaded)
        loadModel();
}

void AssistantController::onSettingsChanged()
{
    const QString folder = chosenModelFolder();
    const bool cuda = m_settings->useCuda();
    if (folder.isEmpty()) {
        if (m_status != ModelStatus::Loading && m_status != ModelStatus::Ready)
            setStatus(ModelStatus::Missing, tr("No default model found; pick a model folder in Settings"));
        return;
    }
    switch (m_status) {
    case ModelStatus::Missing:
        setStatus(ModelStatus::NotLoaded);
        break;
    case ModelStatus::Loading:
        if (folder != m_loadingFolder || cuda != m_loadingCuda)
            loadModel();
        break;
    case ModelStatus::Ready:
        if (folder != QString::fromStdString(m_model->folder) || cuda != m_model->cuda)
            loadModel();
        break;
    case ModelStatus::Failed:
        if (folder != m_loadingFolder || cuda != m_loadingCuda) {  // something else to try
            setStatus(ModelStatus::NotLoaded);
            if (m_open)
                loadModel();
        }
        break;
    case ModelStatus::NotLoaded:
        break;
    }
}

void AssistantController::loadModel()
{
    const QString folder = chosenModelFolder();
    if (folder.isEmpty()) {
        setStatus(ModelStatus::Missing, tr("No default model found; pick a model folder in Settings"));
        return;
    }
    const bool cuda = m_settings->useCuda();
    if (m_status == ModelStatus::Ready && m_model && folder == QString::fromStdString(m_model->folder) &&
        cuda == m_model->cuda)
        return;
    if (m_status == ModelStatus::Loading && folder == m_loadingFolder && cuda == m_loadingCuda)
        return;
    m_engine.cancelGeneration();
    clearCards();
    m_model.reset();
    m_loadingFolder = folder;
    m_loadingCuda = cuda;
    m_engine.load(folder, cuda);
    setStatus(ModelStatus::Loading);
}

void AssistantController::onLoaded(const LoadedModelInfo &info)
{
    m_model = info;
    setStatus(ModelStatus::Ready);
    if (std::exchange(m_requestWhenLoaded, false))
        request();
}

void AssistantController::onLoadFailed(const QString &message, bool cancelled)
{
    m_model.reset();
    m_requestWhenLoaded = false;
    if (cancelled) {
        setStatus(ModelStatus::NotLoaded);
        setNotice(tr("Loading the model was cancelled."));
        return;
    }
    setStatus(ModelStatus::Failed,
              tr("Could not load the model “%1”: %2").arg(QFileInfo(m_loadingFolder).fileName(), message));
}

void AssistantController::requestNow()
{
    setOpen(true);
    m_pause.stop();
    if (m_status == ModelStatus::Failed)  // the writer may have fixed the folder: try again
        setStatus(ModelStatus::NotLoaded);
    request();
}

void AssistantController::request(std::vector<GeneratedToken> head)
{
    QTextDocument *doc = document();
    if (!doc || !m_writer->hasProject() || m_writer->isReadOnly() || m_writer->currentIndex() < 0)
        return;  // nowhere to insert a card
    switch (m_status) {
    case ModelStatus::Missing:
    case ModelStatus::Failed:
        return;  // the banner says why
    case ModelStatus::NotLoaded:
        m_requestWhenLoaded = true;
        loadModel();
        return;
    case ModelStatus::Loading:
        m_requestWhenLoaded = true;
        return;
    case ModelStatus::Ready:
        break;
    }
    // A token pick or a regeneration continues the same prompt; a new request reads the chapter at the cursor.
    GenerationInput input;
    if (m_batch && m_batch->cursor == m_cursor) {
        input = m_batch->input;
    } else {
        const auto window = promptBefore(*doc, m_cursor, m_model->contextWindow * kPromptBytesPerToken);
        input.promptText = window.text;
    }
    input.head = std::move(head);
    input.nAlternatives = alternatives();
    input.maxTokens = maxTokens();
    input.sampler = models::SamplerSettings{};
    input.sampler.temperature = float(temperature());
    input.seed = QRandomGenerator::global()->generate64() >> 1;  // fits the project's signed seed column
    input.topAlternatives = kTokenChoices;
    if (m_storyBible)  // a regeneration reads the bible as it is now
        input.bible = m_storyBible();
    input.bibleBudgetTokens = m_model->contextWindow / kBibleShareOfContext;

    m_engine.cancelGeneration();
    clearCards();
    setNotice({});
    m_batch = SuggestionBatch{.serial = ++m_serial,
                              .cursor = m_cursor,
                              .chapterId = m_writer->chapters()->idAt(m_writer->currentIndex()),
                              .input = input,
                              .model = *m_model};
    m_suggestions.startStreaming(input.nAlternatives);
    m_engine.generate(m_batch->serial, input);
    Q_EMIT busyChanged();
}

void AssistantController::onGenerated(quint64 serial, const GenerationOutput &output)
{
    Q_EMIT busyChanged();
    if (m_dismissedWhileStreaming && m_dismissedWhileStreaming->serial == serial) {
        // Cards dismissed mid-stream: what they held when the cancel took effect is what the user turned down.
        auto batch = *std::exchange(m_dismissedWhileStreaming, std::nullopt);
        batch.output = output;
        reportRecording(m_recorder.record(batch, allRows(batch), core::FeedbackKind::Dismiss));
        return;
    }
    if (!m_batch || m_batch->serial != serial)
        return;
    m_batch->output = output;
    m_suggestions.finish(output.cards);
    QStringList names;
    for (const auto &name : output.bibleNames)
        names << QString::fromStdString(name);
    setStoryBibleNames(names);
    if (const int row = std::exchange(m_acceptWhenDone, -1); row >= 0)
        accept(row);
}

void AssistantController::onGenerationFailed(quint64 serial, const QString &message)
{
    Q_EMIT busyChanged();
    if (m_dismissedWhileStreaming && m_dismissedWhileStreaming->serial == serial)
        m_dismissedWhileStreaming.reset();  // cancelled before it wrote anything: nothing was turned down
    if (!m_batch || m_batch->serial != serial)
        return;
    clearCards();
    if (!message.isEmpty())
        setNotice(tr("No suggestions: %1").arg(message));
}

void AssistantController::accept(int row)
{
    if (!m_batch || row < 0 || row >= m_suggestions.rowCount())
        return;
    if (!m_batch->output) {  // still streaming: stop it, and accept what the card holds when it stops
        m_acceptWhenDone = row;
        m_engine.cancelGeneration();
        return;
    }
    QTextDocument *doc = document();
    if (!doc || m_writer->isReadOnly()) {
        setNotice(tr("This project is read-only, so suggestions cannot be inserted."));
        return;
    }
    reportRecording(m_recorder.record(*m_batch, std::vector<int>{row}, core::FeedbackKind::Accept));
    const QString text = QString::fromStdString(m_batch->output->cards[size_t(row)].text);
    const int at = std::clamp(m_batch->cursor, 0, std::max(0, doc->characterCount() - 1));
    clearCards();  // before the edit, which would otherwise clear them as typing does
    QTextCursor cursor(doc);
    cursor.setPosition(at);
    cursor.beginEditBlock();  // one step of the editor's undo
    cursor.insertText(text);
    cursor.endEditBlock();
    Q_EMIT inserted(at + int(text.size()));
}

void AssistantController::dismiss()
{
    m_pause.stop();
    if (!m_batch)
        return;
    m_engine.cancelGeneration();
    if (m_batch->output)
        reportRecording(m_recorder.record(*m_batch, allRows(*m_batch), core::FeedbackKind::Dismiss));
    else  // still streaming: recorded with what the cards hold once the cancel stops them (onGenerated)
        m_dismissedWhileStreaming = m_batch;
    clearCards();
}

void AssistantController::regenerate()
{
    if (!m_batch) {
        requestNow();
        return;
    }
    if (m_batch->output)
        reportRecording(m_recorder.record(*m_batch, allRows(*m_batch), core::FeedbackKind::Regenerate));
    request(m_batch->input.head);
}

bool AssistantController::openTokenView(int row, int tokenIndex)
{
    const GeneratedCard *card = m_suggestions.card(row);
    // Only a token that starts a character (shows a piece) can be swapped: the text before it is then whole.
    if (!card || tokenIndex < 0 || tokenIndex >= int(card->tokens.size()) ||
        card->tokens[size_t(tokenIndex)].piece.empty())
        return false;
    m_tokenChoices.show(row, tokenIndex, card->tokens[size_t(tokenIndex)]);
    return true;
}

void AssistantController::pickToken(int choiceRow)
{
    const TokenOption *choice = m_tokenChoices.choice(choiceRow);
    const GeneratedCard *card = m_suggestions.card(m_tokenChoices.cardRow());
    if (!choice || !card || !m_batch)
        return;
    const int row = m_tokenChoices.cardRow();
    const auto position = size_t(m_tokenChoices.tokenIndex());
    const GeneratedToken &drawn = card->tokens[position];
    core::TokenPick pick{.position = int(position),
                         .originalId = drawn.id,
                         .originalText = drawn.piece,
                         .originalLogProb = drawn.logProb,
                         .pickedId = choice->id,
                         .pickedText = choice->text,
                         .pickedLogProb = choice->logProb};
    for (const auto &option : drawn.alternatives)
        if (option.id == drawn.id)
            pick.originalText = option.text;  // the token's own text, even when its character spans the next one
    // The card up to the pick, then the picked token: every new card starts with these words.
    std::vector<GeneratedToken> head(card->tokens.begin(), card->tokens.begin() + std::ptrdiff_t(position));
    for (const auto &token : head)
        pick.textBefore += token.piece;
    head.push_back(
        {.id = choice->id, .logProb = choice->logProb, .piece = choice->text, .alternatives = drawn.alternatives});
    reportRecording(m_recorder.recordTokenPick(*m_batch, row, pick));
    m_tokenChoices.clear();
    request(std::move(head));
}

void AssistantController::clearCards()
{
    setStoryBibleNames({});
    m_batch.reset();
    m_acceptWhenDone = -1;
    m_suggestions.clear();
    m_tokenChoices.clear();
}

void AssistantController::setStoryBibleNames(const QStringList &names)
{
    if (names == m_storyBibleNames)
        return;
    m_storyBibleNames = names;
    Q_EMIT storyBibleNamesChanged();
}

void AssistantController::setStatus(ModelStatus status, const QString &banner)
{
    if (status == m_status && banner == m_banner)
        return;
    m_status = status;
    m_banner = banner;
    Q_EMIT modelChanged();
}

void AssistantController::setNotice(const QString &notice)
{
    if (notice == m_notice)
        return;
    m_notice = notice;
    Q_EMIT noticeChanged();
}

void AssistantController::reportRecording(const QString &error)
{
    if (!error.isEmpty())
        setNotice(tr("Could not record this in the project: %1").arg(error));
}

}  // namespace noosphere::ui
