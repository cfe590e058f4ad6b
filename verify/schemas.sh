#!/usr/bin/env bash
# The project's one schema generator: full sets of JSON schemas, from Go modules only (no other network), at
# the versions of verify/versions.sh, cached under .tools/schemas and regenerated when a version changes:
#   flux-<FLUX_VERSION>/      from the CRDs of the controllers that Flux release ships: their API modules'
#                             kubebuilder types -> controller-gen -> kubeconform's own openapi2jsonschema.py
#   prometheus-operator-<v>/  PrometheusRule & co., from that release's CRDs -> openapi2jsonschema.py
#   kubernetes-<release>/     from k8s.io/kubernetes api/openapi-spec/swagger.json (verify/kubernetes-schemas.ts)
# kubeconform reads these sets; verify/vendor-schemas.ts derives the committed schemas/kubernetes/ from them.
# Usage: verify/schemas.sh <kubernetes minor version>...   (e.g. 1.33)
# Prints one line per set, `<set> <directory>` (sets: flux, prometheus-operator, kubernetes-<minor>).
set -euo pipefail
cd "$(dirname "$0")/.."
source verify/versions.sh
source verify/lib.sh
LOG_TAG=schemas
export GOFLAGS=-mod=mod
SCHEMAS="$TOOLS_DIR/schemas"
FLUX_VERSION=$(sed -n "s/.*FLUX_VERSION = '\(v[^']*\)'.*/\1/p" modules/contracts/flux.ts)

# CRD YAML files -> one schema per kind and version, named {fullgroup}_{kind}_{version}.json.
crds_to_json() { # directory with crds/
  (cd "$1" && FILENAME_FORMAT='{fullgroup}_{kind}_{version}' "$TOOLS_DIR/venv/bin/python" \
    "$(module_copy github.com/yannh/kubeconform "$KUBECONFORM_VERSION")/scripts/openapi2jsonschema.py" crds/*.yaml >/dev/null)
}

out="$SCHEMAS/flux-$FLUX_VERSION"
if [[ ! -f $out/.complete ]]; then
  rm -rf "$out" && mkdir -p "$out/crds"
  flux2=$(module_copy github.com/fluxcd/flux2/v2 "$FLUX_VERSION")
  # The API module versions flux2 builds against are the controller releases it ships.
  while read -r module version; do
    log "Flux $FLUX_VERSION: CRDs of $module@$version"
    (cd "$(module_copy "$module" "$version")" && "$TOOLS_DIR/bin/controller-gen" crd:crdVersions=v1 paths=./... "output:crd:artifacts:config=$out/crds")
  done < <(awk '$1 ~ /^github.com\/fluxcd\/[a-z-]+-controller\/api$/ {print $1, $2}' "$flux2/go.mod")
  crds_to_json "$out"
  touch "$out/.complete"
fi
log "Flux $FLUX_VERSION: $(ls "$out"/*.json | wc -l) schemas in $out"
echo "flux $out"

out="$SCHEMAS/prometheus-operator-$PROMETHEUS_OPERATOR_VERSION"
if [[ ! -f $out/.complete ]]; then
  rm -rf "$out" && mkdir -p "$out/crds"
  cp "$(module_dir github.com/prometheus-operator/prometheus-operator "$PROMETHEUS_OPERATOR_VERSION")"/example/prometheus-operator-crd/*.yaml "$out/crds/"
  crds_to_json "$out"
  touch "$out/.complete"
fi
log "prometheus-operator $PROMETHEUS_OPERATOR_VERSION: $(ls "$out"/*.json | wc -l) schemas in $out"
echo "prometheus-operator $out"

for minor in "$@"; do
  release=${KUBERNETES_RELEASES[$minor]:-}
  [[ -n $release ]] || { log "no Kubernetes release pinned for $minor: add it to KUBERNETES_RELEASES in verify/versions.sh"; exit 1; }
  out="$SCHEMAS/kubernetes-$release"
  if [[ ! -f $out/.complete ]]; then
    src=$(module_dir k8s.io/kubernetes "$release")
    node dist/verify/kubernetes-schemas.js "$src/api/openapi-spec/swagger.json" "$out" >/dev/null
    touch "$out/.complete"
  fi
  log "Kubernetes $release: $(ls "$out"/*.json | wc -l) schemas in $out"
  echo "kubernetes-$minor $out"
done
