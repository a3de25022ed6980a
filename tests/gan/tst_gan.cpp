// The style GAN as the Sketch pane and `noosphere-cli gan` use it. A 16 × 16 model is trained here on coloured
// discs (seconds), so that every test runs from a clean clone without the shipped model.
#include "gan/gantrainer.h"
#include "gan/stylegan.h"
#include "io/safetensors.h"

#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <fstream>
#include <random>

using namespace noosphere::models;
using namespace noosphere::models::gan;

namespace {

namespace fs = std::filesystem;

// Opaque discs of random colour, size and place on transparency: something a tiny GAN can start to learn.
std::vector<RgbaImage> discs(int count, int size)
{
    std::mt19937 rng(3);
    std::uniform_real_distribution<double> u(0, 1);
    std::vector<RgbaImage> out;
    for (int i = 0; i < count; ++i) {
        RgbaImage picture{size, size, std::vector<std::uint8_t>(std::size_t(size) * size * 4, 0)};
        const double cx = size * (0.3 + 0.4 * u(rng)), cy = size * (0.3 + 0.4 * u(rng)), r = size * (0.15 + 0.2 * u(rng));
        const std::uint8_t colour[3] = {std::uint8_t(255 * u(rng)), std::uint8_t(255 * u(rng)), std::uint8_t(255 * u(rng))};
        for (int y = 0; y < size; ++y)
            for (int x = 0; x < size; ++x)
                if (std::hypot(x + 0.5 - cx, y + 0.5 - cy) < r) {
                    auto *p = &picture.rgba[(std::size_t(y) * size + x) * 4];
                    p[0] = colour[0], p[1] = colour[1], p[2] = colour[2], p[3] = 255;
                }
        out.push_back(std::move(picture));
    }
    return out;
}

GanTrainSettings tinySettings()
{
    GanTrainSettings s;
    s.config.resolution = 16;
    s.config.zDim = s.config.wDim = 32;
    s.config.mappingLayers = 2;
    s.config.maxChannels = 32;
    s.config.channelBase = 256;
    s.steps = 12, s.encoderSteps = 6, s.batchSize = 8, s.r1Every = 4;
    s.checkpointEvery = 5, s.sampleEvery = 100, s.seed = 11;
    return s;
}

std::vector<char> fileBytes(const fs::path &file)
{
    std::ifstream in(file, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), {}};
}

double meanDifference(const RgbaImage &a, const RgbaImage &b)
{
    double sum = 0;
    for (std::size_t i = 0; i < a.rgba.size(); ++i)
        sum += std::abs(int(a.rgba[i]) - int(b.rgba[i]));
    return sum / double(a.rgba.size());
}

const float *styleRow(const GanLatent &l, int style)
{
    return l.wPlus.data() + std::ptrdiff_t(style) * l.wDim;
}

bool sameRow(const GanLatent &a, int style, const GanLatent &b)
{
    return std::equal(styleRow(a, style), styleRow(a, style) + a.wDim, styleRow(b, style));
}

}  // namespace

