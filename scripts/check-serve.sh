#!/usr/bin/env bash
# Serves a database of the seed corpus with `dyad serve` and checks, through the API a dashboard
# user's page reads, the Russia–Turkey history it must show: the phone calls, the accusations and
# the August 2016 offensive, each with its sentence and marks. Run by .ci/run.
# Usage: scripts/check-serve.sh SEEDS.duckdb
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
db="$1"
command -v jq >/dev/null || { echo "jq not found: the serve checks are skipped"; exit 0; }
port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])' 2>/dev/null \
  || echo $((20000 + RANDOM % 20000)))"
"$root/dyad" serve --db "$db" --port "$port" 2> >(grep -v '^WARNING' >&2) &
server=$!
trap 'kill $server 2>/dev/null' EXIT
api="http://127.0.0.1:$port/api"
for _ in $(seq 1 240); do curl -sf "$api/health" > /dev/null && break; sleep 0.5; done
fail=0
check() { # description, URL path, jq filter that must print true
  if [ "$(curl -sf "$api$2" | jq "$3")" = "true" ]; then echo "ok: $1"; else echo "FAIL: $1 ($2)" >&2; fail=1; fi
}
curl -sf "http://127.0.0.1:$port/" | grep -q '<title>dyad' && echo "ok: the dashboard page is served" \
  || { echo "FAIL: no dashboard page" >&2; fail=1; }
check "Russia–Turkey by month has phone calls (041) and accusations (112) in 2016 and 2020" \
  "/series?dyad=RUS,TUR&by=month" \
  '.series[0] as $s | (.periods | index("2016-08")) as $i | $s.events[$i] > 0 and ($s.root["04"] | add) >= 2 and ($s.root["11"] | add) >= 1'
check "the offensive into Syria is on the timeline in August 2016" \
  "/series?source=TUR&target=SYR&root=19&by=month" '(.periods | index("2016-08")) as $i | .series[0].events[$i] >= 1'
id="$(curl -sf "$api/events?source=TUR&target=SYR&root=19&from=2016-08-24&to=2016-08-24" | jq -r '.events[0].event_id')"
check "the offensive opens to its sentence with source, target and trigger marked and the rule" \
  "/events/$id" '.mentions[0] | ([.highlights[].role] | sort) == ["source","target","trigger"] and (.rule | test("txt:[0-9]+"))'
exit $fail
