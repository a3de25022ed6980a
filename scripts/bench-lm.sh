#!/usr/bin/env bash
# Language-model speed, each number beside a peer measured in the same run: decode tokens/s of our engine vs
# PyTorch eager on the same weights (bench/lm_decode_torch.py) and vs the memory-bandwidth floor (bench_membw),
# for a GPT-2-124M-shaped model (random weights, made once into a cache folder) and the default model; then the
# cost of K=3 rows, the first token after a pause (+50 tokens on a 1,000-token context) and a cold 1,000-token
# prompt. Prints markdown tables. Goals (issue #4): ≥ 1.3× PyTorch eager; ≤ 1.5× the floor's time per token for
# the 124M shape; K=3 ≤ 1.5× K=1; first token after a pause ≤ 150 ms. Run it on a quiet machine.
#
# Usage: scripts/bench-lm.sh [--device cpu|cuda] [--dtype f32|bf16] [--threads N] [--steps N] [--reps N]
#                            [--context N] [--added N] [--build DIR] [--quick] [MODEL_DIR...]
#   MODEL_DIR...  models to measure instead of the 124M shape and resources/models/default-lm
#   --build DIR   a build folder with the bench targets (default build-bench-lm, configured from bench/ alone)
#   --quick       a smoke run: 16 decode steps, 2 latency repetitions
# Environment: NOOSPHERE_BENCH_CACHE (default ~/.cache/noosphere-bench) holds the random 124M model.
set -euo pipefail
cd "$(dirname "$0")/.."

device=cpu dtype=f32 threads=$(nproc) steps=64 reps=5 context=1000 added=50 build=build-bench-lm
models=()
while [ $# -gt 0 ]; do
    case $1 in
    --device | --dtype | --threads | --steps | --reps | --context | --added | --build)
        [ $# -ge 2 ] || { echo "bench-lm: $1 needs a value" >&2; exit 2; }
        declare "${1#--}=$2"
        shift 2 ;;
    --quick) steps=16 reps=2; shift ;;
    -h | --help) sed -n '2,15p' "$0"; exit 0 ;;
    -*) echo "bench-lm: unknown option $1" >&2; exit 2 ;;
    *) models+=("$1"); shift ;;
    esac
done

# Debian's python3-torch is /usr/bin/python3 (the python3 on PATH here is a pyenv one); the GPU machine's python3.
python=
for candidate in /usr/bin/python3 python3; do
    if "$candidate" -c 'import torch' 2>/dev/null; then python=$candidate; break; fi
done
[ -n "$python" ] || { echo "bench-lm: no python3 with torch (Debian: apt-get install python3-torch)" >&2; exit 2; }

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

if [ ! -f "$build/CMakeCache.txt" ]; then
    # On its own, bench/ builds models/ and the benchmarks only. Without a system LibTorch (the GPU machine),
    # use the one inside the Python package.
    prefix=()
    if [ "$device" = cuda ]; then
        prefix=(-DCMAKE_PREFIX_PATH="$("$python" -c 'import torch; print(torch.utils.cmake_prefix_path)')")
    fi
    cmake -S bench -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release "${prefix[@]}" >"$tmp/build.log" 2>&1 ||
        { cat "$tmp/build.log"; exit 1; }
fi
cmake --build "$build" --target bench_lm_decode bench_membw >"$tmp/build.log" 2>&1 || { cat "$tmp/build.log"; exit 1; }

notes=()
if [ ${#models[@]} -eq 0 ]; then
    cache=${NOOSPHERE_BENCH_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/noosphere-bench}
    [ -f "$cache/gpt2-124m/config.json" ] || "$python" bench/make_random_gpt2.py "$cache/gpt2-124m" >&2
    models=("$cache/gpt2-124m")
    if [ -f resources/models/default-lm/config.json ]; then
        models+=(resources/models/default-lm)
    else
        notes+=("default-lm: skipped, resources/models/default-lm holds no model yet")
    fi
fi

common=(--device "$device" --dtype "$dtype" --threads "$threads" --steps "$steps" --json)
{
    if [ "$device" = cuda ]; then
        echo "membw $("$python" bench/lm_decode_torch.py --membw --device cuda --json)"
    else
        echo "membw $("$build/bin/bench_membw" --threads "$threads" --json)"
    fi
    for model in "${models[@]}"; do
        label=$(basename "$model")
        echo "bench-lm: measuring $label…" >&2
        # One model failing (a broken folder, out of memory) still leaves the others' rows.
        if ours=$("$build/bin/bench_lm_decode" --model "$model" "${common[@]}" --reps "$reps" --context "$context" \
            --added "$added") && peer=$("$python" bench/lm_decode_torch.py --model "$model" "${common[@]}"); then
            echo "ours $label $ours"
            echo "peer $label $peer"
        else
            notes+=("$label: failed (see the messages above)")
        fi
    done
} >"$tmp/runs"

cpu=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')
"$python" - "$tmp/runs" "$(nproc)" "$cpu" "$steps" "${notes[@]}" <<'EOF'
import json, sys

runs, cores, cpu, steps, notes = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4], sys.argv[5:]
membw, ours, peer = None, {}, {}
for line in open(runs).read().splitlines():
    kind, rest = line.split(" ", 1)
    if kind == "membw":
        membw = json.loads(rest)
    else:
        label, text = rest.split(" ", 1)
        (ours if kind == "ours" else peer)[label] = json.loads(text)

if not ours:
    sys.exit("bench-lm: no model was measured" + "".join(f"\n{note}" for note in notes))
first = next(iter(ours.values()))
print(f"Machine: {cores} cores, {cpu}; device: {first['device']}; {first['dtype']}, {first['threads']} threads; "
      f"LibTorch {first['torch']}, PyTorch {next(iter(peer.values()))['torch']}")
print(f"Read bandwidth: {membw['read_gbps']:.1f} GB/s (best pass)\n")
print("| model | params | ours tok/s | PyTorch eager tok/s | ours ÷ eager (goal ≥ 1.3) | floor tok/s "
      "| time ÷ floor time (goal ≤ 1.5) |")
print("|---|---:|---:|---:|---:|---:|---:|")
for label, o in ours.items():
    p = peer[label]
    floor = membw["read_gbps"] * 1e9 / (o["weight_bytes_per_token"] + o["kv_bytes_per_token"])
    print(f"| {label} | {o['parameters'] / 1e6:.3g} M | {o['k1_tokens_per_s']:.1f} | {p['k1_tokens_per_s']:.1f} "
          f"| {o['k1_tokens_per_s'] / p['k1_tokens_per_s']:.2f} | {floor:.1f} | {floor / o['k1_tokens_per_s']:.2f} |")
print("\n| model | K=3 ÷ K=1 step (goal ≤ 1.5) | PyTorch K=3 ÷ K=1 | first token after a pause (goal ≤ 150 ms) "
      "| cold prompt, first token |")
print("|---|---:|---:|---:|---:|")
for label, o in ours.items():
    print(f"| {label} | {o['k_over_k1']:.2f} | {peer[label]['k_over_k1']:.2f} "
          f"| {o['after_pause_ms']:.0f} ms ({o['context']} + {o['added']} tokens, {o['rows']} rows) "
          f"| {o['cold_ms']:.0f} ms ({o['cold_tokens']} tokens) |")
print(f"\nDecode: greedy, {steps} timed steps after a short prompt (fewer where the context is shorter); floor = "
      "read bandwidth ÷ (weights read per token in the compute dtype + KV cache).")
for note in notes:
    print(f"Note: {note}")
EOF
