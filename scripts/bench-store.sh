#!/usr/bin/env bash
# Throughput of `dyad code --db` (read, dedup, code, store) with 1 and 2 threads on the seed corpus
# repeated to at least N articles (default 1000).
#
# Copies are made distinct by a first line "dyad benchmark copy K of FILE", so their content hashes
# differ and none is skipped as already stored. They are near-duplicates by construction, so
# near-duplicate detection is turned off (--near-duplicate-threshold 2): every copy is coded and
# stored, and its mentions merge into the seed corpus's events (each event then has ~200 mentions).
#
# Usage: scripts/bench-store.sh [N] [SEEDS_DIR]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
n="${1:-1000}"
seeds="${2:-$root/../shared/corpus/seeds}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/corpus"
files=("$seeds"/*.txt)
k=0
while [ "$k" -lt "$n" ]; do
  for f in "${files[@]}"; do
    name="$(basename "$f")"
    { printf 'dyad benchmark copy %d of %s\n\n' "$k" "$name"; cat "$f"; } > "$work/corpus/$(printf '%05d' "$k")-$name"
    k=$((k + 1))
  done
done
echo "bench-store: $k articles (the ${#files[@]} seed files repeated) in $work/corpus" >&2
for t in 1 2; do
  echo "== --threads $t" >&2
  "$root/dyad" code "$work/corpus" --db "$work/t$t.duckdb" --threads "$t" --near-duplicate-threshold 2 2>&1 \
    | grep -v -e '^WARNING' -e '^dyad: [0-9]*/[0-9]* files' >&2
done
