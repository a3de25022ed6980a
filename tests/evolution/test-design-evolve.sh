#!/usr/bin/env bash
# `noosphere-cli design evolve` as a user meets it: a simulated designer's ratings improve over ten generations
# (averaged over three runs), the files are written and the same seed repeats the run byte for byte, and each
# bad input exits 2 with exactly one line on stderr.
# Usage: test-design-evolve.sh path/to/noosphere-cli
set -u
cli=${1:?noosphere-cli}
source "$(dirname "${BASH_SOURCE[0]}")/../common/clitest.sh"

# field GENERATION NAME: from a line "generation   N: rating best B mean M, front F/P, R rated" in $work/out.
field() {
    awk -v g="$1" -v name="$2" '$1 == "generation" && $2 == g ":" {
        for (i = 3; i <= NF; ++i) if ($i == name) { v = $(i + 1); sub(/,$/, "", v); print v } }' "$work/out"
}

# Three simulated designers, three families: the population's stars at generation 10 against generation 0.
sums="0 0 0 0"
families=(lathe sweep assembled)
for s in 1 2 3; do
    family=${families[$((s - 1))]}
    if run "evolve $family sim:$s" 0 design evolve --family "$family" --population 16 --generations 10 --seed "$s" \
        --rater "sim:$s" --out "$work/run$s"; then
        cp "$work/out" "$work/run$s.txt"
        sums=$(echo "$sums $(field 0 mean) $(field 10 mean) $(field 0 best) $(field 10 best)" |
            awk '{ print $1 + $5, $2 + $6, $3 + $7, $4 + $8 }')
        files=$(ls "$work/run$s" | wc -l)
        [ "$files" -eq 12 ] && [ -s "$work/run$s/summary.json" ] && [ -s "$work/run$s/generation-010.json" ] &&
            pass "evolve $family writes generation-000 … 010 and summary.json" ||
            fail "evolve $family: $files files in $(ls "$work/run$s" | tr '\n' ' ')"
        if command -v jq >/dev/null; then
            jq -e '(.population | length) == 16 and all(.population[]; (.objectives | length) == 3 and .predicted.sd >= 0)
                   and (.ratedThisGeneration | length) == 4' "$work/run$s/generation-010.json" >/dev/null &&
                pass "evolve $family: generation-010.json holds 16 variants, 4 rated" ||
                fail "evolve $family: generation-010.json: $(head -c 300 "$work/run$s/generation-010.json")"
        fi
    fi
done
read -r mean0 mean10 best0 best10 <<<"$sums"
echo "mean stars over three runs: generation 0 $(awk "BEGIN{print $mean0/3}"), generation 10 $(awk "BEGIN{print $mean10/3}");" \
    "best: $(awk "BEGIN{print $best0/3}") → $(awk "BEGIN{print $best10/3}")"
awk "BEGIN{exit !($mean10 > $mean0 + 1.5 && $best10 >= $best0)}" &&
    pass "the simulated designer's ratings improve over ten generations" ||
    fail "ratings did not improve: mean $mean0 → $mean10, best $best0 → $best10 (sums over three runs)"

# The same seed, the same run; no rater is fine too (the rating objective is then left out of play).
run "evolve again" 0 design evolve --family lathe --population 16 --generations 10 --seed 1 --rater sim:1 \
    --out "$work/again" && cmp -s "$work/run1/generation-010.json" "$work/again/generation-010.json" &&
    pass "the same seed repeats the run" || fail "the same seed gave another generation 10"
run "evolve without rater" 0 design evolve --family sweep --population 6 --generations 2 --out "$work/norater" &&
    grep -q "^generation   2: front" "$work/out" && pass "evolve without a rater" ||
    fail "evolve without a rater: $(cat "$work/out")"

# Bad input: exit 2, one line on stderr, nothing written.
bad() {
    local name=$1
    shift
    run "$name" 2 design evolve "$@" --out "$work/bad" && [ "$(wc -l <"$work/err")" -eq 1 ] && [ ! -e "$work/bad" ] &&
        pass "$name exits 2 with one line" || fail "$name: stderr $(cat "$work/err")"
}
bad "unknown family" --family teapot
bad "population 3" --family lathe --population 3
bad "generations 0" --family lathe --generations 0
bad "rater human" --family lathe --rater human
bad "rater sim:" --family lathe --rater sim:
bad "rater sim:x" --family lathe --rater sim:x
bad "rated 20 of 16" --family lathe --population 16 --rated 20
bad "population abc" --family lathe --population abc

clitest_summary
