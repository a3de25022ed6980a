// The Sketch pane's suggestions with the real worker, project file and a tiny style GAN trained here: they
// follow the drawing once the artist pauses (one request for a burst of strokes), explore while nothing is
// drawn, wait while the pane is hidden; stars, favourites, more like this, breeding, use as reference, take
// palette and the sliders each do what they say, and every action is in the project with the suggestion's
// provenance (model name and weights hash, w+, seed, ψ, operation, parents, the sketch snapshot). Bad input: a
// damaged model file and a read-only project are said plainly.
#include "engine/enginebridge.h"
#include "gan/gantrainer.h"
#include "sketch/sketchcontroller.h"
#include "sketch/suggestionscontroller.h"
#include "store/imagefeedbackstore.h"
#include "store/projectstore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

#include <memory>
#include <random>

using namespace noosphere;
using ui::SuggestionGridModel;

namespace {

// Coloured discs on transparency, 16 × 16: enough for a GAN that trains in a second.
std::vector<models::gan::RgbaImage> discs(int count)
{
    std::mt19937 rng(5);
    std::uniform_real_distribution<double> u(0, 1);
    std::vector<models::gan::RgbaImage> out;
    for (int i = 0; i < count; ++i) {
        models::gan::RgbaImage picture{16, 16, std::vector<std::uint8_t>(16 * 16 * 4, 0)};
        const double cx = 5 + 6 * u(rng), cy = 5 + 6 * u(rng), r = 3 + 3 * u(rng);
        for (int y = 0; y < 16; ++y)
            for (int x = 0; x < 16; ++x)
                if (std::hypot(x + 0.5 - cx, y + 0.5 - cy) < r) {
                    auto *p = &picture.rgba[std::size_t(y * 16 + x) * 4];
                    p[0] = std::uint8_t(255 * u(rng)), p[1] = 90, p[2] = 40, p[3] = 255;
                }
        out.push_back(std::move(picture));
    }
    return out;
}

}  // namespace

