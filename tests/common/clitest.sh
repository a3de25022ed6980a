# Shared by the CLI test scripts (source it after setting $cli): a scratch folder $work, pass/fail counters and
# `run NAME EXPECTED_RC ARGS...`, which runs the CLI keeping stdout and stderr in $work/out and $work/err.
# `badInput` checks bad input (exit 2, one line). End a script with `clitest_summary` (its exit status is the
# verdict).
work=$(mktemp -d)
trap 'chmod -R u+w "$work"; rm -rf "$work"' EXIT
nFailed=0
nPassed=0

fail() { echo "FAIL: $*"; nFailed=$((nFailed + 1)); }
pass() { echo "ok: $*"; nPassed=$((nPassed + 1)); }

run() {
    local name=$1 expected=$2
    shift 2
    "$cli" "$@" >"$work/out" 2>"$work/err"
    local rc=$?
    if [ "$rc" -ne "$expected" ]; then
        fail "$name: exit $rc, expected $expected; stdout: $(head -c 300 "$work/out"); stderr: $(head -c 500 "$work/err")"
        return 1
    fi
    return 0
}

# `badInput NAME ARGS...`: the CLI exits 2 with exactly one line on stderr.
badInput() {
    local name=$1
    shift
    run "$name" 2 "$@" || return
    if [ "$(wc -l <"$work/err")" -eq 1 ]; then pass "$name"; else fail "$name: stderr is not one line: $(cat "$work/err")"; fi
}

# The same for a verb that reports progress on stderr first (e.g. gan train): one error line, the last.
badInputAfterProgress() {
    local name=$1
    shift
    run "$name" 2 "$@" || return
    if [ "$(grep -c '^noosphere-cli: ' "$work/err")" -eq 1 ] && tail -1 "$work/err" | grep -q '^noosphere-cli: '; then
        pass "$name"
    else
        fail "$name: not one error line: $(cat "$work/err")"
    fi
}

clitest_summary() {
    echo "$nPassed passed, $nFailed failed"
    [ "$nFailed" -eq 0 ]
}
