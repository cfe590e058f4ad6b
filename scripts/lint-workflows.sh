#!/usr/bin/env bash
# Lints .github/workflows with actionlint, installing it into .tools/bin (git-ignored) on first use
# through the Go module proxy. Needs Go 1.24+; shellcheck, when installed, also checks run: scripts.
set -euo pipefail
cd "$(dirname "$0")/.."
version=v1.7.12
bin="$PWD/.tools/bin"
if ! "$bin/actionlint" -version 2>/dev/null | grep -qx "$version"; then
  echo "installing actionlint $version into .tools/bin" >&2
  GOBIN="$bin" go install "github.com/rhysd/actionlint/cmd/actionlint@$version"
fi
"$bin/actionlint" -no-color "$@"
