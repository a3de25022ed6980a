// TestImageFeedbackStore: the Sketch pane's suggestions and ratings in the project file. A rating comes back
// with the full provenance of its picture (model name, path and weights hash; the whole w+; seed; ψ; the
// operation and its parents; the sketch snapshot it answered), after a reopen and after the strokes it answered
// are undone; bad batches and ratings are refused, and a read-only project is left untouched.
#include "storetestutil.h"

#include "store/imagefeedbackstore.h"
#include "store/sketchstore.h"

#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

using namespace noosphere::core;
using noosphere::models::ErrorCode;
using storetest::toPath;

namespace {

OfferedImage image(std::uint64_t seed, const std::string &operation, float base)
{
    OfferedImage offered;
    offered.operation = operation;
    offered.seed = seed;
    offered.psi = 0.7;
    offered.styles = 10, offered.wDim = 4;
    for (int i = 0; i < 40; ++i)
        offered.wPlus.push_back(base + 0.001f * float(i));
    offered.png = {0x89, 'P', 'N', 'G'};
    return offered;
}

ImageBatch batchOf(std::vector<OfferedImage> images, std::int64_t snapshot = 0, std::int64_t sketch = 0)
{
    return {{"default-gan", "ab12cd", "/models/default-gan"}, snapshot, sketch, "cpu", std::move(images)};
}

}  // namespace

class TestImageFeedbackStore : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    storetest::ProjectWithSideStore<ImageFeedbackStore> m_fx;

