#!/usr/bin/python3
"""Small random language models in Hugging Face format, with reference logits, for tests/lm (tst_lm).

Each fixture is a folder tests/data/lm/<name>/ with config.json, model.safetensors (tensor names and layouts
as transformers saves them) and logits-ref.bin, the logits of a fixed token sequence computed by the plain
PyTorch implementations below. They follow transformers' modeling_gpt2.py and modeling_llama.py (eager
attention) line by line, but share no code with the C++ networks they check. Also writes the broken folders
of tests/data/lm/bad/.

    /usr/bin/python3 tests/reference/make_lm_fixtures.py            # regenerate (deterministic)
    python3 tests/reference/make_lm_fixtures.py --check-transformers   # compare with transformers, if installed

logits-ref.bin: "NOOLOGIT", u32 version (1), u32 nTokens, u32 nVocab, int32 tokens[nTokens],
float32 logits[nTokens][nVocab]; little-endian.
"""

import argparse
import json
import math
import shutil
import struct
import sys
from pathlib import Path

import torch

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "tests" / "data" / "lm"
SEED = 20240611
N_TOKENS = 24


# --- safetensors, written by hand so that the script needs nothing beyond torch ------------------------------

DTYPE_NAMES = {torch.float32: "F32", torch.float16: "F16", torch.bfloat16: "BF16"}


def tensor_bytes(t):
    t = t.contiguous().cpu()
    if t.dtype == torch.bfloat16:  # numpy has no bfloat16: write its bits
        return t.view(torch.int16).numpy().tobytes()
    return t.numpy().tobytes()


def write_safetensors(path, tensors, metadata=None):
    """tensors: name -> torch tensor (F32/F16/BF16), written in sorted order as the safetensors library does."""
    header, blobs, offset = {}, [], 0
    for name in sorted(tensors):
        data = tensor_bytes(tensors[name])
        header[name] = {"dtype": DTYPE_NAMES[tensors[name].dtype], "shape": list(tensors[name].shape),
                        "data_offsets": [offset, offset + len(data)]}
        blobs.append(data)
        offset += len(data)
    header["__metadata__"] = metadata or {"format": "pt"}
    text = json.dumps(header, separators=(",", ":")).encode()
    text += b" " * (-len(text) % 8)  # the data starts 8-byte aligned, as safetensors pads it
    with open(path, "wb") as f:
        f.write(struct.pack("<Q", len(text)))
        f.write(text)
        for blob in blobs:
            f.write(blob)


def write_logits(path, tokens, logits):
    n_tokens, n_vocab = logits.shape
    with open(path, "wb") as f:
        f.write(b"NOOLOGIT")
        f.write(struct.pack("<III", 1, n_tokens, n_vocab))
        f.write(torch.tensor(tokens, dtype=torch.int32).numpy().astype("<i4").tobytes())
        f.write(logits.to(torch.float32).contiguous().numpy().astype("<f4").tobytes())


# --- random weights ------------------------------------------------------------------------------------------
# Scales chosen so that every part of the network moves the logits (they span a few units), which keeps the
# 1e-4 comparison meaningful; transformers' own init (std 0.02) would give nearly flat logits.

class Init:
    def __init__(self, seed):
        self.g = torch.Generator().manual_seed(seed)

    def normal(self, *shape, std=1.0, mean=0.0):
        return torch.randn(*shape, generator=self.g) * std + mean

    def linear(self, n_out, n_in):  # torch.nn.Linear layout [out, in]
        return self.normal(n_out, n_in, std=1.0 / math.sqrt(n_in))

    def bias(self, n):
        return self.normal(n, std=0.1)

    def norm_weight(self, n):
        return self.normal(n, std=0.1, mean=1.0)


# --- GPT-2, after transformers' modeling_gpt2.py -------------------------------------------------------------

