#!/usr/bin/env bash
# cli.design: `noosphere-cli design families|export` as a script would use them: every family exports to every
# format, a genome file round-trips, and bad input (a genome file with a missing, extra or out-of-range gene, an
# unknown family, a degenerate genome, a format we do not write, a missing file) gets one line and exit 2.
set -uo pipefail
cli=${1:?noosphere-cli}
source "$(dirname "${BASH_SOURCE[0]}")/../common/clitest.sh"
dir=$work

expect_exit() {  # expected-code stderr-substring command...
    local want=$1 needle=$2 before=$nFailed
    shift 2
    "$@" >"$dir/out" 2>"$dir/err"
    local got=$?
    [ "$got" -eq "$want" ] || fail "$* exited $got, wanted $want ($(cat "$dir/err"))"
    if [ -n "$needle" ] && ! grep -q -- "$needle" "$dir/err"; then
        fail "$*: stderr lacks '$needle': $(cat "$dir/err")"
    fi
    if [ "$want" -eq 2 ] && [ "$(wc -l <"$dir/err")" -ne 1 ]; then
        fail "$*: wanted one line on stderr, got: $(cat "$dir/err")"
    fi
    [ "$nFailed" -ne "$before" ] || pass "${*:2}: exit $want"
}

"$cli" design families >"$dir/families.txt" && grep -q "^lathe" "$dir/families.txt" || fail "design families does not list lathe"
[ "$("$cli" design families --json | grep -c '"id": "\(lathe\|sweep\|assembled\)"')" -eq 3 ] ||
    fail "design families --json does not hold the three families"

for family in lathe sweep assembled; do
    for format in glb obj stl; do
        expect_exit 0 "" "$cli" design export --family "$family" --out "$dir/$family.$format"
        [ -s "$dir/$family.$format" ] || fail "$family.$format is empty"
    done
    [ -s "$dir/$family.mtl" ] || fail "$family.obj has no .mtl beside it"
done
# STL: 84 bytes of header and count, 50 a triangle.
triangles=$(grep -o '[0-9]* triangles' "$dir/out" | head -1)
[ -n "$triangles" ] || fail "export does not say how many triangles it wrote"

cat >"$dir/vase.json" <<'JSON'
{"family": "lathe", "genes": {"height": 120, "radius_base": 30, "radius_low": 50, "radius_middle": 60,
 "radius_high": 45, "radius_top": 40, "twist": 90, "ribs": 12, "rib_depth": 3, "wall": 2.5, "base": 4}}
JSON
expect_exit 0 "" "$cli" design export --genome "$dir/vase.json" --out "$dir/vase.stl"
size=$(stat -c %s "$dir/vase.stl")
count=$(od -An -tu4 -j80 -N4 "$dir/vase.stl" | tr -d ' ')
[ "$size" -eq $((84 + 50 * count)) ] || fail "vase.stl is $size bytes for $count triangles"

sed 's/"wall": 2.5, //' "$dir/vase.json" >"$dir/missing.json"
expect_exit 2 '"wall" is missing' "$cli" design export --genome "$dir/missing.json" --out "$dir/x.stl"
sed 's/"base": 4/"base": 4, "spout": 1/' "$dir/vase.json" >"$dir/extra.json"
expect_exit 2 'no gene "spout"' "$cli" design export --genome "$dir/extra.json" --out "$dir/x.stl"
sed 's/"height": 120/"height": 4000/' "$dir/vase.json" >"$dir/range.json"
expect_exit 2 'outside 40 to 300 mm' "$cli" design export --genome "$dir/range.json" --out "$dir/x.stl"
sed 's/"family": "lathe"/"family": "teapot"/' "$dir/vase.json" >"$dir/family.json"
expect_exit 2 'teapot' "$cli" design export --genome "$dir/family.json" --out "$dir/x.stl"
sed 's/"radius_base": 30, "radius_low": 50, "radius_middle": 60, /"radius_base": 10, "radius_low": 10, "radius_middle": 10, /; s/"radius_high": 45, "radius_top": 40/"radius_high": 10, "radius_top": 10/; s/"rib_depth": 3, "wall": 2.5/"rib_depth": 8, "wall": 8/' \
    "$dir/vase.json" >"$dir/degenerate.json"
expect_exit 2 'cannot be made' "$cli" design export --genome "$dir/degenerate.json" --out "$dir/x.stl"
printf '\x89PNG not json' >"$dir/binary.json"
expect_exit 2 'does not parse' "$cli" design export --genome "$dir/binary.json" --out "$dir/x.stl"
expect_exit 2 'No such file' "$cli" design export --genome "$dir/none.json" --out "$dir/x.stl"
expect_exit 2 'fbx' "$cli" design export --family lathe --out "$dir/x.fbx"
expect_exit 2 'teapot' "$cli" design export --family teapot --out "$dir/x.stl"
expect_exit 1 'x.stl' "$cli" design export --family lathe --out "$dir/no/such/folder/x.stl"
[ ! -e "$dir/x.stl" ] || fail "a refused export left a file"

clitest_summary
