// tst_lm: the language models (models/lm) against reference logits from tests/reference/make_lm_fixtures.py:
// whole-sequence logits, the KV-cache path, the stable-prefix cache, bfloat16, and every bad config or folder
// giving the right ErrorCode with a detail naming the culprit, never a crash.
#include "device/deviceinfo.h"
#include "io/safetensors.h"
#include "lm/languagemodel.h"
#include "lm/lmconfig.h"

#include <QObject>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <map>
#include <numeric>
#include <random>

using namespace noosphere::models;
namespace fs = std::filesystem;

Q_DECLARE_METATYPE(noosphere::models::ErrorCode)

namespace {

// The bar llm.c's test_gpt2 sets for float32 against PyTorch.
constexpr float kTolerance = 1e-4f;

const fs::path kDataDir = NOOSPHERE_LM_DATA_DIR;

struct Reference {
    std::vector<std::int32_t> tokens;
    int nVocab = 0;
    std::vector<float> logits;  // tokens.size() × nVocab
};

Reference readReference(const fs::path &file)
{
    Reference ref;
    std::ifstream in(file, std::ios::binary);
    char magic[8] = {};
    std::uint32_t header[3] = {};  // version, nTokens, nVocab (little-endian, as is the host)
    in.read(magic, sizeof magic);
    in.read(reinterpret_cast<char *>(header), sizeof header);
    if (!in || std::memcmp(magic, "NOOLOGIT", 8) != 0 || header[0] != 1)
        return ref;
    ref.tokens.resize(header[1]);
    ref.nVocab = static_cast<int>(header[2]);
    ref.logits.resize(std::size_t(header[1]) * header[2]);
    in.read(reinterpret_cast<char *>(ref.tokens.data()), std::streamsize(ref.tokens.size() * 4));
    in.read(reinterpret_cast<char *>(ref.logits.data()), std::streamsize(ref.logits.size() * 4));
    if (!in)
        return {};
    return ref;
}

float maxAbsDiff(std::span<const float> a, std::span<const float> b)
{
    if (a.size() != b.size())
        return INFINITY;
    float worst = 0;
    for (std::size_t i = 0; i < a.size(); ++i)
        worst = std::max(worst, std::isfinite(a[i]) ? std::abs(a[i] - b[i]) : INFINITY);
    return worst;
}

std::span<const float> row(const std::vector<float> &logits, int nVocab, int index)
{
    return std::span(logits).subspan(std::size_t(index) * nVocab, nVocab);
}

LanguageModel loadOrFail(const QString &name, ComputeDType dtype = ComputeDType::Float32)
{
    auto model = LanguageModel::load(kDataDir / name.toStdString(), {.dtype = dtype});
    if (!model)
        qFatal("loading %s failed: %s", qPrintable(name), model.error().detail.c_str());
    return std::move(model).value();
}

const char *const kFixtures[] = {"gpt2", "gpt2-bare", "llama", "llama3", "qwen2"};

}  // namespace

class TestLanguageModel : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void parsesGpt2Config();
    void parsesLlamaFamilyConfigs();
    void rejectsBadConfigs_data();
    void rejectsBadConfigs();
    void matchesReferenceLogits_data() { fixtureNames(); }
    void matchesReferenceLogits();
    void kvCacheMatchesLogitsAll_data() { fixtureNames(); }
    void kvCacheMatchesLogitsAll();
    void stablePrefixIsReused_data() { fixtureNames(); }
    void stablePrefixIsReused();
    void bfloat16StaysClose_data() { fixtureNames(); }
    void bfloat16StaysClose();
    void rejectsBadFolders_data();
    void rejectsBadFolders();
    void refusesCudaWithoutCuda();
    void reportsProgressAndCancels();
    void rejectsBadArgumentsWithoutCrashing();
    void wideHeadDecodesLikeWholeSequence();
    void measuresStepSpeed();

private:
    static void fixtureNames();
};

void TestLanguageModel::fixtureNames()
{
    QTest::addColumn<QString>("name");
    for (const char *name : kFixtures)
        QTest::newRow(name) << QString(name);
}

