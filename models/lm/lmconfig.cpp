// Reads a Hugging Face config.json into an LmConfig: only the fields the networks use, each checked, so that a
// bad config fails here with the file and field named instead of as a shape error deep in the loader.
#include "lm/lmconfig.h"

#include <nlohmann/json.hpp>

#include <fstream>
#include <sstream>

namespace noosphere::models {

namespace {

using nlohmann::json;

// Larger than any real model's sizes, small enough that a hostile config cannot ask for absurd buffers.
constexpr std::int64_t kMaxSize = 1 << 24;
constexpr std::int64_t kMaxLayers = 1024;

// One config file being read: errors name the file and the field.
class ConfigReader {
public:
    ConfigReader(const json &root, std::string_view file)
        : m_root(root)
        , m_file(file)
    {
    }

    Error bad(std::string_view field, std::string_view what) const
    {
        return Error{ErrorCode::BadModelFile, m_file + ": field '" + std::string(field) + "' " + std::string(what)};
    }

    // True when the field is present and not null (HF writes null for "use the default").
    bool has(std::string_view key) const
    {
        auto it = m_root.find(key);
        return it != m_root.end() && !it->is_null();
    }

    // A positive integer, `fallback` when absent, an error when present but wrong.
    std::optional<Error> positive(std::string_view key, int &out, std::optional<int> fallback = std::nullopt,
                                  std::int64_t max = kMaxSize) const
    {
        if (!has(key)) {
            if (!fallback)
                return bad(key, "is missing");
            out = *fallback;
            return std::nullopt;
        }
        const json &v = m_root.at(std::string(key));
        if (!v.is_number_integer())
            return bad(key, "must be an integer");
        const auto n = v.get<std::int64_t>();
        if (n <= 0 || n > max)
            return bad(key, "must be between 1 and " + std::to_string(max) + ", not " + std::to_string(n));
        out = static_cast<int>(n);
        return std::nullopt;
    }

    std::optional<Error> positiveReal(std::string_view key, double &out, double fallback) const
    {
        if (!has(key)) {
            out = fallback;
            return std::nullopt;
        }
        const json &v = m_root.at(std::string(key));
        if (!v.is_number() || v.get<double>() <= 0)
            return bad(key, "must be a positive number");
        out = v.get<double>();
        return std::nullopt;
    }

    std::optional<Error> boolean(std::string_view key, bool &out, bool fallback) const
    {
        if (!has(key)) {
            out = fallback;
            return std::nullopt;
        }
        const json &v = m_root.at(std::string(key));
        if (!v.is_boolean())
            return bad(key, "must be true or false");
        out = v.get<bool>();
        return std::nullopt;
    }

    // A token id, or a list of them (Llama 3 lists several eos ids): the first is taken.
    std::optional<Error> tokenId(std::string_view key, std::optional<int> &out) const
    {
        if (!has(key))
            return std::nullopt;
        const json *v = &m_root.at(std::string(key));
        if (v->is_array()) {
            if (v->empty())
                return std::nullopt;
            v = &v->front();
        }
        if (!v->is_number_integer() || v->get<std::int64_t>() < 0 || v->get<std::int64_t>() > kMaxSize)
            return bad(key, "must be a token id or a list of them");
        out = static_cast<int>(v->get<std::int64_t>());
        return std::nullopt;
    }

    std::optional<std::string> string(std::string_view key) const
    {
        if (!has(key) || !m_root.at(std::string(key)).is_string())
            return std::nullopt;
        return m_root.at(std::string(key)).get<std::string>();
    }

