// The LanguageModel facade: loading, whole-sequence logits, and decoding sessions over a preallocated KV cache
// with a stable-prefix cache. Every LibTorch error stops here and becomes a Result error.
#include "lm/languagemodel.h"

#include "io/safetensors.h"
#include "lm/causallm.h"
#include "lm/torcherror.h"
#include "lm/weightloader.h"

#include <c10/core/GradMode.h>
#include <c10/core/InferenceMode.h>
#include <torch/cuda.h>

#include <algorithm>

namespace noosphere::models {

struct LanguageModel::Impl {
    LmConfig config;
    std::shared_ptr<lm::CausalLmImpl> network;
    at::TensorOptions options;  // compute dtype and device of parameters, activations and the cache
    std::int64_t parameterCount = 0;
};

struct LmSession::Impl {
    LanguageModel::Impl *model = nullptr;
    lm::KvCache cache;
    // What each row's cached positions [0, length) hold: prompt, then that row's generated tokens. setPrompt
    // starts from the row sharing the longest prefix with the new prompt (the accepted alternative, usually).
    std::vector<std::vector<std::int32_t>> rowTokens;
    int length = 0;
    int reused = 0;
};

namespace {

std::optional<Error> checkTokens(std::span<const std::int32_t> tokens, int nVocab)
{
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        if (tokens[i] < 0 || tokens[i] >= nVocab)
            return Error{ErrorCode::InvalidArgument, "token id " + std::to_string(tokens[i]) + " at index " +
                                                         std::to_string(i) + " is outside the vocabulary (" +
                                                         std::to_string(nVocab) + " ids)"};
    }
    return std::nullopt;
}

// (rows, cols) int64 ids on the model's device.
at::Tensor tokenTensor(std::span<const std::int32_t> tokens, std::int64_t rows, const at::TensorOptions &options)
{
    std::vector<std::int64_t> ids(tokens.begin(), tokens.end());
    return at::tensor(ids, at::TensorOptions().dtype(at::kLong))
        .view({rows, static_cast<std::int64_t>(ids.size()) / rows})
        .to(options.device());
}

std::vector<float> toVector(const at::Tensor &logits)
{
    auto cpu = logits.to(at::kFloat).to(at::kCPU).contiguous();
    const float *data = cpu.data_ptr<float>();
    return std::vector<float>(data, data + cpu.numel());
}

}  // namespace

LanguageModel::LanguageModel(std::unique_ptr<Impl> impl)
    : m_impl(std::move(impl))
{
}
LanguageModel::~LanguageModel() = default;
LanguageModel::LanguageModel(LanguageModel &&) noexcept = default;
LanguageModel &LanguageModel::operator=(LanguageModel &&) noexcept = default;

Result<LanguageModel> LanguageModel::load(const std::filesystem::path &folder, const LmLoadOptions &options,
                                          const std::function<bool(double)> &progress)
{
    auto config = loadLmConfig(folder);
    if (!config)
        return config.error();
    if (options.device == DeviceKind::Cuda && !torch::cuda::is_available())
        return Error{ErrorCode::UnsupportedModel, "CUDA is not available"};
    auto weights = SafetensorsSet::openFolder(folder);
    if (!weights)
        return weights.error();

    try {
        c10::NoGradGuard noGrad;
        auto impl = std::make_unique<Impl>();
        impl->config = *config;
        impl->options = at::TensorOptions()
                            .dtype(options.dtype == ComputeDType::BFloat16 ? at::kBFloat16 : at::kFloat)
                            .device(options.device == DeviceKind::Cuda ? at::Device(at::kCUDA, 0) : at::kCPU);
        impl->network = config->architecture == LmArchitecture::Gpt2 ? lm::makeGpt2(*config, impl->options)
                                                                     : lm::makeLlama(*config, impl->options);
        auto loaded = lm::loadWeights(*impl->network, *weights, folder, progress);
        if (!loaded)
            return loaded.error();
        for (const auto &p : impl->network->parameters())
            impl->parameterCount += p.numel();
        return LanguageModel(std::move(impl));
    } catch (const std::exception &e) {
        return fromException(e, "loading " + folder.string());
    }
}

const LmConfig &LanguageModel::config() const
{
    return m_impl->config;
}

std::int64_t LanguageModel::parameterCount() const
{
    return m_impl->parameterCount;
}

Result<std::vector<float>> LanguageModel::logitsAll(std::span<const std::int32_t> tokens)
{
    const auto &config = m_impl->config;
    if (tokens.empty() || tokens.size() > static_cast<std::size_t>(config.nContext))
        return Error{ErrorCode::InvalidArgument, "a sequence must hold 1 to " + std::to_string(config.nContext) +
                                                     " tokens, not " + std::to_string(tokens.size())};
    if (auto err = checkTokens(tokens, config.nVocab))
        return *err;
    try {
        c10::InferenceMode inference;
        lm::ForwardPass pass;
        pass.causalMask = lm::makeCausalMask(static_cast<std::int64_t>(tokens.size()), 0, m_impl->options.device());
        auto logits = m_impl->network->forward(tokenTensor(tokens, 1, m_impl->options), pass);  // (1, T, nVocab)
        return toVector(logits);
    } catch (const std::exception &e) {
        return fromException(e, "computing logits");
    }
}

