// The sampler and the UTF-8 helpers the generator streams with: deterministic for a seed, each filter does
// what its name says, and any bytes come out as valid UTF-8.
#include "common/utf8.h"
#include "lm/sampler.h"

#include <QTest>

#include <cmath>
#include <set>

using namespace noosphere::models;

namespace {

std::vector<float> logitsOf(std::initializer_list<double> probs)
{
    std::vector<float> out;
    for (double p : probs)
        out.push_back(float(std::log(p)));
    return out;
}

std::vector<std::int32_t> draw(Sampler &sampler, const std::vector<float> &logits, int n)
{
    std::vector<std::int32_t> ids;
    for (int i = 0; i < n; ++i)
        ids.push_back(sampler.sample(logits, {}).id);
    return ids;
}

}  // namespace

class TestSampling : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void sameSeedSameTokensOtherSeedOtherTokens()
    {
        const auto logits = logitsOf({0.3, 0.25, 0.2, 0.15, 0.1});
        SamplerSettings s{.temperature = 1.0f, .topK = 0, .topP = 1.0f, .minP = 0, .repetitionPenalty = 1.0f};
        Sampler a(s, 42), b(s, 42), c(s, 43);
        const auto ids = draw(a, logits, 200);
        QCOMPARE(draw(b, logits, 200), ids);
        QVERIFY(draw(c, logits, 200) != ids);
    }
    void followsTheDistributionAtTemperatureOne()
    {
        const auto logits = logitsOf({0.5, 0.3, 0.2});
        Sampler sampler({.temperature = 1.0f, .topK = 0, .topP = 1.0f, .minP = 0, .repetitionPenalty = 1.0f}, 7);
        int counts[3] = {};
        for (auto id : draw(sampler, logits, 20'000))
            ++counts[id];
        QVERIFY(std::abs(counts[0] / 20'000.0 - 0.5) < 0.02);
        QVERIFY(std::abs(counts[2] / 20'000.0 - 0.2) < 0.02);
    }
    void greedyAtTemperatureZero()
    {
        Sampler sampler({.temperature = 0}, 1);
        const auto token = sampler.sample(logitsOf({0.1, 0.7, 0.2}), {});
        QCOMPARE(token.id, 1);
        QVERIFY(std::abs(token.logProb - std::log(0.7)) < 1e-5);
    }
    void topKAndTopPAndMinPKeepOnlyLikelyTokens()
    {
        const auto logits = logitsOf({0.4, 0.3, 0.15, 0.1, 0.05});
        Sampler topK({.temperature = 1.0f, .topK = 2, .topP = 1.0f, .minP = 0, .repetitionPenalty = 1.0f}, 3);
        for (auto id : draw(topK, logits, 500))
            QVERIFY(id < 2);
        Sampler topP({.temperature = 1.0f, .topK = 0, .topP = 0.8f, .minP = 0, .repetitionPenalty = 1.0f}, 3);
        std::set<std::int32_t> seen;
        for (auto id : draw(topP, logits, 2000))
            seen.insert(id);
        QCOMPARE(seen, (std::set<std::int32_t>{0, 1, 2}));  // 0.4 + 0.3 + 0.15 ≥ 0.8
        Sampler minP({.temperature = 1.0f, .topK = 0, .topP = 1.0f, .minP = 0.3f, .repetitionPenalty = 1.0f}, 3);
        for (auto id : draw(minP, logits, 500))
            QVERIFY(id <= 2);  // 0.1 and 0.05 are below 0.3 × 0.4
    }
    void repetitionPenaltyLowersRecentTokens()
    {
        const auto logits = std::vector<float>{2.0f, 1.9f};
        Sampler sampler({.temperature = 0, .repetitionPenalty = 1.5f}, 1);
        const std::vector<std::int32_t> recent{0, 0};
        QCOMPARE(sampler.sample(logits, recent).id, 1);
    }
    void topAlternativesAreTheMostLikelyInOrder()
    {
        const auto top = Sampler::topAlternatives(logitsOf({0.1, 0.5, 0.15, 0.25}), 3);
        QCOMPARE(top.size(), size_t(3));
        QCOMPARE(top[0].id, 1);
        QCOMPARE(top[1].id, 3);
        QCOMPARE(top[2].id, 2);
        QVERIFY(std::abs(top[0].logProb - std::log(0.5)) < 1e-5);
    }
    void invalidUtf8BecomesReplacementCharacters()
    {
        QCOMPARE(utf8::toValid("ok \xE4\xBD\xA0\xE5\xA5\xBD 🌸"), std::string("ok \xE4\xBD\xA0\xE5\xA5\xBD 🌸"));
        QCOMPARE(utf8::toValid("a\xFF" "b"), std::string("a\xEF\xBF\xBD" "b"));
        QCOMPARE(utf8::toValid("\xC0\xAF"), std::string("\xEF\xBF\xBD\xEF\xBF\xBD"));        // overlong
        QCOMPARE(utf8::toValid("\xED\xA0\x80"), std::string("\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD"));  // surrogate
        QCOMPARE(utf8::toValid("x\xE4\xBD"), std::string("x\xEF\xBF\xBD"));  // cut short: one maximal subpart
    }
    void streamingStopsBeforeAnIncompleteCharacter()
    {
        const std::string flower = "🌸";  // 4 bytes
        QCOMPARE(utf8::completePrefix("ab" + flower.substr(0, 2)), size_t(2));
        QCOMPARE(utf8::completePrefix("ab" + flower), size_t(6));
        QCOMPARE(utf8::completePrefix("\xE4\xBD"), size_t(0));
        QCOMPARE(utf8::completePrefix(""), size_t(0));
    }
};

QTEST_GUILESS_MAIN(TestSampling)

#include "tst_sampling.moc"
