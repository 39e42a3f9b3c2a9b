#!/usr/bin/env bash
# Measures the Spark job's scaling and overhead: ../shared/corpus/agnews_world.jsonl repeated
# REPEATS times (default 12: 20,400 articles) with distinct ids and distinct texts (repetition k
# ends in k newlines, which the cleaner drops, so every copy is coded, not linked), generated into
# /tmp at run time; near-duplicate detection is off (--near-duplicate-threshold 2) in every run so
# each article is coded. Runs `dyad code --db --threads 1`, then `dyad spark` in local[1] and
# local[2], and prints articles/s for each (wall time of the whole command, model loading and
# Spark's start included) plus the load average before each run: the machine may be shared.
# Usage: scripts/bench-spark.sh [REPEATS] [OUTDIR]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
repeats="${1:-12}"
work="${2:-/tmp/dyad-bench-spark}"
src="$root/../shared/corpus/agnews_world.jsonl"
[ -f "$src" ] || { echo "needs $src" >&2; exit 2; }
mkdir -p "$work"
input="$work/agnews-x$repeats.jsonl"
python3 - "$src" "$input" "$repeats" <<'PY'
import json, sys
src, out, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
lines = [json.loads(l) for l in open(src, encoding="utf-8") if l.strip()]
with open(out, "w", encoding="utf-8") as f:
    for k in range(n):
        for r in lines:
            r = dict(r)
            r["id"] = f"{r['id']}-r{k}"
            r["text"] = r.get("text", "") + "\n" * k
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
PY
articles=$(wc -l < "$input")
echo "input: $input ($articles articles)"
"$root/dyad" spark --help > /dev/null   # build outside the timings
"$root/dyad" --help > /dev/null

run() { # name, command...
  local name="$1"; shift
  local load; load=$(cut -d' ' -f1-3 /proc/loadavg)
  local t0 t1; t0=$(date +%s.%N)
  ( "$@" > "$work/$name.log" 2>&1 || true ) &
  local pid=$!
  wait "$pid"
  t1=$(date +%s.%N)
  python3 -c "import sys; s=$t1-$t0; print(f'$name: {s:.1f} s wall, {$articles/s:.1f} articles/s (load average before: $load, after: '+open('/proc/loadavg').read().split()[0]+')')"
  grep -E "dyad spark: [0-9]+ articles|now holds|summary|articles/s" "$work/$name.log" | tail -3 | sed 's/^/    /'
}

rm -rf "$work/code.duckdb" "$work/out1" "$work/out2"
run spark-local1 "$root/dyad" spark "$input" --out "$work/out1" --master 'local[1]' --near-duplicate-threshold 2
run spark-local2 "$root/dyad" spark "$input" --out "$work/out2" --master 'local[2]' --near-duplicate-threshold 2
run code-threads1 "$root/dyad" code "$input" --db "$work/code.duckdb" --threads 1 --near-duplicate-threshold 2