class TestGan : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    fs::path m_model;
    std::optional<StyleGan> m_gan;

    const StyleGan &gan() { return *m_gan; }
    GanLatent sampled(std::uint64_t seed, double psi) { return gan().sample(seed, psi).value(); }
    std::vector<RgbaImage> picturesOf(const std::vector<GanLatent> &latents) { return gan().synthesize(latents).value(); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_model = fs::path(m_dir.path().toStdString()) / "tiny";
        int grids = 0;
        auto trained = trainStyleGan(discs(64, 16), tinySettings(), m_model, {},
                                     [&](int, const std::vector<RgbaImage> &grid) {
                                         grids += 1;
                                         QCOMPARE(int(grid.size()), kSampleGridSeeds);
                                     });
        QVERIFY2(trained.ok(), trained.ok() ? "" : trained.error().detail.c_str());
        QVERIFY(grids >= 2);  // after the adversarial steps and at the end
        auto loaded = StyleGan::load(m_model);
        QVERIFY2(loaded.ok(), loaded.ok() ? "" : loaded.error().detail.c_str());
        m_gan.emplace(std::move(*loaded));
        QVERIFY(gan().hasEncoder());
        QCOMPARE(gan().config().styleCount(), 6);  // 4: 1 conv; 8, 16: 2 each; the last toRGBA
    }

    void trainingIsDeterministicAndResumesExactly()
    {
        const auto root = fs::path(m_dir.path().toStdString());
        auto again = trainStyleGan(discs(64, 16), tinySettings(), root / "again", {}, {});
        QVERIFY(again.ok());
        QCOMPARE(fileBytes(root / "again" / "model.safetensors"), fileBytes(m_model / "model.safetensors"));

        // Stopped after step 7 (a checkpoint is saved on stopping), then run again: the same weights.
        auto stopped = trainStyleGan(discs(64, 16), tinySettings(), root / "resumed",
                                     [](const GanTrainProgress &p) { return p.step < 7; }, {});
        QVERIFY(!stopped.ok());
        QCOMPARE(stopped.error().code, ErrorCode::Cancelled);
        QCOMPARE(ganCheckpointStep(root / "resumed"), std::optional<int>(7));
        bool sawResume = false;
        auto resumed = trainStyleGan(discs(64, 16), tinySettings(), root / "resumed",
                                     [&](const GanTrainProgress &p) {
                                         sawResume = sawResume || p.resumed;
                                         return true;
                                     },
                                     {});
        QVERIFY2(resumed.ok(), resumed.ok() ? "" : resumed.error().detail.c_str());
        QVERIFY(sawResume);
        QCOMPARE(fileBytes(root / "resumed" / "model.safetensors"), fileBytes(m_model / "model.safetensors"));

        // More steps extend a finished run: the adversarial steps go on from its checkpoint, the encoder again after.
        fs::copy(root / "again", root / "extended", fs::copy_options::recursive);
        auto longer = tinySettings();
        longer.steps = tinySettings().steps + tinySettings().encoderSteps + 4;  // counted from the run's start
        int firstStep = -1, encoderSteps = 0;
        auto extended = trainStyleGan(discs(64, 16), longer, root / "extended",
                                      [&](const GanTrainProgress &p) {
                                          if (firstStep < 0)
                                              firstStep = p.step;
                                          encoderSteps += p.encoderPhase;
                                          return true;
                                      },
                                      {});
        QVERIFY2(extended.ok(), extended.ok() ? "" : extended.error().detail.c_str());
        QCOMPARE(firstStep, tinySettings().steps + tinySettings().encoderSteps + 1);
        QCOMPARE(encoderSteps, tinySettings().encoderSteps);  // 4 more adversarial steps, then the encoder again
        QVERIFY(fileBytes(root / "extended" / "model.safetensors") != fileBytes(m_model / "model.safetensors"));
        QVERIFY(StyleGan::load(root / "extended").ok());

        // Other settings do not resume a checkpoint they did not write.
        auto settings = tinySettings();
        settings.seed = 12;
        auto stoppedOther = trainStyleGan(discs(64, 16), tinySettings(), root / "other",
                                          [](const GanTrainProgress &p) { return p.step < 3; }, {});
        QVERIFY(!stoppedOther.ok());
        auto mismatch = trainStyleGan(discs(64, 16), settings, root / "other", {}, {});
        QVERIFY(!mismatch.ok());
        QCOMPARE(mismatch.error().code, ErrorCode::InvalidArgument);
    }

    void badTrainingInputIsRefused()
    {
        const auto root = fs::path(m_dir.path().toStdString());
        auto wrongSize = discs(8, 32);
        auto refused = trainStyleGan(wrongSize, tinySettings(), root / "wrong", {}, {});
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, ErrorCode::InvalidArgument);
        QVERIFY(refused.error().detail.find("16 × 16") != std::string::npos);
    }

    void aSeedAlwaysGivesTheSamePicture()
    {
        auto a = gan().sample(5, 0.7), b = gan().sample(5, 0.7), c = gan().sample(6, 0.7);
        QVERIFY(a.ok() && b.ok() && c.ok());
        QCOMPARE(a->wPlus, b->wPlus);
        QVERIFY(a->isW());
        QCOMPARE(a->operation, std::string("sample"));
        auto pictures = gan().synthesize({*a, *b, *c});
        QVERIFY(pictures.ok());
        QCOMPARE(pictures->size(), std::size_t(3));
        QCOMPARE((*pictures)[0].rgba, (*pictures)[1].rgba);
        QVERIFY((*pictures)[0].rgba != (*pictures)[2].rgba);
        QCOMPARE((*pictures)[0].width, 16);
        // Sampled as one batch: the same latents as one by one.
        auto batch = gan().sample(std::vector<std::uint64_t>{5, 6}, 0.7);
        QVERIFY(batch.ok());
        for (std::size_t i = 0; i < a->wPlus.size(); ++i) {
            QVERIFY(std::abs((*batch)[0].wPlus[i] - a->wPlus[i]) < 1e-5);
            QVERIFY(std::abs((*batch)[1].wPlus[i] - c->wPlus[i]) < 1e-5);
        }
        QCOMPARE((*batch)[1].seed, std::uint64_t(6));
        // Reloading the model changes nothing.
        auto reloaded = StyleGan::load(m_model);
        QVERIFY(reloaded.ok());
        auto again = reloaded->synthesize({reloaded->sample(5, 0.7).value()});
        QCOMPARE((*again)[0].rgba, (*pictures)[0].rgba);
    }

    void truncationPullsTowardsTheMean()
    {
        auto a = gan().sample(1, 1.0), b = gan().sample(2, 1.0);
        QVERIFY(a.ok() && b.ok());
        const auto near = [](const GanLatent &x, const GanLatent &y) {
            double d = 0;
            for (std::size_t i = 0; i < x.wPlus.size(); ++i)
                d += std::pow(x.wPlus[i] - y.wPlus[i], 2);
            return std::sqrt(d);
        };
        const double full = near(*a, *b);
        const double truncated = near(sampled(1, 0.5), sampled(2, 0.5));
        QVERIFY(std::abs(truncated - 0.5 * full) < 1e-3 * full);
        // withTruncation on a sampled latent is the same as sampling with that ψ, and undoes itself.
        QVERIFY(near(gan().withTruncation(*a, 0.5), sampled(1, 0.5)) < 1e-4 * full);
        QVERIFY(near(gan().withTruncation(gan().withTruncation(*a, 0.3), 1.0), *a) < 1e-4 * full);
    }

    void mixingTakesCoarseThenFineStyles()
    {
        auto coarse = sampled(1, 1.0), fine = sampled(2, 1.0);
        const auto mixed = StyleGan::mix(coarse, fine, 2);
        for (int s = 0; s < mixed.styles; ++s)
            QVERIFY(sameRow(mixed, s, s < 2 ? coarse : fine));
        QCOMPARE(mixed.operation, std::string("mix"));
        auto pictures = gan().synthesize({coarse, fine, mixed});
        QVERIFY((*pictures)[2].rgba != (*pictures)[0].rgba && (*pictures)[2].rgba != (*pictures)[1].rgba);
    }

    void interpolationEndsAtItsEnds()
    {
        auto a = sampled(3, 0.8), b = sampled(4, 0.8);
        QCOMPARE(StyleGan::lerp(a, b, 0).wPlus, a.wPlus);
        const auto end = StyleGan::lerp(a, b, 1);
        for (std::size_t i = 0; i < end.wPlus.size(); ++i)
            QVERIFY(std::abs(end.wPlus[i] - b.wPlus[i]) < 1e-5);
        auto s0 = gan().slerp(3, 4, 0, 0.8), s1 = gan().slerp(3, 4, 1, 0.8), half = gan().slerp(3, 4, 0.5, 0.8);
        QVERIFY(s0.ok() && s1.ok() && half.ok());
        for (std::size_t i = 0; i < a.wPlus.size(); ++i) {
            QVERIFY(std::abs(s0->wPlus[i] - a.wPlus[i]) < 1e-4);
            QVERIFY(std::abs(s1->wPlus[i] - b.wPlus[i]) < 1e-4);
        }
        QVERIFY(half->wPlus != a.wPlus && half->wPlus != b.wPlus);
        QCOMPARE(half->operation, std::string("slerp"));
    }

    void breedingTakesEachLayerFromAParent()
    {
        auto a = sampled(7, 1.0), b = sampled(8, 1.0);
        const auto child = gan().breed(a, b, 99, 0.0);
        int fromA = 0, fromB = 0;
        for (int s = 0; s < child.styles; ++s) {
            const bool isA = sameRow(child, s, a), isB = sameRow(child, s, b);
            QVERIFY(isA != isB);
            fromA += isA, fromB += isB;
        }
        QCOMPARE(fromA + fromB, child.styles);
        QCOMPARE(gan().breed(a, b, 99, 0.0).wPlus, child.wPlus);      // deterministic
        QVERIFY(gan().breed(a, b, 99, 0.5).wPlus != child.wPlus);     // mutation moves it
        QCOMPARE(gan().breed(a, b, 99, 0.5).wPlus, gan().breed(a, b, 99, 0.5).wPlus);
        // Over a few seeds both parents contribute.
        bool sawA = false, sawB = false;
        for (std::uint64_t seed = 0; seed < 8; ++seed) {
            const auto c = gan().breed(a, b, seed, 0.0);
            for (int s = 0; s < c.styles; ++s)
                (sameRow(c, s, a) ? sawA : sawB) = true;
        }
        QVERIFY(sawA && sawB);
    }

    void moreLikeThisStaysNear()
    {
        auto base = sampled(9, 0.7), other = sampled(10, 0.7);
        const auto near = gan().around(base, 5, 4, 0.3);
        QCOMPARE(int(near.size()), 4);
        QCOMPARE(gan().around(base, 5, 4, 0.3)[2].wPlus, near[2].wPlus);
        auto pictures = gan().synthesize({base, other, near[0], near[1]});
        const double toOther = meanDifference((*pictures)[0], (*pictures)[1]);
        QVERIFY(meanDifference((*pictures)[0], (*pictures)[2]) < toOther);
        QVERIFY(near[0].wPlus != near[1].wPlus);
    }

    void principalDirectionsAreOrthonormalAndSorted()
    {
        const auto &directions = gan().directions();
        QCOMPARE(int(directions.size()), 8);
        for (std::size_t i = 0; i < directions.size(); ++i) {
            for (std::size_t j = 0; j < directions.size(); ++j) {
                double dot = 0;
                for (int d = 0; d < gan().config().wDim; ++d)
                    dot += double(directions[i].unit[std::size_t(d)]) * directions[j].unit[std::size_t(d)];
                QVERIFY(std::abs(dot - (i == j ? 1.0 : 0.0)) < 1e-4);
            }
            if (i > 0)
                QVERIFY(directions[i].spread <= directions[i - 1].spread);
        }
        auto base = sampled(11, 0.7);
        const auto moved = gan().alongDirection(base, 0, 2.0);
        double along = 0;
        for (int d = 0; d < moved.wDim; ++d)
            along += (moved.wPlus[std::size_t(d)] - base.wPlus[std::size_t(d)]) * directions[0].unit[std::size_t(d)];
        QVERIFY(std::abs(along - 2.0 * directions[0].spread) < 1e-3 * directions[0].spread + 1e-6);
        QCOMPARE(gan().alongDirection(base, 99, 1.0).wPlus, base.wPlus);  // no such direction: unchanged
    }

    void suggestionsFollowTheSketch()
    {
        // The target: a picture the model can make, seen only through a mask of its left half.
        auto goal = sampled(21, 1.0);
        SketchTarget target{picturesOf({goal})[0], std::vector<float>(16 * 16, 0.0f)};
        for (int y = 0; y < 16; ++y)
            for (int x = 0; x < 8; ++x)
                target.mask[std::size_t(y * 16 + x)] = 1;
        const auto maskedDifference = [&](const RgbaImage &p) {
            double sum = 0;
            for (std::size_t i = 0; i < p.rgba.size(); ++i)
                sum += target.mask[i / 4] * std::abs(int(p.rgba[i]) - int(target.image.rgba[i]));
            return sum;
        };
        ProjectSettings guessOnly{.count = 4, .steps = 0, .seed = 3};
        ProjectSettings optimised{.count = 4, .steps = 40, .seed = 3};
        auto first = gan().project(target, guessOnly), better = gan().project(target, optimised);
        QVERIFY2(better.ok(), better.ok() ? "" : better.error().detail.c_str());
        QCOMPARE(int(better->size()), 4);
        QCOMPARE(better->front().operation, std::string("project"));
        auto firstPictures = picturesOf(*first), betterPictures = picturesOf(*better);
        QVERIFY(maskedDifference(betterPictures[0]) < maskedDifference(firstPictures[0]));
        // Best first, and the suggestions differ from each other.
        for (std::size_t k = 1; k < betterPictures.size(); ++k)
            QVERIFY(betterPictures[k].rgba != betterPictures[0].rgba);
        // One w for every layer by default; a style per layer when asked, and that follows the sketch too.
        QVERIFY(better->front().isW());
        ProjectSettings perLayer = optimised;
        perLayer.perLayer = true;
        auto layered = gan().project(target, perLayer);
        QVERIFY(layered.ok());
        QVERIFY(!layered->front().isW());
        QVERIFY(maskedDifference(picturesOf(*layered)[0]) < maskedDifference(firstPictures[0]));
        // Deterministic.
        QCOMPARE(gan().project(target, optimised)->front().wPlus, better->front().wPlus);
        // Cancelling stops it.
        auto cancelled = gan().project(target, optimised, [](int done, int) { return done < 3; });
        QVERIFY(!cancelled.ok());
        QCOMPARE(cancelled.error().code, ErrorCode::Cancelled);
        // A sketch of the wrong size is refused.
        SketchTarget wrong{RgbaImage{8, 8, std::vector<std::uint8_t>(256)}, std::vector<float>(64)};
        QCOMPARE(gan().project(wrong, optimised).error().code, ErrorCode::InvalidArgument);
    }

    void aLatentOfAnotherShapeIsRefused()
    {
        GanLatent wrong;
        wrong.styles = 3, wrong.wDim = 32, wrong.wPlus.assign(96, 0.0f);
        auto pictures = gan().synthesize({wrong});
        QVERIFY(!pictures.ok());
        QCOMPARE(pictures.error().code, ErrorCode::InvalidArgument);
        QCOMPARE(gan().fromZ(std::vector<float>(5), 1.0).error().code, ErrorCode::InvalidArgument);
        auto cancelled = gan().synthesize({sampled(1, 1)}, [](int, int) { return false; });
        QCOMPARE(cancelled.error().code, ErrorCode::Cancelled);
    }

    void badModelFilesAreNamed_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::addColumn<int>("code");
        QTest::newRow("no folder") << "nofolder" << int(ErrorCode::NotFound);
        QTest::newRow("config not JSON") << "config-garbage" << int(ErrorCode::BadModelFile);
        QTest::newRow("another architecture") << "config-llama" << int(ErrorCode::UnsupportedModel);
        QTest::newRow("config and weights disagree") << "config-wider" << int(ErrorCode::BadModelFile);
        QTest::newRow("weights truncated") << "weights-truncated" << int(ErrorCode::BadModelFile);
        QTest::newRow("weights missing") << "weights-missing" << int(ErrorCode::NotFound);
        QTest::newRow("NaN in the weights") << "weights-nan" << int(ErrorCode::BadModelFile);
    }
    void badModelFilesAreNamed()
    {
        QFETCH(QString, damage);
        QFETCH(int, code);
        const auto folder = fs::path(m_dir.path().toStdString()) / ("bad-" + damage.toStdString());
        fs::remove_all(folder);
        if (damage != "nofolder")
            fs::copy(m_model, folder, fs::copy_options::recursive);
        fs::remove_all(folder / "checkpoint");
        const auto config = folder / "config.json", weights = folder / "model.safetensors";
        if (damage == "config-garbage")
            std::ofstream(config) << "{ not json";
        if (damage == "config-llama")
            std::ofstream(config) << R"({"model_type": "llama"})";
        if (damage == "config-wider") {
            std::ifstream in(config);
            std::string text{std::istreambuf_iterator<char>(in), {}};
            in.close();
            const auto at = text.find("\"w_dim\": 32");
            QVERIFY(at != std::string::npos);
            text.replace(at, 11, "\"w_dim\": 48");
            std::ofstream(config) << text;
        }
        if (damage == "weights-truncated")
            fs::resize_file(weights, fs::file_size(weights) / 2);
        if (damage == "weights-missing")
            fs::remove(weights);
        if (damage == "weights-nan") {
            auto bytes = fileBytes(weights);
            std::uint64_t header = 0;
            std::memcpy(&header, bytes.data(), 8);
            const float nan = std::nanf("");
            std::memcpy(bytes.data() + 8 + header + 16, &nan, 4);  // inside the first tensor
            std::ofstream(weights, std::ios::binary).write(bytes.data(), std::streamsize(bytes.size()));
        }
        auto loaded = StyleGan::load(folder);
        QVERIFY(!loaded.ok());
        QCOMPARE(int(loaded.error().code), code);
        QVERIFY2(loaded.error().detail.find(damage == "nofolder" ? folder.string() : folder.filename().string()) !=
                     std::string::npos,
                 loaded.error().detail.c_str());
    }
};

QTEST_GUILESS_MAIN(TestGan)
#include "tst_gan.moc"
