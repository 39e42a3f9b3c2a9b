#!/usr/bin/env bash
# Checks that a database's events are all dated and that export, panel and query count the same
# events: the CSV and GDELT exports, the all-dyads panel and, for the three largest country dyads,
# `dyad query` against the panel and the GDELT rows. Used by .ci/run on AG News coded with
# --default-date. Usage: scripts/check-event-counts.sh DB
set -euo pipefail
db="$1"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
dyad="$root/dyad"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

"$dyad" export --db "$db" --format csv --out "$tmp/events.csv" 2> "$tmp/csv.log"
"$dyad" export --db "$db" --format gdelt --out "$tmp/events.tsv" 2> "$tmp/gdelt.log"
"$dyad" panel --db "$db" --by month --out "$tmp/panel.csv" 2> "$tmp/panel.log"
! grep -q "undated" "$tmp/gdelt.log" "$tmp/panel.log" || fail "undated events: $(cat "$tmp/gdelt.log" "$tmp/panel.log")"
csv=$(( $(wc -l < "$tmp/events.csv") - 1 ))
gdelt=$(wc -l < "$tmp/events.tsv")
panel=$(awk -F, 'NR > 1 { s += $4 } END { print s + 0 }' "$tmp/panel.csv")
echo "events: csv $csv, gdelt $gdelt, panel $panel"
[ "$csv" -eq "$gdelt" ] && [ "$gdelt" -eq "$panel" ] || fail "export and panel disagree"
[ "$csv" -gt 0 ] || fail "no events"

# the three largest dyads of actors with a country (GDELT columns 8 and 18)
awk -F'\t' '$8 != "" && $18 != "" { print $8 "," $18 }' "$tmp/events.tsv" | sort | uniq -c | sort -rn | head -3 |
while read -r _ pair; do
  s="${pair%,*}"; t="${pair#*,}"
  q=$("$dyad" query --db "$db" --dyad "$pair" --by year | awk '/^total/ { print $(NF - 1) }')
  p=$("$dyad" panel --db "$db" --dyad "$pair" --by year 2> /dev/null | awk -F, 'NR > 1 { s += $4 } END { print s + 0 }')
  g=$(awk -F'\t' -v s="$s" -v t="$t" 'index($6, s) == 1 && index($16, t) == 1' "$tmp/events.tsv" | wc -l)
  echo "dyad $pair: query $q, panel $p, gdelt $g"
  [ "$q" -eq "$p" ] && [ "$p" -eq "$g" ] || fail "query, panel and export disagree on $pair"
done
echo "ok: every event dated; export, panel and query agree"