void TestLanguageModel::initTestCase()
{
    setComputeThreads(0);  // LibTorch starts with one thread on some VMs
    qInfo("LibTorch %s, %d threads, OPENBLAS_CORETYPE=%s", queryDevices().torchVersion.c_str(), queryDevices().threads,
          qEnvironmentVariable("OPENBLAS_CORETYPE", "(unset)").toUtf8().constData());
}

void TestLanguageModel::parsesGpt2Config()
{
    auto config = parseLmConfig(R"({"model_type": "gpt2", "vocab_size": 50257, "n_embd": 768, "n_layer": 12,
        "n_head": 12, "n_positions": 1024, "n_inner": null, "layer_norm_epsilon": 1e-05,
        "bos_token_id": 50256, "eos_token_id": 50256})",
                                "gpt2/config.json");
    QVERIFY2(config.ok(), config.ok() ? "" : config.error().detail.c_str());
    QCOMPARE(config->architecture, LmArchitecture::Gpt2);
    QCOMPARE(config->modelType, std::string("gpt2"));
    QCOMPARE(config->nVocab, 50257);
    QCOMPARE(config->nContext, 1024);
    QCOMPARE(config->nHead, 12);
    QCOMPARE(config->nKvHead, 12);
    QCOMPARE(config->headDim, 64);
    QCOMPARE(config->nIntermediate, 4 * 768);
    QVERIFY(config->tieWordEmbeddings);
    QVERIFY(config->attentionBias && config->attentionOutputBias && config->mlpBias);
    QCOMPARE(config->eosId, std::optional<int>(50256));
}

void TestLanguageModel::parsesLlamaFamilyConfigs()
{
    // Llama 3.2 1B's config, abridged.
    auto llama = parseLmConfig(R"({"model_type": "llama", "vocab_size": 128256, "hidden_size": 2048,
        "intermediate_size": 8192, "num_hidden_layers": 16, "num_attention_heads": 32, "num_key_value_heads": 8,
        "head_dim": 64, "max_position_embeddings": 131072, "rms_norm_eps": 1e-05, "rope_theta": 500000.0,
        "rope_scaling": {"factor": 32.0, "high_freq_factor": 4.0, "low_freq_factor": 1.0,
                         "original_max_position_embeddings": 8192, "rope_type": "llama3"},
        "tie_word_embeddings": true, "attention_bias": false, "mlp_bias": false, "hidden_act": "silu",
        "bos_token_id": 128000, "eos_token_id": [128001, 128008, 128009]})",
                               "llama/config.json");
    QVERIFY2(llama.ok(), llama.ok() ? "" : llama.error().detail.c_str());
    QCOMPARE(llama->architecture, LmArchitecture::Llama);
    QCOMPARE(llama->nKvHead, 8);
    QCOMPARE(llama->headDim, 64);
    QCOMPARE(llama->nContext, 131072);
    QVERIFY(llama->ropeScaling.has_value());
    QCOMPARE(llama->ropeScaling->type, std::string("llama3"));
    QCOMPARE(llama->ropeScaling->factor, 32.0);
    QCOMPARE(llama->ropeScaling->originalMaxPositions, 8192);
    QCOMPARE(llama->eosId, std::optional<int>(128001));
    QCOMPARE(llama->bosId, std::optional<int>(128000));
    QVERIFY(llama->tieWordEmbeddings);

    // Mistral writes head_dim null and no biases; Qwen2 has q/k/v biases its config never mentions.
    auto mistral = parseLmConfig(R"({"model_type": "mistral", "vocab_size": 32000, "hidden_size": 4096,
        "intermediate_size": 14336, "num_hidden_layers": 32, "num_attention_heads": 32, "num_key_value_heads": 8,
        "head_dim": null, "max_position_embeddings": 32768, "rope_theta": 1000000.0, "sliding_window": null})",
                                 "mistral/config.json");
    QVERIFY2(mistral.ok(), mistral.ok() ? "" : mistral.error().detail.c_str());
    QCOMPARE(mistral->headDim, 128);
    QVERIFY(!mistral->attentionBias && !mistral->tieWordEmbeddings && !mistral->ropeScaling);
    QCOMPARE(mistral->normEps, 1e-6);

    auto qwen = parseLmConfig(R"({"model_type": "qwen2", "vocab_size": 151936, "hidden_size": 896,
        "intermediate_size": 4864, "num_hidden_layers": 24, "num_attention_heads": 14, "num_key_value_heads": 2,
        "max_position_embeddings": 32768, "rope_theta": 1000000.0, "rope_scaling": null,
        "tie_word_embeddings": true, "use_sliding_window": false})",
                              "qwen/config.json");
    QVERIFY2(qwen.ok(), qwen.ok() ? "" : qwen.error().detail.c_str());
    QVERIFY(qwen->attentionBias);
    QVERIFY(!qwen->attentionOutputBias);
    QCOMPARE(qwen->headDim, 64);
}

