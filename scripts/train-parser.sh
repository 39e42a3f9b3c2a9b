#!/usr/bin/env bash
# Remakes dyad's built-in tagger/parser model (dyad-core/src/main/resources/org/dyad/nlp/dyad/en-ewt.model.gz):
#  1. CoreNLP parses the AG News world items that are not in the agnews_dev gold set (uptraining data:
#     news in CoreNLP's conventions, which dyad's patterns were written against);
#  2. dyad train learns from UD English EWT's training set plus those parses (counted twice), and
#     prints tag accuracy, UAS and LAS on EWT dev and test.
# Needs ../shared beside the clone and the CoreNLP models (./dyad fetches them with the build).
# Same data, same model: the file comes out byte for byte the same.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
shared="${SHARED:-$root/../shared}"
out="${1:-$root/dyad-core/src/main/resources/org/dyad/nlp/dyad/en-ewt.model.gz}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
python3 -c 'import json,sys; print("\n".join(json.load(open(sys.argv[1]))["articles"]))' \
  "$shared/gold/agnews_dev.json" > "$work/agnews_dev.ids"
"$root/dyad" parse --parser corenlp "$shared/corpus/agnews_world.jsonl" --exclude "$work/agnews_dev.ids" \
  --out "$work/agnews-corenlp.conllu"
"$root/dyad" train --ud "$shared/data/ud-english-ewt" \
  --extra "$work/agnews-corenlp.conllu" --extra "$work/agnews-corenlp.conllu" --out "$out"