def gpt2_weights(cfg, init):
    C, I = cfg["n_embd"], cfg.get("n_inner") or 4 * cfg["n_embd"]
    w = {"wte.weight": init.normal(cfg["vocab_size"], C, std=0.5),
         "wpe.weight": init.normal(cfg["n_positions"], C, std=0.2)}
    for i in range(cfg["n_layer"]):
        p = f"h.{i}."
        w[p + "ln_1.weight"], w[p + "ln_1.bias"] = init.norm_weight(C), init.bias(C)
        # Conv1D stores [in, out]
        w[p + "attn.c_attn.weight"], w[p + "attn.c_attn.bias"] = init.linear(3 * C, C).t(), init.bias(3 * C)
        w[p + "attn.c_proj.weight"], w[p + "attn.c_proj.bias"] = init.linear(C, C).t(), init.bias(C)
        w[p + "ln_2.weight"], w[p + "ln_2.bias"] = init.norm_weight(C), init.bias(C)
        w[p + "mlp.c_fc.weight"], w[p + "mlp.c_fc.bias"] = init.linear(I, C).t(), init.bias(I)
        w[p + "mlp.c_proj.weight"], w[p + "mlp.c_proj.bias"] = init.linear(C, I).t(), init.bias(C)
    w["ln_f.weight"], w["ln_f.bias"] = init.norm_weight(C), init.bias(C)
    return w


def gelu_new(x):
    return 0.5 * x * (1.0 + torch.tanh(math.sqrt(2.0 / math.pi) * (x + 0.044715 * torch.pow(x, 3.0))))


def conv1d(x, w, b):
    return torch.addmm(b, x.view(-1, x.size(-1)), w).view(*x.shape[:-1], w.size(-1))


def gpt2_logits(cfg, w, tokens):
    C, nh, eps = cfg["n_embd"], cfg["n_head"], cfg.get("layer_norm_epsilon", 1e-5)
    hs = C // nh
    ids = torch.tensor([tokens])
    T = ids.size(1)
    x = w["wte.weight"][ids] + w["wpe.weight"][torch.arange(T)][None]
    causal = torch.tril(torch.ones(T, T, dtype=torch.bool))
    for i in range(cfg["n_layer"]):
        p = f"h.{i}."
        a = torch.nn.functional.layer_norm(x, (C,), w[p + "ln_1.weight"], w[p + "ln_1.bias"], eps)
        q, k, v = conv1d(a, w[p + "attn.c_attn.weight"], w[p + "attn.c_attn.bias"]).split(C, dim=2)
        q, k, v = (t.view(1, T, nh, hs).transpose(1, 2) for t in (q, k, v))
        att = torch.matmul(q, k.transpose(-1, -2)) / torch.full([], hs ** 0.5)
        att = torch.where(causal, att, torch.tensor(torch.finfo(att.dtype).min))
        att = torch.softmax(att, dim=-1)
        y = torch.matmul(att, v).transpose(1, 2).reshape(1, T, C)
        x = x + conv1d(y, w[p + "attn.c_proj.weight"], w[p + "attn.c_proj.bias"])
        m = torch.nn.functional.layer_norm(x, (C,), w[p + "ln_2.weight"], w[p + "ln_2.bias"], eps)
        m = gelu_new(conv1d(m, w[p + "mlp.c_fc.weight"], w[p + "mlp.c_fc.bias"]))
        x = x + conv1d(m, w[p + "mlp.c_proj.weight"], w[p + "mlp.c_proj.bias"])
    x = torch.nn.functional.layer_norm(x, (C,), w["ln_f.weight"], w["ln_f.bias"], eps)
    return (x @ w["wte.weight"].t())[0]


# --- Llama family, after transformers' modeling_llama.py (Qwen2: q/k/v biases) -------------------------------

def llama_weights(cfg, init, qkv_bias):
    C, I, nh = cfg["hidden_size"], cfg["intermediate_size"], cfg["num_attention_heads"]
    nkv = cfg.get("num_key_value_heads", nh)
    hd = cfg.get("head_dim") or C // nh
    w = {"model.embed_tokens.weight": init.normal(cfg["vocab_size"], C, std=0.5)}
    for i in range(cfg["num_hidden_layers"]):
        p = f"model.layers.{i}."
        w[p + "input_layernorm.weight"] = init.norm_weight(C)
        w[p + "self_attn.q_proj.weight"] = init.linear(nh * hd, C)
        w[p + "self_attn.k_proj.weight"] = init.linear(nkv * hd, C)
        w[p + "self_attn.v_proj.weight"] = init.linear(nkv * hd, C)
        if qkv_bias:
            w[p + "self_attn.q_proj.bias"] = init.bias(nh * hd)
            w[p + "self_attn.k_proj.bias"] = init.bias(nkv * hd)
            w[p + "self_attn.v_proj.bias"] = init.bias(nkv * hd)
        w[p + "self_attn.o_proj.weight"] = init.linear(C, nh * hd)
        w[p + "post_attention_layernorm.weight"] = init.norm_weight(C)
        w[p + "mlp.gate_proj.weight"] = init.linear(I, C)
        w[p + "mlp.up_proj.weight"] = init.linear(I, C)
        w[p + "mlp.down_proj.weight"] = init.linear(C, I)
    w["model.norm.weight"] = init.norm_weight(C)
    if not cfg.get("tie_word_embeddings", False):
        w["lm_head.weight"] = init.linear(cfg["vocab_size"], C) * 2.0
    return w