void TestLanguageModel::rejectsBadConfigs_data()
{
    QTest::addColumn<QString>("json");
    QTest::addColumn<ErrorCode>("code");
    QTest::addColumn<QString>("named");  // the detail must name this field (and always the file)

    const QString gpt2 = R"({"model_type": "gpt2", "vocab_size": 128, "n_embd": 64, "n_layer": 2, "n_head": 4,
                              "n_positions": 64 %1})";
    const QString llama = R"({"model_type": "llama", "vocab_size": 128, "hidden_size": 64, "intermediate_size": 96,
        "num_hidden_layers": 2, "num_attention_heads": 4, "max_position_embeddings": 64 %1})";
    QTest::newRow("not json") << "{\"model_type\": " << ErrorCode::BadModelFile << "JSON";
    QTest::newRow("not an object") << "[1, 2]" << ErrorCode::BadModelFile << "object";
    QTest::newRow("no model_type") << R"({"vocab_size": 3})" << ErrorCode::BadModelFile << "model_type";
    QTest::newRow("unknown model_type") << R"({"model_type": "bert"})" << ErrorCode::UnsupportedModel << "bert";
    QTest::newRow("gpt2 missing n_embd") << QString(gpt2).replace("\"n_embd\": 64,", "") << ErrorCode::BadModelFile
                                         << "n_embd";
    QTest::newRow("gpt2 n_head not dividing")
        << QString(gpt2).replace("\"n_head\": 4", "\"n_head\": 5") << ErrorCode::BadModelFile << "n_head";
    QTest::newRow("gpt2 vocab as text") << QString(gpt2).replace("128", "\"128\"") << ErrorCode::BadModelFile
                                        << "vocab_size";
    QTest::newRow("gpt2 zero layers") << QString(gpt2).replace("\"n_layer\": 2", "\"n_layer\": 0")
                                      << ErrorCode::BadModelFile << "n_layer";
    QTest::newRow("gpt2 relu") << gpt2.arg(R"(, "activation_function": "relu")") << ErrorCode::UnsupportedModel
                               << "activation_function";
    QTest::newRow("llama negative hidden_size") << QString(llama).replace("\"hidden_size\": 64", "\"hidden_size\": -64")
                                                << ErrorCode::BadModelFile << "hidden_size";
    QTest::newRow("llama kv heads not dividing")
        << llama.arg(R"(, "num_key_value_heads": 3)") << ErrorCode::BadModelFile << "num_key_value_heads";
    QTest::newRow("llama odd head_dim") << llama.arg(R"(, "head_dim": 15)") << ErrorCode::BadModelFile << "head_dim";
    QTest::newRow("llama no intermediate_size")
        << QString(llama).replace("\"intermediate_size\": 96,", "") << ErrorCode::BadModelFile << "intermediate_size";
    QTest::newRow("llama yarn") << llama.arg(R"(, "rope_scaling": {"rope_type": "yarn", "factor": 4.0})")
                                << ErrorCode::UnsupportedModel << "yarn";
    QTest::newRow("llama scaling without factor") << llama.arg(R"(, "rope_scaling": {"rope_type": "linear"})")
                                                  << ErrorCode::BadModelFile << "rope_scaling.factor";
    QTest::newRow("llama bad eps") << llama.arg(R"(, "rms_norm_eps": "tiny")") << ErrorCode::BadModelFile
                                   << "rms_norm_eps";
    QTest::newRow("llama gelu") << llama.arg(R"(, "hidden_act": "gelu")") << ErrorCode::UnsupportedModel
                                << "hidden_act";
    QTest::newRow("llama huge vocab") << QString(llama).replace("128", "99999999999") << ErrorCode::BadModelFile
                                      << "vocab_size";
}

