// Language-model speed, our side: decode tokens/s with one row and with K rows, and the time to the first streamed
// token after a pause (a long context plus a few typed tokens) and for a cold prompt. It drives the public models/
// API as the studio does; scripts/bench-lm.sh sets it beside the PyTorch eager peer (lm_decode_torch.py) and the
// memory-bandwidth floor (membw.cpp). Weights are whatever the folder holds: speed does not depend on their values.
#include "device/deviceinfo.h"
#include "lm/languagemodel.h"
#include "lm/sampler.h"

#include <CLI/CLI.hpp>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <limits>
#include <random>
#include <span>
#include <string>
#include <string_view>
#include <vector>

using namespace noosphere::models;

namespace {

// Tokens of the suggestion the user saw (and ignored) before typing more: the rows hold them past the context.
constexpr int kSuggestionTokens = 8;

struct Options {
    std::string model;
    DeviceKind device = DeviceKind::Cpu;
    ComputeDType dtype = ComputeDType::Float32;
    int threads = 0;           // 0 = one per hardware thread
    int promptTokens = 16;     // prefilled before the decode loop
    int warmupSteps = 8;       // decoded, not timed
    int steps = 64;            // timed decode steps
    int rows = 3;              // K alternatives
    int contextTokens = 1000;  // held before the pause; also the cold prompt's length
    int addedTokens = 50;      // typed during the pause
    int reps = 5;              // latency repetitions (median)
    std::uint64_t seed = 1;
    bool json = false;
};

[[noreturn]] void usage(const char *why)
{
    std::fprintf(stderr, "bench_lm_decode: %s\n", why);
    std::exit(2);
}

Options parseOptions(int argc, char **argv)
{
    const CLI::Range kAtLeastOne(1, std::numeric_limits<int>::max()), kAtLeastZero(0, std::numeric_limits<int>::max());
    Options o;
    std::string device = "cpu", dtype = "f32";
    CLI::App app("Decode speed and first-token latency of a model folder, through the public models/ API",
                 "bench_lm_decode");
    app.add_option("--model", o.model, "Model folder")->required();
    app.add_option("--device", device, "cpu or cuda")->check(CLI::IsMember({"cpu", "cuda"}));
    app.add_option("--dtype", dtype, "f32 or bf16")->check(CLI::IsMember({"f32", "bf16"}));
    app.add_option("--threads", o.threads, "0 = one per hardware thread")->check(kAtLeastZero);
    app.add_option("--prompt-tokens", o.promptTokens, "Prefilled before the decode loop")->check(kAtLeastOne);
    app.add_option("--warmup", o.warmupSteps, "Decode steps not timed")->check(kAtLeastZero);
    app.add_option("--steps", o.steps, "Timed decode steps")->check(kAtLeastOne);
    app.add_option("--rows", o.rows, "K alternatives")->check(kAtLeastOne);
    app.add_option("--context", o.contextTokens, "Tokens held before the pause")->check(kAtLeastOne);
    app.add_option("--added", o.addedTokens, "Tokens typed during the pause")->check(kAtLeastOne);
    app.add_option("--reps", o.reps, "Latency repetitions (median)")->check(kAtLeastOne);
    app.add_option("--seed", o.seed, "Seed of the token ids");
    app.add_flag("--json", o.json, "Print JSON");
    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError &e) {
        const int code = app.exit(e);  // prints the help or the error
        std::exit(code == 0 ? 0 : 2);  // bad input exits 2, as noosphere-cli does
    }
    o.device = device == "cuda" ? DeviceKind::Cuda : DeviceKind::Cpu;
    o.dtype = dtype == "bf16" ? ComputeDType::BFloat16 : ComputeDType::Float32;
    return o;
}

template <typename T> T take(Result<T> result, const char *what)
{
    if (!result.ok()) {
        std::fprintf(stderr, "bench_lm_decode: %s: %s\n", what, result.error().detail.c_str());
        std::exit(1);
    }
    return std::move(result).value();
}

using Clock = std::chrono::steady_clock;

