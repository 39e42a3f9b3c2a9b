#!/usr/bin/env bash
# Checks the history the seed corpus (../shared/corpus/seeds) must give when coded right, on the
# events file `dyad code SEEDS --out FILE` wrote. Structural checks only (codes, actors, dates,
# modality), so no sentence of the corpus is copied here. Usage: scripts/check-seeds.sh EVENTS.jsonl
set -euo pipefail
events="$1"
command -v jq >/dev/null || { echo "jq not found: the seed checks are skipped"; exit 0; }
fail=0
check() { # description, jq filter that must print true
  if [ "$(jq -s "$2" "$events")" = "true" ]; then
    echo "ok: $1"
  else
    echo "FAIL: $1" >&2
    fail=1
  fi
}
check "the Turkish offensive into Syria is coded 19x and dated 2016-08-24, its own date, not the story's" \
  'any(.[]; (.source // "" | startswith("TUR")) and (.target // "" | startswith("SYR"))
      and (.root == "19") and .date == "2016-08-24")'
check "the Turkish threat to keep attacking unless the militias withdrew is an asserted threat (13x)" \
  'any(.[]; (.source // "" | startswith("TUR")) and .root == "13" and .modality == "asserted")'
check "...and is not an asserted attack on them" \
  'all(.[]; ((.source // "" | startswith("TUR")) and .target == "SYRREB" and (.root == "18" or .root == "19")
      and .modality == "asserted") | not)'
check "no joint military operation of Russia or Iran is coded (they have no plans to carry one out)" \
  'all(.[]; ((.source // "" | test("^(RUS|IRN)")) and (.root == "06" or .root == "19")) | not)'
check "a phone call between the Russian and Turkish governments (041)" \
  'any(.[]; .code == "041" and (.source // "" | startswith("RUS")) and (.target // "" | startswith("TUR")))'
check "two undated articles get their date from the text, the one whose dates give no year gets none" \
  '([.[] | {article, article_date_basis, article_date}] | unique) as $a
   | ([$a[] | select(.article_date_basis | startswith("inferred"))] | length) == 2
   and ([$a[] | select(.article_date_basis | startswith("none")) | select(.article_date == null)] | length) == 1'
exit $fail
