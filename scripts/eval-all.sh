#!/usr/bin/env bash
# Runs every gold evaluation the way .ci/run does and codes the seed corpus, writing everything
# under OUT (default /tmp/dyad-eval). Used to compare the coder's figures before and after a
# refactoring: `scripts/eval-all.sh /tmp/before`, change, `scripts/eval-all.sh /tmp/after`, then
# `diff <(grep -h . /tmp/before/*.summary) <(grep -h . /tmp/after/*.summary)` and
# `cmp /tmp/before/seeds.jsonl /tmp/after/seeds.jsonl`.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
out="${1:-/tmp/dyad-eval}"
gold="$root/../shared/gold"
mkdir -p "$out"
./dyad code "$root/../shared/corpus/seeds" --out "$out/seeds.jsonl" 2> "$out/seeds.log"
./dyad eval --gold "$gold/petr_unittest.jsonl" --dictionaries "petrarch:$gold/petr_validate_dicts" \
  --report "$out/eval-petr" > "$out/petr.summary" 2>&1
./dyad eval --gold "$gold/plover_gsr.jsonl" --actor-match country --report "$out/eval-plover" \
  > "$out/plover.summary" 2>&1
other_args=()
for g in "$gold"/*.jsonl; do
  case "$(basename "$g")" in petr_unittest.jsonl|plover_gsr.jsonl) ;; *) other_args+=(--gold "$g") ;; esac
done
./dyad eval "${other_args[@]}" --report "$out/eval" > "$out/other.summary" 2>&1
echo "written to $out: seeds.jsonl ($(wc -l < "$out/seeds.jsonl") events), *.summary"