double msSince(Clock::time_point start)
{
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

std::vector<std::int32_t> randomTokens(int n, int nVocab, std::mt19937_64 &rng)
{
    std::uniform_int_distribution<std::int32_t> id(0, nVocab - 1);
    std::vector<std::int32_t> tokens(n);
    for (auto &t : tokens)
        t = id(rng);
    return tokens;
}

// Greedy next tokens, one per row of `logits` (rows × nVocab), as the PyTorch peer picks them.
std::vector<std::int32_t> argmaxRows(const std::vector<float> &logits, int nVocab)
{
    std::vector<std::int32_t> next(logits.size() / nVocab);
    for (std::size_t r = 0; r < next.size(); ++r) {
        const auto row = logits.begin() + static_cast<std::ptrdiff_t>(r * nVocab);
        next[r] = static_cast<std::int32_t>(std::max_element(row, row + nVocab) - row);
    }
    return next;
}

// Milliseconds per decode step of `rows` rows after a short prompt (steady state: warm-up steps are not timed).
double decodeMsPerStep(LanguageModel &model, int rows, const Options &o, std::mt19937_64 &rng)
{
    const int nVocab = model.config().nVocab;
    auto session = take(model.newSession(rows, o.promptTokens + o.warmupSteps + o.steps), "new session");
    const auto first =
        argmaxRows(take(session->setPrompt(randomTokens(o.promptTokens, nVocab, rng)), "prompt"), nVocab);
    // Rows start from different tokens, as sampled alternatives would.
    std::vector<std::int32_t> next(rows);
    for (int r = 0; r < rows; ++r)
        next[r] = (first[0] + r) % nVocab;
    for (int i = 0; i < o.warmupSteps; ++i)
        next = argmaxRows(take(session->step(next), "decode"), nVocab);
    const auto start = Clock::now();
    for (int i = 0; i < o.steps; ++i)
        next = argmaxRows(take(session->step(next), "decode"), nVocab);
    return msSince(start) / o.steps;
}

struct Latency {
    int context = 0, added = 0, coldTokens = 0, reused = 0;
    double afterPauseMs = 0, coldMs = 0;
};

// Time to the first streamed token, as the writer's sidebar sees it: setPrompt, then sampling row 0.
Latency firstTokenLatency(LanguageModel &model, const Options &o, std::mt19937_64 &rng)
{
    const auto &config = model.config();
    Latency l;
    // Small models have short contexts: shrink the scenario to fit rather than cut the prompt from the left.
    l.added = std::min(o.addedTokens, config.nContext / 4);
    l.context = std::min(o.contextTokens, config.nContext - l.added - kSuggestionTokens);
    l.coldTokens = std::min(o.contextTokens, config.nContext);
    if (l.context < 1)
        usage("this model's context is too short for the pause scenario");
    const int maxLength = std::max(l.context + std::max(l.added, kSuggestionTokens), l.coldTokens);
    auto session = take(model.newSession(o.rows, maxLength), "new session");
    Sampler sampler(SamplerSettings{}, o.seed);

    const auto context = randomTokens(l.context, config.nVocab, rng);
    auto extended = context;
    const auto typed = randomTokens(l.added, config.nVocab, rng);
    extended.insert(extended.end(), typed.begin(), typed.end());
    std::vector<double> pause, cold;
    for (int rep = 0; rep < o.reps; ++rep) {
        // Before the pause: the context was decoded and each row holds a suggestion the user did not take.
        take(session->setPrompt(context), "context");
        std::vector<std::int32_t> next(o.rows);
        for (int g = 0; g < kSuggestionTokens; ++g) {
            for (int r = 0; r < o.rows; ++r)
                next[r] = static_cast<std::int32_t>(rng() % config.nVocab);
            take(session->step(next), "suggestion");
        }
        auto start = Clock::now();
        const auto logits = take(session->setPrompt(extended), "context after the pause");
        sampler.sample(std::span(logits).first(config.nVocab), extended);
        pause.push_back(msSince(start));
        l.reused = session->reusedPromptTokens();

        // Cold: nothing shared with what the session holds (the first token differs).
        auto prompt = randomTokens(l.coldTokens, config.nVocab, rng);
        prompt[0] = (context[0] + 1 + rep) % config.nVocab;
        start = Clock::now();
        const auto coldLogits = take(session->setPrompt(prompt), "cold prompt");
        sampler.sample(std::span(coldLogits).first(config.nVocab), prompt);
        cold.push_back(msSince(start));
    }
    l.afterPauseMs = median(pause);
    l.coldMs = median(cold);
    return l;
}

// Bytes one decode step must read per row at least: every weight matrix once, in the compute dtype. Tables only
// gathered from (GPT-2's positions, an untied input embedding) are read a row at a time; a tied embedding is
// read whole once, by the head. Plus the row's KV cache up to `position`.
struct BytesPerToken {
    double weights = 0, kvCache = 0;
};

BytesPerToken bytesPerToken(const LanguageModel &model, ComputeDType dtype, int position)
{
    const auto &c = model.config();
    const double elementBytes = dtype == ComputeDType::BFloat16 ? 2 : 4;
    double gathered = 0;
    if (c.architecture == LmArchitecture::Gpt2)
        gathered += double(c.nContext) * c.nEmbd;
    if (!c.tieWordEmbeddings)
        gathered += double(c.nVocab) * c.nEmbd;
    return {(double(model.parameterCount()) - gathered) * elementBytes,
            2.0 * c.nLayer * c.nKvHead * c.headDim * position * elementBytes};
}

std::string jsonString(std::string_view text)
{
    std::string out = "\"";
    for (char ch : text) {
        if (ch == '"' || ch == '\\')
            out += '\\';
        out += ch;
    }
    return out + '"';
}

}  // namespace