def rope_inv_freq(cfg):
    dim = cfg.get("head_dim") or cfg["hidden_size"] // cfg["num_attention_heads"]
    base = cfg.get("rope_theta", 10000.0)
    inv_freq = 1.0 / (base ** (torch.arange(0, dim, 2, dtype=torch.int64).float() / dim))
    scaling = cfg.get("rope_scaling")
    if not scaling:
        return inv_freq
    kind = scaling.get("rope_type", scaling.get("type"))
    if kind == "linear":
        return inv_freq / scaling["factor"]
    assert kind == "llama3"
    factor, low, high = scaling["factor"], scaling["low_freq_factor"], scaling["high_freq_factor"]
    old_context_len = scaling["original_max_position_embeddings"]
    low_freq_wavelen = old_context_len / low
    high_freq_wavelen = old_context_len / high
    wavelen = 2 * math.pi / inv_freq
    inv_freq_llama = torch.where(wavelen > low_freq_wavelen, inv_freq / factor, inv_freq)
    smooth_factor = (old_context_len / wavelen - low) / (high - low)
    smoothed_inv_freq = (1 - smooth_factor) * inv_freq_llama / factor + smooth_factor * inv_freq_llama
    is_medium_freq = ~(wavelen < high_freq_wavelen) * ~(wavelen > low_freq_wavelen)
    return torch.where(is_medium_freq, smoothed_inv_freq, inv_freq_llama)


