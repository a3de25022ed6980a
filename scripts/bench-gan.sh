#!/usr/bin/env bash
# The style GAN's speed beside PyTorch eager on the same weights (Debian python3-torch, or the GPU machine's):
# 64 samples at the model's resolution, and the Sketch pane's sketch → 4 suggestions (goals: ≤ 0.3 s and ≤ 1 s on
# the 2-core CPU). Checks on the way that both make the same pictures from the same z.
#   scripts/bench-gan.sh [--device cpu|cuda] [--threads N] [MODEL_DIR]   (default: resources/models/default-gan)
set -euo pipefail
cd "$(dirname "$0")/.."
device=cpu
threads=0
model=resources/models/default-gan
while [ $# -gt 0 ]; do
    case $1 in
        --device) device=$2; shift 2 ;;
        --threads) threads=$2; shift 2 ;;
        *) model=$1; shift ;;
    esac
done
[ -f "$model/model.safetensors" ] || { echo "bench-gan: no model in $model (scripts/train-default-gan.sh --install)" >&2; exit 2; }
python=
for candidate in /usr/bin/python3 python3; do
    if "$candidate" -c 'import torch' 2>/dev/null; then python=$candidate; break; fi
done
[ -n "$python" ] || { echo "bench-gan: no python3 with torch (Debian: apt-get install python3-torch)" >&2; exit 2; }
[ -f build/build.ninja ] || cmake --preset default
cmake --build build --target bench_gan_sample >/dev/null
# As the studio runs (its malloc settings matter here: see studio-env.sh); the peer gets the same.
. scripts/studio-env.sh
dump=$(mktemp -d)
trap 'rm -rf "$dump"' EXIT
if [ "$threads" -eq 0 ]; then threads=$(nproc); fi
ours=$(build/bin/bench_gan_sample --model "$model" --device "$device" --threads "$threads" --json --dump "$dump")
peer=$("$python" bench/gan_sample_torch.py --model "$model" --device "$device" --threads "$threads" --json --compare "$dump")
"$python" - "$ours" "$peer" <<'PY'
import json, sys
ours, peer = json.loads(sys.argv[1]), json.loads(sys.argv[2])
print(f"style GAN at {ours['resolution']} px, ψ {ours['psi']}, {ours['threads']} threads, {ours['device']}")
print(f"| measure | Noosphere (LibTorch {ours['torch']}) | PyTorch eager {peer['torch']} | ratio | goal |")
print("|---|---|---|---|---|")
print(f"| 64 samples | {ours['samples64_ms']:.1f} ms | {peer['samples64_ms']:.1f} ms | {ours['samples64_ms'] / peer['samples64_ms']:.2f} | ≤ 300 ms |")
print(f"| sketch → 4 suggestions | {ours['sketch_to_4_ms']:.1f} ms | — | — | ≤ 1000 ms |")
print(f"same pictures from the same z: at most {peer['max_byte_difference']} of 255 apart (mean {peer['mean_byte_difference']:.3f})")
PY
