# Shared by the verify/*.sh scripts.
log() { printf '[%s] %s\n' "${LOG_TAG:-verify}" "$*" >&2; }

# A writable copy of a Go module's source, from the Go module proxy (go mod download leaves it read-only;
# some modules need `replace` directives honoured or go.mod edited, which `go install module@version` refuses).
# Prints the copy's path, or fails with the proxy's reason on stderr.
module_copy() { # module version
  local module=$1 version=$2 dir json
  dir="$TOOLS_DIR/go-src/${module//\//_}@$version"
  if [[ ! -d $dir ]]; then
    mkdir -p "$TOOLS_DIR/go-src"
    json=$(GOFLAGS=-mod=mod go mod download -json "$module@$version" 2>/dev/null || true)
    if ! grep -q '"Dir"' <<<"$json"; then
      grep -o '"Error": "[^"]*' <<<"$json" | sed 's/"Error": "//; s/\\n.*//' >&2
      return 1
    fi
    rm -rf "$dir.tmp"
    cp -r "$(sed -n 's/.*"Dir": "\(.*\)".*/\1/p' <<<"$json")" "$dir.tmp" && chmod -R u+w "$dir.tmp" && mv "$dir.tmp" "$dir"
  fi
  echo "$dir"
}

# The read-only module directory in the Go module cache (enough for reading files such as swagger.json).
module_dir() { # module version
  GOFLAGS=-mod=mod go mod download -json "$1@$2" | sed -n 's/.*"Dir": "\(.*\)".*/\1/p' | grep . || { log "the Go module proxy refuses $1@$2"; return 1; }
}