def rotate_half(x):
    x1, x2 = x[..., : x.shape[-1] // 2], x[..., x.shape[-1] // 2:]
    return torch.cat((-x2, x1), dim=-1)


def rms_norm(x, weight, eps):
    dtype = x.dtype
    x = x.to(torch.float32)
    variance = x.pow(2).mean(-1, keepdim=True)
    x = x * torch.rsqrt(variance + eps)
    return weight * x.to(dtype)


def linear(x, w, name):
    return torch.nn.functional.linear(x, w[name + ".weight"], w.get(name + ".bias"))


def llama_logits(cfg, w, tokens):
    C, nh = cfg["hidden_size"], cfg["num_attention_heads"]
    nkv = cfg.get("num_key_value_heads", nh)
    hd = cfg.get("head_dim") or C // nh
    eps = cfg.get("rms_norm_eps", 1e-6)
    ids = torch.tensor([tokens])
    T = ids.size(1)
    x = w["model.embed_tokens.weight"][ids]
    inv_freq = rope_inv_freq(cfg)
    position_ids = torch.arange(T)[None]
    freqs = (inv_freq[None, :, None].float() @ position_ids[:, None, :].float()).transpose(1, 2)
    emb = torch.cat((freqs, freqs), dim=-1)
    cos, sin = emb.cos()[:, None], emb.sin()[:, None]  # (1, 1, T, hd)
    mask = torch.full((T, T), torch.finfo(torch.float32).min).triu(1)
    for i in range(cfg["num_hidden_layers"]):
        p = f"model.layers.{i}."
        h = rms_norm(x, w[p + "input_layernorm.weight"], eps)
        q = linear(h, w, p + "self_attn.q_proj").view(1, T, nh, hd).transpose(1, 2)
        k = linear(h, w, p + "self_attn.k_proj").view(1, T, nkv, hd).transpose(1, 2)
        v = linear(h, w, p + "self_attn.v_proj").view(1, T, nkv, hd).transpose(1, 2)
        q, k = q * cos + rotate_half(q) * sin, k * cos + rotate_half(k) * sin
        groups = nh // nkv  # repeat_kv
        k = k[:, :, None].expand(1, nkv, groups, T, hd).reshape(1, nh, T, hd)
        v = v[:, :, None].expand(1, nkv, groups, T, hd).reshape(1, nh, T, hd)
        att = torch.matmul(q, k.transpose(2, 3)) * hd ** -0.5 + mask
        att = torch.softmax(att, dim=-1, dtype=torch.float32).to(q.dtype)
        y = torch.matmul(att, v).transpose(1, 2).reshape(1, T, nh * hd)
        x = x + linear(y, w, p + "self_attn.o_proj")
        h = rms_norm(x, w[p + "post_attention_layernorm.weight"], eps)
        gate, up = linear(h, w, p + "mlp.gate_proj"), linear(h, w, p + "mlp.up_proj")
        x = x + linear(torch.nn.functional.silu(gate) * up, w, p + "mlp.down_proj")
    x = rms_norm(x, w["model.norm.weight"], eps)
    head = w.get("lm_head.weight", w["model.embed_tokens.weight"])
    return (x @ head.t())[0]


# --- the fixtures --------------------------------------------------------------------------------------------

GPT2 = {"model_type": "gpt2", "architectures": ["GPT2LMHeadModel"], "vocab_size": 128, "n_embd": 64,
        "n_layer": 2, "n_head": 4, "n_positions": 64, "n_inner": None, "layer_norm_epsilon": 1e-5,
        "activation_function": "gelu_new", "bos_token_id": 127, "eos_token_id": 127,
        "tie_word_embeddings": True, "torch_dtype": "float32"}
# OpenAI's layout: bare names, the causal-mask buffers saved beside the weights, n_ctx as in the oldest configs.
GPT2_BARE = {"model_type": "gpt2", "vocab_size": 32, "n_embd": 16, "n_layer": 1, "n_head": 2, "n_ctx": 16,
             "n_positions": 16, "bos_token_id": 31, "eos_token_id": 31}
LLAMA = {"model_type": "llama", "architectures": ["LlamaForCausalLM"], "vocab_size": 128, "hidden_size": 64,
         "intermediate_size": 96, "num_hidden_layers": 2, "num_attention_heads": 4, "num_key_value_heads": 2,
         "max_position_embeddings": 64, "rms_norm_eps": 1e-5, "rope_theta": 10000.0, "rope_scaling": None,
         "hidden_act": "silu", "tie_word_embeddings": False, "attention_bias": False, "mlp_bias": False,
         "bos_token_id": 1, "eos_token_id": 2, "torch_dtype": "float32"}
# Llama 3 style: llama3 frequency scaling with a short original context so that it matters within 24 tokens;
# weights stored in bfloat16, eos as a list.
LLAMA3 = dict(LLAMA, rope_theta=500000.0, eos_token_id=[2, 3], torch_dtype="bfloat16",
              rope_scaling={"rope_type": "llama3", "factor": 8.0, "low_freq_factor": 1.0, "high_freq_factor": 4.0,
                            "original_max_position_embeddings": 16})
QWEN2 = {"model_type": "qwen2", "architectures": ["Qwen2ForCausalLM"], "vocab_size": 128, "hidden_size": 64,
         "intermediate_size": 96, "num_hidden_layers": 2, "num_attention_heads": 4, "num_key_value_heads": 2,
         "max_position_embeddings": 64, "rms_norm_eps": 1e-6, "rope_theta": 1000000.0, "hidden_act": "silu",
         "tie_word_embeddings": True, "use_sliding_window": False, "sliding_window": None,
         "bos_token_id": 1, "eos_token_id": 2, "torch_dtype": "float16"}

STORE_DTYPE = {"float32": torch.float32, "bfloat16": torch.bfloat16, "float16": torch.float16}


def build(name, cfg, seed):
    init = Init(seed)
    if cfg["model_type"] == "gpt2":
        weights = gpt2_weights(cfg, init)
    else:
        weights = llama_weights(cfg, init, qkv_bias=cfg["model_type"] == "qwen2")
    # Store in the config's dtype; the reference runs in float32 on exactly the stored values.
    stored = {k: v.to(STORE_DTYPE[cfg.get("torch_dtype", "float32")]) for k, v in weights.items()}
    weights = {k: v.to(torch.float32) for k, v in stored.items()}
    tokens = torch.randint(0, cfg["vocab_size"], (min(N_TOKENS, cfg.get("n_positions", 64)),),
                           generator=init.g).tolist()
    with torch.no_grad():
        if cfg["model_type"] == "gpt2":
            logits = gpt2_logits(cfg, {k.removeprefix("transformer."): v for k, v in weights.items()}, tokens)
        else:
            logits = llama_logits(cfg, weights, tokens)
    return stored, tokens, logits


def write_fixture(name, cfg, stored, tokens, logits):
    folder = OUT / name
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "config.json").write_text(json.dumps(cfg, indent=2) + "\n")
    write_safetensors(folder / "model.safetensors", stored)
    write_logits(folder / "logits-ref.bin", tokens, logits)
    size = sum(f.stat().st_size for f in folder.iterdir())
    assert size < 2 << 20, f"{name} is {size} bytes; fixtures must stay under 2 MB"
    print(f"{name}: {len(tokens)} tokens, logits in [{logits.min():.3f}, {logits.max():.3f}], {size} bytes")


