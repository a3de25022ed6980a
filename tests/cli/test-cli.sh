#!/usr/bin/env bash
# Checks noosphere-cli as a user meets it: --version/--help, info, project new/check/export/export-preferences,
# lm and tokenize, and that every bad project file makes `project check` exit 2 with exactly one line on stderr,
# leaving the file byte-identical.
# Usage: test-cli.sh path/to/noosphere-cli path/to/tests/data
set -u
cli=${1:?noosphere-cli}
data=${2:?tests/data folder}
work=$(mktemp -d)
trap 'chmod -R u+w "$work"; rm -rf "$work"' EXIT
nFailed=0
nPassed=0

fail() { echo "FAIL: $*"; nFailed=$((nFailed + 1)); }
pass() { echo "ok: $*"; nPassed=$((nPassed + 1)); }

# run NAME EXPECTED_RC ARGS...: runs the CLI, keeping stdout and stderr in $work/out and $work/err.
run() {
    local name=$1 expected=$2
    shift 2
    "$cli" "$@" >"$work/out" 2>"$work/err"
    local rc=$?
    if [ "$rc" -ne "$expected" ]; then
        fail "$name: exit $rc, expected $expected; stderr: $(head -c 500 "$work/err")"
        return 1
    fi
    return 0
}

run "--version" 0 --version && grep -q "noosphere-cli" "$work/out" && pass "--version"
run "--help" 0 --help && grep -q "project" "$work/out" && pass "--help"
run "project export --help" 0 project export --help && grep -q -- "--out" "$work/out" && pass "project export --help"
if run "info" 0 info; then
    if grep -q "^LibTorch " "$work/out" && grep -q "^OpenCV " "$work/out"; then pass "info"; else
        fail "info: no LibTorch or OpenCV line: $(cat "$work/out")"; fi
fi

# The compute device: a short GEMM, bad sizes refused, CUDA refused where there is none.
run "device bench" 0 --threads 1 device bench --seconds 0.3 --size 128 &&
    grep -qE "^cpu GEMM 128x128: [0-9.]+ GFLOP/s .*1 threads" "$work/out" && pass "device bench"
run "device bench --size 3" 2 device bench --size 3 && [ "$(wc -l <"$work/err")" -eq 1 ] &&
    pass "device bench refuses a bad size"
if "$cli" info | grep -q "CUDA available: no"; then
    run "device bench --device cuda" 2 device bench --device cuda && grep -q "no CUDA device" "$work/err" &&
        pass "device bench --device cuda without a GPU says so"
fi

# A good project: new, then check (as the studio opens it, and read-only), then export.
project="$work/novel.noo"
run "project new" 0 project new "$project" && [ -s "$project" ] && pass "project new"
run "project new (exists)" 2 project new "$project" && [ "$(wc -l <"$work/err")" -eq 1 ] &&
    pass "project new refuses an existing file"
if run "project check" 0 project check "$project"; then
    if grep -qE "^.*novel\.noo: ok, schema v[0-9]+, 1 chapters, 0 words$" "$work/out"; then pass "project check"; else
        fail "project check printed: $(cat "$work/out")"; fi
fi
if command -v sqlite3 >/dev/null; then
    sqlite3 "$project" "UPDATE chapters SET title = 'Opening', body = 'It was a dark night. 风雨'"
    run "project check (words)" 0 project check "$project" && grep -q ", 7 words$" "$work/out" &&
        pass "project check counts words"
fi
if run "project export" 0 project export "$project"; then
    if head -1 "$work/out" | grep -qE "^# (Opening|Chapter 1)$"; then pass "project export to stdout"; else
        fail "project export printed: $(head -3 "$work/out")"; fi
fi
run "project export --out" 0 project export "$project" --out "$work/novel.md" --format markdown &&
    head -1 "$work/novel.md" | grep -q "^# " && pass "project export --out"
run "project export --format pdf" 2 project export "$project" --format pdf &&
    [ "$(wc -l <"$work/err")" -eq 1 ] && pass "project export refuses an unknown format"

# The assistant's feedback as preference pairs: an accepted card over each sibling, a token pick over the drawn
# token; dismissals make no pair. (Each run costs ~1 s of library loading: the checks share runs.)
run "export-preferences of a new project" 0 project export-preferences "$project" && [ ! -s "$work/out" ] &&
    pass "project export-preferences of a project without feedback prints nothing"
if command -v sqlite3 >/dev/null; then
    # The rows as the studio writes them (schema v3).
    sqlite3 "$project" <<'SQL'
