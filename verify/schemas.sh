#!/usr/bin/env bash
# Generates the JSON schemas kubeconform validates against, from Go modules only (no other network), cached
# under .tools/schemas and regenerated when a version changes:
#   flux-<FLUX_VERSION>/      from the CRDs of the controllers that Flux release ships: their API modules'
#                             kubebuilder types -> controller-gen -> kubeconform's own openapi2jsonschema.py
#   kubernetes-v<minor>.0/    from k8s.io/kubernetes api/openapi-spec/swagger.json (verify/kubernetes-schemas.ts)
# Usage: verify/schemas.sh <kubernetes minor version>...   (e.g. 1.33)
set -euo pipefail
cd "$(dirname "$0")/.."
source verify/versions.sh
source verify/lib.sh
LOG_TAG=schemas
export GOFLAGS=-mod=mod
SCHEMAS="$TOOLS_DIR/schemas"
FLUX_VERSION=$(sed -n "s/.*FLUX_VERSION = '\(v[^']*\)'.*/\1/p" modules/contracts/flux.ts)

out="$SCHEMAS/flux-$FLUX_VERSION"
if [[ ! -f $out/.complete ]]; then
  rm -rf "$out" && mkdir -p "$out/crds"
  flux2=$(module_copy github.com/fluxcd/flux2/v2 "$FLUX_VERSION")
  # The API module versions flux2 builds against are the controller releases it ships.
  while read -r module version; do
    log "Flux $FLUX_VERSION: CRDs of $module@$version"
    (cd "$(module_copy "$module" "$version")" && "$TOOLS_DIR/bin/controller-gen" crd:crdVersions=v1 paths=./... "output:crd:artifacts:config=$out/crds")
  done < <(awk '$1 ~ /^github.com\/fluxcd\/[a-z-]+-controller\/api$/ {print $1, $2}' "$flux2/go.mod")
  kubeconform_src=$(module_copy github.com/yannh/kubeconform "$KUBECONFORM_VERSION")
  (cd "$out" && FILENAME_FORMAT='{fullgroup}_{kind}_{version}' "$TOOLS_DIR/venv/bin/python" "$kubeconform_src/scripts/openapi2jsonschema.py" crds/*.yaml >/dev/null)
  touch "$out/.complete"
fi
log "Flux $FLUX_VERSION: $(ls "$out"/*.json | wc -l) schemas in $out"

for minor in "$@"; do
  out="$SCHEMAS/kubernetes-v$minor.0"
  if [[ ! -f $out/.complete ]]; then
    src=$(module_dir k8s.io/kubernetes "v$minor.0")
    node dist/verify/kubernetes-schemas.js "$src/api/openapi-spec/swagger.json" "$out"
    touch "$out/.complete"
  fi
  log "Kubernetes $minor: $(ls "$out"/*.json | wc -l) schemas in $out"
done