def make_bad(base_cfg, base_weights):
    bad = OUT / "bad"
    shutil.rmtree(bad, ignore_errors=True)

    def folder(name, cfg=base_cfg, weights=base_weights):
        f = bad / name
        f.mkdir(parents=True)
        if cfg is not None:
            (f / "config.json").write_text(json.dumps(cfg, indent=2) + "\n")
        if weights is not None:
            write_safetensors(f / "model.safetensors", weights)
        return f

    folder("no-config", cfg=None)
    folder("no-weights", weights=None)
    folder("missing-tensor", weights={k: v for k, v in base_weights.items() if k != "h.0.mlp.c_fc.bias"})
    # c_attn saved [out, in] as if it were a Linear: the classic GPT-2 conversion mistake.
    folder("wrong-shape", weights=dict(base_weights, **{"h.0.attn.c_attn.weight":
                                                         base_weights["h.0.attn.c_attn.weight"].t().contiguous()}))
    folder("unknown-type", cfg=dict(base_cfg, model_type="bert"))
    f = folder("truncated")
    data = (f / "model.safetensors").read_bytes()
    (f / "model.safetensors").write_bytes(data[: len(data) * 3 // 5])
    print(f"bad/: {', '.join(sorted(p.name for p in bad.iterdir()))}")


def check_with_transformers():
    """Loads every fixture with transformers and compares its logits with logits-ref.bin."""
    import numpy as np
    from transformers import AutoModelForCausalLM
    worst = 0.0
    for folder in sorted(p for p in OUT.iterdir() if (p / "logits-ref.bin").exists()):
        raw = (folder / "logits-ref.bin").read_bytes()
        assert raw[:8] == b"NOOLOGIT"
        _, n_tokens, n_vocab = struct.unpack("<III", raw[8:20])
        tokens = np.frombuffer(raw, "<i4", n_tokens, 20).tolist()
        ref = torch.from_numpy(np.frombuffer(raw, "<f4", n_tokens * n_vocab, 20 + 4 * n_tokens).copy())
        model = AutoModelForCausalLM.from_pretrained(folder, torch_dtype=torch.float32, attn_implementation="eager")
        with torch.no_grad():
            logits = model(torch.tensor([tokens])).logits[0].float().reshape(-1)
        diff = (logits - ref).abs().max().item()
        worst = max(worst, diff)
        print(f"{folder.name}: transformers vs logits-ref.bin maxdiff = {diff:.3g}")
    return worst <= 1e-4


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check-transformers", action="store_true",
                        help="compare the existing fixtures with transformers instead of writing them")
    args = parser.parse_args()
    if args.check_transformers:
        sys.exit(0 if check_with_transformers() else 1)

    torch.set_num_threads(1)  # deterministic reductions
    fixtures = [("gpt2", GPT2), ("gpt2-bare", GPT2_BARE), ("llama", LLAMA), ("llama3", LLAMA3), ("qwen2", QWEN2)]
    for i, (name, cfg) in enumerate(fixtures):
        stored, tokens, logits = build(name, cfg, SEED + i)
        if name == "gpt2":  # GPT2LMHeadModel.save_pretrained prefixes the body with "transformer."
            stored = {"transformer." + k: v for k, v in stored.items()}
        if name == "gpt2-bare":  # OpenAI's checkpoint keeps the causal-mask buffers; loaders must ignore them
            n = cfg["n_ctx"]
            for layer in range(cfg["n_layer"]):
                stored[f"h.{layer}.attn.bias"] = torch.tril(torch.ones(n, n)).view(1, 1, n, n)
            bare_cfg = cfg
            bare_weights = {k: v for k, v in stored.items() if not k.endswith(".attn.bias")}
        write_fixture(name, cfg, stored, tokens, logits)
    if LLAMA3["rope_scaling"]:  # the scaling must change the answer, or the fixture would not test it
        _, tokens, plain = build("llama3", dict(LLAMA3, rope_scaling=None), SEED + 3)
        _, _, scaled = build("llama3", LLAMA3, SEED + 3)
        assert (plain - scaled).abs().max() > 1e-2, "llama3 rope scaling has no effect on the fixture"
    make_bad(bare_cfg, bare_weights)


if __name__ == "__main__":
    main()