    const json &root() const { return m_root; }
    const std::string &file() const { return m_file; }

private:
    const json &m_root;
    std::string m_file;
};

#define NOO_TRY(expr)                                                                                                  \
    if (auto err_ = (expr))                                                                                            \
        return *err_;

Result<LmConfig> parseGpt2(const ConfigReader &r)
{
    LmConfig c;
    c.architecture = LmArchitecture::Gpt2;
    NOO_TRY(r.positive("vocab_size", c.nVocab));
    NOO_TRY(r.positive("n_embd", c.nEmbd));
    NOO_TRY(r.positive("n_layer", c.nLayer, std::nullopt, kMaxLayers));
    NOO_TRY(r.positive("n_head", c.nHead));
    // Old GPT-2 configs say n_ctx; both mean the learned position table's length.
    NOO_TRY(r.positive(r.has("n_ctx") && !r.has("n_positions") ? "n_ctx" : "n_positions", c.nContext));
    if (c.nEmbd % c.nHead != 0)
        return r.bad("n_head", "must divide n_embd (" + std::to_string(c.nEmbd) + ")");
    c.nKvHead = c.nHead;
    c.headDim = c.nEmbd / c.nHead;
    NOO_TRY(r.positive("n_inner", c.nIntermediate, 4 * c.nEmbd));
    NOO_TRY(r.positiveReal("layer_norm_epsilon", c.normEps, 1e-5));
    NOO_TRY(r.boolean("tie_word_embeddings", c.tieWordEmbeddings, true));
    c.attentionBias = true;
    c.attentionOutputBias = true;
    c.mlpBias = true;

    // The variants below change the numerics; run them only when they are off.
    const auto act = r.string("activation_function").value_or("gelu_new");
    if (act != "gelu_new" && act != "gelu_pytorch_tanh")
        return Error{ErrorCode::UnsupportedModel,
                     r.file() + ": activation_function '" + act + "' is not supported (only gelu_new)"};
    bool flag = false;
    NOO_TRY(r.boolean("scale_attn_by_inverse_layer_idx", flag, false));
    if (flag)
        return Error{ErrorCode::UnsupportedModel, r.file() + ": scale_attn_by_inverse_layer_idx is not supported"};
    NOO_TRY(r.boolean("scale_attn_weights", flag, true));
    if (!flag)
        return Error{ErrorCode::UnsupportedModel, r.file() + ": scale_attn_weights = false is not supported"};

    NOO_TRY(r.tokenId("bos_token_id", c.bosId));
    NOO_TRY(r.tokenId("eos_token_id", c.eosId));
    return c;
}

std::optional<Error> parseRopeScaling(const ConfigReader &r, LmConfig &c)
{
    if (!r.has("rope_scaling"))
        return std::nullopt;
    const json &rs = r.root().at("rope_scaling");
    if (!rs.is_object())
        return r.bad("rope_scaling", "must be an object");
    const ConfigReader sr(rs, r.file());
    const auto type = sr.string("rope_type").value_or(sr.string("type").value_or(""));
    if (type == "default")
        return std::nullopt;
    if (type != "llama3" && type != "linear")
        return Error{ErrorCode::UnsupportedModel,
                     r.file() + ": rope_scaling type '" + type + "' is not supported (llama3, linear)"};
    RopeScaling s;
    s.type = type;
    if (!sr.has("factor"))
        return r.bad("rope_scaling.factor", "is missing");
    NOO_TRY(sr.positiveReal("factor", s.factor, 1.0));
    if (type == "llama3") {
        NOO_TRY(sr.positiveReal("low_freq_factor", s.lowFreqFactor, 1.0));
        NOO_TRY(sr.positiveReal("high_freq_factor", s.highFreqFactor, 4.0));
        NOO_TRY(sr.positive("original_max_position_embeddings", s.originalMaxPositions, 8192));
        if (s.highFreqFactor <= s.lowFreqFactor)
            return r.bad("rope_scaling.high_freq_factor", "must be larger than low_freq_factor");
    }
    c.ropeScaling = s;
    return std::nullopt;
}

Result<LmConfig> parseLlama(const ConfigReader &r, const std::string &modelType)
{
    LmConfig c;
    c.architecture = LmArchitecture::Llama;
    NOO_TRY(r.positive("vocab_size", c.nVocab));
    NOO_TRY(r.positive("hidden_size", c.nEmbd));
    NOO_TRY(r.positive("num_hidden_layers", c.nLayer, std::nullopt, kMaxLayers));
    NOO_TRY(r.positive("num_attention_heads", c.nHead));
    NOO_TRY(r.positive("num_key_value_heads", c.nKvHead, c.nHead));
    if (c.nHead % c.nKvHead != 0)
        return r.bad("num_key_value_heads", "must divide num_attention_heads (" + std::to_string(c.nHead) + ")");
    // head_dim may differ from hidden_size / heads (e.g. Mistral Nemo); RoPE rotates halves, so it must be even.
    if (!r.has("head_dim") && c.nEmbd % c.nHead != 0)
        return r.bad("num_attention_heads", "must divide hidden_size when head_dim is not given");
    NOO_TRY(r.positive("head_dim", c.headDim, c.nEmbd / c.nHead));
    if (c.headDim % 2 != 0)
        return r.bad("head_dim", "must be even for rotary position embeddings");
    if (static_cast<std::int64_t>(c.headDim) * c.nHead > kMaxSize)
        return r.bad("head_dim", "times num_attention_heads is too large");
    NOO_TRY(r.positive("intermediate_size", c.nIntermediate));
    NOO_TRY(r.positive("max_position_embeddings", c.nContext));
    NOO_TRY(r.positiveReal("rms_norm_eps", c.normEps, 1e-6));
    NOO_TRY(r.positiveReal("rope_theta", c.ropeTheta, 10000.0));
    NOO_TRY(parseRopeScaling(r, c));
    NOO_TRY(r.boolean("tie_word_embeddings", c.tieWordEmbeddings, false));
    if (modelType == "qwen2") {
        // Qwen2 always has q/k/v biases and never an o_proj bias; its config does not say so.
        c.attentionBias = true;
        c.attentionOutputBias = false;
    } else {
        NOO_TRY(r.boolean("attention_bias", c.attentionBias, false));
        c.attentionOutputBias = c.attentionBias;
    }
    NOO_TRY(r.boolean("mlp_bias", c.mlpBias, false));
    const auto act = r.string("hidden_act").value_or("silu");
    if (act != "silu")
        return Error{ErrorCode::UnsupportedModel, r.file() + ": hidden_act '" + act + "' is not supported (silu)"};
    NOO_TRY(r.tokenId("bos_token_id", c.bosId));
    NOO_TRY(r.tokenId("eos_token_id", c.eosId));
    return c;
}

#undef NOO_TRY

}  // namespace

Result<LmConfig> parseLmConfig(std::string_view text, std::string_view nameForMessages)
{
    const std::string file(nameForMessages);
    const json root = json::parse(text, nullptr, /*allow_exceptions=*/false);
    if (root.is_discarded())
        return Error{ErrorCode::BadModelFile, file + " is not valid JSON"};
    if (!root.is_object())
        return Error{ErrorCode::BadModelFile, file + " does not hold a JSON object"};
    const ConfigReader reader(root, file);
    const auto modelType = reader.string("model_type");
    if (!modelType)
        return reader.bad("model_type", "is missing");

    Result<LmConfig> config = Error{};
    if (*modelType == "gpt2")
        config = parseGpt2(reader);
    else if (*modelType == "llama" || *modelType == "mistral" || *modelType == "qwen2")
        config = parseLlama(reader, *modelType);
    else
        return Error{ErrorCode::UnsupportedModel,
                     file + ": model_type '" + *modelType + "' is not supported (gpt2, llama, mistral, qwen2)"};
    if (config)
        config->modelType = *modelType;
    return config;
}

Result<LmConfig> loadLmConfig(const std::filesystem::path &folder)
{
    const auto file = folder / "config.json";
    std::error_code ec;
    if (!std::filesystem::is_regular_file(file, ec))
        return Error{ErrorCode::NotFound, "no config.json in " + folder.string()};
    std::ifstream in(file, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    if (!in)
        return Error{ErrorCode::Io, "cannot read " + file.string()};
    return parseLmConfig(text.str(), file.string());
}

std::string lmConfigJson(const LmConfig &c)
{
    json j = {{"architectures", {"LlamaForCausalLM"}},
              {"model_type", "llama"},
              {"vocab_size", c.nVocab},
              {"max_position_embeddings", c.nContext},
              {"hidden_size", c.nEmbd},
              {"num_hidden_layers", c.nLayer},
              {"num_attention_heads", c.nHead},
              {"num_key_value_heads", c.nKvHead},
              {"head_dim", c.headDim},
              {"intermediate_size", c.nIntermediate},
              {"hidden_act", "silu"},
              {"rms_norm_eps", c.normEps},
              {"rope_theta", c.ropeTheta},
              {"tie_word_embeddings", c.tieWordEmbeddings},
              {"attention_bias", c.attentionBias},
              {"mlp_bias", c.mlpBias},
              {"torch_dtype", "float32"}};
    if (c.bosId)
        j["bos_token_id"] = *c.bosId;
    if (c.eosId)
        j["eos_token_id"] = *c.eosId;
    return j.dump(2) + "\n";
}

}  // namespace noosphere::models
