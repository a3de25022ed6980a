// The assistant sidebar's promises, with the real worker, a small random model and a real project: cards stream
// in off the UI thread, typing cancels them, Tab/accept is one undo step, Esc/R/token picks are recorded with
// provenance, a model that fails leaves a banner, and a 5 MB chapter is cut before tokenizing.
#include "assistant/assistantcontroller.h"
#include "assistant/assistantengine.h"
#include "assistant/modellocator.h"
#include "assistant/promptwindow.h"
#include "engine/enginebridge.h"
#include "randomlm.h"
#include "settings/settingscontroller.h"
#include "store/preferences.h"
#include "store/projectstore.h"
#include "writer/writercontroller.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QQuickItem>
#include <QQuickTextDocument>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextCursor>
#include <QTextDocument>

#include <cmath>

using namespace noosphere;

namespace {

// Waits for generation on the worker (a tiny model: well under a second each).
constexpr int kGenerateTimeoutMs = 15'000;

core::PreferenceStore feedbackOf(const std::filesystem::path &file)
{
    auto store = core::PreferenceStore::open(file, core::OpenMode::ReadOnly);
    if (!store)
        qFatal("%s", store.error().detail.c_str());
    return std::move(store).value();
}

}  // namespace

class TestAssistant : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_modelFolder;
    QQmlEngine m_engine;
    std::unique_ptr<QQuickItem> m_editor;
    std::unique_ptr<core::ProjectStore> m_store;
    std::filesystem::path m_file;
    // Destroyed in this order (reverse of declaration): assistant, writer, settings, then the bridge's worker.
    std::unique_ptr<ui::EngineBridge> m_bridge;
    std::unique_ptr<ui::SettingsController> m_settings;
    std::unique_ptr<ui::WriterController> m_writer;
    std::unique_ptr<ui::AssistantController> m_assistant;

    QTextDocument *doc() { return m_writer->document(); }
    void typeAtEnd(const QString &text)
    {
        QTextCursor cursor(doc());
        cursor.movePosition(QTextCursor::End);
        cursor.insertText(text);
        m_assistant->setCursorPosition(doc()->characterCount() - 1);
    }
    // Ctrl+Space at the end of the chapter, waiting for the finished cards.
    bool requestAndWait()
    {
        m_assistant->requestNow();
        return QTest::qWaitFor([this] { return m_assistant->suggestions()->isFinished(); }, kGenerateTimeoutMs);
    }
    QStringList cardTexts()
    {
        QStringList texts;
        for (int row = 0; row < m_assistant->suggestions()->rowCount(); ++row)
            texts << m_assistant->suggestions()->index(row).data(ui::SuggestionListModel::TextRole).toString();
        return texts;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_modelFolder = m_dir.filePath(QStringLiteral("tiny-llama"));
        QVERIFY(tests::writeRandomLlama(m_modelFolder, QStringLiteral(NOOSPHERE_TEST_DATA)));
    }

    void init()
    {
        QSettings().remove(QStringLiteral("assistant"));
        m_file = (m_dir.path() + QStringLiteral("/%1.noo").arg(QTest::currentTestFunction())).toStdString();
        m_store = std::make_unique<core::ProjectStore>(core::ProjectStore::create(m_file).value());
        QQmlComponent component(&m_engine);
        component.setData("import QtQuick\nTextEdit {}", {});
        m_editor.reset(qobject_cast<QQuickItem *>(component.create()));
        QVERIFY(m_editor);
        m_bridge = std::make_unique<ui::EngineBridge>();
        m_settings = std::make_unique<ui::SettingsController>(m_bridge.get());
        m_settings->setDeviceIndex(0);
        m_writer = std::make_unique<ui::WriterController>();
        m_writer->setStore(m_store.get());
        m_writer->attachDocument(m_editor->property("textDocument").value<QQuickTextDocument *>());
        m_assistant = std::make_unique<ui::AssistantController>(m_bridge.get(), m_writer.get(), m_settings.get());
        m_assistant->setDefaultModelFinder([this](const QString &) { return m_modelFolder; });
        m_assistant->attachDocument(m_editor->property("textDocument").value<QQuickTextDocument *>());
        m_assistant->setProject(QString::fromStdString(m_file.string()), false);
        QCOMPARE(m_assistant->modelStatus(), ui::AssistantController::ModelStatus::NotLoaded);
    }
    void cleanup()
    {
        m_assistant.reset();
        m_writer.reset();
        m_settings.reset();
        m_bridge.reset();  // joins the worker
        m_editor.reset();
        m_store.reset();
    }

    void opensByLoadingTheModelOnTheWorkerWithProgress()
    {
        QSignalSpy jobs(m_bridge.get(), &ui::EngineBridge::jobChanged);
        QElapsedTimer clock;
        clock.start();
        m_assistant->setOpen(true);
        QVERIFY2(clock.elapsed() < 100, "opening the sidebar waited for the model");
        QCOMPARE(m_assistant->modelStatus(), ui::AssistantController::ModelStatus::Loading);
        QTRY_COMPARE_WITH_TIMEOUT(m_assistant->modelStatus(), ui::AssistantController::ModelStatus::Ready, 10'000);
        QCOMPARE(m_assistant->modelName(), QStringLiteral("tiny-llama"));
        QVERIFY(m_assistant->banner().isEmpty());
        bool shownInJobsArea = false;
        for (const auto &event : jobs)
            shownInJobsArea = shownInJobsArea || (event.at(1).toString() == QStringLiteral("assistant.load") &&
                                                  event.at(2).toString().contains(QStringLiteral("tiny-llama")));
        QVERIFY2(shownInJobsArea, "the load is a titled job, so the jobs area shows it");
    }

    void ctrlSpaceStreamsKCardsAndAcceptIsOneUndoStep()
    {
        typeAtEnd(QStringLiteral("Once upon a time there was a lighthouse"));
        QVERIFY(requestAndWait());
        QCOMPARE(m_assistant->suggestions()->rowCount(), 3);  // K = 3 by default
        for (int row = 0; row < 3; ++row) {
            const auto index = m_assistant->suggestions()->index(row);
            QVERIFY(index.data(ui::SuggestionListModel::TokenCountRole).toInt() > 0);
            const double meanLogProb = index.data(ui::SuggestionListModel::MeanLogProbRole).toDouble();
            QVERIFY(meanLogProb < 0 && std::isfinite(meanLogProb));
            QVERIFY(index.data(ui::SuggestionListModel::MarkupRole).toString().contains(QStringLiteral("href=\"t0\"")));
        }
        const QString before = doc()->toPlainText();
        const QString chosen = cardTexts().at(1);
        QVERIFY(!chosen.isEmpty());
        QSignalSpy inserted(m_assistant.get(), &ui::AssistantController::inserted);
        m_assistant->accept(1);
        QVERIFY(!chosen.contains(QLatin1Char('\r')));  // shown as the editor will hold it
        // toPlainText() gives a no-break space as a space.
        QCOMPARE(doc()->toPlainText(), QString(before + chosen).replace(QChar::Nbsp, QLatin1Char(' ')));
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted.at(0).at(0).toInt(), int(before.size() + chosen.size()));
        QCOMPARE(m_assistant->suggestions()->rowCount(), 0);
        doc()->undo();
        QCOMPARE(doc()->toPlainText(), before);  // the whole card came out in one step

        auto feedback = feedbackOf(m_file);
        QCOMPARE(feedback.ratingCount(core::FeedbackKind::Accept).value(), 1);
        const auto pairs = feedback.preferencePairs();
        QVERIFY(pairs.ok());
        for (const auto &pair : pairs.value()) {  // against each sibling that says something else
            QCOMPARE(QString::fromStdString(pair.chosen), chosen);
            QCOMPARE(QString::fromStdString(pair.prompt), before);
            QVERIFY(QString::fromStdString(pair.inputsJson).contains(QStringLiteral("\"context_window\":128")));
            QCOMPARE(pair.model.name, std::string("tiny-llama"));
            QCOMPARE(pair.model.fileHash.size(), std::size_t(64));  // SHA-256 of model.safetensors
        }
    }

    void typingCancelsThePendingCardsAndAPauseAsksAgain()
    {
        m_assistant->setMaxTokens(64);
        typeAtEnd(QStringLiteral("The storm"));
        m_assistant->setOpen(true);
        QTRY_COMPARE_WITH_TIMEOUT(m_assistant->modelStatus(), ui::AssistantController::ModelStatus::Ready, 10'000);
        m_assistant->requestNow();
        QCOMPARE(m_assistant->suggestions()->rowCount(), 3);  // streaming cards
        typeAtEnd(QStringLiteral(" broke"));
        QCOMPARE(m_assistant->suggestions()->rowCount(), 0);  // at once, on the keystroke
        QTRY_VERIFY_WITH_TIMEOUT(!m_assistant->isBusy(), 5000);
        // The pause after the keystroke brings cards for the new text.
        QTRY_VERIFY_WITH_TIMEOUT(m_assistant->suggestions()->isFinished(), kGenerateTimeoutMs);
        m_assistant->dismiss();
        const auto pairs = feedbackOf(m_file).preferencePairs();
        QVERIFY(pairs.ok());
        QCOMPARE(feedbackOf(m_file).ratingCount(core::FeedbackKind::Dismiss).value(), 3);
    }

    void escWhileCardsStreamRecordsWhatTheyHeld()
    {
        // A longer context makes each token slow enough for the cards to show words before they finish.
        const QString slow = m_dir.filePath(QStringLiteral("long-context"));
        QVERIFY(tests::writeRandomLlama(slow, QStringLiteral(NOOSPHERE_TEST_DATA), 2048));
        m_assistant->setDefaultModelFinder([slow](const QString &) { return slow; });
        m_assistant->setMaxTokens(512);
        typeAtEnd(QStringLiteral("The rain"));
        m_assistant->setOpen(true);
        QTRY_COMPARE_WITH_TIMEOUT(m_assistant->modelStatus(), ui::AssistantController::ModelStatus::Ready, 10'000);
        m_assistant->requestNow();
        QTRY_VERIFY_WITH_TIMEOUT(!cardTexts().join(QString()).isEmpty(), kGenerateTimeoutMs);  // words on screen
        QVERIFY(!m_assistant->suggestions()->isFinished());
        m_assistant->dismiss();
        QCOMPARE(m_assistant->suggestions()->rowCount(), 0);  // gone at once
        QTRY_COMPARE_WITH_TIMEOUT(feedbackOf(m_file).ratingCount(core::FeedbackKind::Dismiss).value(), 3, 5000);
        QVERIFY(!m_assistant->isBusy());
    }

    void escDismissesAndRegenerateBringsOtherCardsBothRecorded()
    {
        typeAtEnd(QStringLiteral("She opened the door"));
        QVERIFY(requestAndWait());
        const QStringList first = cardTexts();
        m_assistant->regenerate();
        QTRY_VERIFY_WITH_TIMEOUT(m_assistant->suggestions()->isFinished(), kGenerateTimeoutMs);
        QVERIFY2(cardTexts() != first, "a new seed gives other cards");
        m_assistant->dismiss();
        QCOMPARE(m_assistant->suggestions()->rowCount(), 0);
        auto feedback = feedbackOf(m_file);
        QCOMPARE(feedback.ratingCount(core::FeedbackKind::Regenerate).value(), 3);
        QCOMPARE(feedback.ratingCount(core::FeedbackKind::Dismiss).value(), 3);
        QCOMPARE(feedback.preferencePairs()->size(), std::size_t(0));  // no card was chosen
    }

    void tokenPickRegeneratesFromThePickedToken()
    {
        typeAtEnd(QStringLiteral("In the morning"));
        QVERIFY(requestAndWait());
        const auto *card = m_assistant->suggestions()->card(0);
        int position = 2;  // a token that starts a character (byte tokens may continue one)
        while (position < int(card->tokens.size()) && card->tokens[size_t(position)].piece.empty())
            ++position;
        QVERIFY(m_assistant->openTokenView(0, position));
        if (position > 0 && card->tokens[size_t(position - 1)].piece.empty())
            QVERIFY(!m_assistant->openTokenView(0, position - 1));
        auto *choices = m_assistant->tokenChoices();
        QVERIFY(choices->rowCount() >= ui::AssistantController::kTokenChoices);
        double total = 0, previous = 1;
        int drawn = -1, other = -1;
        for (int row = 0; row < ui::AssistantController::kTokenChoices; ++row) {
            const double p = choices->index(row).data(ui::TokenChoiceListModel::ProbabilityRole).toDouble();
            QVERIFY(p > 0 && p <= previous);  // most likely first
            previous = p;
            total += p;
            const auto *choice = choices->choice(row);
            if (choices->index(row).data(ui::TokenChoiceListModel::DrawnRole).toBool())
                drawn = row;
            else if (other < 0 && !QString::fromStdString(choice->text).contains(QChar(0xFFFD)))
                other = row;  // a whole character, so the new cards start with exactly its text
        }
        QVERIFY(total <= 1.0 + 1e-6);
        QVERIFY(other >= 0);
        Q_UNUSED(drawn);
        const QString picked = QString::fromStdString(choices->choice(other)->text);
        m_assistant->pickToken(other);
        QCOMPARE(choices->rowCount(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(m_assistant->suggestions()->isFinished(), kGenerateTimeoutMs);

        auto feedback = feedbackOf(m_file);
        QCOMPARE(feedback.ratingCount(core::FeedbackKind::TokenPick).value(), 1);
        const auto pairs = feedback.preferencePairs();
        QCOMPARE(pairs->size(), std::size_t(1));
        const QString textBefore =
            QString::fromStdString(pairs->front().prompt).mid(QStringLiteral("In the morning").size());
        QCOMPARE(QString::fromStdString(pairs->front().chosen), picked);
        // Every new card starts with the old card's words before the pick, then the picked token.
        for (const QString &text : cardTexts())
            QVERIFY2(text.startsWith(textBefore + picked), qPrintable(text));
    }

    // The story bible's entries named near the cursor lead the prompt, are kept when the chapter is cut to fit,
    // and are recorded with the batch; the sidebar says which were read.
    void theStoryBibleLeadsThePromptWhenItsNamesAreNear()
    {
        m_assistant->setStoryBible([] {
            return std::vector<core::text::BibleEntry>{{.id = 7, .name = "Anne", .notes = "kind"},
                                                       {.id = 8, .name = "Kellynch", .notes = "far away"}};
        });
        QString filler;
        while (filler.size() < 3000)
            filler += QStringLiteral("The wind rose over the downs and the rain came after it. ");
        typeAtEnd(filler + QStringLiteral("Then Anne walked on"));
        QVERIFY(requestAndWait());
        QCOMPARE(m_assistant->storyBibleNames(), QStringList{QStringLiteral("Anne")});
        m_assistant->accept(0);
        QVERIFY(m_assistant->storyBibleNames().isEmpty());  // the cards are gone

        auto feedback = feedbackOf(m_file);
        const auto pairs = feedback.preferencePairs();
        QVERIFY(pairs.ok() && !pairs->empty());
        const QString prompt = QString::fromStdString(pairs->front().prompt);
        QVERIFY2(prompt.startsWith(QStringLiteral("[Character: Anne — kind]\n")), qPrintable(prompt.left(80)));
        QVERIFY(prompt.endsWith(QStringLiteral("Then Anne walked on")));
        QVERIFY(!prompt.contains(QStringLiteral("Kellynch")));
        const QString inputs = QString::fromStdString(pairs->front().inputsJson);
        QVERIFY2(inputs.contains(QStringLiteral("\"bible\":[{\"id\":7,\"name\":\"Anne\"}]")), qPrintable(inputs));
        QVERIFY(!inputs.contains(QStringLiteral("\"prompt_tokens_dropped\":0,")));  // the chapter was cut, not the bible
    }

    void aModelThatFailsToLoadShowsWhyAndLeavesTheEditorUsable()
    {
        const QString broken = m_dir.filePath(QStringLiteral("broken"));
        QVERIFY(QDir().mkpath(broken));
        QVERIFY(QFile::copy(m_modelFolder + QStringLiteral("/config.json"), broken + QStringLiteral("/config.json")));
        QVERIFY(
            QFile::copy(m_modelFolder + QStringLiteral("/tokenizer.json"), broken + QStringLiteral("/tokenizer.json")));
        QVERIFY(QFile::copy(QStringLiteral(NOOSPHERE_TEST_DATA "/lm/bad/truncated/model.safetensors"),
                            broken + QStringLiteral("/model.safetensors")));
        m_assistant->chooseModelFolder(QUrl::fromLocalFile(broken));
        QTRY_COMPARE_WITH_TIMEOUT(m_assistant->modelStatus(), ui::AssistantController::ModelStatus::Failed, 10'000);
        QVERIFY2(m_assistant->banner().startsWith(QStringLiteral("Could not load the model “broken”: ")),
                 qPrintable(m_assistant->banner()));
        QVERIFY(m_assistant->banner().size() > 40);  // with the engine's reason
        typeAtEnd(QStringLiteral("Still writing."));
        m_assistant->requestNow();
        QCOMPARE(m_assistant->suggestions()->rowCount(), 0);
        QVERIFY(m_writer->flush());
        QCOMPARE(m_store->chapter(m_writer->chapters()->idAt(0))->body, std::string("Still writing."));
    }

    void saysWhenThereIsNoDefaultModel()
    {
        m_assistant->setDefaultModelFinder([](const QString &) { return QString(); });
        QCOMPARE(m_assistant->modelStatus(), ui::AssistantController::ModelStatus::Missing);
        QCOMPARE(m_assistant->banner(), QStringLiteral("No default model found; pick a model folder in Settings"));
        m_assistant->requestNow();
        QVERIFY(m_assistant->isOpen());
        QCOMPARE(m_assistant->suggestions()->rowCount(), 0);
        m_assistant->chooseModelFolder(QUrl::fromLocalFile(m_modelFolder));  // the picker gets it going
        QTRY_COMPARE_WITH_TIMEOUT(m_assistant->modelStatus(), ui::AssistantController::ModelStatus::Ready, 10'000);
        QVERIFY(m_assistant->banner().isEmpty());
    }

    void aFiveMegabytePasteIsCutBeforeTokenizing()
    {
        QString huge;
        const QString paragraph =
            QStringLiteral("The tide came in over the flats, grey and slow, and the birds rose. 潮水\n");
        while (huge.size() < 5'000'000)
            huge += paragraph;
        typeAtEnd(huge);
        m_assistant->setOpen(true);
        QTRY_COMPARE_WITH_TIMEOUT(m_assistant->modelStatus(), ui::AssistantController::ModelStatus::Ready, 10'000);
        QElapsedTimer clock;
        clock.start();
        m_assistant->requestNow();
        const qint64 uiMs = clock.elapsed();
        QVERIFY2(uiMs < 100, qPrintable(QStringLiteral("the request took %1 ms on the UI thread").arg(uiMs)));
        QTRY_VERIFY_WITH_TIMEOUT(m_assistant->suggestions()->isFinished(), kGenerateTimeoutMs);
        m_assistant->accept(0);
        const auto pairs = feedbackOf(m_file).preferencePairs();
        QVERIFY(!pairs->empty());
        const std::string prompt = pairs->front().prompt;
        QVERIFY(prompt.size() <= std::size_t(128 * ui::kPromptBytesPerToken));
        QVERIFY(huge.endsWith(QString::fromStdString(prompt).right(40)));  // the text just before the cursor
    }

    void cutsThePromptAtACharacterBoundary()
    {
        const QString text = QStringLiteral("abc潮水🌊end");
        for (int maxBytes = 0; maxBytes <= 20; ++maxBytes) {
            const auto window = ui::cutPrompt(text, true, maxBytes);
            QVERIFY(int(window.text.size()) <= maxBytes);
            const QString back = QString::fromUtf8(window.text);
            QVERIFY2(text.endsWith(back), qPrintable(back));  // a suffix, never half a character
            QCOMPARE(back.toUtf8().toStdString(), window.text);
            QCOMPARE(window.startsDocument, window.text.size() == std::size_t(text.toUtf8().size()));
        }
        QTextDocument document(text + QStringLiteral("\nmore"));
        const auto before = ui::promptBefore(document, int(text.size()) + 1, 100);
        QCOMPARE(QString::fromStdString(before.text), text + QLatin1Char('\n'));
        QVERIFY(before.startsDocument);
    }

    void streamsAtMostThirtyTimesASecond()
    {
        const QString slow = m_dir.filePath(QStringLiteral("long-context"));
        QVERIFY(tests::writeRandomLlama(slow, QStringLiteral(NOOSPHERE_TEST_DATA), 2048));
        ui::AssistantEngine engine(m_bridge.get());
        QSignalSpy loaded(&engine, &ui::AssistantEngine::loaded);
        engine.load(slow, false);
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 10'000);
        QSignalSpy streamed(&engine, &ui::AssistantEngine::streamed);
        QSignalSpy generated(&engine, &ui::AssistantEngine::generated);
        ui::GenerationInput input{.promptText = "It began", .nAlternatives = 4, .maxTokens = 1000};
        input.sampler.temperature = 1.0f;
        QElapsedTimer clock;
        clock.start();
        engine.generate(1, input);
        QTRY_COMPARE_WITH_TIMEOUT(generated.count(), 1, 60'000);
        const double seconds = double(clock.elapsed()) / 1000;
        qInfo("%lld stream updates in %.2f s", static_cast<long long>(streamed.count()), seconds);
        QVERIFY(streamed.count() <= int(seconds * 1000 / ui::AssistantEngine::kStreamIntervalMs) + 2);
        QVERIFY(streamed.count() >= 1);  // it did stream
        const auto output = generated.at(0).at(1).value<ui::GenerationOutput>();
        QCOMPARE(output.cards.size(), std::size_t(4));
    }

    void findsTheDefaultModelInTheDocumentedOrder()
    {
        const QString settingsFolder = m_dir.filePath(QStringLiteral("settings-models"));
        const QString envFolder = m_dir.filePath(QStringLiteral("env-models"));
        QVERIFY(
            tests::writeRandomLlama(envFolder + QStringLiteral("/default-lm"), QStringLiteral(NOOSPHERE_TEST_DATA)));
        qputenv("NOOSPHERE_MODEL_DIR", envFolder.toUtf8());
        auto found = ui::locateDefaultModel(settingsFolder);
        QCOMPARE(found.folder, QDir(envFolder).filePath(QStringLiteral("default-lm")));
        QCOMPARE(found.tried.first(), settingsFolder);
        QVERIFY(tests::writeRandomLlama(settingsFolder + QStringLiteral("/default-lm"),
                                        QStringLiteral(NOOSPHERE_TEST_DATA)));
        found = ui::locateDefaultModel(settingsFolder);  // Settings comes first
        QCOMPARE(found.folder, QDir(settingsFolder).filePath(QStringLiteral("default-lm")));
        found = ui::locateDefaultModel(m_modelFolder);  // Settings may name a model folder itself
        QCOMPARE(found.folder, m_modelFolder);
        qunsetenv("NOOSPHERE_MODEL_DIR");
        found = ui::locateDefaultModel(m_dir.filePath(QStringLiteral("nothing")));
        QVERIFY(found.tried.contains(QDir::cleanPath(QCoreApplication::applicationDirPath() +
                                                     QStringLiteral("/../share/noosphere/models/default-lm"))));
        QVERIFY(found.tried.last().endsWith(QStringLiteral("/resources/models/default-lm")));
    }
};

namespace noosphere::tests {
QObject *makeTestAssistant()
{
    return new TestAssistant;
}
}  // namespace noosphere::tests

#include "tst_assistant.moc"
