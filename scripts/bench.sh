#!/usr/bin/env bash
# Prints the studio's startup time and frame times, each beside a peer measured in the same run:
#   startup: `noosphere --screenshot` to first frame vs an empty Qt Quick window (median of 5)
#   frames:  p50/p99/max frame gap while a 3 s CPU-bound LibTorch job runs on the worker, vs while idle
#   design:  frames/s of the Design pane's turning 4×4 grid, against the 30 frames/s goal
# Usage: scripts/bench.sh [build-dir]   (runs under Xvfb when there is no display)
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
if [ -z "${DISPLAY:-}" ]; then exec xvfb-run -a -s '-screen 0 1280x800x24' "$0" "$@"; fi
export QT_QUICK_CONTROLS_STYLE=Material XDG_CONFIG_HOME=$(mktemp -d)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp" "$XDG_CONFIG_HOME"' EXIT

first_frame() { "$@" 2>&1 >/dev/null | sed -n 's/.*first frame after \([0-9]*\) ms.*/\1/p' | head -1; }
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

"$build/bin/noosphere-cli" project new "$tmp/bench.noo" >/dev/null
ours=$(for i in 1 2 3 4 5; do first_frame "$build/bin/noosphere" --screenshot "$tmp/s.png" --project "$tmp/bench.noo"; done | median)
peer=$(for i in 1 2 3 4 5; do first_frame "$build/bin/bench_empty_window"; done | median)
echo "startup to first frame: noosphere ${ours} ms, empty Qt Quick window ${peer} ms, ratio $(awk "BEGIN{printf \"%.2f\", $ours/$peer}")"

idle=$("$build/bin/noosphere" --project "$tmp/bench.noo" --frame-probe 3 2>/dev/null | tail -1)
busy=$("$build/bin/noosphere" --project "$tmp/bench.noo" --frame-probe 3 --probe-busy 2>/dev/null | tail -1)
echo "frames while idle:             $idle"
echo "frames while a 3 s job runs:   $busy"
p99() { echo "$1" | sed -n 's/.*p99 \([0-9.]*\) ms.*/\1/p'; }
echo "p99 frame time ratio busy/idle: $(awk "BEGIN{printf \"%.2f\", $(p99 "$busy")/$(p99 "$idle")}")"
# The Design grid: 16 turning variants (~10k triangles each) in one View3D, under this display's OpenGL
# (Mesa's software llvmpipe under Xvfb), printed as a ratio to the goal of 30 frames/s: as run.sh launches the
# studio (scripts/studio-env.sh), and the bare binary beside it (median of 3 launches each).
grid_fps() {
    for i in 1 2 3; do "$@" --project "$tmp/bench.noo" --pane design --frame-probe 4 2>/dev/null | tail -1; done |
        sed -n 's/frames \([0-9]*\).*/\1/p' | median | awk '{printf "%.1f", $1/4}'
}
bare=$(grid_fps "$build/bin/noosphere")
launched=$(. scripts/studio-env.sh && grid_fps "$build/bin/noosphere")
echo "design grid frames/s (16 variants): ${launched} as run.sh launches it (goal 30: ratio $(awk "BEGIN{printf \"%.2f\", $launched/30}")), ${bare} bare; OpenGL: $(glxinfo -B 2>/dev/null | sed -n 's/.*OpenGL renderer string: //p' || echo unknown)"
echo "BLAS: OPENBLAS_CORETYPE=${OPENBLAS_CORETYPE:-unset}; threads: $("$build/bin/noosphere-cli" info | grep Threads)"
