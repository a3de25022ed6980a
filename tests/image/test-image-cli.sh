#!/usr/bin/env bash
# Checks `noosphere-cli image palette` as a user meets it: a printed marker (black on white) gives its two colours
# with their shares, --json and --colours work, and every bad input exits 2 with exactly one line on stderr.
# Usage: test-image-cli.sh path/to/noosphere-cli
set -u
cli=${1:?noosphere-cli}
source "$(dirname "${BASH_SOURCE[0]}")/../common/clitest.sh"

run "image palette --help" 0 image palette --help && grep -q "Exit codes" "$work/out" && pass "palette --help states the exit codes"

if run "marker print" 0 marker print --id 3 --size-mm 20 --dpi 96 --out "$work/marker.png"; then
    if run "palette of a marker" 0 image palette "$work/marker.png"; then
        # Black and white only: two colours (fewer than five stay distinct), together all of it.
        lines=$(wc -l <"$work/out")
        [ "$lines" -eq 2 ] && pass "a black-and-white picture has two colours" || fail "palette lines: $(cat "$work/out")"
        grep -q "^#ffffff" "$work/out" && grep -q "^#000000" "$work/out" && pass "white and black" ||
            fail "colours: $(cat "$work/out")"
        total=$(awk '{ gsub("%", "", $2); s += $2 } END { printf "%.0f", s }' "$work/out")
        [ "$total" = "100" ] && pass "shares add up to 100%" || fail "shares add up to $total"
    fi
    if run "palette --json" 0 image palette "$work/marker.png" --colours 2 --json; then
        [ "$(grep -c '"hex"' "$work/out")" -eq 2 ] && grep -q '"share"' "$work/out" &&
            pass "--json: two colours with their shares" || fail "--json: $(head -c 300 "$work/out")"
    fi
    badInput "--colours 40" image palette "$work/marker.png" --colours 40
    head -c 300 "$work/marker.png" >"$work/cut.png"
    badInput "a truncated PNG" image palette "$work/cut.png"
fi
badInput "a missing file" image palette "$work/nothing.png"
echo "just text" >"$work/text.png"
badInput "a text file named .png" image palette "$work/text.png"

clitest_summary
