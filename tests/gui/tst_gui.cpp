// The window as a person uses it, under Xvfb: keyboard shortcuts, a smooth window while the worker is busy,
// and screenshots of every pane (and in Chinese) that are not blank and show the expected words.
#include "../ui/randomlm.h"
#include "../image/syntheticscene.h"
#include "analysis/analysiscontroller.h"
#include "design/arpreviewcontroller.h"
#include "design/designcontroller.h"
#include "assistant/assistantcontroller.h"
#include "diagnostics/frameprobe.h"
#include "jobs/joblistmodel.h"
#include "knowledge/conceptgraphmodel.h"
#include "knowledge/wordtoolscontroller.h"
#include "settings/settingscontroller.h"
#include "sketch/sketchcontroller.h"
#include "sketch/suggestionscontroller.h"
#include "gan/gantrainer.h"
#include "store/preferences.h"
#include "store/projectstore.h"
#include "windowfixture.h"
#include "writer/writercontroller.h"
#include "writer/writinggoal.h"

#include "image/marker.h"

#include <opencv2/imgcodecs.hpp>

#include <QDir>
#include <QImage>
#include <QProcess>
#include <QQuickItem>
#include <QRegularExpression>
#include <QSet>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(Noosphere_UiPlugin)
Q_IMPORT_QML_PLUGIN(NoospherePlugin)

using namespace noosphere;

namespace {

// A frame gap above this is a stall a person notices as a frozen window.
constexpr double kMaxFrameGapMs = 250;

QQuickItem *findItem(QQuickItem *item, const QString &objectName)
{
    if (item->objectName() == objectName)
        return item;
    for (QQuickItem *child : item->childItems())
        if (QQuickItem *found = findItem(child, objectName))
            return found;
    return nullptr;
}

void collectTexts(QQuickItem *item, QStringList &out)
{
    if (!item->isVisible() || item->opacity() <= 0.01)
        return;
    const QVariant text = item->property("text");
    if (text.typeId() == QMetaType::QString && !text.toString().isEmpty())
        out << text.toString();
    for (QQuickItem *child : item->childItems())
        collectTexts(child, out);
}

QString visibleTexts(QQuickWindow *window)
{
    QStringList texts;
    collectTexts(window->contentItem(), texts);
    return texts.join(QLatin1Char('\n'));
}

// With NOOSPHERE_KEEP_SCREENSHOTS=DIR, a test leaves what it saw there, for a person to look at.
void keepScreenshot(QQuickWindow *window, const QString &name)
{
    if (!qEnvironmentVariableIsSet("NOOSPHERE_KEEP_SCREENSHOTS"))
        return;
    QTest::qWait(400);  // let the popup's enter transition finish
    window->grabWindow().save(qEnvironmentVariable("NOOSPHERE_KEEP_SCREENSHOTS") + QLatin1Char('/') + name +
                              QStringLiteral(".png"));
}

int distinctColours(const QImage &image)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 2)
        for (int x = 0; x < image.width(); x += 2)
            colours.insert(image.pixel(x, y));
    return int(colours.size());
}

}  // namespace