INSERT INTO model_versions (id, name, kind, file_hash, path, created_at) VALUES (1, 'default-lm', 'lm', 'abc123', '/m/default-lm', 0);
INSERT INTO generated_items (id, kind, model_version_id, batch_id, chapter_id, inputs, seed, output_text, created_at) VALUES
    (1, 'continuation', 1, 1, 1, '{"prompt":"It was night.","prompt_sha256":"ff","context_window":256}', 7, ' The owl called.', 0),
    (2, 'continuation', 1, 1, 1, '{"prompt":"It was night.","prompt_sha256":"ff","context_window":256}', 7, ' A bell rang.', 0),
    (3, 'continuation', 1, 1, 1, '{"prompt":"It was night.","prompt_sha256":"ff","context_window":256}', 7, ' Rain fell.', 0);
INSERT INTO ratings (item_id, kind, value, created_at) VALUES (2, 'accept', 1, 10);
INSERT INTO ratings (item_id, kind, value, detail, created_at) VALUES (1, 'token_pick', 1,
    '{"position":1,"text_before":" The","original":{"id":5,"text":" owl","logprob":-1.0},"picked":{"id":9,"text":" fox","logprob":-2.0}}', 11);
INSERT INTO ratings (item_id, kind, value, created_at) VALUES (3, 'dismiss', 1, 12);
SQL
    pairs="$work/pairs.jsonl"
    if run "project export-preferences --out" 0 project export-preferences "$project" --out "$pairs"; then
        if [ ! -s "$work/out" ] && [ "$(wc -l <"$pairs")" -eq 3 ] &&
            grep -q '^{"prompt":"It was night.","chosen":" A bell rang.","rejected":" The owl called.","source":"accept"' "$pairs" &&
            grep -q '"rejected":" Rain fell."' "$pairs" &&
            grep -q '^{"prompt":"It was night. The","chosen":" fox","rejected":" owl","source":"token_pick"' "$pairs" &&
            grep -q '"model":{"version_id":1,"name":"default-lm","file_hash":"abc123","path":"/m/default-lm"}' "$pairs" &&
            grep -q '"inputs":{"prompt_sha256":"ff","context_window":256}' "$pairs" &&
            grep -q "^3 preference pairs (2 from accepted continuations, 1 from token picks)$" "$work/err"; then
            pass "project export-preferences writes one pair per line with provenance"
        else
            fail "project export-preferences wrote: $(cat "$pairs") / $(cat "$work/err")"
        fi
        if command -v jq >/dev/null && ! jq -e . "$pairs" >/dev/null; then fail "export-preferences: not JSON lines"; fi
    fi
fi
run "export-preferences missing file" 2 project export-preferences "$work/missing.noo" &&
    [ "$(wc -l <"$work/err")" -eq 1 ] && grep -q "^noosphere-cli: .*missing.noo.* does not exist" "$work/err" &&
    pass "project export-preferences refuses a missing file: $(cat "$work/err")"
cp "$data/bad/not-sqlite.noo" "$work/not-a-project.noo"
run "export-preferences not a project" 2 project export-preferences "$work/not-a-project.noo" &&
    [ "$(wc -l <"$work/err")" -eq 1 ] && grep -q "not-a-project.noo" "$work/err" &&
    pass "project export-preferences refuses a bad file: $(cat "$work/err")"

# A read-only file: refused for writing (the permission bits count even for root), fine read-only.
cp "$project" "$work/readonly.noo"
chmod 0444 "$work/readonly.noo"
run "check read-only file" 2 project check "$work/readonly.noo" && pass "project check refuses a read-only file"
run "check --read-only read-only file" 0 project check --read-only "$work/readonly.noo" &&
    pass "project check --read-only opens a read-only file"

