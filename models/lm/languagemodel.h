// A language model ready to run: weights from a Hugging Face folder (config.json + safetensors) on CPU or
// CUDA, in float32 or bfloat16. Torch-free header: the networks hide behind a pimpl.
#pragma once

#include "common/result.h"
#include "device/deviceinfo.h"
#include "lm/lmconfig.h"

#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <span>
#include <vector>

namespace noosphere::models {

enum class ComputeDType { Float32, BFloat16 };

struct LmLoadOptions {
    DeviceKind device = DeviceKind::Cpu;
    ComputeDType dtype = ComputeDType::Float32;
};

class LmSession;

class LanguageModel {
public:
    /// Loads config.json and the weights (model.safetensors or shards). `progress(fraction)` is called while
    /// tensors are copied in; returning false cancels (ErrorCode::Cancelled). Errors: NotFound (no model in the
    /// folder), BadModelFile (missing tensor, wrong shape), UnsupportedModel (architecture, dtype, CUDA absent).
    static Result<LanguageModel> load(const std::filesystem::path &folder, const LmLoadOptions &options = {},
                                      const std::function<bool(double)> &progress = {});

    ~LanguageModel();
    LanguageModel(LanguageModel &&) noexcept;
    LanguageModel &operator=(LanguageModel &&) noexcept;

    const LmConfig &config() const;
    std::int64_t parameterCount() const;

    /// Logits of every position of one sequence, without a cache: tokens.size() × nVocab floats, row-major.
    /// For interop checks and scoring. InvalidArgument for an empty or too long sequence or an id ≥ nVocab.
    Result<std::vector<float>> logitsAll(std::span<const std::int32_t> tokens);

    /// A decoding session of `nRows` sequences sharing one prompt, with a preallocated KV cache of
    /// `maxLength` positions per row (0 = the model's context length). The session keeps a reference to the
    /// model: the model must outlive it.
    Result<std::unique_ptr<LmSession>> newSession(int nRows, int maxLength = 0);

private:
    friend class LmSession;
    struct Impl;
    explicit LanguageModel(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
};

/// The K-alternatives decoder state. Not thread-safe: one thread (the worker) drives it.
class LmSession {
public:
    ~LmSession();

    /// Makes `prompt` the common prefix of every row and returns the logits after its last token (nVocab).
    /// Reuses the cached positions shared with the previous prompt (the stable-prefix cache), so only the new
    /// tokens are computed; a row's generated tokens count too, so a prompt that extends an accepted
    /// alternative recomputes only what follows it. Afterwards every row holds just the prompt.
    /// InvalidArgument when empty or longer than maxLength.
    Result<std::vector<float>> setPrompt(std::span<const std::int32_t> prompt);
    /// Appends one token to each row (nextTokens.size() == rows()) and returns rows() × nVocab logits.
    /// InvalidArgument once a row is full (length() == maxLength()).
    Result<std::vector<float>> step(std::span<const std::int32_t> nextTokens);

    int rows() const;
    int length() const;  // positions now cached per row (prompt + generated)
    int maxLength() const;
    int reusedPromptTokens() const;  // how many prompt positions the last setPrompt() did not recompute

private:
    friend class LanguageModel;
    struct Impl;
    explicit LmSession(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
};

}  // namespace noosphere::models
