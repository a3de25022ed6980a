// `noosphere-cli lm train`: a byte-level BPE tokenizer and a Llama-family model from plain-text files, with a
// progress bar, a CSV log, resumable checkpoints (Ctrl+C saves one) and a fixed seed. Running the same command
// again continues where it stopped; scripts/train-default-lm.sh is the command behind the shipped model.
#include "verbs.h"

#include "modelerror.h"

#include "common/utf8.h"
#include "tokenize/tokenizer.h"
#include "train/bpetrainer.h"
#include "train/lmtrainer.h"

#include <CLI/CLI.hpp>

#include <atomic>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace noosphere::cli {
namespace {

namespace fs = std::filesystem;

std::atomic<bool> g_stopRequested{false};

struct TrainOptions {
    std::vector<std::string> texts;  // FILE or FILE:WEIGHT
    std::string out, device = "cpu";
    models::BpeTrainOptions tokenizer;
    models::LmTrainSettings train;
};

struct TextSource {
    std::string path;
    double weight = 1;
    std::string text;
};

// "FILE:WEIGHT" when what follows the last colon is a number, else the whole argument is the file.
TextSource parseSourceArgument(const std::string &argument)
{
    TextSource source{argument};
    if (const auto colon = argument.rfind(':'); colon != std::string::npos) {
        try {
            std::size_t used = 0;
            const double weight = std::stod(argument.substr(colon + 1), &used);
            if (used == argument.size() - colon - 1 && weight > 0)
                source = {argument.substr(0, colon), weight};
        } catch (const std::exception &) {
        }
    }
    return source;
}

models::Result<TextSource> readSource(const std::string &argument)
{
    auto source = parseSourceArgument(argument);
    std::ifstream in(source.path, std::ios::binary);
    if (!in)
        return models::Error{models::ErrorCode::NotFound, "cannot open the training text '" + source.path + "'"};
    std::stringstream buffer;
    buffer << in.rdbuf();
    source.text = buffer.str();
    if (!models::utf8::isValid(source.text))
        return models::Error{models::ErrorCode::InvalidArgument,
                             "'" + source.path + "' is not valid UTF-8; convert it first (e.g. iconv -t UTF-8)"};
    return source;
}

std::string duration(double seconds)
{
    const auto s = static_cast<long long>(seconds);
    char text[32];
    std::snprintf(text, sizeof text, "%lld:%02lld:%02lld", s / 3600, s / 60 % 60, s % 60);
    return text;
}

// The shipped tokenizer is trained once; a resumed run must use the very tokenizer its checkpoint was fed with.
models::Result<models::Tokenizer> tokenizerFor(const std::vector<TextSource> &sources, const TrainOptions &o)
{
    const auto file = fs::path(o.out) / "tokenizer.json";
    if (!fs::exists(file)) {
        std::vector<std::string_view> texts;
        for (const auto &s : sources)
            texts.push_back(s.text);
        std::fprintf(stderr, "training a %d-token byte-level BPE tokenizer…\n", o.tokenizer.vocabSize);
        auto json = models::trainByteLevelBpe(texts, o.tokenizer, [](double fraction) {
            std::fprintf(stderr, "\r  merges %3.0f%%", 100 * fraction);
            return !g_stopRequested.load();
        });
        std::fprintf(stderr, "\n");
        if (!json)
            return json.error();
        std::ofstream(file, std::ios::binary) << *json;
    }
    return models::Tokenizer::loadFolder(o.out);
}

void onTrainVerb(const TrainOptions &o, int &exitCode)
{
    std::vector<TextSource> texts;
    for (const auto &argument : o.texts) {
        auto source = readSource(argument);
        if (!source)
            return void(exitCode = reportModelError(source.error()));
        texts.push_back(std::move(*source));
    }
    std::error_code ec;
    fs::create_directories(o.out, ec);
    if (ec)
        return void(exitCode =
                        reportModelError({models::ErrorCode::Io, "cannot create '" + o.out + "': " + ec.message()}));

    std::signal(SIGINT, [](int) { g_stopRequested = true; });
    auto tokenizer = tokenizerFor(texts, o);
    if (!tokenizer)
        return void(exitCode = reportModelError(tokenizer.error()));
    const auto bos = tokenizer->idOf(o.tokenizer.specialTokens.front());
    if (!bos)
        return void(exitCode = reportModelError(
                        {models::ErrorCode::BadModelFile, fs::path(o.out).append("tokenizer.json").string() +
                                                              " lacks " + o.tokenizer.specialTokens.front()}));

    std::vector<models::TrainSource> sources;
    std::int64_t totalTokens = 0;
    for (const auto &t : texts) {
        sources.push_back({fs::path(t.path).filename().string(), tokenizer->encode(t.text), t.weight});
        totalTokens += std::int64_t(sources.back().tokens.size());
        std::fprintf(stderr, "%-28s %9zu bytes %8zu tokens (%.2f bytes/token), weight %g\n",
                     sources.back().name.c_str(), t.text.size(), sources.back().tokens.size(),
                     double(t.text.size()) / double(std::max<std::size_t>(1, sources.back().tokens.size())), t.weight);
    }

    auto settings = o.train;
    settings.config.architecture = models::LmArchitecture::Llama;
    settings.config.modelType = "llama";
    settings.config.nVocab = tokenizer->vocabSize();
    settings.config.headDim = settings.config.nEmbd / settings.config.nHead;
    settings.config.bosId = *bos;
    settings.config.eosId = *bos;
    settings.device = o.device == "cuda" ? models::DeviceKind::Cuda : models::DeviceKind::Cpu;
    std::fprintf(stderr, "%lld training tokens; %d steps of %d × %d tokens (%.1f epochs), seed %llu\n",
                 static_cast<long long>(totalTokens), settings.steps, settings.batchSize, settings.config.nContext,
                 double(settings.steps) * settings.batchSize * settings.config.nContext / double(totalTokens),
                 static_cast<unsigned long long>(settings.seed));

    if (const auto step = models::checkpointStep(o.out))
        std::fprintf(stderr, "resuming from the checkpoint at step %d of %d\n", *step, settings.steps);
    std::ofstream log(fs::path(o.out) / "training-log.csv", std::ios::app);
    const auto started = std::chrono::steady_clock::now();
    int firstStep = -1;
    const auto trained =
        models::trainLanguageModel(sources, *bos, settings, o.out, [&](const models::TrainProgress &p) {
            if (firstStep < 0)
                firstStep = p.step - 1;
            const double elapsed = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
            const double eta = elapsed / std::max(1, p.step - firstStep) * (p.steps - p.step);
            const int filled = 24 * p.step / p.steps;
            std::fprintf(stderr, "\r[%s%s] %d/%d loss %.3f lr %.1e %5.0f tok/s ETA %s ",
                         std::string(filled, '#').c_str(), std::string(24 - filled, '.').c_str(), p.step, p.steps,
                         p.loss, p.learningRate, p.tokensPerSecond, duration(eta).c_str());
            log << p.step << ',' << p.loss << ',' << (p.validationLoss ? std::to_string(*p.validationLoss) : "") << ','
                << p.learningRate << ',' << p.tokensPerSecond << '\n';
            if (p.validationLoss) {
                std::fprintf(stderr, "\n  step %d: validation loss %.4f nats/token\n", p.step, *p.validationLoss);
                log.flush();
            }
            return !g_stopRequested.load();
        });
    std::fprintf(stderr, "\n");
    if (!trained)
        return void(exitCode = reportModelError(trained.error()));
    std::printf("trained %s in %s: config.json, model.safetensors, tokenizer.json\n", o.out.c_str(),
                duration(std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count()).c_str());
    exitCode = kExitOk;
}

}  // namespace