void TestLanguageModel::rejectsBadConfigs()
{
    QFETCH(QString, json);
    QFETCH(ErrorCode, code);
    QFETCH(QString, named);
    auto config = parseLmConfig(json.replace("%1", "").toStdString(), "bad/config.json");
    QVERIFY(!config.ok());
    qInfo("%s", config.error().detail.c_str());
    QCOMPARE(config.error().code, code);
    QVERIFY(config.error().detail.starts_with("bad/config.json"));
    QVERIFY2(QString::fromStdString(config.error().detail).contains(named), config.error().detail.c_str());
}

void TestLanguageModel::matchesReferenceLogits()
{
    QFETCH(QString, name);
    const auto ref = readReference(kDataDir / name.toStdString() / "logits-ref.bin");
    QVERIFY(!ref.tokens.empty());
    auto model = loadOrFail(name);
    QCOMPARE(model.config().nVocab, ref.nVocab);

    auto logits = model.logitsAll(ref.tokens);
    QVERIFY2(logits.ok(), logits.ok() ? "" : logits.error().detail.c_str());
    qInfo("%s: %lld parameters; logits[0][0..3] = %.6f %.6f %.6f (reference %.6f %.6f %.6f)", qPrintable(name),
          static_cast<long long>(model.parameterCount()), (*logits)[0], (*logits)[1], (*logits)[2], ref.logits[0],
          ref.logits[1], ref.logits[2]);
    const float diff = maxAbsDiff(*logits, ref.logits);
    QVERIFY2(diff <= kTolerance, qPrintable(QString("TENSOR NOT OK, maxdiff = %1").arg(diff)));
    qInfo("TENSOR OK, maxdiff = %g", diff);
}

void TestLanguageModel::kvCacheMatchesLogitsAll()
{
    QFETCH(QString, name);
    const auto ref = readReference(kDataDir / name.toStdString() / "logits-ref.bin");
    auto model = loadOrFail(name);
    const int V = ref.nVocab, n = static_cast<int>(ref.tokens.size()), k = n / 3;

    // Rows 0 and 1 follow the reference tokens; row 2 takes other tokens and is checked against its own
    // whole-sequence logits, which proves the rows of a batch do not leak into each other.
    std::vector<std::int32_t> other(ref.tokens.begin(), ref.tokens.begin() + k);
    for (int i = k; i < n; ++i)
        other.push_back((ref.tokens[i] * 7 + 3) % V);
    auto otherLogits = model.logitsAll(other);
    QVERIFY(otherLogits.ok());

    auto session = model.newSession(3);
    QVERIFY2(session.ok(), session.ok() ? "" : session.error().detail.c_str());
    auto &s = **session;
    auto first = s.setPrompt(std::span(ref.tokens).first(k));
    QVERIFY(first.ok());
    float worst = maxAbsDiff(*first, row(ref.logits, V, k - 1));
    for (int i = k; i < n; ++i) {
        const std::int32_t next[] = {ref.tokens[i], ref.tokens[i], other[i]};
        auto logits = s.step(next);
        QVERIFY2(logits.ok(), logits.ok() ? "" : logits.error().detail.c_str());
        QCOMPARE(logits->size(), std::size_t(3) * V);
        worst = std::max(worst, maxAbsDiff(row(*logits, V, 0), row(ref.logits, V, i)));
        worst = std::max(worst, maxAbsDiff(row(*logits, V, 2), row(*otherLogits, V, i)));
        QCOMPARE(maxAbsDiff(row(*logits, V, 0), row(*logits, V, 1)), 0.0f);
    }
    QCOMPARE(s.length(), n);
    QVERIFY2(worst <= kTolerance, qPrintable(QString("KV cache maxdiff = %1").arg(worst)));
    qInfo("KV cache OK, maxdiff = %g", worst);
}

