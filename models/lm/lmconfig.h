// A language model's shape, read from a Hugging Face `config.json`: GPT-2 (learned positions, LayerNorm,
// GELU, tied head) or the Llama family (RMSNorm, RoPE, grouped-query attention, SwiGLU; Qwen2-style biases).
#pragma once

#include "common/result.h"

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace noosphere::models {

enum class LmArchitecture { Gpt2, Llama };

// Llama 3.x "rope_scaling" (rope_type "llama3"); "linear" scales all frequencies by 1/factor.
struct RopeScaling {
    std::string type;  // "llama3" or "linear"
    double factor = 1.0;
    double lowFreqFactor = 1.0;
    double highFreqFactor = 4.0;
    int originalMaxPositions = 8192;
};

struct LmConfig {
    LmArchitecture architecture = LmArchitecture::Gpt2;
    std::string modelType;  // config.json "model_type": "gpt2", "llama", "mistral", "qwen2"
    int nVocab = 0;
    int nContext = 0;  // n_positions / max_position_embeddings
    int nEmbd = 0;     // hidden size
    int nLayer = 0;
    int nHead = 0;
    int nKvHead = 0;        // = nHead for GPT-2 and plain multi-head attention
    int headDim = 0;        // nEmbd / nHead unless the config says otherwise
    int nIntermediate = 0;  // MLP width (GPT-2: n_inner or 4·nEmbd)
    double normEps = 1e-5;  // layer_norm_epsilon / rms_norm_eps
    double ropeTheta = 10000.0;
    std::optional<RopeScaling> ropeScaling;
    bool tieWordEmbeddings = true;
    bool attentionBias = false;        // q/k/v projections carry a bias (GPT-2, Qwen2, Llama attention_bias)
    bool attentionOutputBias = false;  // so does o_proj (GPT-2, Llama attention_bias; not Qwen2)
    bool mlpBias = false;
    std::optional<int> bosId;
    std::optional<int> eosId;
};

/// Parses config.json text. BadModelFile for malformed JSON or missing/invalid fields, UnsupportedModel for
/// another model_type; `nameForMessages` names the file in the detail.
Result<LmConfig> parseLmConfig(std::string_view json, std::string_view nameForMessages);
/// config.json text for a Llama-family `config` as transformers writes it (LlamaForCausalLM), for the models
/// our trainer makes; parseLmConfig reads it back to the same LmConfig.
std::string lmConfigJson(const LmConfig &config);
/// Reads `folder`/config.json.
Result<LmConfig> loadLmConfig(const std::filesystem::path &folder);

}  // namespace noosphere::models
