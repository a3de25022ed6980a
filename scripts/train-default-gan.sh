#!/usr/bin/env bash
# Reproduces the shipped style GAN (resources/models/default-gan) from npm emoji-datasource-google 16.0.0
# (3,786 Noto emoji, 64 × 64 RGBA; images Apache-2.0), installed by scripts/npm-data.sh. Every tenth picture by
# name is held out for `gan score`.
#
#   scripts/train-default-gan.sh [--device cuda] [--out DIR] [--steps N] [--install]
#
# Two stages, as the shipped model was made: 7,000 adversarial steps and 500 for the sketch encoder (the run one
# CPU session allowed), then the run extended to step 13,000 (5,500 more adversarial steps, then the encoder
# trained 500 steps more). Training resumes when run again (Ctrl+C saves a checkpoint); --steps N past 13,000
# extends it further, e.g. on a GPU machine from this checkpoint. With --install the finished model is copied
# into resources/models/default-gan. Checkpoints and sample grids live under .cache/ (git-ignored).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
device=cpu
out=$root/.cache/train/default-gan
install=no
steps=13000
while [ $# -gt 0 ]; do
    case $1 in
        --device) device=$2; shift 2 ;;
        --out) out=$2; shift 2 ;;
        --steps) steps=$2; shift 2 ;;
        --install) install=yes; shift ;;
        *) echo "usage: $0 [--device cpu|cuda] [--out DIR] [--steps N] [--install]" >&2; exit 2 ;;
    esac
done

scripts/npm-data.sh
images=${NOOSPHERE_NPM_DATA:-$HOME/.cache/noosphere/npm-data}/node_modules/emoji-datasource-google/img/google/64

[ -f build/build.ninja ] || cmake --preset default
cmake --build build --target noosphere-cli

# Every step allocates and frees the same large activations: keep them in a heap that is never trimmed (see
# train-default-lm.sh).
export MALLOC_MMAP_MAX_=0 MALLOC_TRIM_THRESHOLD_=68719476736 MALLOC_TOP_PAD_=536870912

# Generator 4 × 4 … 64 × 64 with 128, 128, 64, 32, 16 feature maps, w of 128 (~0.8 M parameters); batch 32;
# 12,500 adversarial steps in all (~117 epochs of 3,408 pictures, with x-flips). About 75 minutes a stage on a
# 2-core CPU; one thread, so that the run is the same on any machine and a build beside it does not stall it.
# R1 γ 16 (the trainer's default at 64 px, see r1GammaFor: smaller weights let the discriminator win and every
# sample collapse to one shape). No DiffAugment: 400 k pictures seen is too few for the discriminator to
# memorise 3,408 of them, and augmentation slows a run this short. The learning rate is constant, so a stage
# that ends where a later one starts is the same as one run, but for the encoder trained in between.
for stage in 7000 "$steps"; do
    build/bin/noosphere-cli --threads 1 gan train --images "$images" --out "$out" \
        --steps "$stage" --encoder-steps 500 --batch 32 --lr 0.0025 --r1-gamma 16 --no-augment --seed 20261205 \
        --sample-every 250 --checkpoint-every 100 --device "$device"
done

# The model card's numbers and pictures: SWD against the held-out tenth (2,000 samples), and 8 × 8 grids of
# seeds 0–63 at ψ 1 and ψ 0.7.
build/bin/noosphere-cli gan score --model "$out" --images "$images" --samples 2000
build/bin/noosphere-cli gan sample --model "$out" --n 64 --seed 0 --truncation 1 --out "$out/samples-psi1.png"
build/bin/noosphere-cli gan sample --model "$out" --n 64 --seed 0 --truncation 0.7 --out "$out/samples-psi07.png"

if [ "$install" = yes ]; then
    mkdir -p resources/models/default-gan
    cp "$out/config.json" "$out/model.safetensors" resources/models/default-gan/
    cp "$out/samples-psi1.png" resources/models/default-gan/samples.png
    echo "installed into resources/models/default-gan (write the measured numbers into its MODEL_CARD.md)"
fi