void TestLanguageModel::stablePrefixIsReused()
{
    QFETCH(QString, name);
    const auto ref = readReference(kDataDir / name.toStdString() / "logits-ref.bin");
    auto model = loadOrFail(name);
    const int V = ref.nVocab;
    const auto tokens = std::span(ref.tokens);
    // Short enough for the 16-position gpt2-bare fixture with the steps below.
    const auto a = tokens.first(6);
    std::vector<std::int32_t> ab(tokens.begin(), tokens.begin() + 10), ac(a.begin(), a.end());
    for (int i = 0; i < 3; ++i)
        ac.push_back((ab[6 + i] + 1 + i) % V);  // differs from B at its first token

    auto fresh = model.newSession(3);
    QVERIFY(fresh.ok());
    auto expected = (*fresh)->setPrompt(ab);
    QVERIFY(expected.ok());
    QCOMPARE((*fresh)->reusedPromptTokens(), 0);

    auto session = model.newSession(3);
    QVERIFY(session.ok());
    auto &s = **session;
    QVERIFY(s.setPrompt(ac).ok());
    const std::int32_t next[] = {1, 2, 3};
    QVERIFY(s.step(next).ok());  // generated tokens must not confuse the reuse
    auto reused = s.setPrompt(ab);
    QVERIFY(reused.ok());
    QCOMPARE(s.reusedPromptTokens(), static_cast<int>(a.size()));
    QCOMPARE(s.length(), static_cast<int>(ab.size()));
    float diff = maxAbsDiff(*reused, *expected);
    qInfo("A+B after A+C: reused %d of %zu tokens, maxdiff against a fresh session = %g", s.reusedPromptTokens(),
          ab.size(), diff);
    QVERIFY(diff <= 1e-5f);

    // Then every row decodes exactly as the fresh session's rows do.
    for (int i = 0; i < 3; ++i) {
        const std::int32_t step[] = {(3 * i + 1) % V, 5, (3 * i + 1) % V};
        auto got = s.step(step), want = (*fresh)->step(step);
        QVERIFY(got.ok() && want.ok());
        diff = std::max(diff, maxAbsDiff(*got, *want));
    }
    QVERIFY2(diff <= 1e-5f, qPrintable(QString("maxdiff = %1").arg(diff)));

    // The same prompt again recomputes only its last token.
    QVERIFY(s.setPrompt(ab).ok());
    QCOMPARE(s.reusedPromptTokens(), static_cast<int>(ab.size()) - 1);

    // Accepting row 1's token: its row already holds prompt + token, so only that token is recomputed.
    const std::int32_t alternatives[] = {11, 12, 13};
    QVERIFY(s.step(alternatives).ok());
    auto accepted = ab;
    accepted.push_back(12);
    auto afterAccept = s.setPrompt(accepted);
    QVERIFY(afterAccept.ok());
    QCOMPARE(s.reusedPromptTokens(), static_cast<int>(accepted.size()) - 1);
    auto all = model.logitsAll(accepted);
    QVERIFY(all.ok());
    QVERIFY(maxAbsDiff(*afterAccept, row(*all, V, static_cast<int>(accepted.size()) - 1)) <= kTolerance);
    // … and every row now continues from the accepted text.
    const std::int32_t same[] = {7, 7, 7};
    auto cont = s.step(same);
    QVERIFY(cont.ok());
    accepted.push_back(7);
    auto allCont = model.logitsAll(accepted);
    QVERIFY(allCont.ok());
    for (int r = 0; r < 3; ++r)
        QVERIFY(maxAbsDiff(row(*cont, V, r), row(*allCont, V, static_cast<int>(accepted.size()) - 1)) <= kTolerance);
}