void addLmTrainVerb(CLI::App &lm, int &exitCode)
{
    auto o = std::make_shared<TrainOptions>();  // CLI11 writes into it while parsing: it must outlive this call
    auto &c = o->train.config;
    c.nContext = 256, c.nEmbd = 256, c.nLayer = 6, c.nHead = 8, c.nKvHead = 4, c.nIntermediate = 704;
    c.normEps = 1e-5, c.ropeTheta = 10000, c.tieWordEmbeddings = true;
    auto *verb = lm.add_subcommand("train", "Train a tokenizer and a Llama-family model from scratch on plain text; "
                                            "run again to resume");
    verb->add_option("--text", o->texts, "UTF-8 training text, FILE or FILE:WEIGHT (share of windows)")->required();
    verb->add_option("--out", o->out, "Model folder to write (checkpoint/ while training)")->required();
    verb->add_option("--vocab", o->tokenizer.vocabSize, "Tokenizer vocabulary size")->check(CLI::Range(258, 65536));
    verb->add_option("--layers", c.nLayer, "Transformer blocks")->check(CLI::Range(1, 64));
    verb->add_option("--hidden", c.nEmbd, "Hidden size")->check(CLI::Range(16, 8192));
    verb->add_option("--heads", c.nHead, "Attention heads")->check(CLI::Range(1, 128));
    verb->add_option("--kv-heads", c.nKvHead, "Key/value heads (grouped-query attention)")->check(CLI::Range(1, 128));
    verb->add_option("--mlp", c.nIntermediate, "SwiGLU width")->check(CLI::Range(16, 65536));
    verb->add_option("--context", c.nContext, "Context window, also the training window")->check(CLI::Range(8, 8192));
    verb->add_option("--steps", o->train.steps, "Optimisation steps")->check(CLI::Range(1, 10000000));
    verb->add_option("--batch", o->train.batchSize, "Windows per step")->check(CLI::Range(1, 4096));
    verb->add_option("--lr", o->train.learningRate, "Peak learning rate")->check(CLI::Range(1e-6, 1.0));
    verb->add_option("--min-lr", o->train.minLearningRate, "Final learning rate")->check(CLI::Range(0.0, 1.0));
    verb->add_option("--warmup", o->train.warmupSteps, "Warm-up steps")->check(CLI::Range(1, 1000000));
    verb->add_option("--seed", o->train.seed, "Seed for initialisation and batches");
    verb->add_option("--eval-every", o->train.evaluateEvery, "Steps between validation losses")
        ->check(CLI::Range(1, 1000000));
    verb->add_option("--checkpoint-every", o->train.checkpointEvery, "Steps between checkpoints")
        ->check(CLI::Range(1, 1000000));
    verb->add_option("--device", o->device, "cpu or cuda")->check(CLI::IsMember({"cpu", "cuda"}));
    verb->callback([o, &exitCode] {
        auto &cfg = o->train.config;
        if (cfg.nEmbd % cfg.nHead != 0 || (cfg.nEmbd / cfg.nHead) % 2 != 0 || cfg.nHead % cfg.nKvHead != 0) {
            std::fprintf(stderr, "noosphere-cli: --heads must divide --hidden into an even head size, and --kv-heads "
                                 "must divide --heads\n");
            return void(exitCode = kExitBadInput);
        }
        onTrainVerb(*o, exitCode);
    });
}

}  // namespace noosphere::cli
