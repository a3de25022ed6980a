#!/usr/bin/env bash
# Builds the libFuzzer targets (preset `fuzz`: clang, ASan, UBSan) and runs each for a bounded time, seeded
# with the project files in tests/data and the files in fuzz/corpus/<area>.
# Usage: scripts/fuzz.sh [seconds per target, default 60]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
scripts/deps.sh
dpkg-query -W -f='${Status}' clang libclang-rt-14-dev 2>/dev/null | grep -c "install ok installed" | grep -q 2 ||
    { apt-get install -y -qq --no-install-recommends clang libclang-rt-14-dev; }
[ -f build-fuzz/build.ninja ] || cmake --preset fuzz
cmake --build --preset fuzz
corpus=$(mktemp -d)
stcorpus=$(mktemp -d)  # libFuzzer adds its finds to the first folder: a copy keeps them out of the source tree
tokcorpus=$(mktemp -d)
wncorpus=$(mktemp -d)
trap 'rm -rf "$corpus" "$stcorpus" "$tokcorpus" "$wncorpus"' EXIT
cp tests/data/bad/*.noo "$corpus"/
build/bin/noosphere-cli project new "$corpus/good.noo" >/dev/null 2>&1 || true
build-fuzz/bin/fuzz_projectfile -max_total_time="$seconds" -max_len=65536 -timeout=10 "$corpus"
cp fuzz/corpus/safetensors/* "$stcorpus"/
build-fuzz/bin/fuzz_safetensors -max_total_time="$seconds" -max_len=16384 -timeout=10 -dict=fuzz/safetensors.dict "$stcorpus"
cp fuzz/corpus/tokenizer/* "$tokcorpus"/
build-fuzz/bin/fuzz_tokenizer -max_total_time="$seconds" -max_len=8192 -timeout=10 -dict=fuzz/tokenizer.dict "$tokcorpus"
# fuzz/corpus/wordnetindex: indexes compiled from tests/data/knowledge/wordnet-mini (noosphere-cli words index).
cp fuzz/corpus/wordnetindex/* "$wncorpus"/
build-fuzz/bin/fuzz_wordnetindex -max_total_time="$seconds" -max_len=16384 -timeout=10 -dict=fuzz/wordnetindex.dict "$wncorpus"