void TestLanguageModel::bfloat16StaysClose()
{
    QFETCH(QString, name);
    const auto ref = readReference(kDataDir / name.toStdString() / "logits-ref.bin");
    auto model = loadOrFail(name, ComputeDType::BFloat16);
    auto logits = model.logitsAll(ref.tokens);
    QVERIFY2(logits.ok(), logits.ok() ? "" : logits.error().detail.c_str());
    // bfloat16 keeps 8 bits of mantissa: allow about 2% of the logits' spread (they span ~10–30 units here).
    const auto [lo, hi] = std::minmax_element(ref.logits.begin(), ref.logits.end());
    const float tolerance = 0.02f * (*hi - *lo);
    const float diff = maxAbsDiff(*logits, ref.logits);
    qInfo("bfloat16: maxdiff = %g (tolerance %g)", diff, tolerance);
    QVERIFY(diff <= tolerance);

    // The cached path runs in bfloat16 too.
    auto session = model.newSession(2);
    QVERIFY(session.ok());
    auto first = (*session)->setPrompt(std::span(ref.tokens).first(4));
    QVERIFY(first.ok());
    const std::int32_t next[] = {ref.tokens[4], ref.tokens[4]};
    auto stepped = (*session)->step(next);
    QVERIFY(stepped.ok());
    QVERIFY(maxAbsDiff(row(*stepped, ref.nVocab, 0), row(ref.logits, ref.nVocab, 4)) <= tolerance);
}

void TestLanguageModel::rejectsBadFolders_data()
{
    QTest::addColumn<QString>("folder");
    QTest::addColumn<ErrorCode>("code");
    QTest::addColumn<QString>("named");
    QTest::newRow("no folder") << "bad/does-not-exist" << ErrorCode::NotFound << "config.json";
    QTest::newRow("no config") << "bad/no-config" << ErrorCode::NotFound << "config.json";
    QTest::newRow("no weights") << "bad/no-weights" << ErrorCode::NotFound << "model.safetensors";
    QTest::newRow("missing tensor") << "bad/missing-tensor" << ErrorCode::BadModelFile << "h.0.mlp.c_fc.bias";
    QTest::newRow("wrong shape") << "bad/wrong-shape" << ErrorCode::BadModelFile << "h.0.attn.c_attn.weight";
    QTest::newRow("truncated") << "bad/truncated" << ErrorCode::BadModelFile << "model.safetensors";
    QTest::newRow("unknown model_type") << "bad/unknown-type" << ErrorCode::UnsupportedModel << "bert";
}

void TestLanguageModel::rejectsBadFolders()
{
    QFETCH(QString, folder);
    QFETCH(ErrorCode, code);
    QFETCH(QString, named);
    auto model = LanguageModel::load(kDataDir / folder.toStdString());
    QVERIFY(!model.ok());
    qInfo("%s", model.error().detail.c_str());
    QCOMPARE(model.error().code, code);
    QVERIFY2(QString::fromStdString(model.error().detail).contains(named), model.error().detail.c_str());
}

void TestLanguageModel::refusesCudaWithoutCuda()
{
    if (queryDevices().cudaAvailable)
        QSKIP("CUDA is available here");
    auto model = LanguageModel::load(kDataDir / "gpt2", {.device = DeviceKind::Cuda});
    QVERIFY(!model.ok());
    QCOMPARE(model.error().code, ErrorCode::UnsupportedModel);
    QCOMPARE(model.error().detail, std::string("CUDA is not available"));
}

void TestLanguageModel::reportsProgressAndCancels()
{
    std::vector<double> seen;
    auto model = LanguageModel::load(kDataDir / "llama", {}, [&](double f) {
        seen.push_back(f);
        return true;
    });
    QVERIFY(model.ok());
    QVERIFY(!seen.empty());
    QVERIFY(std::is_sorted(seen.begin(), seen.end()));
    QCOMPARE(seen.back(), 1.0);

    int calls = 0;
    auto cancelled = LanguageModel::load(kDataDir / "llama", {}, [&](double) { return ++calls < 3; });
    QVERIFY(!cancelled.ok());
    QCOMPARE(cancelled.error().code, ErrorCode::Cancelled);
    QCOMPARE(calls, 3);
}

