// The trainers behind the shipped model: the BPE tokenizer round-trips any text and is the same on every run;
// the language-model trainer lowers the loss, writes a model the engine loads, and a run stopped and resumed
// from its checkpoint ends with exactly the weights of an uninterrupted run.
#include "io/safetensors.h"
#include "lm/languagemodel.h"
#include "lm/scorer.h"
#include "tokenize/tokenizer.h"
#include "train/bpetrainer.h"
#include "train/lmtrainer.h"

#include <QTemporaryDir>
#include <QTest>

#include <cstring>
#include <fstream>

using namespace noosphere::models;

namespace {

const char *const kText =
    "It is a truth universally acknowledged, that a single man in possession of a good fortune, must be in want "
    "of a wife. However little known the feelings or views of such a man may be on his first entering a "
    "neighbourhood, this truth is so well fixed in the minds of the surrounding families, that he is considered "
    "the rightful property of some one or other of their daughters.\n\n";

std::string corpus(int copies)
{
    std::string text;
    for (int i = 0; i < copies; ++i)
        text += kText;
    return text;
}

LmTrainSettings tinySettings(int steps)
{
    LmTrainSettings s;
    s.config.architecture = LmArchitecture::Llama;
    s.config.modelType = "llama";
    s.config.nContext = 16, s.config.nEmbd = 32, s.config.nLayer = 2, s.config.nHead = 4, s.config.nKvHead = 2;
    s.config.headDim = 8, s.config.nIntermediate = 64;
    s.config.bosId = 0, s.config.eosId = 0;
    s.steps = steps, s.batchSize = 4, s.warmupSteps = 2, s.learningRate = 1e-2, s.minLearningRate = 1e-3;
    s.evaluateEvery = 10, s.checkpointEvery = 5, s.seed = 7;
    return s;
}

std::vector<char> fileBytes(const std::filesystem::path &file)
{
    std::ifstream in(file, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), {}};
}

}  // namespace

