// K alternatives from a real (small, random) Llama with a real tokenizer: deterministic per seed, streamed as
// valid UTF-8, cancellable between tokens, stopped by stop strings, the prompt cut from the left to fit, and the
// most likely alternatives of each token recorded on request (the token view).
#include "common/utf8.h"
#include "io/safetensors.h"
#include "lm/generator.h"
#include "lm/languagemodel.h"
#include "tokenize/tokenizer.h"

#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <fstream>
#include <random>

using namespace noosphere::models;

namespace {

// A one-layer Llama whose vocabulary is the fixture tokenizer's, with random weights scaled so that its
// next-token distributions are broad (so sampling matters).
void writeRandomLlama(const std::filesystem::path &dir, int nVocab)
{
    const int hidden = 32, heads = 2, kvHeads = 1, headDim = 16, mlp = 48;
    std::ofstream(dir / "config.json") << R"({"model_type": "llama", "architectures": ["LlamaForCausalLM"],
        "vocab_size": )" << nVocab << R"(, "hidden_size": 32, "intermediate_size": 48, "num_hidden_layers": 1,
        "num_attention_heads": 2, "num_key_value_heads": 1, "max_position_embeddings": 64, "rms_norm_eps": 1e-5,
        "rope_theta": 10000.0, "tie_word_embeddings": false, "bos_token_id": 1, "eos_token_id": 2})";
    std::mt19937 rng(1234);
    std::normal_distribution<float> normal(0.0f, 0.4f);
    std::vector<std::vector<float>> storage;
    std::vector<TensorToWrite> tensors;
    auto add = [&](const std::string &name, std::vector<std::int64_t> shape, bool ones = false) {
        std::int64_t n = 1;
        for (auto d : shape)
            n *= d;
        auto &data = storage.emplace_back(std::size_t(n));
        for (auto &x : data)
            x = ones ? 1.0f : normal(rng);
        tensors.push_back({name, DType::F32, shape, std::as_bytes(std::span(data))});
    };
    storage.reserve(16);
    add("model.embed_tokens.weight", {nVocab, hidden});
    add("model.layers.0.input_layernorm.weight", {hidden}, true);
    add("model.layers.0.self_attn.q_proj.weight", {heads * headDim, hidden});
    add("model.layers.0.self_attn.k_proj.weight", {kvHeads * headDim, hidden});
    add("model.layers.0.self_attn.v_proj.weight", {kvHeads * headDim, hidden});
    add("model.layers.0.self_attn.o_proj.weight", {hidden, heads * headDim});
    add("model.layers.0.post_attention_layernorm.weight", {hidden}, true);
    add("model.layers.0.mlp.gate_proj.weight", {mlp, hidden});
    add("model.layers.0.mlp.up_proj.weight", {mlp, hidden});
    add("model.layers.0.mlp.down_proj.weight", {hidden, mlp});
    add("model.norm.weight", {hidden}, true);
    add("lm_head.weight", {nVocab, hidden});
    QVERIFY(writeSafetensors(dir / "model.safetensors", tensors).ok());
}

}  // namespace

