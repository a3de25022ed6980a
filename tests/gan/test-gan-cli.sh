#!/usr/bin/env bash
# Checks `noosphere-cli gan …` as a user meets it, on a tiny model trained here from printed markers: train
# writes a loadable model with sample grids, every verb writes its pictures and a seed repeats them, score prints
# the table with its two baselines, follow-score compares suggestions with samples on a tracing, and bad input
# (missing or damaged model, a non-image or blank sketch, a damaged training picture) exits 2 with one error line.
# Usage: test-gan-cli.sh path/to/noosphere-cli
set -u
cli=${1:?noosphere-cli}
source "$(dirname "${BASH_SOURCE[0]}")/../common/clitest.sh"

mkdir -p "$work/pictures"
for id in 0 1 2 3 4 5 6 7 8 9 10 11; do
    "$cli" marker print --id $id --size-mm 10 --dpi 96 --out "$work/pictures/m$id.png" >/dev/null || fail "marker print $id"
done

tiny=(--resolution 16 --max-channels 16 --channel-base 128 --w-dim 16 --batch 4 --encoder-steps 2 --sample-every 2)
if run "gan train" 0 gan train --images "$work/pictures" --out "$work/model" "${tiny[@]}" --steps 4 --seed 3; then
    [ -s "$work/model/config.json" ] && [ -s "$work/model/model.safetensors" ] && pass "train writes the model" ||
        fail "train: $(ls "$work/model")"
    ls "$work/model/samples/"grid-*.png >/dev/null 2>&1 && pass "train writes sample grids" || fail "no sample grid"
    [ "$(wc -l <"$work/model/training-log.csv")" -eq 6 ] && pass "one log line per step" ||
        fail "log: $(cat "$work/model/training-log.csv")"
fi

if run "gan sample" 0 gan sample --model "$work/model" --n 4 --seed 3 --out "$work/a.png" &&
    run "gan sample again" 0 gan sample --model "$work/model" --n 4 --seed 3 --out "$work/b.png" &&
    run "gan sample, other seed" 0 gan sample --model "$work/model" --n 4 --seed 4 --out "$work/c.png"; then
    cmp -s "$work/a.png" "$work/b.png" && pass "a seed repeats its pictures" || fail "same seed, other pictures"
    cmp -s "$work/a.png" "$work/c.png" && fail "another seed gave the same pictures" || pass "another seed, other pictures"
fi
run "gan mix" 0 gan mix --model "$work/model" --coarse 1,2 --fine 3,4,5 --out "$work/mix.png" && [ -s "$work/mix.png" ] &&
    pass "mix writes its table"
run "gan breed" 0 gan breed --model "$work/model" --a 1 --b 2 --n 3 --out "$work/breed.png" && [ -s "$work/breed.png" ] &&
    pass "breed writes parents and children"
if run "gan directions" 0 gan directions --model "$work/model" --out "$work/directions.png"; then
    [ "$(grep -c '^direction ' "$work/out")" -eq 8 ] && pass "eight principal directions" || fail "directions: $(cat "$work/out")"
fi
# Whether the first suggestion's layers share one w: "same" or "per-layer".
layers() {
    python3 -c "import json,sys; l=json.load(open(sys.argv[1]))[0]; d=l['w_dim']; w=l['w_plus']
print('same' if all(w[i*d:(i+1)*d]==w[:d] for i in range(l['styles'])) else 'per-layer')" "$1"
}
run "gan project --w-plus" 0 gan project --model "$work/model" --image "$work/pictures/m5.png" --n 2 --steps 2 --w-plus \
    --out "$work/project-wplus" && { [ "$(layers "$work/project-wplus/latents.json")" = per-layer ] &&
    pass "project --w-plus gives a style per layer" || fail "--w-plus gave one w"; }
if run "gan project" 0 gan project --model "$work/model" --image "$work/pictures/m5.png" --n 3 --steps 2 --out "$work/project"; then
    [ -s "$work/project/suggestion-3.png" ] && pass "project writes its suggestions" || fail "project: $(ls "$work/project")"
    [ -s "$work/project/sketch.png" ] && pass "project writes the framed sketch it followed" || fail "no sketch.png"
    [ "$(layers "$work/project/latents.json")" = same ] && pass "project finds one w for every layer" || fail "w+ by default"
    python3 -c "import json,sys; l=json.load(open(sys.argv[1])); assert len(l)==3 and l[0]['operation']=='project'" \
        "$work/project/latents.json" && pass "project writes the latents" || fail "latents.json"
fi
if run "gan score" 0 gan score --model "$work/model" --images "$work/pictures" --samples 16 --json; then
    python3 -c "import json,sys; d=json.load(sys.stdin); assert [r['name'] for r in d['rows']]==['model samples','blurred noise','training pictures']" \
        <"$work/out" && pass "score compares the model with two baselines" || fail "score: $(cat "$work/out")"
fi

if run "gan follow-score" 0 gan follow-score --model "$work/model" --images "$work/pictures" --sketches 2 --steps 2 --json \
    --out "$work/follow.png"; then
    python3 -c "import json,sys; d=json.load(sys.stdin); r=d['rows']; assert d['sketches']==1 and len(r)==3
assert all(0 <= x[k] <= 100 for x in r for k in ('strokes','whole'))" <"$work/out" &&
        pass "follow-score compares suggestions and samples on a tracing" || fail "follow-score: $(cat "$work/out")"
    [ -s "$work/follow.png" ] && pass "follow-score writes its sheet" || fail "no follow.png"
fi

badInput "no model folder" gan sample --model "$work/nothing" --out "$work/x.png"
mkdir -p "$work/damaged" && cp "$work/model/config.json" "$work/damaged/" &&
    head -c 1000 "$work/model/model.safetensors" >"$work/damaged/model.safetensors"
badInput "truncated weights" gan sample --model "$work/damaged" --out "$work/x.png"
echo "not a picture" >"$work/sketch.png"
badInput "a sketch that is no picture" gan project --model "$work/model" --image "$work/sketch.png" --out "$work/p2"
# A page with nothing drawn on it (white, 40 × 30).
python3 -c "import sys,zlib,struct
c=lambda t,b: struct.pack('>I',len(b))+t+b+struct.pack('>I',zlib.crc32(t+b))
raw=b''.join(b'\\0'+b'\\xff'*120 for _ in range(30))
sys.stdout.buffer.write(b'\\x89PNG\\r\\n\\x1a\\n'+c(b'IHDR',struct.pack('>IIBBBBB',40,30,8,2,0,0,0))+c(b'IDAT',zlib.compress(raw))+c(b'IEND',b''))" >"$work/blank.png"
badInput "a sketch with nothing drawn" gan project --model "$work/model" --image "$work/blank.png" --out "$work/p3"
mkdir -p "$work/badpictures" && cp "$work/pictures/"m*.png "$work/badpictures/" &&
    head -c 200 "$work/pictures/m3.png" >"$work/badpictures/m3.png"
badInputAfterProgress "a damaged training picture" gan train --images "$work/badpictures" --out "$work/m2" "${tiny[@]}" --steps 2
badInputAfterProgress "an empty picture folder" gan train --images "$work/nothing" --out "$work/m3" --steps 2

clitest_summary
