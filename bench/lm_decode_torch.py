#!/usr/bin/python3
"""The PyTorch eager peer of bench_lm_decode: the same model folder (config.json + safetensors), the same
decode loop (short prompt, warm-up, timed greedy steps of 1 and K rows), in plain PyTorch with its own
preallocated KV cache, as Hugging Face transformers' eager code computes it (GPT-2 Conv1D through addmm, Llama
through F.linear, RoPE, grouped-query attention without copying the keys). No transformers or safetensors
package is needed: the file is parsed by hand.

    /usr/bin/python3 bench/lm_decode_torch.py --model DIR [--threads N] [--device cpu|cuda] [--dtype f32|bf16]
    /usr/bin/python3 bench/lm_decode_torch.py --model tests/data/lm/llama --check   # cache path vs logits-ref.bin
    python3 bench/lm_decode_torch.py --membw --device cuda                          # device read bandwidth

(Debian's python3-torch here: the `python3` first on PATH is a pyenv one without it.)
"""

import argparse
import json
import mmap
import os
import struct
import sys
import time
from pathlib import Path

import torch
import torch.nn.functional as F

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "reference"))
import make_lm_fixtures as ref  # noqa: E402  (RoPE frequencies and RMSNorm exactly as transformers has them)

ST_DTYPES = {"F32": torch.float32, "F16": torch.float16, "BF16": torch.bfloat16}
COMPUTE = {"f32": torch.float32, "bf16": torch.bfloat16}


# --- weights -------------------------------------------------------------------------------------------------

def read_safetensors(path):
    """name -> tensor viewing a private (copy-on-write) mapping of the file."""
    with open(path, "rb") as f:
        n = struct.unpack("<Q", f.read(8))[0]
        header = json.loads(f.read(n))
        data = mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_COPY)
    tensors = {}
    for name, info in header.items():
        if name == "__metadata__":
            continue
        dtype = ST_DTYPES[info["dtype"]]
        begin, end = info["data_offsets"]
        count = (end - begin) // torch.empty(0, dtype=dtype).element_size()
        if count:
            tensors[name] = torch.frombuffer(data, dtype=dtype, count=count, offset=8 + n + begin).view(info["shape"])
    return tensors


def load_weights(folder, dtype, device):
    index = folder / "model.safetensors.index.json"
    files = ["model.safetensors"]
    if index.exists():  # sharded
        files = sorted(set(json.loads(index.read_text())["weight_map"].values()))
    weights = {}
    for name in files:
        for key, t in read_safetensors(folder / name).items():
            weights[key] = t.to(device=device, dtype=dtype, copy=True)  # off the mapping, as our loader copies
    return weights


# --- networks ------------------------------------------------------------------------------------------------

class KvCache:
    def __init__(self, n_layer, rows, n_kv, max_len, head_dim, dtype, device):
        shape = (rows, n_kv, max_len, head_dim)
        self.k = [torch.empty(shape, dtype=dtype, device=device) for _ in range(n_layer)]
        self.v = [torch.empty(shape, dtype=dtype, device=device) for _ in range(n_layer)]


