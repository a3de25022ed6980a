// A small random Llama with a real tokenizer (the llama2 fixture's), written into a folder as Hugging Face lays
// one out: what the assistant's tests load instead of the shipped default model. Random weights make random but
// well-formed text, including byte tokens that split characters (so U+FFFD handling is exercised too).
#pragma once

#include "io/safetensors.h"

#include <QString>

#include <filesystem>
#include <fstream>
#include <random>
#include <string>
#include <vector>

namespace noosphere::tests {

/// Writes config.json, model.safetensors and tokenizer.json into `dir` (created). `testData` is tests/data.
/// `contextTokens`: max_position_embeddings; `seed` draws the weights. False when a file could not be written.
inline bool writeRandomLlama(const std::filesystem::path &dir, const std::filesystem::path &testData,
                             int contextTokens = 128, unsigned seed = 20240611)
{
    namespace fs = std::filesystem;
    std::error_code error;
    fs::create_directories(dir, error);
    fs::copy_file(testData / "tokenize/llama2/tokenizer.json", dir / "tokenizer.json",
                  fs::copy_options::overwrite_existing, error);
    if (error)
        return false;
    const int nVocab = 1862, hidden = 32, heads = 2, kvHeads = 1, headDim = 16, mlp = 48;
    std::ofstream(dir / "config.json") << R"({"model_type": "llama", "architectures": ["LlamaForCausalLM"],
        "vocab_size": )" << nVocab << R"(, "hidden_size": 32, "intermediate_size": 48, "num_hidden_layers": 1,
        "num_attention_heads": 2, "num_key_value_heads": 1, "max_position_embeddings": )"
                                       << contextTokens << R"(, "rms_norm_eps": 1e-5, "rope_theta": 10000.0,
        "tie_word_embeddings": false, "bos_token_id": 1, "eos_token_id": 2})";
    std::mt19937 rng(seed);
    std::normal_distribution<float> normal(0.0f, 0.4f);
    std::vector<std::vector<float>> storage;
    storage.reserve(16);
    std::vector<models::TensorToWrite> tensors;
    const auto add = [&](const std::string &name, std::vector<std::int64_t> shape, bool ones = false) {
        std::int64_t n = 1;
        for (auto d : shape)
            n *= d;
        auto &data = storage.emplace_back(std::size_t(n));
        for (auto &x : data)
            x = ones ? 1.0f : normal(rng);
        tensors.push_back({name, models::DType::F32, shape, std::as_bytes(std::span(data))});
    };
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
    return models::writeSafetensors(dir / "model.safetensors", tensors).ok();
}

inline bool writeRandomLlama(const QString &folder, const QString &testData, int contextTokens = 128)
{
    return writeRandomLlama(std::filesystem::path(folder.toStdString()), std::filesystem::path(testData.toStdString()),
                            contextTokens);
}

}  // namespace noosphere::tests
