#!/usr/bin/python3
"""Writes a GPT-2-124M-shaped model with random weights (seeded) for the speed benchmark: config.json and an F32
model.safetensors (~500 MB) in Hugging Face's layout (bare OpenAI names, Conv1D [in, out], tied head). Speed
does not depend on the values, so no real checkpoint is needed; the weights follow GPT-2's init (std 0.02).

    /usr/bin/python3 bench/make_random_gpt2.py OUT_DIR [--seed S]

scripts/bench-lm.sh calls it into a cache folder when the model is missing.
"""

import argparse
import json
import sys
from pathlib import Path

import torch

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "reference"))
from make_lm_fixtures import write_safetensors  # noqa: E402

GPT2_124M = {"model_type": "gpt2", "architectures": ["GPT2LMHeadModel"], "vocab_size": 50257, "n_embd": 768,
             "n_layer": 12, "n_head": 12, "n_positions": 1024, "n_inner": None, "layer_norm_epsilon": 1e-5,
             "activation_function": "gelu_new", "bos_token_id": 50256, "eos_token_id": 50256,
             "tie_word_embeddings": True, "torch_dtype": "float32"}


def random_weights(cfg, seed):
    g = torch.Generator().manual_seed(seed)
    normal = lambda *shape: torch.randn(*shape, generator=g) * 0.02  # noqa: E731
    C, V = cfg["n_embd"], cfg["vocab_size"]
    w = {"wte.weight": normal(V, C), "wpe.weight": normal(cfg["n_positions"], C),
         "ln_f.weight": torch.ones(C), "ln_f.bias": torch.zeros(C)}
    for i in range(cfg["n_layer"]):
        p = f"h.{i}."
        w.update({p + "ln_1.weight": torch.ones(C), p + "ln_1.bias": torch.zeros(C),
                  p + "attn.c_attn.weight": normal(C, 3 * C), p + "attn.c_attn.bias": torch.zeros(3 * C),
                  p + "attn.c_proj.weight": normal(C, C), p + "attn.c_proj.bias": torch.zeros(C),
                  p + "ln_2.weight": torch.ones(C), p + "ln_2.bias": torch.zeros(C),
                  p + "mlp.c_fc.weight": normal(C, 4 * C), p + "mlp.c_fc.bias": torch.zeros(4 * C),
                  p + "mlp.c_proj.weight": normal(4 * C, C), p + "mlp.c_proj.bias": torch.zeros(C)})
    return w


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("out", type=Path)
    parser.add_argument("--seed", type=int, default=124)
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    weights = random_weights(GPT2_124M, args.seed)
    # The weights first, the config last: a folder with a config.json is complete.
    write_safetensors(args.out / "model.safetensors", weights, {"format": "pt", "seed": str(args.seed)})
    (args.out / "config.json").write_text(json.dumps(GPT2_124M, indent=2) + "\n")
    n = sum(t.numel() for t in weights.values())
    print(f"{args.out}: GPT-2-124M shape, {n / 1e6:.1f} M parameters, seed {args.seed}")


if __name__ == "__main__":
    main()