private Q_SLOTS:
    void init()
    {
        const std::string problem = m_fx.open(m_dir);
        QVERIFY2(problem.empty(), problem.c_str());
    }
    void cleanup() { m_fx.close(); }

    void aRatingKeepsItsPicturesProvenance()
    {
        // A sketch with two strokes; the snapshot keeps their ids and the picture the model saw.
        auto strokes = SketchStore::open(toPath(m_fx.file));
        QVERIFY(strokes.ok());
        const auto sketchId = strokes->sketch(800, 600)->id;
        const sketch::Stroke line{sketch::StrokeTool::Pen, 0xff000000, 4, {{1, 1, 1}, {50, 50, 1}}};
        const auto first = strokes->append(sketchId, line), second = strokes->append(sketchId, line);
        auto snapshot =
            m_fx.store->storeSnapshot({sketchId, {first->id, second->id}, {0x89, 'P', 'N', 'G', 1, 2, 3}});
        QVERIFY(snapshot.ok());

        auto stored = m_fx.store->storeBatch(batchOf({image(7, "project", 0.5f), image(8, "project", -0.5f)},
                                                     *snapshot, sketchId));
        QVERIFY2(stored.ok(), stored.ok() ? "" : stored.error().detail.c_str());
        QCOMPARE(stored->size(), std::size_t(2));
        auto child = image(99, "breed", 2.0f);
        child.parentItemIds = {(*stored)[0], (*stored)[1]};
        child.detailJson = R"({"mutation": 0.3})";
        auto bred = m_fx.store->storeBatch(batchOf({child}, *snapshot, sketchId));
        QVERIFY(bred.ok());

        QVERIFY(m_fx.store->rate((*stored)[1], ImageFeedback::Stars, 4).ok());
        QVERIFY(m_fx.store->rate((*stored)[0], ImageFeedback::Favourite, 1).ok());
        QVERIFY(m_fx.store->rate((*stored)[0], ImageFeedback::Breed, 1, R"({"with": 2})").ok());
        QVERIFY(m_fx.store->rate((*bred)[0], ImageFeedback::TakePalette, 1).ok());

        // Undo both strokes, then reopen as a restarted studio would.
        QVERIFY(strokes->remove(second->id).ok());
        QVERIFY(strokes->remove(first->id).ok());
        strokes = SketchStore::open(toPath(m_fx.file));
        QVERIFY(m_fx.reopenStore().empty());

        const auto rated = m_fx.store->ratedImages();
        QVERIFY(rated.ok());
        QCOMPARE(rated->size(), std::size_t(4));
        const auto &stars = rated->at(0);
        QCOMPARE(stars.kind, std::string("stars"));
        QCOMPARE(stars.value, 4.0);
        QCOMPARE(stars.itemId, (*stored)[1]);
        QCOMPARE(stars.batchId, (*stored)[0]);
        QCOMPARE(stars.model.name, std::string("default-gan"));
        QCOMPARE(stars.model.fileHash, std::string("ab12cd"));
        QCOMPARE(stars.seed, std::uint64_t(8));
        QCOMPARE(stars.wPlus, image(8, "project", -0.5f).wPlus);  // float for float
        QCOMPARE(stars.snapshotId, std::optional<std::int64_t>(*snapshot));
        const auto inputs = nlohmann::json::parse(stars.inputsJson);
        QCOMPARE(inputs["operation"].get<std::string>(), std::string("project"));
        QCOMPARE(inputs["psi"].get<double>(), 0.7);
        QCOMPARE(inputs["latent"].get<std::string>(), std::string("w+"));
        QCOMPARE(rated->at(1).kind, std::string("favourite"));
        QCOMPARE(rated->at(2).kind, std::string("breed"));
        QCOMPARE(nlohmann::json::parse(rated->at(2).detailJson)["with"].get<int>(), 2);
        const auto &palette = rated->at(3);
        QCOMPARE(palette.kind, std::string("take_palette"));
        const auto childInputs = nlohmann::json::parse(palette.inputsJson);
        QCOMPARE(childInputs["parents"].get<std::vector<std::int64_t>>(), child.parentItemIds);
        QCOMPARE(childInputs["detail"]["mutation"].get<double>(), 0.3);

        // The snapshot still says what was drawn, though the strokes are gone.
        const auto kept = m_fx.store->snapshot(*snapshot);
        QVERIFY(kept.ok());
        QCOMPARE(kept->strokeIds, (std::vector<std::int64_t>{first->id, second->id}));
        QCOMPARE(kept->png.size(), std::size_t(7));
        QCOMPARE(kept->sketchId, sketchId);
        // One model version serves every batch of the same weights.
        storetest::RawDb raw(m_fx.file);
        QCOMPARE(raw.scalar("SELECT count(*) FROM model_versions WHERE kind = 'gan'"), QByteArray("1"));
    }

    void badBatchesAndRatingsAreRefused()
    {
        auto wrong = image(1, "sample", 0);
        wrong.wPlus.pop_back();
        QCOMPARE(m_fx.store->storeBatch(batchOf({wrong})).error().code, ErrorCode::InvalidArgument);
        QCOMPARE(m_fx.store->storeBatch(batchOf({})).error().code, ErrorCode::InvalidArgument);
        const auto ids = m_fx.store->storeBatch(batchOf({image(1, "sample", 0)}));
        QVERIFY(ids.ok());
        QCOMPARE(m_fx.store->rate(ids->front(), ImageFeedback::Stars, 0).error().code, ErrorCode::InvalidArgument);
        QCOMPARE(m_fx.store->rate(ids->front(), ImageFeedback::Stars, 6).error().code, ErrorCode::InvalidArgument);
        QCOMPARE(m_fx.store->rate(ids->front(), ImageFeedback::MoreLikeThis, 1, "[1]").error().code,
                 ErrorCode::InvalidArgument);
        QVERIFY(!m_fx.store->rate(424242, ImageFeedback::Favourite, 1).ok());  // no such item: the foreign key
        QCOMPARE(m_fx.store->ratedImages()->size(), std::size_t(0));
        QCOMPARE(m_fx.store->snapshot(77).error().code, ErrorCode::NotFound);
    }

    void readOnlyProjectsAreNotChanged()
    {
        auto readOnly = ImageFeedbackStore::open(toPath(m_fx.file), OpenMode::ReadOnly);
        QVERIFY(readOnly.ok());
        QCOMPARE(readOnly->storeBatch(batchOf({image(1, "sample", 0)})).error().code, ErrorCode::ReadOnly);
        QCOMPARE(readOnly->storeSnapshot({}).error().code, ErrorCode::ReadOnly);
        QCOMPARE(readOnly->rate(1, ImageFeedback::Stars, 3).error().code, ErrorCode::ReadOnly);
        QVERIFY(readOnly->ratedImages().ok());
    }
};

QObject *newTestImageFeedbackStore()
{
    return new TestImageFeedbackStore;
}

#include "tst_imagefeedbackstore.moc"
