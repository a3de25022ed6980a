// The Writer's assistant sidebar: K continuation cards of the chapter at the cursor, after a pause in typing or
// on Ctrl+Space; accept (one undo step in the editor), dismiss, regenerate, and the token view's "write this word
// instead". All model work runs on the worker (AssistantEngine); what the writer does is stored in the project
// with its provenance (FeedbackRecorder). QML sees it as the `Assistant` singleton, a child of the Studio.
#pragma once

#include "assistant/assistantengine.h"
#include "assistant/feedbackrecorder.h"
#include "assistant/suggestionbatch.h"
#include "assistant/suggestionlistmodel.h"
#include "assistant/tokenchoicelistmodel.h"

#include <QObject>
#include <QPointer>
#include <QSettings>
#include <QStringList>
#include <QTimer>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

#include <functional>
#include <optional>

class QQmlEngine;
class QJSEngine;
class QQuickTextDocument;
class QTextDocument;

namespace noosphere::ui {

class EngineBridge;
class SettingsController;
class Studio;
class WriterController;

class AssistantController : public QObject {
    Q_OBJECT
    Q_MOC_INCLUDE(<QQuickTextDocument>)
    QML_NAMED_ELEMENT(Assistant)
    QML_SINGLETON
    Q_PROPERTY(bool open READ isOpen WRITE setOpen NOTIFY openChanged)
    Q_PROPERTY(ModelStatus modelStatus READ modelStatus NOTIFY modelChanged)
    Q_PROPERTY(QString modelName READ modelName NOTIFY modelChanged)
    Q_PROPERTY(QString banner READ banner NOTIFY modelChanged)
    Q_PROPERTY(bool usesDefaultModel READ usesDefaultModel NOTIFY modelChanged)
    Q_PROPERTY(bool busy READ isBusy NOTIFY busyChanged)
    Q_PROPERTY(QString notice READ notice NOTIFY noticeChanged)
    Q_PROPERTY(noosphere::ui::SuggestionListModel *suggestions READ suggestions CONSTANT)
    Q_PROPERTY(noosphere::ui::TokenChoiceListModel *tokenChoices READ tokenChoices CONSTANT)
    Q_PROPERTY(double temperature READ temperature WRITE setTemperature NOTIFY settingsChanged)
    Q_PROPERTY(int maxTokens READ maxTokens WRITE setMaxTokens NOTIFY settingsChanged)
    Q_PROPERTY(int alternatives READ alternatives WRITE setAlternatives NOTIFY settingsChanged)
    Q_PROPERTY(int cursorPosition READ cursorPosition WRITE setCursorPosition NOTIFY cursorPositionChanged)
    Q_PROPERTY(QStringList storyBibleNames READ storyBibleNames NOTIFY storyBibleNamesChanged)
public:
    enum class ModelStatus { NotLoaded, Loading, Ready, Missing, Failed };
    Q_ENUM(ModelStatus)

    /// The share of the model's context window that story-bible entries may fill before the chapter.
    static constexpr int kBibleShareOfContext = 4;  // a quarter
    /// A pause in typing this long asks for suggestions.
    static constexpr int kPauseMs = 600;
    /// Token view: how many of the model's choices are offered per position.
    static constexpr int kTokenChoices = 5;

    AssistantController(EngineBridge *bridge, WriterController *writer, SettingsController *settings,
                        QObject *parent = nullptr);
    ~AssistantController() override;

    /// The Studio's assistant, made on first use as its child (so it outlives the worker, as controllers do).
    static AssistantController *forStudio(Studio *studio);
    static AssistantController *create(QQmlEngine *, QJSEngine *);

    bool isOpen() const { return m_open; }
    void setOpen(bool open);
    ModelStatus modelStatus() const { return m_status; }
    QString modelName() const;
    QString banner() const { return m_banner; }
    bool usesDefaultModel() const;
    bool isBusy() const { return m_engine.isGenerating(); }
    QString notice() const { return m_notice; }
    SuggestionListModel *suggestions() { return &m_suggestions; }
    TokenChoiceListModel *tokenChoices() { return &m_tokenChoices; }
    double temperature() const;
    void setTemperature(double temperature);
    int maxTokens() const;
    void setMaxTokens(int maxTokens);
    int alternatives() const;
    void setAlternatives(int alternatives);
    int cursorPosition() const { return m_cursor; }
    void setCursorPosition(int position);
    /// The story-bible entries the cards on show were written with (empty while they stream).
    QStringList storyBibleNames() const { return m_storyBibleNames; }

