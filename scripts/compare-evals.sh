#!/usr/bin/env bash
# Compares two runs of scripts/eval-all.sh: every figure of every gold evaluation, and the seed
# corpus's events and the evaluations' failures field by field, with file line numbers left out
# of entries (they move when a dictionary file gains a line) and the rule text reduced to its
# code and trigger (a pattern may be rewritten with a word class: obj:&talks for obj:talk|negotiation).
# Exit 0 when nothing differs.
# Usage: scripts/compare-evals.sh BEFORE_DIR AFTER_DIR
set -uo pipefail
a="$1"; b="$2"; status=0
for f in petr plover other; do
  if diff <(grep -E "records right|events gold|^  [0-9]" "$a/$f.summary") \
          <(grep -E "records right|events gold|^  [0-9]" "$b/$f.summary"); then
    echo "same: $f figures"
  else
    echo "DIFFERENT: $f figures"; status=1
  fi
done
strip() { sed -E -e 's/\.(txt|tsv):[0-9]+/.\1:N/g' -e 's/("rule":"[^" ]* ?[0-9]+ [^ "]+)[^"]*"/\1"/g' "$1"; }
if diff <(strip "$a/seeds.jsonl") <(strip "$b/seeds.jsonl") > /dev/null; then
  echo "same: seed events ($(wc -l < "$b/seeds.jsonl")), line numbers of rules aside"
else
  echo "DIFFERENT: seed events"; diff <(strip "$a/seeds.jsonl") <(strip "$b/seeds.jsonl") | head -20; status=1
fi
# the other gold sets' failures sit one folder deeper (eval/SET/failures.jsonl)
for f in "$a"/eval-petr/failures.jsonl "$a"/eval-plover/failures.jsonl "$a"/eval/*/failures.jsonl; do
  r="${f#"$a"/}"
  if [ -f "$f" ] && ! diff <(strip "$f") <(strip "$b/$r") > /dev/null; then
    echo "DIFFERENT: $r"; status=1
  fi
done
exit $status