Result<std::unique_ptr<LmSession>> LanguageModel::newSession(int nRows, int maxLength)
{
    // More rows than this is a caller's bug rather than a plan: each row is a whole KV cache.
    constexpr int kMaxRows = 1024;
    const auto &config = m_impl->config;
    if (nRows < 1 || nRows > kMaxRows)
        return Error{ErrorCode::InvalidArgument,
                     "a session needs 1 to " + std::to_string(kMaxRows) + " rows, not " + std::to_string(nRows)};
    if (maxLength < 0 || maxLength > config.nContext)
        return Error{ErrorCode::InvalidArgument, "a session's length must be 0 (the context) to " +
                                                     std::to_string(config.nContext) + ", not " +
                                                     std::to_string(maxLength)};
    if (maxLength == 0)
        maxLength = config.nContext;
    try {
        c10::InferenceMode inference;
        auto impl = std::make_unique<LmSession::Impl>();
        impl->model = m_impl.get();
        impl->cache = lm::KvCache(config.nLayer, nRows, config.nKvHead, maxLength, config.headDim, m_impl->options);
        impl->rowTokens.resize(nRows);
        return std::unique_ptr<LmSession>(new LmSession(std::move(impl)));
    } catch (const std::exception &e) {
        return fromException(e, "allocating the KV cache");
    }
}

LmSession::LmSession(std::unique_ptr<Impl> impl)
    : m_impl(std::move(impl))
{
}
LmSession::~LmSession() = default;

int LmSession::rows() const
{
    return static_cast<int>(m_impl->cache.rows());
}
int LmSession::length() const
{
    return m_impl->length;
}
int LmSession::maxLength() const
{
    return static_cast<int>(m_impl->cache.maxLength());
}
int LmSession::reusedPromptTokens() const
{
    return m_impl->reused;
}

Result<std::vector<float>> LmSession::setPrompt(std::span<const std::int32_t> prompt)
{
    auto &s = *m_impl;
    const auto n = static_cast<int>(prompt.size());
    if (prompt.empty() || n > maxLength())
        return Error{ErrorCode::InvalidArgument, "a prompt must hold 1 to " + std::to_string(maxLength()) +
                                                     " tokens, not " + std::to_string(prompt.size())};
    if (auto err = checkTokens(prompt, s.model->config.nVocab))
        return *err;

    // Each row's cached positions are valid for the new prompt up to the first differing token.
    std::vector<int> shared(s.rowTokens.size());
    for (std::size_t r = 0; r < s.rowTokens.size(); ++r) {
        const auto &cached = s.rowTokens[r];
        const auto end = std::min(cached.size(), prompt.size());
        shared[r] = static_cast<int>(std::mismatch(cached.begin(), cached.begin() + end, prompt.begin()).first -
                                     cached.begin());
    }
    const auto best = static_cast<std::int64_t>(std::max_element(shared.begin(), shared.end()) - shared.begin());
    // At least the last token is computed again: its logits are the answer.
    const int reuse = std::min(shared[best], n - 1);

    try {
        c10::InferenceMode inference;
        const auto &options = s.model->options;
        lm::ForwardPass pass;
        pass.cache = &s.cache;
        pass.rowBegin = best;
        pass.startPos = reuse;
        pass.lastOnly = true;
        pass.causalMask = lm::makeCausalMask(n - reuse, reuse, options.device());
        auto logits = s.model->network->forward(tokenTensor(prompt.subspan(reuse), 1, options), pass);  // (1, 1, V)
        for (std::int64_t r = 0; r < s.cache.rows(); ++r)
            s.cache.copyPositions(best, r, std::min(shared[r], reuse), n);
        for (auto &tokens : s.rowTokens)
            tokens.assign(prompt.begin(), prompt.end());
        s.length = n;
        s.reused = reuse;
        return toVector(logits);
    } catch (const std::exception &e) {
        // The cache may be half written: forget what it held.
        for (auto &tokens : s.rowTokens)
            tokens.clear();
        s.length = 0;
        s.reused = 0;
        return fromException(e, "computing the prompt");
    }
}

Result<std::vector<float>> LmSession::step(std::span<const std::int32_t> nextTokens)
{
    auto &s = *m_impl;
    if (nextTokens.size() != static_cast<std::size_t>(rows()))
        return Error{ErrorCode::InvalidArgument, "step() needs one token per row (" + std::to_string(rows()) +
                                                     "), not " + std::to_string(nextTokens.size())};
    if (s.length == 0)
        return Error{ErrorCode::InvalidArgument, "step() needs a prompt first"};
    if (s.length >= maxLength())
        return Error{ErrorCode::InvalidArgument,
                     "the session is full: all " + std::to_string(maxLength()) + " positions are used"};
    if (auto err = checkTokens(nextTokens, s.model->config.nVocab))
        return *err;

    try {
        c10::InferenceMode inference;
        lm::ForwardPass pass;
        pass.cache = &s.cache;
        pass.startPos = s.length;
        auto logits = s.model->network->forward(tokenTensor(nextTokens, rows(), s.model->options), pass);  // (R, 1, V)
        for (std::size_t r = 0; r < s.rowTokens.size(); ++r)
            s.rowTokens[r].push_back(nextTokens[r]);
        ++s.length;
        return toVector(logits);
    } catch (const std::exception &e) {
        for (auto &tokens : s.rowTokens)
            tokens.clear();
        s.length = 0;
        return fromException(e, "decoding a step");
    }
}

}  // namespace noosphere::models