class TestTrain : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void tokenizerRoundTripsAndIsDeterministic()
    {
        const std::string text = corpus(20) + "naïve café 北京 🙂 \t  spaces\n";
        const auto first = trainByteLevelBpe({text}, {.vocabSize = 400});
        QVERIFY2(first.ok(), first.ok() ? "" : first.error().detail.c_str());
        const auto second = trainByteLevelBpe({text}, {.vocabSize = 400});
        QCOMPARE(second.value(), first.value());

        QTemporaryDir dir;
        std::ofstream(std::filesystem::path(dir.path().toStdString()) / "tokenizer.json") << first.value();
        auto tokenizer = Tokenizer::loadFolder(dir.path().toStdString());
        QVERIFY2(tokenizer.ok(), tokenizer.ok() ? "" : tokenizer.error().detail.c_str());
        QCOMPARE(tokenizer->vocabSize(), 400);
        QCOMPARE(tokenizer->idOf("<|endoftext|>").value_or(-1), 0);
        for (const std::string &sample : {text, std::string("Unseen words: zebra quixotic ÆØÅ 🎉"), std::string()})
            QCOMPARE(tokenizer->decode(tokenizer->encode(sample)), sample);
        // The merges learnt something: the training text takes far fewer tokens than bytes.
        QVERIFY(tokenizer->encode(kText).size() * 2 < std::strlen(kText));
    }

    void tokenizerRejectsTooSmallVocabulary()
    {
        const auto result = trainByteLevelBpe({"abc"}, {.vocabSize = 100});
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, ErrorCode::InvalidArgument);
    }

    void trainingLowersLossAndLoads()
    {
        QTemporaryDir dir;
        const std::filesystem::path out = dir.path().toStdString();
        const auto json = trainByteLevelBpe({corpus(8)}, {.vocabSize = 320});
        std::ofstream(out / "tokenizer.json") << json.value();
        auto tokenizer = Tokenizer::loadFolder(out);
        std::vector<TrainSource> sources{{"text", tokenizer->encode(corpus(8)), 1.0}};
        auto settings = tinySettings(40);
        settings.config.nVocab = tokenizer->vocabSize();
        std::vector<double> losses;
        std::optional<double> validation;
        const auto trained = trainLanguageModel(sources, 0, settings, out, [&](const TrainProgress &p) {
            losses.push_back(p.loss);
            if (p.validationLoss)
                validation = p.validationLoss;
            return true;
        });
        QVERIFY2(trained.ok(), trained.ok() ? "" : trained.error().detail.c_str());
        QCOMPARE(int(losses.size()), 40);
        QVERIFY2(losses.back() < losses.front() * 0.7,
                 qPrintable(QString("loss %1 → %2").arg(losses.front()).arg(losses.back())));
        QVERIFY(validation.has_value());

        auto model = LanguageModel::load(out);
        QVERIFY2(model.ok(), model.ok() ? "" : model.error().detail.c_str());
        QCOMPARE(model->config().nLayer, 2);
        QCOMPARE(model->config().bosId.value_or(-1), 0);

        // lm score: every token of a text longer than the context is scored once, in BOS-led windows, and the
        // text the model learnt costs it clearly less than a uniform guess (~4.2 bits/byte with this vocabulary).
        const auto text = corpus(2);
        const auto score = scoreText(*model, *tokenizer, text);
        QVERIFY2(score.ok(), score.ok() ? "" : score.error().detail.c_str());
        QCOMPARE(score->nTokens, std::int64_t(tokenizer->encode(text).size()));
        QVERIFY(score->nTokens > 4 * settings.config.nContext);
        QVERIFY2(score->bitsPerByte() < 3.2, qPrintable(QString::number(score->bitsPerByte())));
    }

    void resumedRunEqualsUninterruptedRun()
    {
        QTemporaryDir straight, stopped;
        const std::filesystem::path a = straight.path().toStdString(), b = stopped.path().toStdString();
        const auto json = trainByteLevelBpe({corpus(8)}, {.vocabSize = 320});
        auto tokenizer = [&] {
            std::ofstream(a / "tokenizer.json") << json.value();
            return Tokenizer::loadFolder(a);
        }();
        std::vector<TrainSource> sources{{"text", tokenizer->encode(corpus(8)), 1.0}};
        auto settings = tinySettings(12);
        settings.config.nVocab = tokenizer->vocabSize();

        QVERIFY(trainLanguageModel(sources, 0, settings, a, {}).ok());
        // Stop after step 7: a checkpoint is saved there, and the same call resumes from it.
        const auto first =
            trainLanguageModel(sources, 0, settings, b, [](const TrainProgress &p) { return p.step < 7; });
        QVERIFY(!first.ok());
        QCOMPARE(first.error().code, ErrorCode::Cancelled);
        int resumedAt = -1;
        const auto second = trainLanguageModel(sources, 0, settings, b, [&](const TrainProgress &p) {
            if (p.resumed)
                resumedAt = p.step;
            return true;
        });
        QVERIFY2(second.ok(), second.ok() ? "" : second.error().detail.c_str());
        QCOMPARE(resumedAt, 8);
        QCOMPARE(fileBytes(b / "model.safetensors"), fileBytes(a / "model.safetensors"));

        // Other settings must not continue this checkpoint.
        std::filesystem::remove(b / "model.safetensors");
        settings.learningRate *= 2;
        settings.steps = 20;
        const auto other = trainLanguageModel(sources, 0, settings, b, {});
        QVERIFY(!other.ok());
        QCOMPARE(other.error().code, ErrorCode::InvalidArgument);
    }

    void tooShortTextIsRefused()
    {
        QTemporaryDir dir;
        auto settings = tinySettings(2);
        settings.config.nVocab = 300;
        const auto result =
            trainLanguageModel({{"short.txt", {1, 2, 3}, 1.0}}, 0, settings, dir.path().toStdString(), {});
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, ErrorCode::InvalidArgument);
        QVERIFY(result.error().detail.find("short.txt") != std::string::npos);
    }
};

QTEST_GUILESS_MAIN(TestTrain)
#include "tst_train.moc"