# Bad files: exit 2, one line on stderr naming the file, the file byte-identical afterwards. (Each run costs
# ~1 s of library loading here, so the read-only and export variants run on two fixtures, not all.)
# check_bad FILE [OPTIONS...]
check_bad() {
    local file=$1 name
    shift
    name=$(basename "$file")
    local before after nLines
    before=$([ -f "$file" ] && sha256sum <"$file")
    run "check $name $*" 2 project check "$@" "$file" || return
    nLines=$(wc -l <"$work/err")
    if [ "$nLines" -ne 1 ]; then fail "check $name $*: $nLines lines on stderr"; return; fi
    if ! grep -q "^noosphere-cli: .*$name" "$work/err"; then fail "check $name $*: $(cat "$work/err")"; return; fi
    after=$([ -f "$file" ] && sha256sum <"$file")
    if [ "$before" != "$after" ]; then fail "check $name $* changed the file"; return; fi
    pass "check $name $*: $(cat "$work/err")"
}
mkdir "$work/bad" "$work/folder.noo"
cp "$data"/bad/*.noo "$work/bad/"
for file in "$work"/bad/*.noo "$work/folder.noo" "$work/missing.noo"; do
    check_bad "$file"
done
check_bad "$work/bad/corrupt.noo" --read-only
check_bad "$work/bad/truncated.noo" --read-only
run "export newer-version.noo" 2 project export "$work/bad/newer-version.noo" &&
    [ "$(wc -l <"$work/err")" -eq 1 ] && pass "export newer-version.noo refused"
[ ! -e "$work/missing.noo" ] || fail "checking a missing file created it"
nBad=$(find "$data/bad" -maxdepth 1 -name '*.noo' | wc -l)
[ "$(find "$work/bad" -type f | wc -l)" -eq "$nBad" ] || fail "files appeared beside the bad ones: $(ls "$work/bad")"

# Language models: inspect a fixture, refuse bad model folders with one line, tokenize.
run "lm inspect" 0 lm inspect "$data/lm/llama" && grep -q "^architecture: llama" "$work/out" &&
    grep -q "parameters: " "$work/out" && pass "lm inspect"
for bad in no-config no-weights truncated unknown-type; do
    run "lm inspect bad/$bad" 2 lm inspect "$data/lm/bad/$bad" && [ "$(wc -l <"$work/err")" -eq 1 ] &&
        pass "lm inspect refuses bad/$bad with one line"
done
run "lm generate without a tokenizer" 2 lm generate --model "$data/lm/gpt2" --prompt "Hello" &&
    grep -q "tokenizer" "$work/err" && pass "lm generate says the tokenizer is missing"
run "lm score missing file" 2 lm score --model "$data/lm/gpt2" "$work/nothing.txt" && pass "lm score refuses a missing file"
run "tokenize" 0 tokenize --model "$data/tokenize/llama2" --ids "In the beginning God created" &&
    grep -qE "^[0-9]+( [0-9]+)+$" "$work/out" && pass "tokenize --ids"
run "tokenize no model" 2 tokenize --model "$work" "x" && [ "$(wc -l <"$work/err")" -eq 1 ] &&
    pass "tokenize refuses a folder without tokenizer files"

# lm train: a tiny model from a small text, usable at once by the other verbs; bad input exits 2 with one line.
for i in $(seq 60); do echo "It is a truth universally acknowledged that a single man in possession of a good fortune must be in want of a wife. $i"; done >"$work/train.txt"
tiny=(--vocab 300 --layers 1 --hidden 32 --heads 4 --kv-heads 2 --mlp 64 --context 16 --batch 2 --steps 3)
run "lm train" 0 --threads 1 lm train --text "$work/train.txt" --out "$work/tiny-lm" "${tiny[@]}" &&
    [ -s "$work/tiny-lm/model.safetensors" ] && [ -s "$work/tiny-lm/tokenizer.json" ] && pass "lm train writes a model folder"
run "lm generate (trained)" 0 lm generate --model "$work/tiny-lm" --prompt "It is" --max-tokens 4 && pass "the trained model generates"
run "lm train again" 0 --threads 1 lm train --text "$work/train.txt" --out "$work/tiny-lm" "${tiny[@]}" &&
    grep -q "resuming from the checkpoint at step 3" "$work/err" && pass "lm train resumes from its checkpoint"
printf 'caf\xe9 au lait\n' >"$work/latin1.txt"
run "lm train invalid UTF-8" 2 lm train --text "$work/latin1.txt" --out "$work/bad-lm" "${tiny[@]}" &&
    [ "$(wc -l <"$work/err")" -eq 1 ] && grep -q "UTF-8" "$work/err" && pass "lm train refuses invalid UTF-8 with one line"
run "lm train missing text" 2 lm train --text "$work/none.txt" --out "$work/bad-lm" "${tiny[@]}" &&
    [ "$(wc -l <"$work/err")" -eq 1 ] && pass "lm train refuses a missing text with one line"
run "lm train bad shape" 2 lm train --text "$work/train.txt" --out "$work/bad-lm" --hidden 30 --heads 4 &&
    [ "$(wc -l <"$work/err")" -eq 1 ] && pass "lm train refuses a shape it cannot build"

if ldd "$cli" | grep -q "libQt6"; then fail "noosphere-cli links Qt 6: $(ldd "$cli" | grep libQt6 | head -3)"; else
    pass "noosphere-cli does not link Qt 6"; fi

echo "cli tests: $nPassed passed, $nFailed failed"
[ "$nFailed" -eq 0 ]