void TestLanguageModel::rejectsBadArgumentsWithoutCrashing()
{
    auto model = loadOrFail("gpt2");
    const int V = model.config().nVocab, nContext = model.config().nContext;
    auto expectInvalid = [](const auto &result, const char *what) {
        QVERIFY2(!result.ok(), what);
        QCOMPARE(result.error().code, ErrorCode::InvalidArgument);
        qInfo("%s: %s", what, result.error().detail.c_str());
    };

    expectInvalid(model.logitsAll({}), "empty sequence");
    expectInvalid(model.logitsAll(std::vector<std::int32_t>(nContext + 1, 1)), "longer than the context");
    expectInvalid(model.logitsAll(std::vector<std::int32_t>{1, V}), "id past the vocabulary");
    expectInvalid(model.logitsAll(std::vector<std::int32_t>{-1}), "negative id");
    expectInvalid(model.newSession(0), "no rows");
    expectInvalid(model.newSession(1, nContext + 1), "longer than the context");

    auto session = model.newSession(3, 8);
    QVERIFY(session.ok());
    auto &s = **session;
    QCOMPARE(s.maxLength(), 8);
    const std::int32_t three[] = {1, 2, 3};
    expectInvalid(s.step(three), "step before a prompt");
    expectInvalid(s.setPrompt(std::vector<std::int32_t>(9, 1)), "prompt longer than maxLength");
    QVERIFY(s.setPrompt(std::vector<std::int32_t>{1, 2, 3, 4, 5}).ok());
    const std::int32_t two[] = {1, 2};
    expectInvalid(s.step(two), "two tokens for three rows");
    const std::int32_t outside[] = {1, V, 2};
    expectInvalid(s.step(outside), "id past the vocabulary");
    for (int i = 0; i < 3; ++i)
        QVERIFY(s.step(three).ok());
    QCOMPARE(s.length(), 8);
    expectInvalid(s.step(three), "step past maxLength");
    QCOMPARE(s.length(), 8);
    // The session stays usable.
    QVERIFY(s.setPrompt(std::vector<std::int32_t>{1, 2, 3, 4, 5, 6, 7, 8}).ok());
    QCOMPARE(s.reusedPromptTokens(), 5);  // 1 2 3 4 5 were cached; 6 7 8 are new
}

// A head too large for the cache (> 16 MiB) takes the blocked multi-row GEMV path in decode steps; the
// whole-sequence pass multiplies it as one GEMM. Both must agree. The model is made here: at 18 MB it is too
// big to keep in the repository.
void TestLanguageModel::wideHeadDecodesLikeWholeSequence()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const fs::path folder = dir.path().toStdString();
    const int V = 70000, C = 64, I = 4 * C, P = 16;
    {
        std::ofstream(folder / "config.json") << R"({"model_type": "gpt2", "vocab_size": 70000, "n_embd": 64,
            "n_layer": 1, "n_head": 4, "n_positions": 16})";
    }
    std::mt19937 rng(7);
    std::map<std::string, std::pair<std::vector<std::int64_t>, std::vector<float>>> tensors;
    auto add = [&](const std::string &name, std::vector<std::int64_t> shape, float mean, float stddev) {
        std::normal_distribution<float> normal(mean, stddev);
        std::vector<float> values(std::accumulate(shape.begin(), shape.end(), std::int64_t(1), std::multiplies<>()));
        for (auto &v : values)
            v = normal(rng);
        tensors[name] = {std::move(shape), std::move(values)};
    };
    add("wte.weight", {V, C}, 0, 0.5f);
    add("wpe.weight", {P, C}, 0, 0.2f);
    for (const char *ln : {"h.0.ln_1", "h.0.ln_2", "ln_f"}) {
        add(std::string(ln) + ".weight", {C}, 1, 0.1f);
        add(std::string(ln) + ".bias", {C}, 0, 0.1f);
    }
    add("h.0.attn.c_attn.weight", {C, 3 * C}, 0, 0.125f);
    add("h.0.attn.c_attn.bias", {3 * C}, 0, 0.1f);
    add("h.0.attn.c_proj.weight", {C, C}, 0, 0.125f);
    add("h.0.attn.c_proj.bias", {C}, 0, 0.1f);
    add("h.0.mlp.c_fc.weight", {C, I}, 0, 0.125f);
    add("h.0.mlp.c_fc.bias", {I}, 0, 0.1f);
    add("h.0.mlp.c_proj.weight", {I, C}, 0, 0.0625f);
    add("h.0.mlp.c_proj.bias", {C}, 0, 0.1f);
    std::vector<TensorToWrite> toWrite;
    for (const auto &[name, tensor] : tensors)
        toWrite.push_back({name, DType::F32, tensor.first, std::as_bytes(std::span(tensor.second))});
    QVERIFY(writeSafetensors(folder / "model.safetensors", toWrite).ok());

    auto model = LanguageModel::load(folder);
    QVERIFY2(model.ok(), model.ok() ? "" : model.error().detail.c_str());
    const std::vector<std::int32_t> tokens{5, 69999, 123, 40000, 7, 7, 31337, 2, 65000, 9};
    auto all = model->logitsAll(tokens);
    QVERIFY(all.ok());
    auto session = model->newSession(3);
    QVERIFY(session.ok());
    QVERIFY((*session)->setPrompt(std::span(tokens).first(4)).ok());
    float worst = 0;
    for (std::size_t i = 4; i < tokens.size(); ++i) {
        const std::int32_t next[] = {tokens[i], tokens[i], tokens[i]};
        auto logits = (*session)->step(next);
        QVERIFY(logits.ok());
        for (int r = 0; r < 3; ++r)
            worst = std::max(worst, maxAbsDiff(row(*logits, V, r), row(*all, V, static_cast<int>(i))));
    }
    qInfo("wide head (%d × %d): decode vs whole sequence maxdiff = %g", V, C, worst);
    QVERIFY(worst <= kTolerance);
}