    /// The project whose feedback is recorded: empty when none is open. The Studio wiring follows the Writer.
    void setProject(const QString &path, bool readOnly);
    /// Where the default model is, given Settings' model folder (default: locateDefaultModel). A seam for tests,
    /// whose machine may or may not have the shipped model.
    void setDefaultModelFinder(std::function<QString(const QString &settingsFolder)> finder);
    /// Where requests read the story bible's entries (the Studio wiring: the Bible controller's). UI thread.
    void setStoryBible(std::function<std::vector<core::text::BibleEntry>()> entries);
    /// The editor's document, whose edits cancel and reschedule suggestions.
    Q_INVOKABLE void attachDocument(QQuickTextDocument *document);
    /// Uses the model in `folder` from now on (the model picker); useDefaultModel() goes back to the shipped one.
    Q_INVOKABLE void chooseModelFolder(const QUrl &folder);
    Q_INVOKABLE void useDefaultModel();
    /// Loads the chosen model on the worker now (the jobs area shows it).
    Q_INVOKABLE void loadModel();

    /// Ctrl+Space: suggestions for the cursor now (opening the sidebar and loading the model if needed).
    Q_INVOKABLE void requestNow();
    /// Inserts card `row` at the cursor as one undo step. A card still streaming is accepted when it stops.
    Q_INVOKABLE void accept(int row);
    Q_INVOKABLE void acceptCurrent() { accept(m_suggestions.currentRow()); }
    Q_INVOKABLE void moveCurrent(int delta) { m_suggestions.setCurrentRow(m_suggestions.currentRow() + delta); }
    /// Esc: the cards go away (recorded as dismissed, with what they held, also mid-stream).
    Q_INVOKABLE void dismiss();
    /// R: other cards for the same place (the old ones recorded as regenerated).
    Q_INVOKABLE void regenerate();
    /// The token view of token `tokenIndex` of card `row`; false when that card is not finished.
    Q_INVOKABLE bool openTokenView(int row, int tokenIndex);
    Q_INVOKABLE void closeTokenView() { m_tokenChoices.clear(); }
    /// Writes choice `choiceRow` of the token view instead, and regenerates the cards from there.
    Q_INVOKABLE void pickToken(int choiceRow);

Q_SIGNALS:
    void openChanged();
    void modelChanged();
    void busyChanged();
    void noticeChanged();
    void settingsChanged();
    void cursorPositionChanged();
    void storyBibleNamesChanged();
    /// Text was inserted up to `cursorPosition`: the editor puts its cursor there.
    void inserted(int cursorPosition);

private:
    QTextDocument *document() const;
    QString chosenModelFolder() const;
    void onEdited();
    void onSettingsChanged();
    void onLoaded(const LoadedModelInfo &info);
    void onLoadFailed(const QString &message, bool cancelled);
    void onGenerated(quint64 serial, const GenerationOutput &output);
    void onGenerationFailed(quint64 serial, const QString &message);
    /// Starts a request at the cursor, with `head` fixed at the start of every card.
    void request(std::vector<GeneratedToken> head = {});
    void clearCards();
    void setStoryBibleNames(const QStringList &names);
    void setStatus(ModelStatus status, const QString &banner = {});
    void setNotice(const QString &notice);
    void reportRecording(const QString &error);

    WriterController *m_writer;
    SettingsController *m_settings;
    AssistantEngine m_engine;
    FeedbackRecorder m_recorder;
    SuggestionListModel m_suggestions;
    TokenChoiceListModel m_tokenChoices;
    QSettings m_stored;  // the sidebar's own settings (open, sampler, model folder)
    std::function<QString(const QString &)> m_findDefaultModel;
    std::function<std::vector<core::text::BibleEntry>()> m_storyBible;
    QStringList m_storyBibleNames;
    QPointer<QQuickTextDocument> m_document;
    QTimer m_pause;  // a pause in typing
    bool m_open = false;
    int m_cursor = 0;
    ModelStatus m_status = ModelStatus::NotLoaded;
    QString m_banner;
    QString m_notice;
    std::optional<LoadedModelInfo> m_model;
    QString m_loadingFolder;
    bool m_loadingCuda = false;
    bool m_requestWhenLoaded = false;
    std::optional<SuggestionBatch> m_batch;  // the cards on show (or streaming)
    quint64 m_serial = 0;
    int m_acceptWhenDone = -1;  // a card accepted while it streamed
    std::optional<SuggestionBatch> m_dismissedWhileStreaming;  // recorded when its cancelled job reports
};

}  // namespace noosphere::ui
