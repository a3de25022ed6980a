#!/usr/bin/env bash
# Installs what is missing, builds, and launches the studio. Arguments go to the studio, e.g.
#   scripts/run.sh my-novel.noo        scripts/run.sh --lang zh_CN
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/build.sh
. scripts/studio-env.sh
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    echo "run.sh: no display found; starting the studio under Xvfb (use --screenshot OUT.png to see it)" >&2
    exec xvfb-run -a -s '-screen 0 1280x800x24' build/bin/noosphere "$@"
fi
exec build/bin/noosphere "$@"
