#!/usr/bin/env bash
# Checks `noosphere-cli marker print|pose` and `camera calibrate` as a user meets them: a printed marker composited
# into a synthetic photo comes back at its true distance (within 2%), a chessboard calibration feeds a metric
# pose, "no marker" exits 1, and every bad input exits 2 with exactly one line on stderr.
# Usage: test-marker-cli.sh path/to/noosphere-cli path/to/image_makescene
set -u
cli=${1:?noosphere-cli}
makescene=${2:?image_makescene}
source "$(dirname "${BASH_SOURCE[0]}")/../common/clitest.sh"

# within ACTUAL EXPECTED PERCENT: |ACTUAL - EXPECTED| <= PERCENT% of EXPECTED.
within() { awk -v a="$1" -v e="$2" -v p="$3" 'BEGIN { d = a - e; if (d < 0) d = -d; exit !(d <= e * p / 100) }'; }

run "marker --help" 0 marker pose --help && grep -q "Exit codes" "$work/out" && pass "marker pose --help states the exit codes"

# Print -> photograph -> pose: the sheet's pHYs gives the photo its physical size.
if run "marker print" 0 marker print --id 7 --size-mm 50 --dpi 300 --out "$work/marker.png" && [ -s "$work/marker.png" ]; then
    grep -q "id 7, 50 mm" "$work/out" && pass "marker print"
fi
trueDistance=$("$makescene" marker "$work/marker.png" "$work/photo.jpg" 400 30 | awk '/^distance_mm/ { print $2 }')
if run "marker pose" 0 marker pose --image "$work/photo.jpg" --size-mm 50; then
    distance=$(awk '/^marker 7: distance/ { print $4 }' "$work/out")
    if [ -n "$distance" ] && within "$distance" "$trueDistance" 2; then
        pass "marker pose: $distance mm, true $trueDistance mm"
    else
        fail "marker pose: distance '$distance', true $trueDistance: $(cat "$work/out")"
    fi
fi
run "marker pose --json" 0 marker pose --image "$work/photo.jpg" --size-mm 50 --json &&
    grep -q '"id": 7' "$work/out" && grep -q '"distance_mm"' "$work/out" && pass "marker pose --json"
run "marker pose (the printed PNG itself)" 0 marker pose --image "$work/marker.png" --size-mm 50 &&
    grep -q "^marker 7:" "$work/out" && pass "marker pose finds the marker in its own PNG"

# No marker: an answer, exit 1, on stdout.
"$makescene" empty "$work/empty.png"
run "marker pose (no marker)" 1 marker pose --image "$work/empty.png" --size-mm 50 &&
    grep -q "no DICT_4X4_50 marker found" "$work/out" && pass "marker pose without a marker exits 1"
run "marker pose --id 8" 1 marker pose --image "$work/photo.jpg" --size-mm 50 --id 8 && pass "marker pose --id filters"
run "marker pose --json (no marker)" 1 marker pose --image "$work/empty.png" --size-mm 50 --json &&
    grep -q '"markers": \[\]' "$work/out" && pass "marker pose --json without a marker"

# Calibrate from chessboard photos, then a pose with the camera file.
mkdir -p "$work/views"
"$makescene" chessboard "$work/views" 8 >/dev/null
if run "camera calibrate" 0 camera calibrate --board 9x6 --square-mm 25 --out "$work/camera.json" "$work"/views/*.png; then
    grep -q '"fx"' "$work/camera.json" && pass "camera calibrate: $(cat "$work/out")"
    run "marker pose --camera" 0 marker pose --image "$work/photo.jpg" --size-mm 50 --camera "$work/camera.json" &&
        grep -q "from the calibration file" "$work/out" &&
        within "$(awk '/^marker 7: distance/ { print $4 }' "$work/out")" "$trueDistance" 2 &&
        pass "marker pose with the calibrated camera"
fi

# Bad input: exit 2, one line.
head -c 2000 "$work/photo.jpg" >"$work/cut.jpg"
echo "not a picture" >"$work/notes.png"
printf '{"format": "noosphere-camera", "version": 1}' >"$work/badcamera.json"
badInput "marker pose (truncated photo)" marker pose --image "$work/cut.jpg" --size-mm 50
badInput "marker pose (not an image)" marker pose --image "$work/notes.png" --size-mm 50
badInput "marker pose (missing photo)" marker pose --image "$work/none.jpg" --size-mm 50
badInput "marker pose (bad dictionary)" marker pose --image "$work/photo.jpg" --size-mm 50 --dict DICT_9X9_9
badInput "marker pose (bad camera file)" marker pose --image "$work/photo.jpg" --size-mm 50 --camera "$work/badcamera.json"
badInput "marker pose (size not a number)" marker pose --image "$work/photo.jpg" --size-mm fifty
badInput "marker pose (no size)" marker pose --image "$work/photo.jpg"
badInput "marker print (id out of range)" marker print --id 50 --out "$work/m50.png"
badInput "marker print (bad dictionary)" marker print --id 1 --dict DICT_4X4 --out "$work/m.png"
badInput "marker print (bad size)" marker print --id 1 --size-mm 0 --out "$work/m.png"
[ ! -e "$work/m50.png" ] && [ ! -e "$work/m.png" ] && pass "marker print writes nothing on bad input"
badInput "camera calibrate (bad board)" camera calibrate --board 9by6 --square-mm 25 --out "$work/c.json" "$work/photo.jpg"
badInput "camera calibrate (missing photo)" camera calibrate --square-mm 25 --out "$work/c.json" "$work/none.jpg"
badInput "camera calibrate (too few views)" camera calibrate --square-mm 25 --out "$work/c.json" "$work/empty.png"
run "marker print (unwritable)" 1 marker print --id 1 --out "$work/no/such/folder/m.png" &&
    [ "$(wc -l <"$work/err")" -eq 1 ] && pass "marker print to an unwritable place exits 1"

clitest_summary
