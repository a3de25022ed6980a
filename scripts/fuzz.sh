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
imcorpus=$(mktemp -d)
gncorpus=$(mktemp -d)
gccorpus=$(mktemp -d)
trap 'rm -rf "$corpus" "$stcorpus" "$tokcorpus" "$wncorpus" "$imcorpus" "$gncorpus" "$gccorpus"' EXIT
cp tests/data/bad/*.noo "$corpus"/
build/bin/noosphere-cli project new "$corpus/good.noo" >/dev/null 2>&1 || true
# A project with a sketch of one stroke, (10, 10, 1) to (20, 10, 0.5) as float32 triples, so that the strokes'
# decoding is reached. A new project is 88 KiB: max_len must hold it, or every seed is cut short.
cp "$corpus/good.noo" "$corpus/sketch.noo" 2>/dev/null &&
    sqlite3 "$corpus/sketch.noo" "INSERT INTO sketches (width, height, created_at, updated_at) VALUES (1024, 768, 0, 0);
        INSERT INTO strokes (sketch_id, seq, tool, colour, width, points, created_at)
        VALUES (1, 1, 'pen', 4278190080, 4.0, X'00002041000020410000803F0000A041000020410000003F', 0);" || true
build-fuzz/bin/fuzz_projectfile -max_total_time="$seconds" -max_len=131072 -timeout=10 "$corpus"
cp fuzz/corpus/safetensors/* "$stcorpus"/
build-fuzz/bin/fuzz_safetensors -max_total_time="$seconds" -max_len=16384 -timeout=10 -dict=fuzz/safetensors.dict "$stcorpus"
cp fuzz/corpus/tokenizer/* "$tokcorpus"/
build-fuzz/bin/fuzz_tokenizer -max_total_time="$seconds" -max_len=8192 -timeout=10 -dict=fuzz/tokenizer.dict "$tokcorpus"
# fuzz/corpus/wordnetindex: indexes compiled from tests/data/knowledge/wordnet-mini (noosphere-cli words index).
cp fuzz/corpus/wordnetindex/* "$wncorpus"/
build-fuzz/bin/fuzz_wordnetindex -max_total_time="$seconds" -max_len=16384 -timeout=10 -dict=fuzz/wordnetindex.dict "$wncorpus"
# Image import: seeds are 6 x 8-pixel images made with cv::imwrite (PNG RGB, RGBA, 16-bit grey; JPEG baseline and
# progressive; WebP lossy and lossless), kept here as base64 rather than as binary files, plus a printed marker.
seed() { base64 -d >"$imcorpus/$1"; }
seed rgb.png <<'SEED'
iVBORw0KGgoAAAANSUhEUgAAAAgAAAAGCAIAAABxZ0isAAAAoUlEQVQIHQGWAGn/AU8CW34yWOjUOUMSAzXA4DjE6BF0rxXA3gHTz8by0+9jIgq+
L0hKEyZN7IDCaAIxvKsB4KfdmymUalNlpWww7MJcFlZZiwsfg9NRAWVMlonachkJTJzHId5PeKggTzHNghN2igFy3HlYh3+Fcc8L8rk3hih3Kg3R
/IoALGUBLJPtiqPiCY9y54OuXaj982uraJPdig7Lv7BFbSfwhBMAAAAASUVORK5CYII=
SEED
seed rgba.png <<'SEED'
iVBORw0KGgoAAAANSUhEUgAAAAgAAAAGCAYAAAD+Bd/7AAAA0UlEQVQIHQHGADn/AQgRGaa0QFtqu8Vyl8zC5Kr8NF6O4f6LYj591tx67So7AWqy
GaK7OxKjE38hTD0WEB+HdBXI/tpyhZfnv+8uXnMhAT+E+Ik022WrtPSeRX5vHbQOEqsL+B3vJYX5iURKipypAcdDpiou0okvwW93Cy9VR2wuXhxg
trTqAx3bgjeBK4k6AUxbTAJJS3aVXIUWFottMw6mHxc9fwCQ/4X3ZmmNM4fzATaYap4Ie8qs6AluKcivSRIithf5pxnm0JR8BPi7xl1vAwBYw2nQ
nK0AAAAASUVORK5CYII=
SEED
seed grey16.png <<'SEED'
iVBORw0KGgoAAAANSUhEUgAAAAQAAAAEEAAAAADcCh3hAAAAL0lEQVQIHQEkANv/ATRrC2JefKDsAeuIn99Y+enwARwxOc9F9fUxAUWQmP9umH01
M9ERa4GCbN0AAAAASUVORK5CYII=
SEED
seed colour.jpg <<'SEED'
/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDABALDA4MChAODQ4SERATGCgaGBYWGDEjJR0oOjM9PDkzODdASFxOQERXRTc4UG1RV19iZ2hnPk1xeXBk
eFxlZ2P/2wBDARESEhgVGC8aGi9jQjhCY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2P/wAARCAAGAAgD
ASIAAhEBAxEB/8QAHwAAAQUBAQEBAQEAAAAAAAAAAAECAwQFBgcICQoL/8QAtRAAAgEDAwIEAwUFBAQAAAF9AQIDAAQRBRIhMUEGE1FhByJxFDKB
kaEII0KxwRVS0fAkM2JyggkKFhcYGRolJicoKSo0NTY3ODk6Q0RFRkdISUpTVFVWV1hZWmNkZWZnaGlqc3R1dnd4eXqDhIWGh4iJipKTlJWWl5iZ
mqKjpKWmp6ipqrKztLW2t7i5usLDxMXGx8jJytLT1NXW19jZ2uHi4+Tl5ufo6erx8vP09fb3+Pn6/8QAHwEAAwEBAQEBAQEBAQAAAAAAAAECAwQF
BgcICQoL/8QAtREAAgECBAQDBAcFBAQAAQJ3AAECAxEEBSExBhJBUQdhcRMiMoEIFEKRobHBCSMzUvAVYnLRChYkNOEl8RcYGRomJygpKjU2Nzg5
OkNERUZHSElKU1RVVldYWVpjZGVmZ2hpanN0dXZ3eHl6goOEhYaHiImKkpOUlZaXmJmaoqOkpaanqKmqsrO0tba3uLm6wsPExcbHyMnK0tPU1dbX
2Nna4uPk5ebn6Onq8vP09fb3+Pn6/9oADAMBAAIRAxEAPwCWO2a5dEjMaK7dFTYAMjGAD1BTrnjP1ooormxjcZpL+tSqfvXbP//Z
SEED
seed progressive.jpg <<'SEED'
/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDABALDA4MChAODQ4SERATGCgaGBYWGDEjJR0oOjM9PDkzODdASFxOQERXRTc4UG1RV19iZ2hnPk1xeXBk
eFxlZ2P/2wBDARESEhgVGC8aGi9jQjhCY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2P/wgARCAAGAAgD
ASIAAhEBAxEB/8QAFQABAQAAAAAAAAAAAAAAAAAAAAL/xAAVAQEBAAAAAAAAAAAAAAAAAAABA//aAAwDAQACEAMQAAABoSf/xAAXEAADAQAAAAAA
AAAAAAAAAAAAAQIS/9oACAEBAAEFAlOj/8QAFhEAAwAAAAAAAAAAAAAAAAAAAAIh/9oACAEDAQE/AVp//8QAFxEAAwEAAAAAAAAAAAAAAAAAAAED
If/aAAgBAgEBPwG2M//EABYQAAMAAAAAAAAAAAAAAAAAAAARIf/aAAgBAQAGPwKI/8QAGRABAAIDAAAAAAAAAAAAAAAAAQARMUHw/9oACAEBAAE/
IUQUC6K7E//aAAwDAQACAAMAAAAQ+//EABYRAQEBAAAAAAAAAAAAAAAAAAEAMf/aAAgBAwEBPxDRb//EABcRAQADAAAAAAAAAAAAAAAAAAEAIfD/
2gAIAQIBAT8QSIa5/8QAGRABAQEAAwAAAAAAAAAAAAAAARExACFx/9oACAEBAAE/EFexUYUkB0d3q+8//9k=
SEED
seed lossy.webp <<'SEED'
UklGRmYAAABXRUJQVlA4IFoAAADQAQCdASoIAAYAAsBMJbACdAD0pcvcEADNePzXTIxvC717plP1akV9GFLUYZpwAym8fEr3snKy0EPuUIV/i2wE
SY0gq5bw3/0N9ERRp3aa0EMGyB5t3+gAAAA=
SEED
seed lossless.webp <<'SEED'
UklGRjYBAABXRUJQVlA4TCkBAAAvB0ABEH/hNAAApMHdI0QakTM4kw6veHN3n+sdTiMAQCLcE0cksQBrwMQM4e5Ud7cXNxYAoJTubls3q2u7gRN4
7sBm6o7/nQgAQDj9rrrxBcYj7gWI15iM7QVLamveEiN/YHU19xAJs4X02ugvo+8XuFaLArZ+tKCfAQfJR7R2G+Sj6MlTuGSgIsRrNQxzYBr/G2L1
r0IwG/8VsgvszxmXDbc3N07pGRX6p2id22LUlkOo+24c4D/TMqg7bmZ8Lw0Wd1ArrSP5oRof6ei17IzHv7pifnkD8LBmxEtml9VDPe9fEjawvFqo
9qbSJ/mboMwZKqYgaodzsQqYAMMAAIsmZyPbdhH9DxDPG96zcCBFyh/7tUn1a0WnCAZX/Yq1dOfYm07m6LgbvzAA
SEED
build/bin/noosphere-cli marker print --id 3 --size-mm 10 --dpi 72 --out "$imcorpus/marker.png" >/dev/null 2>&1 || true
build-fuzz/bin/fuzz_imageimport -max_total_time="$seconds" -max_len=65536 -timeout=10 -rss_limit_mb=2048 "$imcorpus"
# Genome files (fuzz/corpus/genome: each family's default genome, as `design families --json` gives them).
cp fuzz/corpus/genome/* "$gncorpus"/
build-fuzz/bin/fuzz_genome -max_total_time="$seconds" -max_len=4096 -timeout=10 "$gncorpus"
# The style GAN's config.json: the shipped model's shape.
cat >"$gccorpus/config.json" <<'SEED'
{"model_type": "noosphere-stylegan2", "resolution": 64, "image_channels": 4, "z_dim": 128, "w_dim": 128,
 "mapping_layers": 4, "mapping_lr_multiplier": 0.01, "max_channels": 128, "channel_base": 1024}
SEED
build-fuzz/bin/fuzz_ganconfig -max_total_time="$seconds" -max_len=1024 -timeout=10 "$gccorpus"
