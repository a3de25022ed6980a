#!/usr/bin/env bash
# Installs what is missing, builds, and runs the whole CTest suite under Xvfb. Exits non-zero on any failure.
# Extra arguments go to ctest, e.g. scripts/test.sh -L core   or   scripts/test.sh -R ui.studio
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/build.sh
export QT_QUICK_CONTROLS_STYLE=Material
exec xvfb-run -a -s '-screen 0 1280x800x24' ctest --preset default -j2 "$@"