class TestGenerator : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::optional<Tokenizer> m_tokenizer;
    std::optional<LanguageModel> m_model;

    GenerationRequest request(const std::string &text, int k, std::uint64_t seed)
    {
        auto ids = m_tokenizer->encode(text);
        ids.insert(ids.begin(), 1);  // BOS
        return {.prompt = ids,
                .nAlternatives = k,
                .maxTokens = 12,
                .sampler = {.temperature = 1.0f, .topK = 0, .topP = 1.0f, .minP = 0, .repetitionPenalty = 1.0f},
                .seed = seed};
    }
    std::vector<std::string> texts(const GenerationResult &result)
    {
        std::vector<std::string> out;
        for (const auto &a : result.alternatives)
            out.push_back(a.text);
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        const std::filesystem::path dir = m_dir.path().toStdString();
        std::filesystem::copy_file(NOOSPHERE_TOKENIZE_DATA_DIR "/llama2/tokenizer.json", dir / "tokenizer.json");
        auto tokenizer = Tokenizer::loadFolder(dir);
        QVERIFY(tokenizer.ok());
        m_tokenizer.emplace(std::move(tokenizer).value());
        writeRandomLlama(dir, m_tokenizer->vocabSize());
        auto model = LanguageModel::load(dir);
        QVERIFY2(model.ok(), model.ok() ? "" : model.error().detail.c_str());
        m_model.emplace(std::move(model).value());
    }

    void sameSeedGivesTheSameAlternatives()
    {
        auto a = m_model->newSession(3);
        auto b = m_model->newSession(3);
        const auto first = generate(**a, *m_tokenizer, request("In the beginning", 3, 7));
        const auto again = generate(**b, *m_tokenizer, request("In the beginning", 3, 7));
        QVERIFY(first.ok() && again.ok());
        QCOMPARE(texts(again.value()), texts(first.value()));
        const auto other = generate(**b, *m_tokenizer, request("In the beginning", 3, 8));
        QVERIFY(texts(other.value()) != texts(first.value()));
        const auto t = texts(first.value());
        QVERIFY2(t[0] != t[1] || t[1] != t[2], "three alternatives should not all be the same");
    }

    void streamsValidGrowingTextPerRow()
    {
        auto session = m_model->newSession(2);
        std::vector<std::string> last(2);
        int calls = 0;
        const auto result = generate(**session, *m_tokenizer, request("God said", 2, 3), {},
                                     [&](int row, std::int32_t, const std::string &text) {
                                         ++calls;
                                         QVERIFY(utf8::isValid(text));
                                         QVERIFY(text.rfind(last[size_t(row)], 0) == 0);  // grows
                                         last[size_t(row)] = text;
                                     });
        QVERIFY(result.ok());
        QCOMPARE(calls, 24);
        for (const auto &alt : result->alternatives) {
            QCOMPARE(alt.ids.size(), size_t(12));
            QVERIFY(alt.meanLogProb < 0);
        }
    }

    void cancelStopsBetweenTokens()
    {
        auto session = m_model->newSession(3);
        int tokens = 0;
        const auto result = generate(
            **session, *m_tokenizer, request("And the earth", 3, 1),
            [&] { return tokens >= 9; },  // after three steps of three rows
            [&](int, std::int32_t, const std::string &) { ++tokens; });
        QVERIFY(result.ok());
        for (const auto &alt : result->alternatives) {
            QCOMPARE(alt.end, Alternative::End::Cancelled);
            QCOMPARE(alt.ids.size(), size_t(3));
        }
    }

    void stopStringEndsARowBeforeIt()
    {
        auto session = m_model->newSession(1);
        auto greedy = request("Let there be", 1, 0);
        greedy.sampler.temperature = 0;
        const auto full = generate(**session, *m_tokenizer, greedy);
        QVERIFY(full.ok());
        const std::string text = full->alternatives[0].text;
        QVERIFY(text.size() > 4);
        greedy.stopStrings = {text.substr(text.size() / 2, 2)};
        const auto stopped = generate(**session, *m_tokenizer, greedy);
        QCOMPARE(stopped->alternatives[0].end, Alternative::End::Stop);
        QVERIFY(text.rfind(stopped->alternatives[0].text, 0) == 0);
        QVERIFY(stopped->alternatives[0].text.size() < text.size());
    }

    void longPromptIsCutFromTheLeftAndPrefixesAreReused()
    {
        auto session = m_model->newSession(1);
        std::string longText;
        for (int i = 0; i < 40; ++i)
            longText += "light and darkness ";
        auto req = request(longText, 1, 5);
        req.maxTokens = 8;
        QVERIFY(req.prompt.size() > 64);
        const auto result = generate(**session, *m_tokenizer, req);
        QVERIFY(result.ok());
        QCOMPARE(result->promptTokensDropped, int(req.prompt.size()) - (64 - 8));

        auto shortReq = request("And God saw the light", 1, 5);
        QVERIFY(generate(**session, *m_tokenizer, shortReq).ok());
        auto longer = shortReq;
        const auto more = m_tokenizer->encode(", that it was good");
        longer.prompt.insert(longer.prompt.end(), more.begin(), more.end());
        const auto again = generate(**session, *m_tokenizer, longer);
        QVERIFY(again.ok());
        QVERIFY(again->promptTokensReused >= int(shortReq.prompt.size()));  // only the new words were prefilled
    }

    void cutPromptKeepsItsBosWhenAsked()
    {
        auto session = m_model->newSession(2);
        std::string longText;
        for (int i = 0; i < 40; ++i)
            longText += "light and darkness ";
        auto req = request(longText, 2, 9);
        req.keepTokens = 1;
        const auto cut = generate(**session, *m_tokenizer, req);
        QVERIFY(cut.ok());
        const int room = 64 - req.maxTokens;
        QCOMPARE(cut->promptTokensDropped, int(req.prompt.size()) - room);

        // The same as asking for BOS + the newest room - 1 tokens directly.
        auto manual = req;
        manual.keepTokens = 0;
        manual.prompt.assign(req.prompt.end() - (room - 1), req.prompt.end());
        manual.prompt.insert(manual.prompt.begin(), 1);
        const auto direct = generate(**session, *m_tokenizer, manual);
        QVERIFY(direct.ok());
        QCOMPARE(direct->promptTokensDropped, 0);
        QCOMPARE(texts(cut.value()), texts(direct.value()));
    }

    void recordsTheTopAlternativesOfEachTokenWhenAsked()
    {
        auto session = m_model->newSession(2);
        auto req = request("In the beginning God", 2, 11);
        QVERIFY(generate(**session, *m_tokenizer, req)->alternatives[0].topAlternatives.empty());  // opt-in
        req.topAlternatives = 5;
        const auto result = generate(**session, *m_tokenizer, req);
        QVERIFY(result.ok());
        for (const auto &alt : result->alternatives) {
            QCOMPARE(alt.topAlternatives.size(), alt.ids.size());
            for (std::size_t t = 0; t < alt.ids.size(); ++t) {
                const auto &top = alt.topAlternatives[t];
                QCOMPARE(top.size(), std::size_t(5));
                double total = 0;
                for (std::size_t i = 0; i < top.size(); ++i) {
                    QVERIFY(top[i].logProb <= 0);
                    QVERIFY(i == 0 || top[i - 1].logProb >= top[i].logProb);  // most likely first
                    total += std::exp(double(top[i].logProb));
                    if (top[i].id == alt.ids[t])  // the drawn token, when among them, has its own log-prob
                        QCOMPARE(top[i].logProb, alt.logProbs[t]);
                }
                QVERIFY(total <= 1.0 + 1e-5);
            }
        }
        // The first position's alternatives are the model's five best next tokens after the prompt.
        const auto logits = m_model->logitsAll(req.prompt);
        QVERIFY(logits.ok());
        const auto nVocab = std::size_t(m_model->config().nVocab);
        const std::span<const float> last(logits->data() + logits->size() - nVocab, nVocab);
        const auto expected = Sampler::topAlternatives(last, 5);
        for (std::size_t i = 0; i < 5; ++i) {
            QCOMPARE(result->alternatives[0].topAlternatives[0][i].id, expected[i].id);
            QVERIFY(std::abs(result->alternatives[0].topAlternatives[0][i].logProb - expected[i].logProb) < 1e-4f);
        }

        auto greedy = request("In the beginning God", 1, 0);  // greedy: the drawn token is always the best one
        greedy.sampler.temperature = 0;
        greedy.topAlternatives = 3;
        auto single = m_model->newSession(1);
        const auto best = generate(**single, *m_tokenizer, greedy);
        for (std::size_t t = 0; t < best->alternatives[0].ids.size(); ++t)
            QCOMPARE(best->alternatives[0].topAlternatives[t][0].id, best->alternatives[0].ids[t]);
    }

    void badRequestsAreRefused()
    {
        auto session = m_model->newSession(2);
        auto req = request("x", 3, 0);  // 3 alternatives on a 2-row session
        QCOMPARE(generate(**session, *m_tokenizer, req).error().code, ErrorCode::InvalidArgument);
        req = request("x", 2, 0);
        req.prompt.clear();
        QCOMPARE(generate(**session, *m_tokenizer, req).error().code, ErrorCode::InvalidArgument);
    }
};

QTEST_GUILESS_MAIN(TestGenerator)

#include "tst_generator.moc"
