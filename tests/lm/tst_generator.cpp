// K alternatives from a real (small, random) Llama with a real tokenizer: deterministic per seed, streamed as
// valid UTF-8, cancellable between tokens, stopped by stop strings, the prompt cut from the left to fit, and the
// most likely alternatives of each token recorded on request (the token view).
#include "common/utf8.h"
#include "io/safetensors.h"
#include "lm/generator.h"
#include "lm/languagemodel.h"
#include "tokenize/tokenizer.h"

#include "../ui/randomlm.h"

#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <fstream>
#include <random>

using namespace noosphere::models;

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
        // A one-layer random Llama with the llama2 fixture's tokenizer; weights broad enough that sampling matters.
        QVERIFY(noosphere::tests::writeRandomLlama(
            dir, std::filesystem::path(NOOSPHERE_TOKENIZE_DATA_DIR).parent_path(), 64, 1234));
        auto tokenizer = Tokenizer::loadFolder(dir);
        QVERIFY(tokenizer.ok());
        m_tokenizer.emplace(std::move(tokenizer).value());
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