int main(int argc, char **argv)
{
    const Options o = parseOptions(argc, argv);
    setComputeThreads(o.threads);
    const auto devices = queryDevices();
    auto model = take(LanguageModel::load(o.model, {.device = o.device, .dtype = o.dtype}), "loading the model");
    const auto &config = model.config();
    // The decode loop must fit the context window: tiny test models get a shorter prompt and warm-up.
    Options fitted = o;
    fitted.promptTokens = std::min(o.promptTokens, config.nContext / 4);
    fitted.warmupSteps = std::min(o.warmupSteps, config.nContext / 4);
    fitted.steps = std::min(o.steps, config.nContext - fitted.promptTokens - fitted.warmupSteps);

    std::mt19937_64 rng(o.seed);
    const double k1Ms = decodeMsPerStep(model, 1, fitted, rng);
    const double kMs = decodeMsPerStep(model, o.rows, fitted, rng);
    const Latency latency = firstTokenLatency(model, o, rng);
    const auto bytes = bytesPerToken(model, o.dtype, fitted.promptTokens + fitted.warmupSteps + fitted.steps / 2);

    const char *arch = config.architecture == LmArchitecture::Gpt2 ? "gpt2" : "llama";
    const std::string deviceName = o.device == DeviceKind::Cuda && !devices.cudaDevices.empty()
                                       ? devices.cudaDevices.front().name
                                       : std::string("cpu");
    const char *dtype = o.dtype == ComputeDType::BFloat16 ? "bf16" : "f32";
    if (o.json) {
        std::printf("{\"model\": %s, \"architecture\": %s, \"parameters\": %lld, \"device\": %s, \"dtype\": \"%s\", "
                    "\"threads\": %d, \"torch\": %s, \"steps\": %d, \"k1_ms_per_step\": %.4f, "
                    "\"k1_tokens_per_s\": %.3f, \"rows\": %d, \"k_ms_per_step\": %.4f, \"k_over_k1\": %.4f, "
                    "\"context\": %d, \"added\": %d, \"reused\": %d, \"after_pause_ms\": %.3f, "
                    "\"cold_tokens\": %d, \"cold_ms\": %.3f, \"weight_bytes_per_token\": %.0f, "
                    "\"kv_bytes_per_token\": %.0f}\n",
                    jsonString(o.model).c_str(), jsonString(arch).c_str(),
                    static_cast<long long>(model.parameterCount()), jsonString(deviceName).c_str(), dtype,
                    devices.threads, jsonString(devices.torchVersion).c_str(), fitted.steps, k1Ms, 1000 / k1Ms, o.rows,
                    kMs, kMs / k1Ms, latency.context, latency.added, latency.reused, latency.afterPauseMs,
                    latency.coldTokens, latency.coldMs, bytes.weights, bytes.kvCache);
        return 0;
    }
    std::printf("model %s: %s, %.1f M parameters, %s %s, %d threads, LibTorch %s\n", o.model.c_str(), arch,
                double(model.parameterCount()) / 1e6, deviceName.c_str(), dtype, devices.threads,
                devices.torchVersion.c_str());
    std::printf("decode, 1 row:   %8.2f ms/step  %8.1f tokens/s  (%d steps)\n", k1Ms, 1000 / k1Ms, fitted.steps);
    std::printf("decode, %d rows:  %8.2f ms/step  %8.2f x one row\n", o.rows, kMs, kMs / k1Ms);
    std::printf("first token after a pause (%d + %d tokens, %d rows, %d reused): %.1f ms\n", latency.context,
                latency.added, o.rows, latency.reused, latency.afterPauseMs);
    std::printf("first token of a cold %d-token prompt: %.1f ms\n", latency.coldTokens, latency.coldMs);
    std::printf("bytes read per token at least: weights %.1f MB, KV cache %.2f MB\n", bytes.weights / 1e6,
                bytes.kvCache / 1e6);
    return 0;
}
