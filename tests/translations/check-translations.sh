#!/usr/bin/env bash
# Every user-visible string has a translation: fails on unfinished or empty entries in translations/*.ts.
# (The build refreshes nothing by itself: run `cmake --build build --target update_translations` first
# when strings changed, then translate the new entries.)
set -u
status=0
for ts in "${1:?translations folder}"/*.ts; do
    total=$(grep -c '<message' "$ts")
    unfinished=$(grep -cE 'type="unfinished"|<translation></translation>|<translation/>' "$ts")
    echo "$(basename "$ts"): $total strings, $unfinished unfinished"
    [ "$unfinished" -eq 0 ] || { grep -B3 -E 'type="unfinished"|<translation></translation>' "$ts" | grep '<source>'; status=1; }
done
exit $status