def attend(q, k, v, cache, layer, pos):
    """q (B, nh, T, hd), k and v (B, nkv, T, hd) at positions pos.. -> (B, T, nh·hd). Query head h reads key head
    h // (nh / nkv) by folding the group into the query rows, so no repeated keys are materialised."""
    B, nh, T, hd = q.shape
    nkv = k.size(1)
    cache.k[layer][:B, :, pos:pos + T] = k
    cache.v[layer][:B, :, pos:pos + T] = v
    L = pos + T
    keys, values = cache.k[layer][:B, :, :L], cache.v[layer][:B, :, :L]
    q = q.reshape(B, nkv, nh // nkv * T, hd)
    att = torch.matmul(q, keys.transpose(-1, -2)) * hd ** -0.5  # (B, nkv, g·T, L)
    if T > 1:
        masked = torch.ones(T, L, dtype=torch.bool, device=q.device).triu(pos + 1)
        att = att.view(B, nkv, nh // nkv, T, L).masked_fill(masked, float("-inf")).view(B, nkv, -1, L)
    att = torch.softmax(att, dim=-1, dtype=torch.float32).to(q.dtype)
    return torch.matmul(att, values).view(B, nh, T, hd).transpose(1, 2).reshape(B, T, nh * hd)


class Gpt2:
    def __init__(self, cfg, w):
        w = {k.removeprefix("transformer."): t for k, t in w.items()}
        self.C, self.nh, self.eps = cfg["n_embd"], cfg["n_head"], cfg.get("layer_norm_epsilon", 1e-5)
        self.n_layer, self.n_kv, self.head_dim = cfg["n_layer"], cfg["n_head"], cfg["n_embd"] // cfg["n_head"]
        self.n_ctx = cfg.get("n_positions") or cfg["n_ctx"]
        self.wte, self.wpe = w["wte.weight"], w["wpe.weight"]
        self.ln_f = (w["ln_f.weight"], w["ln_f.bias"])
        self.head = w.get("lm_head.weight", self.wte)
        names = ["ln_1.weight", "ln_1.bias", "attn.c_attn.weight", "attn.c_attn.bias", "attn.c_proj.weight",
                 "attn.c_proj.bias", "ln_2.weight", "ln_2.bias", "mlp.c_fc.weight", "mlp.c_fc.bias",
                 "mlp.c_proj.weight", "mlp.c_proj.bias"]
        self.layers = [[w[f"h.{i}.{n}"] for n in names] for i in range(self.n_layer)]
        self.parameters = sum(t.numel() for k, t in w.items() if not k.endswith((".attn.bias", ".masked_bias")))

    def forward(self, ids, pos, cache):
        """ids (B, T) at positions pos.. -> logits of the last position (B, nVocab)."""
        B, T = ids.shape
        C, nh = self.C, self.nh
        x = F.embedding(ids, self.wte) + self.wpe[pos:pos + T]
        for i, (l1w, l1b, aw, ab, pw, pb, l2w, l2b, fw, fb, mw, mb) in enumerate(self.layers):
            a = F.layer_norm(x, (C,), l1w, l1b, self.eps)
            q, k, v = (t.view(B, T, nh, C // nh).transpose(1, 2) for t in conv1d(a, aw, ab).split(C, dim=2))
            x = x + conv1d(attend(q, k, v, cache, i, pos), pw, pb)
            m = F.layer_norm(x, (C,), l2w, l2b, self.eps)
            x = x + conv1d(F.gelu(conv1d(m, fw, fb), approximate="tanh"), mw, mb)
        x = F.layer_norm(x[:, -1], (C,), *self.ln_f, self.eps)
        return F.linear(x, self.head)


def conv1d(x, w, b):
    """Hugging Face's Conv1D: weight stored [in, out], applied with addmm."""
    return torch.addmm(b, x.reshape(-1, x.size(-1)), w).view(*x.shape[:-1], w.size(-1))


class Llama:
    def __init__(self, cfg, w, dtype, device):
        self.C, self.nh = cfg["hidden_size"], cfg["num_attention_heads"]
        self.n_kv = cfg.get("num_key_value_heads") or self.nh
        self.head_dim = cfg.get("head_dim") or self.C // self.nh
        self.n_layer, self.eps = cfg["num_hidden_layers"], cfg.get("rms_norm_eps", 1e-6)
        self.n_ctx = cfg["max_position_embeddings"]
        self.embed, self.norm = w["model.embed_tokens.weight"], w["model.norm.weight"]
        self.head = w.get("lm_head.weight", self.embed)
        # cos/sin for every position, in float32 as transformers computes them, then in the compute dtype.
        angles = torch.outer(torch.arange(self.n_ctx, dtype=torch.float32), ref.rope_inv_freq(cfg))
        angles = torch.cat((angles, angles), dim=-1)
        self.cos, self.sin = angles.cos().to(device, dtype), angles.sin().to(device, dtype)
        self.layers = []
        for i in range(self.n_layer):
            p = f"model.layers.{i}."
            proj = lambda name: (w[p + name + ".weight"], w.get(p + name + ".bias"))  # noqa: E731
            self.layers.append((w[p + "input_layernorm.weight"], proj("self_attn.q_proj"), proj("self_attn.k_proj"),
                                proj("self_attn.v_proj"), proj("self_attn.o_proj"),
                                w[p + "post_attention_layernorm.weight"], proj("mlp.gate_proj"), proj("mlp.up_proj"),
                                proj("mlp.down_proj")))
        self.parameters = sum(t.numel() for t in w.values())

    def forward(self, ids, pos, cache):
        B, T = ids.shape
        nh, nkv, hd = self.nh, self.n_kv, self.head_dim
        cos, sin = self.cos[pos:pos + T], self.sin[pos:pos + T]  # (T, hd)
        x = F.embedding(ids, self.embed)
        for i, (ln1, qp, kp, vp, op, ln2, gp, up, dp) in enumerate(self.layers):
            h = ref.rms_norm(x, ln1, self.eps)
            q = F.linear(h, *qp).view(B, T, nh, hd).transpose(1, 2)
            k = F.linear(h, *kp).view(B, T, nkv, hd).transpose(1, 2)
            v = F.linear(h, *vp).view(B, T, nkv, hd).transpose(1, 2)
            q, k = q * cos + ref.rotate_half(q) * sin, k * cos + ref.rotate_half(k) * sin
            x = x + F.linear(attend(q, k, v, cache, i, pos), *op)
            h = ref.rms_norm(x, ln2, self.eps)
            x = x + F.linear(F.silu(F.linear(h, *gp)) * F.linear(h, *up), *dp)
        return F.linear(ref.rms_norm(x[:, -1], self.norm, self.eps), self.head)


def load_model(folder, dtype, device):
    cfg = json.loads((folder / "config.json").read_text())
    w = load_weights(folder, dtype, device)
    return Gpt2(cfg, w) if cfg["model_type"] == "gpt2" else Llama(cfg, w, dtype, device)


# --- measurements --------------------------------------------------------------------------------------------

def decode_ms_per_step(model, rows, args, gen, device, dtype):
    """Milliseconds per greedy decode step of `rows` rows; each step's tokens reach Python, as streaming needs."""
    n_vocab = model.head.size(0)
    cache = KvCache(model.n_layer, rows, model.n_kv, args.prompt_tokens + args.warmup + args.steps, model.head_dim,
                    dtype, device)
    prompt = torch.randint(0, n_vocab, (1, args.prompt_tokens), generator=gen).to(device)
    first = model.forward(prompt.expand(rows, -1), 0, cache).argmax(-1)
    nxt = ((first + torch.arange(rows, device=device)) % n_vocab).view(rows, 1)  # rows diverge, as samples would
    pos = args.prompt_tokens
    for i in range(args.warmup + args.steps):
        if i == args.warmup:
            start = time.perf_counter()
        nxt = model.forward(nxt, pos, cache).argmax(-1, keepdim=True)
        nxt.tolist()
        pos += 1
    return (time.perf_counter() - start) * 1000 / args.steps


def check_against_reference(model, folder, device, dtype):
    """Feeds logits-ref.bin's tokens one at a time through the cache; the logits must match the reference."""
    raw = (folder / "logits-ref.bin").read_bytes()
    _, n_tokens, n_vocab = struct.unpack("<III", raw[8:20])
    tokens = torch.frombuffer(bytearray(raw[20:20 + 4 * n_tokens]), dtype=torch.int32).long()
    expected = torch.frombuffer(bytearray(raw[20 + 4 * n_tokens:]), dtype=torch.float32).view(n_tokens, n_vocab)
    cache = KvCache(model.n_layer, 1, model.n_kv, n_tokens, model.head_dim, dtype, device)
    half = n_tokens // 2  # a multi-token prefill, then single steps
    got = [model.forward(tokens[None, :half].to(device), 0, cache)[0]]
    got += [model.forward(tokens[None, t:t + 1].to(device), t, cache)[0] for t in range(half, n_tokens)]
    diff = (torch.stack(got).float().cpu() - expected[half - 1:]).abs().max().item()
    print(f"{folder.name}: peer vs logits-ref.bin maxdiff = {diff:.3g}")
    return diff <= 1e-4


def read_bandwidth_gbps(device, mib):
    """Best read bandwidth of a reduction over a buffer far larger than the caches."""
    x = torch.ones(mib * 2 ** 20 // 4, dtype=torch.float32, device=device)
    sync = torch.cuda.synchronize if device.type == "cuda" else (lambda: None)
    best, reps = float("inf"), 10
    for _ in range(5):
        sync()
        start = time.perf_counter()
        for _ in range(reps):
            x.sum()
        sync()
        best = min(best, (time.perf_counter() - start) / reps)
    return x.numel() * 4 / best / 1e9


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--model", type=Path)
    parser.add_argument("--device", choices=["cpu", "cuda"], default="cpu")
    parser.add_argument("--dtype", choices=["f32", "bf16"], default="f32")
    parser.add_argument("--threads", type=int, default=0, help="intra-op threads; 0 = one per core")
    parser.add_argument("--prompt-tokens", type=int, default=16)
    parser.add_argument("--warmup", type=int, default=8)
    parser.add_argument("--steps", type=int, default=64, help="timed decode steps")
    parser.add_argument("--rows", type=int, default=3)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--check", action="store_true", help="compare with the folder's logits-ref.bin")
    parser.add_argument("--membw", action="store_true", help="measure the device's read bandwidth instead")
    parser.add_argument("--mib", type=int, default=1024, help="buffer for --membw")
    args = parser.parse_args()

    torch.set_num_threads(args.threads or os.cpu_count())
    device, dtype = torch.device(args.device), COMPUTE[args.dtype]
    device_name = torch.cuda.get_device_name(0) if device.type == "cuda" else "cpu"
    if args.membw:
        gbps = read_bandwidth_gbps(device, args.mib)
        print(json.dumps({"device": device_name, "read_gbps": round(gbps, 3)}) if args.json else
              f"{device_name}: read bandwidth {gbps:.2f} GB/s")
        return
    if args.model is None:
        parser.error("--model is required")

    with torch.inference_mode():
        model = load_model(args.model, dtype, device)
        if args.check:
            sys.exit(0 if check_against_reference(model, args.model, device, dtype) else 1)
        # The decode loop must fit the context window: tiny test models get a shorter prompt and warm-up.
        args.prompt_tokens = min(args.prompt_tokens, model.n_ctx // 4)
        args.warmup = min(args.warmup, model.n_ctx // 4)
        args.steps = min(args.steps, model.n_ctx - args.prompt_tokens - args.warmup)
        gen = torch.Generator().manual_seed(args.seed)
        k1 = decode_ms_per_step(model, 1, args, gen, device, dtype)
        k = decode_ms_per_step(model, args.rows, args, gen, device, dtype)
    threads = torch.get_num_threads()
    result = {"torch": torch.__version__, "device": device_name, "dtype": args.dtype, "threads": threads,
              "parameters": model.parameters, "steps": args.steps, "k1_ms_per_step": round(k1, 4),
              "k1_tokens_per_s": round(1000 / k1, 3), "rows": args.rows, "k_ms_per_step": round(k, 4),
              "k_over_k1": round(k / k1, 4)}
    if args.json:
        print(json.dumps(result))
    else:
        print(f"PyTorch {torch.__version__} eager, {args.model}: {model.parameters / 1e6:.1f} M parameters, "
              f"{device_name} {args.dtype}, {result['threads']} threads")
        print(f"decode, 1 row:   {k1:8.2f} ms/step  {1000 / k1:8.1f} tokens/s  ({args.steps} steps)")
        print(f"decode, {args.rows} rows:  {k:8.2f} ms/step  {k / k1:8.2f} x one row")


if __name__ == "__main__":
    main()
