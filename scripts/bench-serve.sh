#!/usr/bin/env bash
# Bounded load test of `dyad serve` on loopback: CLIENTS concurrent clients (default 50) for
# SECONDS (default 30, after a 5 s warm-up) against /api/series and /api/events on the seed corpus
# repeated to 1,000 articles (made as scripts/bench-store.sh makes it, coded with 2 threads), or on
# DB=FILE (made there and kept when it does not exist yet, reused when it does). Prints requests,
# errors and p50/p90/p99 latency per path. SERVE_ARGS are passed to dyad serve (e.g.
# "--cache-entries 0" to compute every answer).
#
# Usage: [DB=FILE] [SERVE_ARGS=...] [SEEDS=DIR] scripts/bench-serve.sh [CLIENTS] [SECONDS]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
clients="${1:-50}"
seconds="${2:-30}"
seeds="${SEEDS:-$root/../shared/corpus/seeds}"
work="$(mktemp -d)"
server=""
cleanup() { [ -n "$server" ] && kill "$server" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT
db="${DB:-$work/seeds1000.duckdb}"
if [ ! -f "$db" ]; then
  mkdir -p "$work/corpus"
  files=("$seeds"/*.txt)
  k=0
  while [ "$k" -lt 1000 ]; do
    for f in "${files[@]}"; do
      name="$(basename "$f")"
      { printf 'dyad benchmark copy %d of %s\n\n' "$k" "$name"; cat "$f"; } > "$work/corpus/$(printf '%05d' "$k")-$name"
      k=$((k + 1))
    done
  done
  echo "bench-serve: coding $k articles (the seed files repeated) into $db" >&2
  "$root/dyad" code "$work/corpus" --db "$db" --threads 2 --near-duplicate-threshold 2 2>&1 \
    | grep -v -e '^WARNING' -e '^dyad: [0-9]*/[0-9]* files' >&2
fi
port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])' 2>/dev/null \
  || echo $((20000 + RANDOM % 20000)))"
"$root/dyad" serve --db "$db" --port "$port" ${SERVE_ARGS:-} 2> >(grep -v '^WARNING' >&2) &
server=$!
for _ in $(seq 1 120); do
  curl -sf "http://127.0.0.1:$port/api/health" > /dev/null && break
  sleep 0.5
done
curl -sf "http://127.0.0.1:$port/api/stats" >&2; echo >&2
. "$root/scripts/find-jdk.sh"
dyad_find_jdk
"$JAVA_HOME/bin/java" -cp "$root/dyad-cli/target/classes:$(cat "$root/dyad-cli/target/classpath.txt")" \
  org.dyad.serve.LoadTest "http://127.0.0.1:$port" "$clients" "$seconds" 5 \
  "/api/series?dyad=RUS,TUR&by=month" "/api/events?dyad=RUS,TUR&limit=50" "/api/series?by=week" "/api/events?limit=100&offset=100&q=ceasefire"
