#!/usr/bin/env bash
# Regenerates dyad-core/src/main/resources/org/dyad/actors/countries.tsv from pinned npm packages.
#
#   scripts/refdata/build-countries.sh            # fetches with `npm pack` (network needed once)
#   REFDATA_TGZ_DIR=/path scripts/refdata/build-countries.sh
#                                                 # uses already-downloaded .tgz files from /path
#
# Needs bash, node (>= 18), npm, tar. Each tarball's sha512 integrity is checked before use, so a
# re-run either reproduces the committed file byte for byte or fails.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
out="$repo/dyad-core/src/main/resources/org/dyad/actors/countries.tsv"

# name@version  integrity (npm registry "dist.integrity")
pkgs=(
  "world-countries@5.1.0 sha512-CXR6EBvTbArDlDDIWU3gfKb7Qk0ck2WNZ234b/A0vuecPzIfzzxH+O6Ejnvg1sT8XuiZjVlzOH0h08ZtaO7g0w=="
  "country-code-lookup@0.1.5 sha512-pCpU/NixL5CvZyFwvjj9ub3BAHAb86zE94JSyZOb335efNtyQ4qZ1BEkCXPDuQcU2T+9deEW7D20V80kKw7KUA=="
  "i18n-iso-countries@7.14.0 sha512-nXHJZYtNrfsi1UQbyRqm3Gou431elgLjKl//CYlnBGt5aTWdRPH1PiS2T/p/n8Q8LnqYqzQJik3Q7mkwvLokeg=="
)

tmp="$(mktemp -d "${TMPDIR:-/tmp}/dyad-countries.XXXXXX")"
trap 'rm -rf "$tmp"' EXIT

source "$here/fetch-packages.sh"
fetch_packages "$tmp" "${pkgs[@]}"

mkdir -p "$(dirname "$out")"
node "$here/build-countries.js" \
  "$tmp/world-countries/package/countries.json" \
  "$tmp/country-code-lookup/package/index.js" \
  "$tmp/i18n-iso-countries/package/langs/en.json" \
  > "$tmp/countries.tsv"
mv "$tmp/countries.tsv" "$out"
echo "wrote $out ($(grep -vc '^#' "$out") lines incl. header)" >&2
