#!/usr/bin/env bash
# The long kill test: 100 SIGKILLs of a process saving a project, each followed by a full integrity check.
# Usage: scripts/killtest.sh [BUILD_DIR]   (default: build); NOOSPHERE_KILL_TRIALS and NOOSPHERE_KILL_SEED
# override the count and the seed. Takes ~2 minutes on 2 cores, mostly process start-up.
set -euo pipefail
build=${1:-build}
test=$build/bin/tst_store
[ -x "$test" ] || { echo "killtest.sh: no $test; build the tst_store target first" >&2; exit 2; }
NOOSPHERE_KILL_TRIALS=${NOOSPHERE_KILL_TRIALS:-100} exec "$test" TestKillSafety