class TestGui : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void shortcutsSwitchPanesAndOpenFind()
    {
        tests::WindowFixture f;
        QVERIFY(f.window);
        QTest::keyClick(f.window, Qt::Key_3, Qt::ControlModifier);
        QTRY_COMPARE(f.studio->currentPane(), int(ui::Studio::DesignPane));
        QTest::keyClick(f.window, Qt::Key_2, Qt::ControlModifier);
        QTRY_COMPARE(f.studio->currentPane(), int(ui::Studio::SketchPane));
        QTest::keyClick(f.window, Qt::Key_1, Qt::ControlModifier);
        QTRY_COMPARE(f.studio->currentPane(), int(ui::Studio::WriterPane));

        auto *findField = findItem(f.window->contentItem(), QStringLiteral("findField"));
        QVERIFY(findField);
        QVERIFY(!findField->isVisible());
        QTest::keyClick(f.window, Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(findField->isVisible());
        QTRY_VERIFY(findField->hasActiveFocus());
    }

    void windowKeepsRenderingWhileTheWorkerComputes()
    {
        tests::WindowFixture f;
        QVERIFY(f.window);
        QTest::qWait(300);  // first frames, font caches
        ui::FrameProbe probe(f.window);
        probe.start();
        f.studio->settings()->measureSpeed(3.0);  // a CPU-bound LibTorch job on the worker
        QTRY_COMPARE(f.studio->jobs()->activeCount(), 1);
        QTest::qWait(1000);
        keepScreenshot(f.window, QStringLiteral("job-running"));
        QTRY_COMPARE_WITH_TIMEOUT(f.studio->jobs()->activeCount(), 0, 10'000);
        probe.stop();
        const auto s = probe.stats();
        qInfo("frames %d, p50 %.1f ms, p99 %.1f ms, max gap %.1f ms", s.frames, s.p50Ms, s.p99Ms, s.maxGapMs);
        QVERIFY2(s.frames >= 30, "the window hardly rendered at all while the job ran");
        QVERIFY2(s.maxGapMs <= kMaxFrameGapMs, qPrintable(QStringLiteral("a frame gap of %1 ms").arg(s.maxGapMs)));
    }

    // A 150,000-word novel as novelists keep one: 40 chapters of 3,750 words (about 190 paragraphs each).
    void staysSmoothOnA150kWordNovel()
    {
        tests::WindowFixture f;
        QVERIFY(f.window);
        const QString path = f.dir.filePath(QStringLiteral("gui-test.noo"));
        f.studio->closeProject();
        {
            auto store = core::ProjectStore::open(path.toStdString());
            QVERIFY(store.ok());
            std::string chapter;
            for (int paragraph = 0; paragraph < 150; ++paragraph)
                chapter += "She walked along the grey river, counting the bridges, and thought of the letter again. "
                           "The bridges were old and quiet and full of rain.\n";  // 25 words
            const qint64 first = store->chapters()->front().id;
            QVERIFY(store->setChapterBody(first, chapter).ok());
            for (int i = 1; i < 40; ++i)
                QVERIFY(store->addChapter("Chapter " + std::to_string(i + 1), chapter).ok());
        }
        QElapsedTimer clock;
        clock.start();
        QVERIFY(f.studio->openProject(QUrl::fromLocalFile(path)));
        QTRY_COMPARE_WITH_TIMEOUT(f.studio->writer()->chapters()->totalWords(), 150'000, 10'000);
        qInfo("opened a 150,000-word novel and counted it in %lld ms", static_cast<long long>(clock.elapsed()));

        ui::FrameProbe probe(f.window);
        probe.start();
        clock.restart();
        for (int row : {39, 20, 5, 0})  // jumping around the manuscript
            f.studio->writer()->setCurrentIndex(row);
        QTest::qWait(200);
        qInfo("4 chapter switches took %lld ms", static_cast<long long>(clock.elapsed()) - 200);

        auto *editor = findItem(f.window->contentItem(), QStringLiteral("chapterEditor"));
        QVERIFY(editor);
        editor->forceActiveFocus();
        QTRY_VERIFY(editor->hasActiveFocus());
        QTest::keyClick(f.window, Qt::Key_End, Qt::ControlModifier);
        clock.restart();
        for (int i = 0; i < 40; ++i) {
            QTest::keyClick(f.window, Qt::Key(Qt::Key_A + (i % 26)));
            QTest::qWait(30);  // a fast typist: ~30 keys a second
        }
        qInfo("typing: %.1f ms per key beyond the 30 ms pause", double(clock.elapsed()) / 40 - 30);
        QTest::qWait(100);
        probe.stop();
        const auto s = probe.stats();
        qInfo("frames while switching and typing: p50 %.1f ms, p99 %.1f ms, max %.1f ms", s.p50Ms, s.p99Ms, s.maxGapMs);
        QVERIFY2(s.maxGapMs <= kMaxFrameGapMs, qPrintable(QStringLiteral("a frame gap of %1 ms").arg(s.maxGapMs)));
        QTRY_COMPARE_WITH_TIMEOUT(f.studio->writer()->saveState(), ui::WriterController::SaveState::Saved, 3000);
    }

    // The shipped model, found as a user's studio finds it (no test seam): Ctrl+Space gives three cards of
    // English, not word salad: most of their words are among the commonest English words.
    void shippedModelWritesEnglishInTheSidebar()
    {
        tests::WindowFixture f;
        QVERIFY(f.window);
        auto *assistant = ui::AssistantController::forStudio(f.studio.get());
        assistant->setMaxTokens(32);
        auto *editor = findItem(f.window->contentItem(), QStringLiteral("chapterEditor"));
        QVERIFY(editor);
        editor->forceActiveFocus();
        QTRY_VERIFY(editor->hasActiveFocus());
        for (const char c : std::string("It was a fine morning in early spring, and Anne"))
            QTest::keyClick(f.window, c);
        QTest::keyClick(f.window, Qt::Key_Space, Qt::ControlModifier);
        QTRY_VERIFY_WITH_TIMEOUT(assistant->suggestions()->isFinished(), 30'000);
        QCOMPARE(assistant->modelStatus(), ui::AssistantController::ModelStatus::Ready);
        QCOMPARE(assistant->suggestions()->rowCount(), 3);
        static const QStringList common{"the", "and", "of",  "to",   "a",     "in",   "was", "her",  "she",
                                        "he",  "it",  "not", "be",   "had",   "that", "his", "with", "for",
                                        "as",  "i",   "you", "but",  "at",    "is",   "all", "so",   "have",
                                        "my",  "on",  "by",  "very", "would", "could"};
        // Each request samples with a fresh seed, so one card may wander (a chapter heading, a made-up word):
        // each card must be words, and the three together mostly common English ones.
        long long allWords = 0, allKnown = 0;
        for (int row = 0; row < 3; ++row) {
            const QString text =
                assistant->suggestions()->index(row).data(ui::SuggestionListModel::TextRole).toString();
            const auto words = text.toLower().split(QRegularExpression(QStringLiteral("[^a-z']+")), Qt::SkipEmptyParts);
            const auto known =
                std::count_if(words.begin(), words.end(), [](const QString &w) { return common.contains(w); });
            qInfo("card %d (%lld of %lld words common): %s", row + 1, static_cast<long long>(known),
                  static_cast<long long>(words.size()), qPrintable(text));
            QVERIFY2(words.size() >= 6, qPrintable(text));
            allWords += words.size();
            allKnown += known;
        }
        QVERIFY2(allWords >= 30 && allKnown * 4 >= allWords,
                 qPrintable(QStringLiteral("%1 of %2 words common").arg(allKnown).arg(allWords)));
        keepScreenshot(f.window, QStringLiteral("assistant-default-model"));
    }

    // The assistant from the keyboard, on the real window: Ctrl+Space streams cards into the sidebar while the
    // window keeps drawing, Tab inserts the highlighted card, Esc dismisses; both are stored in the project.
    void assistantCardsFromTheKeyboard()
    {
        tests::WindowFixture f;
        QVERIFY(f.window);
        const QString model = f.dir.filePath(QStringLiteral("tiny-llama"));
        QVERIFY(tests::writeRandomLlama(model, QStringLiteral(NOOSPHERE_TEST_DATA)));
        auto *assistant = ui::AssistantController::forStudio(f.studio.get());
        assistant->setDefaultModelFinder([model](const QString &) { return model; });
        assistant->setMaxTokens(24);

        auto *editor = findItem(f.window->contentItem(), QStringLiteral("chapterEditor"));
        QVERIFY(editor);
        editor->forceActiveFocus();
        QTRY_VERIFY(editor->hasActiveFocus());
        for (const char c : std::string("the night was cold and the sea was loud"))
            QTest::keyClick(f.window, c);
        const QString typed = editor->property("text").toString();

        ui::FrameProbe probe(f.window);
        probe.start();
        QTest::keyClick(f.window, Qt::Key_Space, Qt::ControlModifier);
        auto *sidebar = findItem(f.window->contentItem(), QStringLiteral("assistantSidebar"));
        QVERIFY(sidebar);
        QTRY_VERIFY(sidebar->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(assistant->suggestions()->isFinished(), 15'000);
        QTest::qWait(200);
        probe.stop();
        const auto s = probe.stats();
        qInfo("model load + 3 cards: frames %d, max gap %.1f ms", s.frames, s.maxGapMs);
        QVERIFY2(s.maxGapMs <= kMaxFrameGapMs, qPrintable(QStringLiteral("a frame gap of %1 ms").arg(s.maxGapMs)));
        QCOMPARE(assistant->suggestions()->rowCount(), 3);
        QVERIFY(visibleTexts(f.window).contains(QStringLiteral("avg log-prob")));
        keepScreenshot(f.window, QStringLiteral("assistant-sidebar"));

        QVERIFY(editor->hasActiveFocus());
        const QString card = assistant->suggestions()->index(0).data(ui::SuggestionListModel::TextRole).toString();
        QTest::keyClick(f.window, Qt::Key_Tab);
        QCOMPARE(editor->property("text").toString(), typed + card);
        QCOMPARE(assistant->suggestions()->rowCount(), 0);

        QTest::keyClick(f.window, Qt::Key_Space, Qt::ControlModifier);
        QTRY_VERIFY_WITH_TIMEOUT(assistant->suggestions()->isFinished(), 15'000);
        QTest::keyClick(f.window, Qt::Key_Escape);
        QCOMPARE(assistant->suggestions()->rowCount(), 0);
        QCOMPARE(editor->property("text").toString(), typed + card);

        // The token view: a click on a word of a card lists the model's choices there; picking one regenerates.
        QTest::keyClick(f.window, Qt::Key_Space, Qt::ControlModifier);
        QTRY_VERIFY_WITH_TIMEOUT(assistant->suggestions()->isFinished(), 15'000);
        QTest::qWait(100);  // the cards laid out
        auto *words = findItem(sidebar, QStringLiteral("suggestionText"));
        QVERIFY(words);
        QPointF word(-1, -1);
        for (qreal y = 4; y < words->height() && word.x() < 0; y += 6)
            for (qreal x = 4; x < words->width() && word.x() < 0; x += 6) {
                QString link;
                QMetaObject::invokeMethod(words, "linkAt", Q_RETURN_ARG(QString, link), Q_ARG(qreal, x),
                                          Q_ARG(qreal, y));
                if (!link.isEmpty())
                    word = QPointF(x, y);
            }
        QVERIFY2(word.x() >= 0, "no word of the card is clickable");
        QTest::mouseClick(f.window, Qt::LeftButton, {}, words->mapToScene(word).toPoint());
        QTRY_VERIFY(assistant->tokenChoices()->rowCount() >= ui::AssistantController::kTokenChoices);
        auto *choices = findItem(f.window->contentItem(), QStringLiteral("tokenChoices"));
        QVERIFY(choices);
        QTRY_VERIFY(choices->isVisible() && choices->height() > 100);
        QVERIFY(visibleTexts(f.window).contains(QStringLiteral("Instead of “")));
        keepScreenshot(f.window, QStringLiteral("assistant-token-view"));
        QTest::mouseClick(f.window, Qt::LeftButton, {},
                          choices->mapToScene(QPointF(choices->width() / 2, choices->height() * 0.3)).toPoint());
        QTRY_COMPARE(assistant->tokenChoices()->rowCount(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(assistant->suggestions()->isFinished(), 15'000);
        // Until its closing transition ends, the popup takes Esc for itself (as it would from a person).
        QTRY_VERIFY(!choices->isVisible());
        QTest::keyClick(f.window, Qt::Key_Escape);
        QCOMPARE(assistant->suggestions()->rowCount(), 0);

        auto feedback = core::PreferenceStore::open(f.studio->projectPath().toStdString(), core::OpenMode::ReadOnly);
        QVERIFY(feedback.ok());
        QCOMPARE(feedback->ratingCount(core::FeedbackKind::Accept).value(), 1);
        QCOMPARE(feedback->ratingCount(core::FeedbackKind::TokenPick).value(), 1);
        QCOMPARE(feedback->ratingCount(core::FeedbackKind::Dismiss).value(), 6);
    }

    void assistantSaysWhenThereIsNoModel()
    {
        tests::WindowFixture f;
        QVERIFY(f.window);
        auto *assistant = ui::AssistantController::forStudio(f.studio.get());
        assistant->setDefaultModelFinder([](const QString &) { return QString(); });
        QTest::keyClick(f.window, Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY(assistant->isOpen());
        QTRY_VERIFY(
            visibleTexts(f.window).contains(QStringLiteral("No default model found; pick a model folder in Settings")));
        QVERIFY(visibleTexts(f.window).contains(QStringLiteral("Folder…")));  // the picker is right there
        keepScreenshot(f.window, QStringLiteral("assistant-no-model"));
        QTest::keyClick(f.window, Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY(!assistant->isOpen());
    }

    void settingsAndAboutOpenFromTheKeyboard()
    {
        tests::WindowFixture f;
        QVERIFY(f.window);
        QTest::keyClick(f.window, Qt::Key_Comma, Qt::ControlModifier);
        QTRY_VERIFY(visibleTexts(f.window).contains(QStringLiteral("Compute device")));
        const QString texts = visibleTexts(f.window);
        QVERIFY(texts.contains(QStringLiteral("CPU (")));
        QVERIFY(texts.contains(QStringLiteral("Autosave after")));
        keepScreenshot(f.window, QStringLiteral("settings"));
        QTest::keyClick(f.window, Qt::Key_Escape);
        QTRY_VERIFY(!visibleTexts(f.window).contains(QStringLiteral("Compute device")));
    }

    // The word tools and the daily goal on the real window: Ctrl+Shift+T shows the senses of the word at the
    // cursor, Ctrl+Shift+G its concept graph beside the editor, and the status bar counts today's words.
    void wordToolsAndTheDailyGoal()
    {
        tests::WindowFixture f;
        QVERIFY(f.window);
        auto *writer = f.studio->writer();
        QTRY_VERIFY(writer->goal()->isKnown());
        writer->goal()->setDailyTarget(8);
        auto *editor = findItem(f.window->contentItem(), QStringLiteral("chapterEditor"));
        QVERIFY(editor);
        editor->forceActiveFocus();
        QTRY_VERIFY(editor->hasActiveFocus());
        for (const char c : std::string("The lighthouse keeper climbed the stairs on a cold night"))
            QTest::keyClick(f.window, c);
        QTRY_COMPARE(writer->goal()->wordsToday(), 10);
        QVERIFY(writer->goal()->isReached());
        QTRY_VERIFY(visibleTexts(f.window).contains(QStringLiteral("✓ Today: 10 / 8 words")));

        editor->setProperty("cursorPosition", 48);  // in "cold"
        auto *words = ui::WordToolsController::forStudio(f.studio.get());
        words->setGraphOpen(false);  // remembered from the last run
        QTest::keyClick(f.window, Qt::Key_T, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_COMPARE_WITH_TIMEOUT(words->sensesState(), ui::WordToolsController::LookupState::Found, 20'000);
        QCOMPARE(words->word(), QStringLiteral("cold"));
        QTRY_VERIFY(visibleTexts(f.window).contains(QStringLiteral("having a low or inadequate temperature")));
        keepScreenshot(f.window, QStringLiteral("word-popup"));
        QTest::keyClick(f.window, Qt::Key_Escape);

        // Closed, transition and all: until then the popup keeps the window's shortcuts to itself.
        auto *popup = f.window->findChild<QObject *>(QStringLiteral("wordPopup"));
        QVERIFY(popup);
        QTRY_VERIFY(!popup->property("visible").toBool());
        QTRY_VERIFY(editor->hasActiveFocus());
        QTest::keyClick(f.window, Qt::Key_G, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(words->isGraphOpen());
        QTRY_COMPARE_WITH_TIMEOUT(words->graph()->centre(), QStringLiteral("cold"), 20'000);
        QVERIFY(words->graph()->found());
        QTRY_VERIFY(findItem(f.window->contentItem(), QStringLiteral("conceptGraphPanel"))->isVisible());
        QVERIFY(visibleTexts(f.window).contains(QStringLiteral("hot")));  // the opposite, in the graph
        keepScreenshot(f.window, QStringLiteral("concept-graph"));
        QTest::keyClick(f.window, Qt::Key_G, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(!words->isGraphOpen());
    }

    // The analysis panel on the real window: Ctrl+Shift+E, the arc of a chapter that turns from joy to grief,
    // the long-sentence mark in the editor.
    void analysisPanelShowsTheArc()
    {
        tests::WindowFixture f;
        QVERIFY(f.window);
        auto *analysis = ui::AnalysisController::forStudio(f.studio.get());
        analysis->setOpen(false);  // remembered from the last run
        analysis->setMarkHardSentences(true);
        auto *editor = findItem(f.window->contentItem(), QStringLiteral("chapterEditor"));
        QVERIFY(editor);
        QString text;
        for (int i = 0; i < 8; ++i)
            text += QStringLiteral("It was a wonderful, happy morning and everyone laughed with joy. ");
        text += QStringLiteral("\n\nAnne walked along the shore and thought about the long years that had passed since she "
                               "had last seen him, and about the letters she had never written, and about the people "
                               "who had advised her, and about the gardens in the summer when everything was green.\n\n");
        for (int i = 0; i < 8; ++i)
            text += QStringLiteral("Then the terrible news came, and she wept in grief and despair. ");
        editor->setProperty("text", text);
        editor->forceActiveFocus();
        QTRY_VERIFY(editor->hasActiveFocus());
        QTest::keyClick(f.window, Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(analysis->isOpen());
        QTRY_COMPARE_WITH_TIMEOUT(analysis->chapterArc().size(), 17, 20'000);
        QTRY_VERIFY(visibleTexts(f.window).contains(QStringLiteral("Reading ease")));
        keepScreenshot(f.window, QStringLiteral("analysis-panel"));
        QTest::keyClick(f.window, Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(!analysis->isOpen());
        analysis->setMarkHardSentences(false);
    }

    // The designer's loop by mouse and keyboard: the grid draws sixteen lit variants, a click selects one, keys
    // rate it, N breeds the next generation and Back returns; the frame gaps stay small while the grid turns.
    // The Sketch pane as an artist uses it: Ctrl+2, drags with the mouse draw strokes (kept in the project),
    // B picks the brush, Ctrl+Z takes the last one back; what shows is ink on the canvas.
    void sketchByMouseAndKeyboard()
    {
        tests::WindowFixture f;
        QVERIFY(f.window);
        auto *sketch = ui::SketchController::forStudio(f.studio.get());
        f.window->requestActivate();
        QVERIFY(QTest::qWaitForWindowActive(f.window));
        QTest::keyClick(f.window, Qt::Key_2, Qt::ControlModifier);
        QTRY_COMPARE(f.studio->currentPane(), int(ui::Studio::SketchPane));
        auto *canvas = findItem(f.window->contentItem(), QStringLiteral("sketchCanvas"));
        QVERIFY(canvas);
        auto *viewport = findItem(f.window->contentItem(), QStringLiteral("sketchViewport"));
        QVERIFY(viewport);
        // The pane's first layout fits the canvas into the view: wait for it, so drags land where aimed.
        QTRY_VERIFY(canvas->isVisible() && canvas->width() > 300 && canvas->width() < viewport->width() &&
                    canvas->x() > 0);
        QTest::qWait(200);
        const auto drag = [&](QPointF from, QPointF to) {  // in canvas pixels
            const double zoom = canvas->width() / sketch->canvasWidth();
            const auto at = [&](QPointF p) { return canvas->mapToScene(p * zoom).toPoint(); };
            QTest::mousePress(f.window, Qt::LeftButton, {}, at(from));
            for (int i = 1; i <= 12; ++i)
                QTest::mouseMove(f.window, at(from + (to - from) * (i / 12.0)));
            QTest::mouseRelease(f.window, Qt::LeftButton, {}, at(to));
        };
        sketch->setBrushSize(14);
        drag({200, 200}, {820, 560});
        drag({200, 560}, {820, 200});
        QTest::keyClick(f.window, Qt::Key_B);
        QTRY_COMPARE(sketch->tool(), QStringLiteral("brush"));
        sketch->setColour(QColor(230, 120, 40));
        drag({150, 380}, {870, 380});
        QTRY_COMPARE(sketch->strokeCount(), 3);
        QTest::keyClick(f.window, Qt::Key_Z, Qt::ControlModifier);
        QTRY_COMPARE(sketch->strokeCount(), 2);
        QTest::keyClick(f.window, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_COMPARE(sketch->strokeCount(), 3);
        QTest::qWait(300);
        const QImage shot = f.window->grabWindow();
        const QRect area = canvas->mapRectToScene(QRectF(0, 0, canvas->width(), canvas->height())).toRect();
        const QImage drawn = shot.copy(area);
        // The crossing of the two pen strokes is ink; a corner of the canvas is paper.
        const QPointF centre(drawn.width() * 510.0 / 1024, drawn.height() * 380.0 / 768);
        QVERIFY2(QColor(drawn.pixel(centre.toPoint())).lightness() < 200, qPrintable(QColor(drawn.pixel(centre.toPoint())).name()));
        QCOMPARE(QColor(drawn.pixel(5, 5)), QColor(Qt::white));
        keepScreenshot(f.window, QStringLiteral("sketch-drawn"));
        QCOMPARE(sketch->strokes().size(), size_t(3));  // and in the project (ui.sketch reopens it)
    }

    // The suggestions follow a drawing made with the mouse; a click on a star rates, two hearts and the breed
    // button make a row of children. A tiny GAN (16 × 16, trained here in a second) stands in for the shipped one.
    void sketchSuggestionsByMouse()
    {
        QTemporaryDir models;
        models::gan::GanTrainSettings s;
        s.config.resolution = 16;
        s.config.zDim = s.config.wDim = 16;
        s.config.mappingLayers = 2, s.config.maxChannels = 16, s.config.channelBase = 128;
        s.steps = 4, s.encoderSteps = 2, s.batchSize = 4, s.seed = 2;
        std::vector<models::gan::RgbaImage> pictures;
        for (int i = 0; i < 8; ++i)
            pictures.push_back({16, 16, std::vector<std::uint8_t>(16 * 16 * 4, std::uint8_t(30 * i))});
        QVERIFY(models::gan::trainStyleGan(pictures, s, models.filePath(QStringLiteral("default-gan")).toStdString(), {}, {}).ok());
        qputenv("NOOSPHERE_MODEL_DIR", models.path().toUtf8());

        tests::WindowFixture f;
        QVERIFY(f.window);
        auto *sketch = ui::SketchController::forStudio(f.studio.get());
        auto *suggestions = ui::SuggestionsController::forStudio(f.studio.get());
        f.window->requestActivate();
        QVERIFY(QTest::qWaitForWindowActive(f.window));
        QTest::keyClick(f.window, Qt::Key_2, Qt::ControlModifier);
        QTRY_COMPARE(f.studio->currentPane(), int(ui::Studio::SketchPane));
        auto *canvas = findItem(f.window->contentItem(), QStringLiteral("sketchCanvas"));
        auto *viewport = findItem(f.window->contentItem(), QStringLiteral("sketchViewport"));
        QVERIFY(canvas && viewport);
        QTRY_VERIFY(canvas->isVisible() && canvas->width() > 300 && canvas->width() < viewport->width() && canvas->x() > 0);
        QTest::qWait(200);
        const double zoom = canvas->width() / sketch->canvasWidth();
        const auto at = [&](QPointF p) { return canvas->mapToScene(p * zoom).toPoint(); };
        // The model is loaded, hashed and run on the worker: frames keep coming meanwhile.
        ui::FrameProbe probe(f.window);
        probe.start();
        QTest::mousePress(f.window, Qt::LeftButton, {}, at({300, 300}));
        for (int i = 1; i <= 12; ++i)
            QTest::mouseMove(f.window, at({300.0 + 40 * i, 300.0 + 15 * i}));
        QTest::mouseRelease(f.window, Qt::LeftButton, {}, at({780, 480}));
        QTRY_COMPARE(sketch->strokeCount(), 1);
        // After the pause, the suggestions answer the sketch.
        QTRY_VERIFY_WITH_TIMEOUT(suggestions->suggestions()->rowCount() == 4 && !suggestions->isPending(), 30'000);
        probe.stop();
        const auto frames = probe.stats();
        qInfo("while suggesting: frames %d, p99 %.1f ms, max gap %.1f ms", frames.frames, frames.p99Ms, frames.maxGapMs);
        QVERIFY2(frames.maxGapMs <= kMaxFrameGapMs, qPrintable(QStringLiteral("a frame gap of %1 ms").arg(frames.maxGapMs)));
        QCOMPARE(suggestions->suggestions()->data(suggestions->suggestions()->index(0), ui::SuggestionGridModel::OperationRole).toString(),
                 QStringLiteral("project"));
        const auto click = [&](QQuickItem *item) {
            QVERIFY(item);
            QTest::mouseClick(f.window, Qt::LeftButton, {}, item->mapToScene(QPointF(item->width() / 2, item->height() / 2)).toPoint());
        };
        QQuickItem *first = nullptr;
        QTRY_VERIFY((first = findItem(f.window->contentItem(), QStringLiteral("sketchSuggestion0"))) && first->height() > 40);
        click(findItem(first, QStringLiteral("star4")));
        QTRY_COMPARE(suggestions->suggestions()->data(suggestions->suggestions()->index(0), ui::SuggestionGridModel::StarsRole).toInt(), 4);
        click(findItem(first, QStringLiteral("favourite")));
        click(findItem(findItem(f.window->contentItem(), QStringLiteral("sketchSuggestion3")), QStringLiteral("favourite")));
        QTRY_COMPARE(suggestions->favouriteCount(), 2);
        click(findItem(f.window->contentItem(), QStringLiteral("sketchBreed")));
        QTRY_VERIFY_WITH_TIMEOUT(suggestions->suggestions()->rowCount() == 8 && !suggestions->isBusy(), 30'000);
        QCOMPARE(suggestions->suggestions()->data(suggestions->suggestions()->index(0), ui::SuggestionGridModel::OperationRole).toString(),
                 QStringLiteral("breed"));
        QTest::qWait(300);
        keepScreenshot(f.window, QStringLiteral("sketch-suggestions"));
        qunsetenv("NOOSPHERE_MODEL_DIR");
    }

    void designGridByMouseAndKeyboard()
    {
        tests::WindowFixture f;
        QVERIFY(f.window);
        auto *design = ui::DesignController::forStudio(f.studio.get());
        f.window->requestActivate();
        QVERIFY(QTest::qWaitForWindowActive(f.window));  // keys go to the active window only
        QTest::keyClick(f.window, Qt::Key_3, Qt::ControlModifier);
        QTRY_COMPARE(f.studio->currentPane(), int(ui::Studio::DesignPane));
        QTRY_COMPARE_WITH_TIMEOUT(design->variants()->rowCount(), 16, 20'000);
        QTRY_VERIFY(!design->isBusy());
        auto *cell = findItem(f.window->contentItem(), QStringLiteral("designCell5"));
        QVERIFY(cell);
        QTRY_VERIFY(cell->isVisible() && cell->width() > 50);
        QTest::qWait(400);  // the first frames of the pane (Quick 3D builds its shaders on first use)
        QTest::mouseClick(f.window, Qt::LeftButton, {}, cell->mapToScene(QPointF(cell->width() / 2, cell->height() / 3)).toPoint());
        QTRY_COMPARE(design->selectedIndex(), 5);
        QTest::keyClick(f.window, Qt::Key_4);
        QTRY_COMPARE(design->ratingCount(), 1);
        QTest::keyClick(f.window, Qt::Key_Right);
        QTRY_COMPARE(design->selectedIndex(), 6);
        QTest::keyClick(f.window, Qt::Key_1);
        QTRY_COMPARE(design->ratingCount(), 2);
        auto *grid = findItem(f.window->contentItem(), QStringLiteral("designView3D"));
        QVERIFY(grid);
        QTest::qWait(500);
        const QImage shot = f.window->grabWindow();
        const QRect gridRect = grid->mapRectToScene(QRectF(0, 0, grid->width(), grid->height())).toRect();
        QVERIFY2(distinctColours(shot.copy(gridRect)) > 200, "the 3D grid draws no shaded variants");
        ui::FrameProbe probe(f.window);  // the grid turns: frames must keep coming
        probe.start();
        QTest::qWait(2000);
        probe.stop();
        const auto s = probe.stats();
        qInfo("design grid: %d frames in 2 s, p50 %.1f ms, p99 %.1f ms", s.frames, s.p50Ms, s.p99Ms);
        QVERIFY(s.frames >= 3);  // not frozen; the frame rate itself is scripts/bench.sh's (timing is no test)
        keepScreenshot(f.window, QStringLiteral("design-grid"));
        QTest::keyClick(f.window, Qt::Key_N);
        QTRY_COMPARE_WITH_TIMEOUT(design->generation(), 1, 20'000);
        QTRY_VERIFY(!design->isBusy());
        auto *back = findItem(f.window->contentItem(), QStringLiteral("designBack"));
        QVERIFY(back && back->isEnabled());
        QTest::mouseClick(f.window, Qt::LeftButton, {}, back->mapToScene(QPointF(back->width() / 2, back->height() / 2)).toPoint());
        QTRY_COMPARE_WITH_TIMEOUT(design->generation(), 0, 20'000);
    }

    // The AR-style preview: a photo of a printed marker seen at a slant, the selected design standing on it.
    void arPreviewStandsTheDesignOnTheMarker()
    {
        tests::WindowFixture f;
        QVERIFY(f.window);
        auto *design = ui::DesignController::forStudio(f.studio.get());
        auto *ar = ui::ArPreviewController::forStudio(f.studio.get());
        ar->setMarkerSizeMm(50);
        ar->setDictionary(QStringLiteral("DICT_4X4_50"));
        ar->setCameraFile({});
        ar->setFieldOfViewDeg(60);
        f.studio->setCurrentPane(ui::Studio::DesignPane);  // (the shortcut is the test above's)
        QTRY_COMPARE_WITH_TIMEOUT(design->variants()->rowCount(), 16, 20'000);
        design->setFamily(QStringLiteral("sweep"));  // rings and bangles: the size of a hand beside the marker
        QTRY_VERIFY_WITH_TIMEOUT(!design->isBusy() && design->view().family == QStringLiteral("sweep"), 20'000);
        // A marker 50 mm across on a cluttered table 450 mm away, tilted 50°: what a phone held above it sees.
        auto sheet = core::image::renderMarker({.id = 3, .sizeMm = 50, .dpi = 400}).value();
        const cv::Mat plane(sheet.image.height, sheet.image.width, CV_8UC3, sheet.image.pixels.data());
        const cv::Matx33d K = tests::cameraMatrix(1280, 720, 60);
        const cv::Mat photo = tests::renderScene(tests::clutteredBackground({1280, 720}, 5), plane,
                                                 50.0 * sheet.image.width / sheet.markerPx, K,
                                                 tests::scenePose(450, 50, 0, 15, 0, 40));
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("table.png"));
        QVERIFY(cv::imwrite(file.toStdString(), photo));
        auto *tab = findItem(f.window->contentItem(), QStringLiteral("arTab"));
        QVERIFY(tab);
        QTest::mouseClick(f.window, Qt::LeftButton, {}, tab->mapToScene(QPointF(tab->width() / 2, tab->height() / 2)).toPoint());
        ar->openPhoto(QUrl::fromLocalFile(file));
        QTRY_VERIFY_WITH_TIMEOUT(ar->markerFound(), 20'000);
        QVERIFY(std::abs(ar->distanceMm() / std::hypot(450.0, 40.0) - 1) < 0.02);
        auto *view = findItem(f.window->contentItem(), QStringLiteral("arView3D"));
        QVERIFY(view);
        QTRY_VERIFY(view->isVisible() && view->width() > 100);
        QTest::qWait(800);
        keepScreenshot(f.window, QStringLiteral("ar-preview"));
        QVERIFY(visibleTexts(f.window).contains(QStringLiteral("Marker 3 at")));
        // No marker in the next photo: it says so, and the orbit view shows the design instead.
        const QString plain = dir.filePath(QStringLiteral("plain.png"));
        QVERIFY(cv::imwrite(plain.toStdString(), tests::clutteredBackground({640, 480}, 9)));
        ar->openPhoto(QUrl::fromLocalFile(plain));
        QTRY_VERIFY_WITH_TIMEOUT(!ar->markerFound() && !ar->isBusy(), 20'000);
        auto *orbit = findItem(f.window->contentItem(), QStringLiteral("arOrbitView"));
        QTRY_VERIFY(orbit && orbit->isVisible());
        QVERIFY(visibleTexts(f.window).contains(QStringLiteral("No marker found")));
        keepScreenshot(f.window, QStringLiteral("ar-orbit"));
    }

    // Opening a project from the command line resets the recent files while the window lays out; with recent
    // files on the start page, Qt 6.4's ColumnLayout crashed there at 1440x900 (a Repeater straight in a Layout).
    void opensAProjectWithRecentFilesWithoutCrashing()
    {
        QTemporaryDir dir;
        const QString project = dir.filePath(QStringLiteral("recent.noo"));
        for (const char *name : {"recent.noo", "a.noo", "b.noo"})  // the start page lists only files that exist
            QVERIFY(core::ProjectStore::create(dir.filePath(QString::fromLatin1(name)).toStdString()).ok());
        QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("config/Noosphere"))));
        QFile settings(dir.filePath(QStringLiteral("config/Noosphere/Noosphere.conf")));
        QVERIFY(settings.open(QIODevice::WriteOnly));
        settings.write("[project]\nrecentFiles=" + dir.filePath(QStringLiteral("a.noo")).toUtf8() + ", " +
                       dir.filePath(QStringLiteral("b.noo")).toUtf8() + "\n");
        settings.close();
        QProcess app;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
        app.setProcessEnvironment(env);
        app.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        app.start(QStringLiteral(NOOSPHERE_GUI_BINARY),
                  {"--project", project, "--pane", "writer", "--size", "1440x900", "--screenshot",
                   dir.filePath(QStringLiteral("shot.png"))});
        QVERIFY(app.waitForFinished(30'000));
        QCOMPARE(app.exitStatus(), QProcess::NormalExit);
        QCOMPARE(app.exitCode(), 0);
    }

    void screenshotsShowEachPane_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QStringList>("expectedTexts");
        QTest::newRow("writer") << QStringList{"--pane", "writer", "--project", "PROJECT"}
                                << QStringList{"Chapters", "Writer", "All changes saved"};
        QTest::newRow("start") << QStringList{"--pane", "writer"}
                               << QStringList{"Welcome to Noosphere", "New Project…"};
        QTest::newRow("sketch") << QStringList{"--pane", "sketch", "--project", "PROJECT"}
                                << QStringList{"Sketch", "Pen", "Eraser", "Export PNG…", "Palette"};
        QTest::newRow("design") << QStringList{"--pane", "design", "--project", "PROJECT"}
                                << QStringList{"Design", "Next generation", "Generation 1", "Rate me"};
        QTest::newRow("bad file") << QStringList{"--pane", "writer", "--project", "BADPROJECT"}
                                  << QStringList{"Could not open the project", "is empty (0 bytes)"};
        QTest::newRow("zh_CN") << QStringList{"--pane", "writer", "--lang", "zh_CN", "--project", "PROJECT"}
                               << QStringList{"章节", "写作"};
    }
    void screenshotsShowEachPane()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QStringList, expectedTexts);
        QTemporaryDir dir;
        const QString project = dir.filePath(QStringLiteral("shot.noo"));
        {
            auto store = core::ProjectStore::create(project.toStdString());
            QVERIFY(store.ok());
            QVERIFY(store->renameChapter(store->chapters()->front().id, "第一章 The Beginning").ok());
            QVERIFY(store
                        ->setChapterBody(store->chapters()->front().id,
                                         "It was a bright cold day in April.\n\n春眠不觉晓，处处闻啼鸟。 🌸")
                        .ok());
        }
        const QString bad = dir.filePath(QStringLiteral("empty.noo"));
        QVERIFY(QFile::copy(QStringLiteral(NOOSPHERE_TEST_DATA "/bad/empty.noo"), bad));
        arguments.replaceInStrings(QStringLiteral("BADPROJECT"), bad);
        arguments.replaceInStrings(QStringLiteral("PROJECT"), project);
        const QString png = dir.filePath(QStringLiteral("shot.png"));
        const QString text = dir.filePath(QStringLiteral("shot.txt"));
        QProcess app;
        app.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        app.start(QStringLiteral(NOOSPHERE_GUI_BINARY),
                  QStringList{"--screenshot", png, "--visible-text", text, "--size", "1280x800"} + arguments);
        QVERIFY(app.waitForFinished(30'000));
        QCOMPARE(app.exitCode(), 0);

        const QImage image(png);
        QCOMPARE(image.size(), QSize(1280, 800));
        const int colours = distinctColours(image);
        QVERIFY2(colours >= 50, qPrintable(QStringLiteral("only %1 colours: blank window?").arg(colours)));
        QFile file(text);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString visible = QString::fromUtf8(file.readAll());
        for (const QString &expected : expectedTexts)
            QVERIFY2(visible.contains(expected), qPrintable(expected + QStringLiteral(" not shown in:\n") + visible));
        if (qEnvironmentVariableIsSet("NOOSPHERE_KEEP_SCREENSHOTS"))
            QFile::copy(png, qEnvironmentVariable("NOOSPHERE_KEEP_SCREENSHOTS") + QLatin1Char('/') +
                                 QString::fromLatin1(QTest::currentDataTag()).replace(' ', '-') +
                                 QStringLiteral(".png"));
    }
};

QTEST_MAIN(TestGui)

#include "tst_gui.moc"