// tokens/s of step() on the GPT-2 fixture, and on the model in $NOOSPHERE_LM_BENCH_MODEL when set (e.g. a
// GPT-2-124M-shaped folder). Prints only; the figures depend on the machine.
void TestLanguageModel::measuresStepSpeed()
{
    std::vector<fs::path> folders{kDataDir / "gpt2"};
    if (qEnvironmentVariableIsSet("NOOSPHERE_LM_BENCH_MODEL"))
        folders.emplace_back(qEnvironmentVariable("NOOSPHERE_LM_BENCH_MODEL").toStdString());
    for (const auto &folder : folders) {
        for (const auto dtype : {ComputeDType::Float32, ComputeDType::BFloat16}) {
            auto model = LanguageModel::load(folder, {.dtype = dtype});
            QVERIFY2(model.ok(), model.ok() ? "" : model.error().detail.c_str());
            for (const int rows : {1, 3}) {
                const int steps = std::min(64, model->config().nContext - 17);
                auto session = model->newSession(rows, 16 + steps + 1);
                QVERIFY(session.ok());
                std::vector<std::int32_t> prompt(16);
                std::iota(prompt.begin(), prompt.end(), 1);
                const auto t0 = std::chrono::steady_clock::now();
                QVERIFY((*session)->setPrompt(prompt).ok());
                const auto t1 = std::chrono::steady_clock::now();
                std::vector<std::int32_t> next(rows, 7);
                for (int i = 0; i < steps; ++i)
                    QVERIFY((*session)->step(next).ok());
                const auto t2 = std::chrono::steady_clock::now();
                const double stepMs = std::chrono::duration<double, std::milli>(t2 - t1).count() / steps;
                qInfo("%s %s rows=%d: prefill 16 tokens %.1f ms; step %.2f ms = %.0f tokens/s (%.0f row-tokens/s)",
                      folder.filename().c_str(), dtype == ComputeDType::Float32 ? "float32" : "bfloat16", rows,
                      std::chrono::duration<double, std::milli>(t1 - t0).count(), stepMs, 1000.0 / stepMs,
                      1000.0 * rows / stepMs);
            }
        }
    }
}

QTEST_GUILESS_MAIN(TestLanguageModel)
#include "tst_lm.moc"
