#!/usr/bin/env bash
# Regenerates the bad project files in this folder (see README.md): each one a way a .noo can be wrong.
# Usage: make-bad-files.sh [path/to/noosphere-cli]   (default: build/bin/noosphere-cli); needs the sqlite3 CLI.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
cli=${1:-$here/../../../build/bin/noosphere-cli}
command -v sqlite3 >/dev/null || { echo "make-bad-files.sh: the sqlite3 CLI is needed" >&2; exit 2; }
[ -x "$cli" ] || { echo "make-bad-files.sh: no noosphere-cli at $cli (pass its path)" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# A small but real project: 1 KiB pages keep the fixtures small; still a WAL-mode file as the studio writes.
project() {
    "$cli" project new "$1" >/dev/null
    sqlite3 "$1" >/dev/null <<'SQL'
UPDATE chapters SET title = 'Opening', body = 'It was a dark and stormy night; 风雨如晦。';
INSERT INTO chapters (document_id, position, title, body, created_at, updated_at)
    VALUES (1, 1, 'Second', printf('%.*c', 3000, 'x'), 0, 0);
PRAGMA journal_mode = DELETE;
PRAGMA page_size = 1024;
VACUUM;
PRAGMA journal_mode = WAL;
SQL
}

printf 'This is a plain text file that someone named .noo; it is not a Noosphere project.\n' >"$work/not-sqlite.noo"

: >"$work/empty.noo"

project "$work/whole.noo"
size=$(stat -c %s "$work/whole.noo")
head -c $((size / 2)) "$work/whole.noo" >"$work/truncated.noo"

project "$work/newer-version.noo"
version=$(sqlite3 "$work/newer-version.noo" 'PRAGMA user_version')
sqlite3 "$work/newer-version.noo" "PRAGMA user_version = $((version + 1))"

sqlite3 "$work/other-sqlite.noo" >/dev/null <<'SQL'
PRAGMA page_size = 1024;
CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT);
INSERT INTO notes (text) VALUES ('an SQLite file of some other program');
SQL

# Valid header and schema, but the chapters table's root page overwritten: quick_check fails.
project "$work/corrupt.noo"
root=$(sqlite3 "$work/corrupt.noo" "SELECT rootpage FROM sqlite_schema WHERE name = 'chapters'")
page=$(sqlite3 "$work/corrupt.noo" 'PRAGMA page_size')
head -c 64 /dev/zero | tr '\0' '\377' |
    dd of="$work/corrupt.noo" bs=1 seek=$(((root - 1) * page)) conv=notrunc status=none
verdict=$(sqlite3 "$work/corrupt.noo" 'PRAGMA quick_check' 2>&1 || true)
[ "$verdict" != ok ] || { echo "make-bad-files.sh: corrupt.noo still passes quick_check" >&2; exit 1; }

for f in not-sqlite empty truncated newer-version other-sqlite corrupt; do
    cp "$work/$f.noo" "$here/$f.noo"
    chmod 0644 "$here/$f.noo"
done
ls -l "$here"/*.noo