class TestSketchSuggestions : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_models, m_file;
    std::unique_ptr<ui::EngineBridge> m_bridge;
    std::unique_ptr<ui::SketchController> m_sketch;
    std::unique_ptr<ui::SuggestionsController> m_suggestions;

    void drawLine(QPointF from, QPointF to)
    {
        m_sketch->beginStroke(from.x(), from.y(), 1);
        for (int i = 1; i <= 20; ++i)
            m_sketch->extendStroke(from.x() + (to.x() - from.x()) * i / 20, from.y() + (to.y() - from.y()) * i / 20, 1);
        m_sketch->endStroke();
    }

    bool arrives(int batches = 1)
    {
        QSignalSpy arrived(m_suggestions.get(), &ui::SuggestionsController::suggestionsArrived);
        return QTest::qWaitFor([&] { return arrived.count() >= batches; }, 30'000);
    }

    QString operationAt(int row)
    {
        return m_suggestions->suggestions()->data(m_suggestions->suggestions()->index(row), SuggestionGridModel::OperationRole).toString();
    }

    std::vector<core::RatedImage> rated()
    {
        auto store = core::ImageFeedbackStore::open(m_file.toStdString(), core::OpenMode::ReadOnly);
        return store ? store->ratedImages().value() : std::vector<core::RatedImage>{};
    }

    void open(bool readOnly = false)
    {
        m_bridge = std::make_unique<ui::EngineBridge>();
        m_sketch = std::make_unique<ui::SketchController>(m_bridge.get());
        m_suggestions = std::make_unique<ui::SuggestionsController>(m_bridge.get(), m_sketch.get());
        m_sketch->setProject(m_file, readOnly);
        m_suggestions->setProject(m_file, readOnly);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_models = m_dir.filePath(QStringLiteral("models"));
        models::gan::GanTrainSettings s;
        s.config.resolution = 16;
        s.config.zDim = s.config.wDim = 16;
        s.config.mappingLayers = 2, s.config.maxChannels = 16, s.config.channelBase = 128;
        s.steps = 6, s.encoderSteps = 4, s.batchSize = 8, s.seed = 3;
        const auto folder = QDir(m_models).filePath(QStringLiteral("default-gan")).toStdString();
        auto trained = models::gan::trainStyleGan(discs(32), s, folder, {}, {});
        QVERIFY2(trained.ok(), trained.ok() ? "" : trained.error().detail.c_str());
        qputenv("NOOSPHERE_MODEL_DIR", m_models.toUtf8());
    }

    void init()
    {
        m_file = m_dir.filePath(QStringLiteral("%1.noo").arg(QTest::currentTestFunction()));
        QVERIFY(core::ProjectStore::create(m_file.toStdString()).ok());
        open();
    }

    void cleanup()
    {
        m_suggestions.reset();
        m_sketch.reset();
        m_bridge.reset();
    }

    void exploresWhileNothingIsDrawn()
    {
        m_suggestions->setActive(true);
        QVERIFY(m_suggestions->isPending());
        QVERIFY(arrives());
        QCOMPARE(m_suggestions->suggestions()->rowCount(), 4);
        QCOMPARE(operationAt(0), QStringLiteral("sample"));
        QCOMPARE(m_suggestions->modelName(), QStringLiteral("default-gan"));
        QCOMPARE(m_suggestions->directions().size(), 8);
        QVERIFY(m_suggestions->problem().isEmpty());
        QVERIFY(!m_suggestions->isBusy());
    }

    void followsTheDrawingOnceThePenRests()
    {
        m_suggestions->setActive(true);
        QVERIFY(arrives());  // the first samples
        QSignalSpy arrived(m_suggestions.get(), &ui::SuggestionsController::suggestionsArrived);
        // A burst of strokes: one request, after the last (each stroke restarts the wait).
        for (int i = 0; i < 5; ++i)
            drawLine({100.0 + 40 * i, 100}, {120.0 + 40 * i, 300});
        QVERIFY(m_suggestions->isPending());
        QCOMPARE(arrived.count(), 0);
        QVERIFY(QTest::qWaitFor([&] { return arrived.count() == 1; }, 30'000));
        QTest::qWait(ui::SuggestionsController::kDebounceMs * 2);
        QCOMPARE(arrived.count(), 1);
        QCOMPARE(m_suggestions->suggestions()->rowCount(), 4);  // the sketch's answer replaced the samples
        for (int row = 0; row < 4; ++row)
            QCOMPARE(operationAt(row), QStringLiteral("project"));
    }

    void waitsWhileThePaneIsHidden()
    {
        drawLine({100, 100}, {300, 300});
        QTest::qWait(ui::SuggestionsController::kDebounceMs * 2);
        QVERIFY(!m_suggestions->isPending());
        QCOMPARE(m_suggestions->suggestions()->rowCount(), 0);
        m_suggestions->setActive(true);
        QVERIFY(arrives());
        QCOMPARE(operationAt(0), QStringLiteral("project"));
    }

    void everyActionIsStoredWithProvenance()
    {
        m_suggestions->setActive(true);
        drawLine({200, 200}, {600, 500});
        QVERIFY(arrives());
        m_suggestions->rate(0, 4);
        m_suggestions->toggleFavourite(1);
        m_suggestions->moreLikeThis(1);
        QVERIFY(arrives());
        QCOMPARE(m_suggestions->suggestions()->rowCount(), 8);  // four more like it, first
        QCOMPARE(operationAt(0), QStringLiteral("around"));
        QCOMPARE(operationAt(4), QStringLiteral("project"));
        m_suggestions->takePalette(4);
        QVERIFY(QTest::qWaitFor([&] { return !m_sketch->palette().isEmpty(); }, 20'000));
        m_suggestions->useAsReference(5);
        QVERIFY(m_sketch->hasReference());
        m_suggestions->rate(0, 2);  // an "around" suggestion: its own batch, with its parent

        const auto ratings = rated();
        QCOMPARE(int(ratings.size()), 6);
        QStringList kinds;
        for (const auto &r : ratings)
            kinds << QString::fromStdString(r.kind);
        QCOMPARE(kinds, (QStringList{"stars", "favourite", "more_like_this", "take_palette", "use_as_reference", "stars"}));
        QFile weights(QDir(m_models).filePath(QStringLiteral("default-gan/model.safetensors")));
        QVERIFY(weights.open(QIODevice::ReadOnly));
        const auto hash = QCryptographicHash::hash(weights.readAll(), QCryptographicHash::Sha256).toHex().toStdString();
        const auto &stars = ratings.front();
        QCOMPARE(stars.value, 4.0);
        QCOMPARE(stars.model.name, std::string("default-gan"));
        QCOMPARE(stars.model.fileHash, hash);
        QCOMPARE(int(stars.wPlus.size()), 6 * 16);  // 16 × 16: six styles of w (16)
        const auto inputs = nlohmann::json::parse(stars.inputsJson);
        QCOMPARE(inputs["operation"].get<std::string>(), std::string("project"));
        QVERIFY(stars.snapshotId.has_value());
        auto store = core::ImageFeedbackStore::open(m_file.toStdString(), core::OpenMode::ReadOnly);
        const auto snapshot = store->snapshot(*stars.snapshotId);
        QVERIFY(snapshot.ok());
        QCOMPARE(snapshot->strokeIds.size(), std::size_t(1));
        QCOMPARE(snapshot->strokeIds.front(), m_sketch->strokes().front().id);
        QVERIFY(QImage::fromData(snapshot->png.data(), int(snapshot->png.size())).width() == 16);
        // The suggestion made "like" another names it as its parent.
        const auto around = nlohmann::json::parse(ratings.back().inputsJson);
        QCOMPARE(around["operation"].get<std::string>(), std::string("around"));
        QCOMPARE(around["parents"].get<std::vector<std::int64_t>>(), std::vector<std::int64_t>{ratings[1].itemId});
        QCOMPARE(ratings[1].batchId, ratings[0].batchId);  // siblings of one batch
    }

    void twoFavouritesBreedARow()
    {
        m_suggestions->setActive(true);
        QVERIFY(arrives());
        m_suggestions->toggleFavourite(0);
        QCOMPARE(m_suggestions->favouriteCount(), 1);
        m_suggestions->breedFavourites();  // one favourite: nothing to breed
        QVERIFY(!m_suggestions->isBusy());
        m_suggestions->toggleFavourite(2);
        m_suggestions->breedFavourites();
        QVERIFY(arrives());
        QCOMPARE(operationAt(0), QStringLiteral("breed"));
        QCOMPARE(m_suggestions->suggestions()->rowCount(), 8);
        m_suggestions->rate(1, 5);
        const auto ratings = rated();
        const auto child = nlohmann::json::parse(ratings.back().inputsJson);
        QCOMPARE(child["parents"].size(), std::size_t(2));
        QCOMPARE(std::count_if(ratings.begin(), ratings.end(), [](const auto &r) { return r.kind == "breed"; }), 2);
    }

    void slidersChangeEverySuggestion()
    {
        m_suggestions->setActive(true);
        QVERIFY(arrives());
        const auto model = m_suggestions->suggestions();
        const QString before = model->data(model->index(0), SuggestionGridModel::PictureRole).toString();
        m_suggestions->setTruncation(0.2);
        QVERIFY(arrives());
        QCOMPARE(operationAt(0), QStringLiteral("truncation"));
        QVERIFY(model->data(model->index(0), SuggestionGridModel::PictureRole).toString() != before);
        m_suggestions->setDirectionAmount(0, 2.5);
        QVERIFY(arrives());
        QCOMPARE(m_suggestions->directionAmounts().front().toDouble(), 2.5);
        m_suggestions->rate(0, 3);
        const auto edited = nlohmann::json::parse(rated().back().inputsJson);
        QCOMPARE(edited["detail"]["directions"][0].get<double>(), 2.5);
        QCOMPARE(edited["psi"].get<double>(), 0.2);
    }

    void aReadOnlyProjectKeepsNoRatings()
    {
        cleanup();
        open(true);
        m_suggestions->setActive(true);
        QVERIFY(arrives());
        m_suggestions->rate(0, 5);
        QVERIFY(m_suggestions->problem().contains(QStringLiteral("read-only")));
        QCOMPARE(rated().size(), std::size_t(0));
    }

    void aDamagedModelIsSaidPlainly()
    {
        const QString damaged = m_dir.filePath(QStringLiteral("damaged"));
        QDir().mkpath(damaged + QStringLiteral("/default-gan"));
        QFile::copy(m_models + QStringLiteral("/default-gan/config.json"), damaged + QStringLiteral("/default-gan/config.json"));
        QFile cut(damaged + QStringLiteral("/default-gan/model.safetensors"));
        QVERIFY(cut.open(QIODevice::WriteOnly));
        cut.write(QByteArray(100, 'x'));
        cut.close();
        qputenv("NOOSPHERE_MODEL_DIR", damaged.toUtf8());
        cleanup();
        open();
        m_suggestions->setActive(true);
        QVERIFY(QTest::qWaitFor([&] { return !m_suggestions->problem().isEmpty(); }, 20'000));
        qputenv("NOOSPHERE_MODEL_DIR", m_models.toUtf8());
        QVERIFY2(m_suggestions->problem().contains(QStringLiteral("could not be loaded")), qPrintable(m_suggestions->problem()));
        QCOMPARE(m_suggestions->suggestions()->rowCount(), 0);
        QVERIFY(!m_suggestions->isBusy());
    }
};

namespace noosphere::tests {
QObject *makeTestSketchSuggestions() { return new TestSketchSuggestions; }
}  // namespace noosphere::tests

#include "tst_sketchsuggestions.moc"
