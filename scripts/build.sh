#!/usr/bin/env bash
# Configures (once) and builds Noosphere into build/ with the default preset. Fast when nothing changed.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh
scripts/npm-data.sh
[ -f build/build.ninja ] || cmake --preset default
cmake --build --preset default
