// `noosphere-cli lm inspect|generate` and `tokenize`: a plain walk through the language-model engine, as
// llama.cpp's examples/simple does.
#include "verbs.h"

#include "modelerror.h"

#include "common/utf8.h"
#include "io/safetensors.h"
#include "lm/generator.h"
#include "lm/languagemodel.h"
#include "lm/lmconfig.h"
#include "lm/scorer.h"
#include "tokenize/tokenizer.h"

#include <CLI/CLI.hpp>

#include <cstdio>
#include <fstream>
#include <iostream>
#include <sstream>

namespace noosphere::cli {
namespace {

// A token's bytes for the terminal: valid UTF-8 as it is, other bytes (a part of a character) as \xNN.
std::string printable(const std::string &bytes)
{
    if (models::utf8::isValid(bytes))
        return bytes;
    std::string out;
    for (unsigned char c : bytes) {
        char hex[8];
        std::snprintf(hex, sizeof hex, c < 0x80 ? "%c" : "\\x%02X", c);
        out += hex;
    }
    return out;
}

void addInspect(CLI::App &lm, int &exitCode)
{
    auto *verb = lm.add_subcommand("inspect", "Architecture, parameter count, dtypes and tokenizer of a model folder");
    auto dir = std::make_shared<std::string>();
    verb->add_option("DIR", *dir, "Model folder (config.json, safetensors, tokenizer files)")->required();
    verb->callback([dir, &exitCode] {
        const auto config = models::loadLmConfig(*dir);
        if (!config.ok())
            return void(exitCode = reportModelError(config.error()));
        const auto weights = models::SafetensorsSet::openFolder(*dir);
        if (!weights.ok())
            return void(exitCode = reportModelError(weights.error()));
        std::int64_t parameters = 0;
        std::map<std::string, int> dtypes;
        for (const auto &name : weights->names()) {
            const auto *tensor = weights->find(name);
            parameters += tensor->elementCount();
            ++dtypes[std::string(models::dtypeName(tensor->dtype))];
        }
        const auto &c = config.value();
        std::printf("architecture: %s\n", c.architecture == models::LmArchitecture::Gpt2 ? "gpt2" : "llama");
        std::printf("layers %d, hidden %d, heads %d (kv %d, head dim %d), mlp %d, vocab %d, context %d\n", c.nLayer,
                    c.nEmbd, c.nHead, c.nKvHead, c.headDim, c.nIntermediate, c.nVocab, c.nContext);
        std::printf("parameters: %lld in %zu tensors (%.1f MB)\n", static_cast<long long>(parameters),
                    weights->names().size(), double(weights->totalBytes()) / 1e6);
        for (const auto &[dtype, n] : dtypes)
            std::printf("  %s: %d tensors\n", dtype.c_str(), n);
        if (auto tokenizer = models::Tokenizer::loadFolder(*dir); tokenizer.ok())
            std::printf("tokenizer: %s, %d tokens\n", std::string(tokenizer->kind()).c_str(), tokenizer->vocabSize());
        else
            std::printf("tokenizer: none (%s)\n", tokenizer.error().detail.c_str());
        exitCode = kExitOk;
    });
}

void addGenerate(CLI::App &lm, int &exitCode)
{
    struct Options {
        std::string dir, prompt, device = "cpu", dtype = "f32";
        int n = 1, maxTokens = 64;
        std::uint64_t seed = 0;
        models::SamplerSettings sampler;
    };
    auto o = std::make_shared<Options>();  // CLI11 writes into it while parsing: it must outlive this call
    auto *verb = lm.add_subcommand("generate", "Continue a prompt; the first alternative streams to stdout");
    verb->add_option("--model", o->dir, "Model folder")->required();
    verb->add_option("--prompt", o->prompt, "Text to continue")->required();
    verb->add_option("--n", o->n, "Alternatives, decoded as one batch")->check(CLI::Range(1, 16));
    verb->add_option("--seed", o->seed, "Seed: the same seed gives the same text");
    verb->add_option("--max-tokens", o->maxTokens, "Tokens per alternative")->check(CLI::Range(1, 4096));
    verb->add_option("--device", o->device, "cpu or cuda")->check(CLI::IsMember({"cpu", "cuda"}));
    verb->add_option("--dtype", o->dtype, "f32 or bf16")->check(CLI::IsMember({"f32", "bf16"}));
    verb->add_option("--temperature", o->sampler.temperature, "0 = greedy")->check(CLI::Range(0.0, 5.0));
    verb->add_option("--top-k", o->sampler.topK, "0 = off")->check(CLI::Range(0, 100000));
    verb->add_option("--top-p", o->sampler.topP, "1 = off")->check(CLI::Range(0.0, 1.0));
    verb->add_option("--min-p", o->sampler.minP, "0 = off")->check(CLI::Range(0.0, 1.0));
    verb->add_option("--repetition-penalty", o->sampler.repetitionPenalty, "1 = off")->check(CLI::Range(1.0, 3.0));
    verb->callback([o, &exitCode] {
        auto tokenizer = models::Tokenizer::loadFolder(o->dir);
        if (!tokenizer.ok())
            return void(exitCode = reportModelError(tokenizer.error()));
        const models::LmLoadOptions load{
            .device = o->device == "cuda" ? models::DeviceKind::Cuda : models::DeviceKind::Cpu,
            .dtype = o->dtype == "bf16" ? models::ComputeDType::BFloat16 : models::ComputeDType::Float32};
        auto model = models::LanguageModel::load(o->dir, load);
        if (!model.ok())
            return void(exitCode = reportModelError(model.error()));
        auto session = model->newSession(o->n);
        if (!session.ok())
            return void(exitCode = reportModelError(session.error()));
        models::GenerationRequest request{
            .prompt = models::encodeDocument(tokenizer.value(), model->config(), o->prompt),
            .nAlternatives = o->n,
            .maxTokens = o->maxTokens,
            .sampler = o->sampler,
            .seed = o->seed,
            .endOfText = model->config().eosId.value_or(-1),
            .keepTokens = int(models::encodeDocument(tokenizer.value(), model->config(), {}).size())};
        std::size_t printed = 0;
        std::cout << o->prompt << std::flush;
        const auto result = models::generate(**session, tokenizer.value(), request, {},
                                             [&printed](int row, std::int32_t, const std::string &text) {
                                                 if (row != 0 || text.size() <= printed)
                                                     return;
                                                 std::cout << text.substr(printed) << std::flush;
                                                 printed = text.size();
                                             });
        std::cout << '\n';
        if (!result.ok())
            return void(exitCode = reportModelError(result.error()));
        if (result->promptTokensDropped > 0)
            std::cerr << "noosphere-cli: the prompt was cut by " << result->promptTokensDropped
                      << " tokens from the left to fit the context window\n";
        for (std::size_t k = 0; k < result->alternatives.size(); ++k) {
            const auto &alt = result->alternatives[k];
            if (k > 0)
                std::cout << "--- alternative " << k + 1 << '\n' << o->prompt << alt.text << '\n';
            std::fprintf(stderr, "[alternative %zu: %zu tokens, mean log-prob %.3f]\n", k + 1, alt.ids.size(),
                         alt.meanLogProb);
        }
        exitCode = kExitOk;
    });
}

void addScore(CLI::App &lm, int &exitCode)
{
    auto *verb = lm.add_subcommand("score", "Bits per byte of a text under a model, beside xz -9e on the same text");
    auto dir = std::make_shared<std::string>();
    auto file = std::make_shared<std::string>();
    verb->add_option("--model", *dir, "Model folder")->required();
    verb->add_option("FILE", *file, "UTF-8 text to score")->required()->check(CLI::ExistingFile);
    verb->callback([dir, file, &exitCode] {
        std::ifstream in(*file, std::ios::binary);
        std::stringstream text;
        text << in.rdbuf();
        if (!in.good() && !in.eof())
            return void(exitCode = reportModelError({models::ErrorCode::Io, "cannot read '" + *file + "'"}));
        auto tokenizer = models::Tokenizer::loadFolder(*dir);
        if (!tokenizer.ok())
            return void(exitCode = reportModelError(tokenizer.error()));
        auto model = models::LanguageModel::load(*dir);
        if (!model.ok())
            return void(exitCode = reportModelError(model.error()));
        const auto score = models::scoreText(model.value(), tokenizer.value(), text.str(), [](double fraction) {
            std::fprintf(stderr, "\rscoring… %3.0f%%", 100 * fraction);
        });
        std::fprintf(stderr, "\n");
        if (!score.ok())
            return void(exitCode = reportModelError(score.error()));
        const auto xz = models::xzBitsPerByte(text.str());
        std::printf("%s: %lld bytes, %lld tokens scored\n", file->c_str(), static_cast<long long>(score->nBytes),
                    static_cast<long long>(score->nTokens));
        std::printf("model: %.4f bits/byte (%.3f bits/token)\n", score->bitsPerByte(), score->bitsPerToken());
        if (xz.ok())
            std::printf("xz -9e: %.4f bits/byte; the model needs %.1f%% of xz's bits\n", xz.value(),
                        100 * score->bitsPerByte() / xz.value());
        exitCode = kExitOk;
    });
}

void addTokenize(CLI::App &app, int &exitCode)
{
    auto *verb = app.add_subcommand("tokenize", "Show how a model's tokenizer splits a text");
    auto dir = std::make_shared<std::string>();
    auto text = std::make_shared<std::string>();
    auto idsOnly = std::make_shared<bool>(false);
    verb->add_option("--model", *dir, "Model folder (tokenizer.json or vocab.json + merges.txt)")->required();
    verb->add_option("TEXT", *text, "Text to tokenize")->required();
    verb->add_flag("--ids", *idsOnly, "Print the ids only");
    verb->callback([dir, text, idsOnly, &exitCode] {
        auto tokenizer = models::Tokenizer::loadFolder(*dir);
        if (!tokenizer.ok())
            return void(exitCode = reportModelError(tokenizer.error()));
        const auto ids = tokenizer->encode(*text);
        for (std::size_t i = 0; i < ids.size(); ++i) {
            if (*idsOnly)
                std::cout << (i ? " " : "") << ids[i];
            else
                std::cout << ids[i] << '\t' << printable(tokenizer->tokenBytes(ids[i])) << '\n';
        }
        if (*idsOnly)
            std::cout << '\n';
        std::cerr << ids.size() << " tokens\n";
        exitCode = kExitOk;
    });
}

}  // namespace

void addLmVerbs(CLI::App &app, int &exitCode)
{
    auto *lm =
        app.add_subcommand("lm", "Language models: inspect a model folder, generate text, score a text, train a model");
    lm->require_subcommand(1);
    addInspect(*lm, exitCode);
    addGenerate(*lm, exitCode);
    addScore(*lm, exitCode);
    addLmTrainVerb(*lm, exitCode);
    addTokenize(app, exitCode);
}

}  // namespace noosphere::cli
